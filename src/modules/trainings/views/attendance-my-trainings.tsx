import { formatDate } from '../../../platform/i18n.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { TrainingHistoryRow } from '../attendance-history.js';
import { AttendanceStatus } from './attendance-status.js';

function Certificate({ row }: { row: TrainingHistoryRow }) {
  const { t } = usePage();
  if (row.status !== 'completed') return null;
  if (row.certificateId)
    return (
      <a href={`/certificates/${row.certificateId}/pdf`}>
        {t('trainingAttendance.mine.downloadCertificate')}
        <span class="visually-hidden"> – {row.courseTitle}</span>
      </a>
    );
  return (
    <PostForm action={`/trainings/registrations/${row.registrationId}/certificate`}>
      <button type="submit" class="button-secondary">
        {t('trainingAttendance.mine.requestCertificate')}
        <span class="visually-hidden"> – {row.courseTitle}</span>
      </button>
    </PostForm>
  );
}

/** "My trainings" in my volunteering: each session taken part in, its qualification and expiry, the feedback and the certificate. */
export function AttendanceMyTrainings(props: { trainings: TrainingHistoryRow[] }) {
  const { t, locale } = usePage();
  const day = (value: string) => formatDate(locale, new Date(`${value}T12:00:00Z`));
  return (
    <section aria-labelledby="my-trainings">
      <h2 id="my-trainings">{t('trainingAttendance.mine.title')}</h2>
      {props.trainings.length === 0 ? (
        <p class="empty-state">
          {t('trainingAttendance.mine.empty')} <a href="/trainings">{t('trainingAttendance.mine.catalogue')}</a>
        </p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{t('trainingAttendance.mine.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trainingAttendance.mine.course')}</th>
                <th scope="col">{t('trainingAttendance.mine.date')}</th>
                <th scope="col">{t('trainingAttendance.col.status')}</th>
                <th scope="col">{t('trainingAttendance.col.qualification')}</th>
                <th scope="col">{t('trainingAttendance.mine.feedback')}</th>
                <th scope="col">{t('trainingAttendance.mine.certificate')}</th>
              </tr>
            </thead>
            <tbody>
              {props.trainings.map((r) => (
                <tr key={r.registrationId}>
                  <th scope="row">
                    <a href={`/trainings/${r.courseSlug}`}>{r.courseTitle}</a>
                  </th>
                  <td>{formatDate(locale, r.startsAt)}</td>
                  <td>
                    <AttendanceStatus status={r.status} />
                  </td>
                  <td>
                    {r.qualificationName
                      ? r.validUntil
                        ? t('trainingAttendance.mine.qualificationUntil', { name: r.qualificationName, date: day(r.validUntil) })
                        : r.qualificationName
                      : '–'}
                  </td>
                  <td>
                    {r.status === 'no_show' ? (
                      '–'
                    ) : r.feedbackGiven ? (
                      t('trainingAttendance.mine.feedbackGiven')
                    ) : (
                      <a href={`/trainings/feedback/${r.registrationId}`}>
                        {t('trainingAttendance.mine.giveFeedback')}
                        <span class="visually-hidden"> – {r.courseTitle}</span>
                      </a>
                    )}
                  </td>
                  <td>
                    <Certificate row={r} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
