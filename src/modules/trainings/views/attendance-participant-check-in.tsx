import { formatDateTime } from '../../../platform/i18n.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { checkInOpensMinutesBefore } from '../../check-in/code.js';
import type { ParticipantCheckIn } from '../check-in-service.js';
import { sessionPlace } from './attendance-session-facts.js';

/** GET /trainings/check-in/:sessionCheckInCode — the scanned page: the session, and one button, or why not (to the participant: "te"). */
export function AttendanceParticipantCheckIn(props: { data: ParticipantCheckIn; code: string }) {
  const { t, locale } = usePage();
  const { session, state } = props.data;
  return (
    <>
      <h1>{t('trainingAttendance.participant.title')}</h1>
      <dl class="details">
        <dt>{t('trainingAttendance.participant.course')}</dt>
        <dd>{session.courseTitle}</dd>
        <dt>{t('trainingAttendance.session.when')}</dt>
        <dd>
          {formatDateTime(locale, session.startsAt)} – {formatDateTime(locale, session.endsAt)}
        </dd>
        <dt>{t('trainingAttendance.session.where')}</dt>
        <dd>{sessionPlace(t, session) || '–'}</dd>
      </dl>
      {state.kind === 'notRegistered' && (
        <p class="notice">
          {t('trainingAttendance.participant.notRegistered')} <a href={`/trainings/${session.courseSlug}`}>{session.courseTitle}</a>
        </p>
      )}
      {state.kind === 'cancelled' && <p class="notice">{t('trainingAttendance.participant.cancelled')}</p>}
      {state.kind === 'tooEarly' && (
        <p class="notice">
          {t('trainingAttendance.participant.tooEarly', {
            from: formatDateTime(locale, new Date(session.startsAt.getTime() - checkInOpensMinutesBefore * 60_000)),
          })}
        </p>
      )}
      {state.kind === 'ended' && <p class="notice">{t('trainingAttendance.participant.ended')}</p>}
      {state.kind === 'checkedIn' && (
        <p role="status">
          {state.at ? t('trainingAttendance.participant.checkedInAt', { at: formatDateTime(locale, state.at) }) : t('trainingAttendance.participant.checkedIn')}
        </p>
      )}
      {state.kind === 'completed' && <p role="status">{t('trainingAttendance.participant.completed')}</p>}
      {state.kind === 'canCheckIn' && (
        <PostForm action={`/trainings/check-in/${props.code}`}>
          <p>
            <button type="submit" class="button-large">
              {t('trainingAttendance.participant.checkIn')}
            </button>
          </p>
        </PostForm>
      )}
    </>
  );
}

/** An unknown or replaced code. */
export function AttendanceCheckInNotFound() {
  const { t } = usePage();
  return (
    <>
      <h1>{t('trainingAttendance.participant.notFoundTitle')}</h1>
      <p>{t('trainingAttendance.participant.notFound')}</p>
    </>
  );
}
