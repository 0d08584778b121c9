import { CheckboxGroup } from '../../../ui/choice-fields.js';
import { Field, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { dayText } from '../meeting-text.js';
import { type InvitationPage, invitablePageSize } from '../participants-service.js';

/**
 * Inviting organizations without JavaScript: a GET search narrows the center's organizations, the
 * boxes of those shown say who is invited; saving invites the ticked ones and withdraws the others
 * shown (`shown` names them), leaving those the search hid as they were.
 */
export function InvitationPageView({ data }: { data: InvitationPage }) {
  const { t, locale } = usePage();
  const { meeting, organizations } = data;
  const base = `/exchange-meetings/${meeting.id}`;
  return (
    <>
      <p class="breadcrumb">
        <a href="/exchange-meetings">{t('exchange.title')}</a> › <a href={base}>{meeting.theme}</a>
      </p>
      <h1>{t('exchange.invitations.title', { theme: meeting.theme })}</h1>
      <p>
        {dayText(locale, meeting.heldOn)}
        {meeting.place && ` – ${meeting.place}`}
      </p>
      <form method="get" action={`${base}/invitations`} class="toolbar" role="search" aria-label={t('exchange.invitations.searchForm')}>
        <Field name="q" type="search" label={t('exchange.invitations.searchLabel')} value={data.q} maxLength={200} />
        <p>
          <button type="submit">{t('form.search')}</button>
        </p>
      </form>
      {organizations.length === 0 ? (
        <p class="empty-state">{t('exchange.invitations.none')}</p>
      ) : (
        <PostForm action={`${base}/invitations`}>
          {organizations.map((o) => (
            <input type="hidden" name="shown" value={o.organizationId} key={o.organizationId} />
          ))}
          <CheckboxGroup
            name="invited"
            legend={t('exchange.invitations.legend')}
            hint={t('exchange.invitations.hint')}
            options={organizations.map((o) => ({ value: o.organizationId, label: `${o.name} (${o.placeName})` }))}
            values={organizations.filter((o) => o.invited).map((o) => o.organizationId)}
          />
          {data.more && <p role="note">{t('exchange.invitations.more', { count: invitablePageSize })}</p>}
          <p class="toolbar">
            <button type="submit">{t('exchange.invitations.save')}</button>
            <a href={base}>{t('form.cancel')}</a>
          </p>
        </PostForm>
      )}
    </>
  );
}
