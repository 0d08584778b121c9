import { formatDateTime } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { InquiryDetail, InquiryFormChoices } from '../service.js';
import { InquiryFields, type InquiryFormValues } from './inquiry-fields.js';
import { dayText, InquiryNav } from './inquiry-list-page.js';
import { askerText, channelLabel } from './labels.js';

/** What became of the inquiry: the volunteer or organization it was turned into, or the buttons that do it. */
function Conversions({ detail }: { detail: InquiryDetail }) {
  const { t } = usePage();
  const { row } = detail;
  return (
    <section class="card" aria-labelledby="inquiry-conversions">
      <h2 id="inquiry-conversions">{t('inquiries.convert.title')}</h2>
      <ul>
        <li>
          {row.volunteerId ? (
            <>
              {t('inquiries.convert.volunteerDone')} <a href={`/volunteers/${row.volunteerId}`}>{row.volunteerName}</a>
            </>
          ) : (
            <a href={`/inquiries/${row.id}/volunteer`}>{t('inquiries.convert.toVolunteer')}</a>
          )}
        </li>
        <li>
          {row.organizationId ? (
            <>
              {t('inquiries.convert.organizationDone')} <a href={`/organizations/${row.organizationId}`}>{row.organizationName}</a>
            </>
          ) : (
            <a href={`/inquiries/${row.id}/organization`}>{t('inquiries.convert.toOrganization')}</a>
          )}
        </li>
      </ul>
    </section>
  );
}

/** The follow-up as it stands, with the one-click "done" while it is open. */
function FollowUp({ detail }: { detail: InquiryDetail }) {
  const { t, locale } = usePage();
  const { row } = detail;
  if (!row.followUpOn) return null;
  return (
    <div class="toolbar">
      {t('inquiries.followUps.on', { date: dayText(locale, row.followUpOn) })}{' '}
      {row.followUpDoneAt ? (
        t('inquiries.followUps.doneAt', { date: formatDateTime(locale, row.followUpDoneAt) })
      ) : (
        <PostForm action={`/inquiries/${row.id}/follow-up-done`} class="inline-form">
          <button type="submit">{t('inquiries.followUps.markDone')}</button>
        </PostForm>
      )}
    </div>
  );
}

/** GET /inquiries/:inquiryId: the inquiry, what became of it, and its form. */
export function InquiryPage(props: { detail: InquiryDetail; values: InquiryFormValues; errors?: FieldErrors; choices: InquiryFormChoices }) {
  const { t, locale } = usePage();
  const { row, articles } = props.detail;
  const answerNotSent = row.answerByEmail && !row.answerSentAt;
  return (
    <>
      <InquiryNav />
      <h1>{t('inquiries.page.title', { date: formatDateTime(locale, row.receivedAt) })}</h1>
      <p class="lead">
        {askerText(t, row)} · {channelLabel(t, row.channel)} · {row.pointName ?? row.centerName}
      </p>
      {row.answerSentAt && <p role="note">{t('inquiries.page.answerSent', { date: formatDateTime(locale, row.answerSentAt) })}</p>}
      {answerNotSent && (
        <p class="privacy-summary" role="note">
          {t('inquiries.page.answerWanted')}
        </p>
      )}
      <FollowUp detail={props.detail} />
      {articles.length > 0 && (
        <section aria-labelledby="inquiry-articles">
          <h2 id="inquiry-articles">{t('inquiries.field.articles')}</h2>
          <ul>
            {articles.map((a) => (
              <li>{a.title ? <a href={`/knowledge/${a.slug}`}>{a.title}</a> : t('inquiries.page.articleWithdrawn', { slug: a.slug })}</li>
            ))}
          </ul>
        </section>
      )}
      <Conversions detail={props.detail} />
      <h2 id="inquiry-edit">{t('inquiries.page.edit')}</h2>
      <ErrorSummary errors={props.errors} />
      <PostForm action={`/inquiries/${row.id}`}>
        <InquiryFields values={props.values} errors={props.errors} choices={props.choices} answerNotSent={answerNotSent} />
        <p class="toolbar">
          <button type="submit">{t('form.save')}</button>
          <a href="/inquiries">{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}
