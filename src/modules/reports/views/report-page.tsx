import { formatDate, formatDuration, formatWholeNumber } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { ErrorSummary, SelectField } from '../../../ui/forms.js';
import { linkifiedText } from '../../../ui/linkified-text.js';
import { usePage } from '../../../ui/page-context.js';
import type { ReportOrganization } from '../repo.js';
import type { OrganizationYearReport } from '../service.js';
import { MonthChart } from './month-chart.js';
import { formatAmount, monthName } from './report-formats.js';

export type ReportPageProps = {
  organization: ReportOrganization;
  years: number[];
  /** The year as asked (kept as typed when it is not valid). */
  yearValue: string;
  errors?: FieldErrors;
  report?: OrganizationYearReport;
};

/** An organization's yearly report ("Ön"): year selector, figures, chart, tables, value, export. */
export function ReportPage(props: ReportPageProps) {
  const { t } = usePage();
  const { organization, report } = props;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/organizations/${organization.id}`}>{t('reports.back')}</a>
      </p>
      <h1>{t('reports.title', { name: organization.name })}</h1>
      <p>{t('reports.intro')}</p>
      <YearForm {...props} />
      {report && (report.minutes === 0 ? <p class="empty-state">{t('reports.empty', { year: report.year })}</p> : <ReportBody report={report} />)}
    </>
  );
}

function YearForm(props: ReportPageProps) {
  const { t } = usePage();
  const errors = props.errors ?? {};
  return (
    <form method="get" action={`/organizations/${props.organization.id}/reports`} aria-label={t('reports.year.formLabel')} novalidate>
      <ErrorSummary errors={errors} />
      <SelectField
        name="year"
        label={t('reports.year.label')}
        value={props.yearValue}
        error={errors.year}
        required
        options={props.years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <p>
        <button type="submit">{t('reports.year.submit')}</button>
      </p>
    </form>
  );
}

function ReportBody(props: { report: OrganizationYearReport }) {
  const { t, locale } = usePage();
  const r = props.report;
  const duration = (minutes: number) => formatDuration(t, locale, minutes);
  return (
    <>
      <section aria-labelledby="report-summary">
        <h2 id="report-summary">{t('reports.summary.title', { year: r.year })}</h2>
        <dl class="details">
          <dt>{t('reports.summary.hours')}</dt>
          <dd>{duration(r.minutes)}</dd>
          <dt>{t('reports.summary.volunteers')}</dt>
          <dd>{t('reports.summary.volunteersValue', { count: formatWholeNumber(locale, r.volunteers) })}</dd>
          <dt>{t('reports.summary.minors')}</dt>
          <dd>{duration(r.minorMinutes)}</dd>
          <dt>{t('reports.summary.value')}</dt>
          <dd>{r.valueFt === null ? '–' : t('reports.money', { amount: formatWholeNumber(locale, r.valueFt) })}</dd>
        </dl>
      </section>

      <section aria-labelledby="report-months">
        <h2 id="report-months">{t('reports.months.title')}</h2>
        <MonthChart months={r.months} year={r.year} />
        <div class="table-scroll">
          <table>
            <caption>{t('reports.months.caption', { year: r.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.field.month')}</th>
                <th scope="col">{t('reports.field.hours')}</th>
                <th scope="col">{t('reports.field.volunteers')}</th>
                <th scope="col">{t('reports.field.minorHours')}</th>
              </tr>
            </thead>
            <tbody>
              {r.months.map((m) => (
                <tr>
                  <th scope="row">{monthName(t, m.month)}</th>
                  <td>{duration(m.minutes)}</td>
                  <td>{formatWholeNumber(locale, m.volunteers)}</td>
                  <td>{duration(m.minorMinutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="hint">{t('reports.minors.note')}</p>
      </section>

      <section aria-labelledby="report-activities">
        <h2 id="report-activities">{t('reports.activities.title')}</h2>
        <p class="hint">{t('reports.activities.hint')}</p>
        <div class="table-scroll">
          <table>
            <caption>{t('reports.activities.caption', { year: r.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.field.activity')}</th>
                <th scope="col">{t('reports.field.hours')}</th>
              </tr>
            </thead>
            <tbody>
              {r.activities.map((a) => (
                <tr>
                  <th scope="row">{a.activity}</th>
                  <td>{duration(a.minutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="report-value">
        <h2 id="report-value">{t('reports.value.title')}</h2>
        {r.outdatedAmountYear !== null && <p class="warning">{t('reports.value.outdated', { year: r.year, used: r.outdatedAmountYear })}</p>}
        {r.valueFt === null ? (
          <p>{t('reports.value.none')}</p>
        ) : (
          <p>
            <strong>{t('reports.money', { amount: formatWholeNumber(locale, r.valueFt) })}</strong>
          </p>
        )}
        <p>{t('reports.value.explain')}</p>
        <ul>
          {r.hourValues.map((v) => (
            <li>
              {t('reports.value.rate', {
                hourValue: formatAmount(locale, v.hourValueFt),
                wage: formatWholeNumber(locale, v.monthlyMinimumWageFt),
                from: formatDate(locale, new Date(`${v.effectiveFrom}T12:00:00Z`)),
                duration: duration(v.minutes),
              })}{' '}
              ({t('reports.value.source')}: {linkifiedText(v.source)})
            </li>
          ))}
        </ul>
        {r.minutesWithoutValue > 0 && r.valueFt !== null && <p>{t('reports.value.withoutValue', { duration: duration(r.minutesWithoutValue) })}</p>}
      </section>
      <ExportLinks />
    </>
  );
}
