import { formatDate, formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ApplicationStatus } from '../status-rules.js';
import type { ApplicationTimeline } from '../status-service.js';

type Props = { timeline: ApplicationTimeline; values?: Record<string, string>; errors?: FieldErrors };

/** One application / placement: its facts, the status timeline, the allowed next steps, notes. */
export function ApplicationPage({ timeline, values = {}, errors }: Props) {
  const { t, locale } = usePage();
  const { view, events, notes, next, sides } = timeline;
  const app = view.application;
  const statusLabel = (s: string) => t(`placements.status.${s as ApplicationStatus}`);
  return (
    <>
      <p class="breadcrumb">
        <a href="/dashboard">{t('dashboard.title')}</a>
      </p>
      <h1>{t('placements.application.title', { title: view.opportunityTitle })}</h1>
      <ErrorSummary errors={errors} />
      <dl class="details">
        <dt>{t('placements.field.status')}</dt>
        <dd>
          <strong>{statusLabel(app.status)}</strong>
        </dd>
        <dt>{t('placements.field.volunteer')}</dt>
        <dd>{formatPersonName(view.volunteerFamilyName, view.volunteerGivenName)}</dd>
        <dt>{t('placements.field.opportunity')}</dt>
        <dd>
          <a href={`/opportunities/${app.opportunityId}`}>{view.opportunityTitle}</a>
        </dd>
        <dt>{t('placements.field.organization')}</dt>
        <dd>{view.organizationName}</dd>
        <dt>{t('placements.field.shift')}</dt>
        <dd>
          {view.shiftStartsAt && view.shiftEndsAt
            ? `${formatDateTime(locale, view.shiftStartsAt)} – ${formatDateTime(locale, view.shiftEndsAt)}`
            : t('placements.field.noShift')}
        </dd>
        <dt>{t('placements.field.origin')}</dt>
        <dd>{t(`placements.origin.${app.origin as 'volunteer' | 'coordinator' | 'organization'}`)}</dd>
        {app.followUpOn && (
          <>
            <dt>{t('placements.field.followUpOn')}</dt>
            <dd>{formatDate(locale, new Date(`${app.followUpOn}T12:00:00Z`))}</dd>
          </>
        )}
        {app.declineReason && (
          <>
            <dt>{t('placements.field.declineReason')}</dt>
            <dd>{app.declineReason}</dd>
          </>
        )}
      </dl>
      {app.status === 'offered' && sides.includes('volunteer') && (
        <p>
          <a href={`/applications/${app.id}/offer`}>{t('placements.offer.answerLink')}</a>
        </p>
      )}
      {app.status === 'accepted' && app.shiftId && view.shiftStartsAt && view.shiftStartsAt.getTime() > Date.now() && sides.some((s) => s !== 'volunteer') && (
        <p>
          <a href={`/applications/${app.id}/remove-from-shift`}>{t('opportunities.removal.link')}</a>
        </p>
      )}
      <p>
        <a href={`/applications/${app.id}/hours`}>{t('hours.link.placement')}</a>
      </p>
      <p>
        <a href={`/applications/${app.id}/benefits`}>{t('benefits.link.placement')}</a>
      </p>
      <p>
        <a href={`/applications/${app.id}/contract`}>{t('contracts.link.placement')}</a>
      </p>
      {sides.includes('organization') && (
        <p>
          <a href={`/applications/${app.id}/register`}>{t('register.link.placement')}</a>
        </p>
      )}
      {sides.includes('volunteer') && app.shiftId && app.holdsSeat && (
        <p>
          <a href={`/shifts/${app.shiftId}/calendar.ics`}>{t('placements.calendar.download')}</a>
        </p>
      )}

      <h2>{t('placements.timeline.title')}</h2>
      <ol class="timeline">
        {events.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at.toISOString()}>{formatDateTime(locale, e.at)}</time> – {statusLabel(e.toStatus)}
            {' · '}
            {e.actorFamilyName ? formatPersonName(e.actorFamilyName, e.actorGivenName ?? '') : t('placements.timeline.system')}
            {e.note && <p class="muted">{e.note}</p>}
          </li>
        ))}
      </ol>

      {next.length > 0 && (
        <section aria-labelledby="status-change">
          <h2 id="status-change">{t('placements.statusForm.title')}</h2>
          <PostForm action={`/applications/${app.id}/status`}>
            <SelectField
              name="status"
              label={t('placements.statusForm.status')}
              options={next.map((s) => ({ value: s, label: statusLabel(s) }))}
              value={values.status}
              error={errors?.status}
              required
            />
            <TextAreaField
              rows={3}
              name="reason"
              label={t('placements.statusForm.reason')}
              hint={t('placements.statusForm.reasonHint')}
              value={values.reason}
              error={errors?.reason}
            />
            <button class="button" type="submit">
              {t('placements.statusForm.submit')}
            </button>
          </PostForm>
        </section>
      )}

      {sides.includes('coordinator') && (
        <section aria-labelledby="notes">
          <h2 id="notes">{t('placements.notes.title')}</h2>
          {notes.length === 0 ? (
            <p class="empty-state">{t('placements.notes.empty')}</p>
          ) : (
            <ul>
              {notes.map((n) => (
                <li key={n.id}>
                  <time dateTime={n.at.toISOString()}>{formatDateTime(locale, n.at)}</time>
                  {n.familyName && ` · ${formatPersonName(n.familyName, n.givenName ?? '')}`}
                  <p>{n.text}</p>
                </li>
              ))}
            </ul>
          )}
          <PostForm action={`/applications/${app.id}/notes`}>
            <TextAreaField rows={3} name="text" idPrefix="note" label={t('placements.notes.add')} value={values.text} error={errors?.text} required />
            <button class="button button-secondary" type="submit">
              {t('placements.notes.submit')}
            </button>
          </PostForm>
        </section>
      )}
    </>
  );
}
