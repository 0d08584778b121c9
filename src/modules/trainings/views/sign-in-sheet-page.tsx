import { formatDate } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { AttendanceSession, RosterRow } from '../attendance-repo.js';
import { AttendanceSessionFacts } from './attendance-session-facts.js';

/**
 * GET /trainings/sessions/:sessionId/sign-in-sheet — the printable sign-in sheet (jelenléti ív): the
 * participants in Hungarian alphabetical order with their organization and an empty signature
 * column, a few blank rows for walk-ins, and the trainer's signature. A page, not a PDF: the
 * browser prints it on A4 (app.css's print rules hide the site's frame), it stays accessible, and it
 * needs no second layout beside the certificate's.
 */
export function SignInSheetPage(props: { session: AttendanceSession; rows: RosterRow[]; blankRows: number }) {
  const { t, locale } = usePage();
  const { session, rows } = props;
  const blanks = Array.from({ length: props.blankRows }, (_, i) => rows.length + i + 1);
  return (
    <div class="sign-in-sheet">
      <p class="breadcrumb">
        <a href={`/trainings/sessions/${session.id}/attendance`}>{t('trainingAttendance.signInSheet.back')}</a>
      </p>
      <h1>{t('trainingAttendance.signInSheet.title', { course: session.courseTitle })}</h1>
      <p>{t('trainingAttendance.signInSheet.center', { center: session.centerName })}</p>
      <AttendanceSessionFacts session={session} />
      <p class="toolbar">{t('trainingAttendance.signInSheet.printHint')}</p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">
            {t('trainingAttendance.signInSheet.caption', { course: session.courseTitle, date: formatDate(locale, session.startsAt) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('trainingAttendance.signInSheet.number')}</th>
              <th scope="col">{t('trainingAttendance.col.name')}</th>
              <th scope="col">{t('trainingAttendance.col.organization')}</th>
              <th scope="col" class="signature">
                {t('trainingAttendance.signInSheet.signature')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id}>
                <td>{i + 1}.</td>
                <th scope="row">{r.participantName}</th>
                <td>{r.organizationName ?? ''}</td>
                <td class="signature" />
              </tr>
            ))}
            {blanks.map((n) => (
              <tr key={`blank-${n}`}>
                <td>{n}.</td>
                <td />
                <td />
                <td class="signature" />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p class="empty-state">{t('trainingAttendance.signInSheet.empty')}</p>}
      <p class="sign-in-sheet-trainer">{t('trainingAttendance.signInSheet.trainerSignature', { trainer: session.trainerName })}</p>
    </div>
  );
}
