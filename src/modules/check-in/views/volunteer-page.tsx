import { formatDateTime } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { MinorViolations } from '../../hours/views/minor-violations.js';
import type { MinorTimeViolation } from '../../volunteer-law/minor-time-limits.js';
import { checkInOpensMinutesBefore } from '../code.js';
import type { VolunteerCheckIn } from '../service.js';

export type CheckInProblem = { message?: 'tooShort' | 'hoursRefused'; violations?: MinorTimeViolation[]; errors?: FieldErrors };

/** The scanned page: the shift, and one button (check in or check out), or why not. */
export function VolunteerCheckInView(props: { data: VolunteerCheckIn; code: string; problem?: CheckInProblem }) {
  const { t, locale } = usePage();
  const { shift, state } = props.data;
  const problem = props.problem;
  return (
    <>
      <h1>{t('checkIn.volunteer.title')}</h1>
      <dl>
        <dt>{t('checkIn.volunteer.opportunity')}</dt>
        <dd>{shift.opportunityTitle}</dd>
        <dt>{t('checkIn.volunteer.organization')}</dt>
        <dd>{shift.organizationName}</dd>
        <dt>{t('checkIn.volunteer.when')}</dt>
        <dd>
          {formatDateTime(locale, shift.startsAt)} – {formatDateTime(locale, shift.endsAt)}
        </dd>
      </dl>
      {problem?.message && (
        <div class="error-summary" role="alert" tabindex={-1}>
          <p>{t(`checkIn.volunteer.${problem.message}`)}</p>
        </div>
      )}
      {problem?.violations && <MinorViolations violations={problem.violations} />}
      {problem?.errors && (
        <ul class="field-error">
          {Object.entries(problem.errors).map(([field, e]) => (
            <li key={field}>{t(e.key, e.params)}</li>
          ))}
        </ul>
      )}
      {state.kind === 'noPlacement' && <p class="notice">{t('checkIn.volunteer.noPlacement')}</p>}
      {state.kind === 'cancelled' && <p class="notice">{t('checkIn.volunteer.cancelled')}</p>}
      {state.kind === 'tooEarly' && (
        <p class="notice">
          {t('checkIn.volunteer.tooEarly', { from: formatDateTime(locale, new Date(shift.startsAt.getTime() - checkInOpensMinutesBefore * 60_000)) })}
        </p>
      )}
      {state.kind === 'ended' && <p class="notice">{t('checkIn.volunteer.ended')}</p>}
      {state.kind === 'done' && (
        <p class="notice">{t('checkIn.volunteer.done', { from: formatDateTime(locale, state.checkedInAt), to: formatDateTime(locale, state.checkedOutAt) })}</p>
      )}
      {state.kind === 'checkedIn' && <p>{t('checkIn.volunteer.checkedIn', { at: formatDateTime(locale, state.checkedInAt) })}</p>}
      {(state.kind === 'canCheckIn' || state.kind === 'checkedIn') && (
        <PostForm action={`/check-in/${props.code}`}>
          <p>
            <button type="submit" class="button-large">
              {t(state.kind === 'canCheckIn' ? 'checkIn.volunteer.checkIn' : 'checkIn.volunteer.checkOut')}
            </button>
          </p>
        </PostForm>
      )}
    </>
  );
}

/** An unknown or replaced code. */
export function CheckInNotFoundView() {
  const { t } = usePage();
  return (
    <>
      <h1>{t('checkIn.notFound.title')}</h1>
      <p>{t('checkIn.notFound.text')}</p>
    </>
  );
}
