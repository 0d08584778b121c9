import { formatDateTime } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { AttendanceSession } from '../attendance-repo.js';

/** Where the session is: online, or its settlement and address. */
export function sessionPlace(t: ReturnType<typeof usePage>['t'], session: Pick<AttendanceSession, 'online' | 'placeName' | 'address'>): string {
  if (session.online) return t('trainingAttendance.session.online');
  return [session.placeName, session.address].filter(Boolean).join(', ');
}

/** The session as the attendance pages head it: when, where, the trainer, and whether it was cancelled. */
export function AttendanceSessionFacts(props: { session: AttendanceSession }) {
  const { t, locale } = usePage();
  const { session } = props;
  return (
    <>
      <dl class="details">
        <dt>{t('trainingAttendance.session.when')}</dt>
        <dd>
          {formatDateTime(locale, session.startsAt)} – {formatDateTime(locale, session.endsAt)}
        </dd>
        <dt>{t('trainingAttendance.session.where')}</dt>
        <dd>{sessionPlace(t, session) || '–'}</dd>
        <dt>{t('trainingAttendance.session.trainer')}</dt>
        <dd>{session.trainerName}</dd>
        <dt>{t('trainingAttendance.session.qualification')}</dt>
        <dd>{session.qualificationName ?? t('trainingAttendance.session.noQualification')}</dd>
      </dl>
      {session.cancelledAt && <p class="notice">{t('trainingAttendance.session.cancelled')}</p>}
    </>
  );
}
