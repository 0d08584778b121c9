import type { ComponentChildren } from 'preact';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { FollowUpRow } from '../follow-ups-repo.js';
import { dayText } from '../meeting-text.js';
import type { MeetingPage } from '../service.js';

/** A confirmation page: what goes, then "delete permanently" (posting `confirmed=1`) or back. */
function ConfirmDeletion(props: { title: string; action: string; back: string; children: ComponentChildren }) {
  const { t } = usePage();
  return (
    <>
      <p class="breadcrumb">
        <a href="/exchange-meetings">{t('exchange.title')}</a>
      </p>
      <h1>{props.title}</h1>
      {props.children}
      <div class="toolbar">
        <PostForm action={props.action}>
          <input type="hidden" name="confirmed" value="1" />
          <button type="submit" class="button-danger">
            {t('exchange.delete.confirm')}
          </button>
        </PostForm>
        <a href={props.back}>{t('form.cancel')}</a>
      </div>
    </>
  );
}

/** The meeting's deletion: it goes with its invitations and follow-ups. */
export function MeetingDeletePage({ data }: { data: MeetingPage }) {
  const { t, locale } = usePage();
  const { meeting } = data;
  const base = `/exchange-meetings/${meeting.id}`;
  return (
    <ConfirmDeletion title={t('exchange.delete')} action={`${base}/delete`} back={base}>
      <p>
        <strong>{meeting.theme}</strong> – {dayText(locale, meeting.heldOn)}
      </p>
      <p class="warning" role="note">
        {t('exchange.delete.intro', { invited: data.participants.length, followUps: data.followUps.length })}
      </p>
    </ConfirmDeletion>
  );
}

/** One follow-up's deletion. */
export function FollowUpDeletePage({ meetingId, followUp }: { meetingId: string; followUp: FollowUpRow }) {
  const { t, locale } = usePage();
  const base = `/exchange-meetings/${meetingId}`;
  return (
    <ConfirmDeletion title={t('exchange.followUps.deleteTitle')} action={`${base}/follow-ups/${followUp.id}/delete`} back={base}>
      <dl class="details">
        <dt>{t('exchange.followUps.description')}</dt>
        <dd>{followUp.description}</dd>
        <dt>{t('exchange.followUps.assignee')}</dt>
        <dd>{followUp.organizationName ?? t('exchange.followUps.center')}</dd>
        <dt>{t('exchange.followUps.dueOn')}</dt>
        <dd>{followUp.dueOn ? dayText(locale, followUp.dueOn) : '–'}</dd>
      </dl>
      <p class="warning" role="note">
        {t('exchange.followUps.deleteIntro')}
      </p>
    </ConfirmDeletion>
  );
}
