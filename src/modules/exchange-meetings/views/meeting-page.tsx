import type { FieldErrors } from '../../../platform/validation.js';
import { usePage } from '../../../ui/page-context.js';
import { dayText } from '../meeting-text.js';
import type { MeetingPage } from '../service.js';
import { FollowUpsSection } from './follow-ups-section.js';
import { ParticipantsSection } from './participants-section.js';

/** Which of the page's forms was rejected, and what it said. */
export type MeetingFormProblem = { form: 'attendance' | 'followUp'; values?: Record<string, string>; errors: FieldErrors };

/** One meeting for the center's staff: its details, the invited organizations and attendance, the follow-ups. */
export function MeetingPageView({ data, problem }: { data: MeetingPage; problem?: MeetingFormProblem }) {
  const { t, locale } = usePage();
  const { meeting } = data;
  const base = `/exchange-meetings/${meeting.id}`;
  return (
    <>
      <p class="breadcrumb">
        <a href="/exchange-meetings">{t('exchange.title')}</a>
      </p>
      <h1>{meeting.theme}</h1>
      <h2 class="visually-hidden">{t('exchange.meeting.details')}</h2>
      <dl class="details">
        <dt>{t('exchange.field.heldOn')}</dt>
        <dd>{dayText(locale, meeting.heldOn)}</dd>
        <dt>{t('exchange.field.place')}</dt>
        <dd>{meeting.place ?? '–'}</dd>
        <dt>{t('exchange.field.center')}</dt>
        <dd>{meeting.centerName}</dd>
        <dt>{t('exchange.field.notes')}</dt>
        <dd>{meeting.notes ? meeting.notes.split(/\n+/).map((line) => <p>{line}</p>) : '–'}</dd>
      </dl>
      <p class="toolbar">
        <a class="button button-secondary" href={`${base}/edit`}>
          {t('exchange.edit')}
        </a>
        <a href={`${base}/delete`}>{t('exchange.delete')}</a>
      </p>
      <ParticipantsSection
        meeting={meeting}
        participants={data.participants}
        today={data.today}
        errors={problem?.form === 'attendance' ? problem.errors : undefined}
      />
      <FollowUpsSection
        meetingId={meeting.id}
        followUps={data.followUps}
        participants={data.participants}
        today={data.today}
        values={problem?.form === 'followUp' ? problem.values : undefined}
        errors={problem?.form === 'followUp' ? problem.errors : undefined}
      />
    </>
  );
}
