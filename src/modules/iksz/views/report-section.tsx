import { formatDuration, formatWholeNumber } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { IkszReportRow } from '../report.js';

/** The center reports' IKSZ block: accepted IKSZ hours and students per school, labelled as not Köt. volunteering. */
export function IkszReportSection(props: { rows: IkszReportRow[] }) {
  const { t, locale } = usePage();
  return (
    <section aria-labelledby="iksz-report-heading">
      <h2 id="iksz-report-heading">{t('iksz.report.title')}</h2>
      <p>
        <strong>{t('iksz.report.note')}</strong>
      </p>
      {props.rows.length === 0 ? (
        <p class="empty-state">{t('iksz.report.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption>{t('iksz.report.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('iksz.report.school')}</th>
                <th scope="col">{t('iksz.report.students')}</th>
                <th scope="col">{t('iksz.report.hours')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr key={r.schoolId}>
                  <th scope="row">{r.schoolName}</th>
                  <td>{formatWholeNumber(locale, r.students)}</td>
                  <td>{formatDuration(t, locale, r.minutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
