import { formatDateTime } from '../../../platform/i18n.js';
import type { FieldError } from '../../../platform/validation.js';
import { usePage } from '../../../ui/page-context.js';
import { QrCode } from '../../check-in/views/qr-code.js';
import { RegenerateCodeSection } from '../../check-in/views/regenerate-code-form.js';
import type { SessionCheckInPage } from '../check-in-service.js';
import { AttendanceSessionFacts } from './attendance-session-facts.js';

/** GET /trainings/sessions/:sessionId/check-in — the session's QR code to show or print, who checked in, a new code. */
export function AttendanceCheckInPage(props: { data: SessionCheckInPage; url: string; qrSvg: string; confirmError?: FieldError }) {
  const { t, locale } = usePage();
  const { session, checkedIn } = props.data;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/trainings/sessions/${session.id}/attendance`}>{t('trainingAttendance.checkIn.back')}</a>
      </p>
      <h1>{t('trainingAttendance.checkIn.title', { course: session.courseTitle })}</h1>
      <AttendanceSessionFacts session={session} />
      <p>{t('trainingAttendance.checkIn.intro')}</p>
      <QrCode svg={props.qrSvg} label={t('trainingAttendance.checkIn.qrLabel', { url: props.url })} />
      <p class="check-in-url">
        {t('trainingAttendance.checkIn.urlLabel')} <a href={props.url}>{props.url}</a>
      </p>
      <section aria-labelledby="checked-in-heading">
        <h2 id="checked-in-heading">{t('trainingAttendance.checkIn.listTitle')}</h2>
        {checkedIn.length === 0 ? (
          <p class="empty-state">{t('trainingAttendance.checkIn.empty')}</p>
        ) : (
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{t('trainingAttendance.checkIn.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('trainingAttendance.col.name')}</th>
                  <th scope="col">{t('trainingAttendance.col.organization')}</th>
                  <th scope="col">{t('trainingAttendance.col.checkedIn')}</th>
                </tr>
              </thead>
              <tbody>
                {checkedIn.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.participantName}</th>
                    <td>{r.organizationName ?? '–'}</td>
                    <td>{r.checkedInAt ? formatDateTime(locale, r.checkedInAt) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <RegenerateCodeSection action={`/trainings/sessions/${session.id}/check-in/regenerate`} confirmError={props.confirmError} />
    </>
  );
}
