import { formatWholeNumber } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { BarChart } from '../../../ui/bar-chart.js';
import { ErrorSummary, Field } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { SortableTable, type TableColumn } from '../../../ui/table.js';
import type { NationalFigures, NationalReport, NationalRow } from '../national-service.js';
import type { NationalSort } from '../schema.js';
import { formatDays, formatHours, formatReportDay, formatShare } from './figure-formats.js';
import { TableExportLinks } from './figure-section.js';

type Cells = (f: NationalFigures) => string;

/** GET /national/reports: every center's headline figures, sortable, with a totals row, a chart and downloads. */
export function NationalReportsPage(props: {
  report: NationalReport;
  order: { sort: NationalSort; dir: 'asc' | 'desc' };
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, locale } = usePage();
  const { report } = props;
  const n = (x: number) => formatWholeNumber(locale, x);
  // The totals row comes last, whatever the order of the centers above it.
  const totalRow: NationalRow = { ...report.total, centerId: 'total', name: t('centerReports.national.total') };
  const figureColumns: { sortKey: NationalSort; label: string; cell: Cells }[] = [
    { sortKey: 'registered', label: t('centerReports.national.registered'), cell: (f) => n(f.registered) },
    { sortKey: 'active', label: t('centerReports.national.active'), cell: (f) => n(f.active) },
    { sortKey: 'placements', label: t('centerReports.national.placements'), cell: (f) => n(f.placements) },
    { sortKey: 'hours', label: t('centerReports.national.hours'), cell: (f) => formatHours(locale, f.minutes) },
    { sortKey: 'value', label: t('centerReports.national.value'), cell: (f) => (f.valueFt === null ? '–' : n(f.valueFt)) },
    { sortKey: 'minors', label: t('centerReports.national.minors'), cell: (f) => formatShare(locale, f.minorsShare) },
    { sortKey: 'median', label: t('centerReports.national.median'), cell: (f) => (f.medianDays === null ? '–' : formatDays(locale, f.medianDays)) },
  ];
  const columns: TableColumn<NationalRow>[] = [
    {
      sortKey: 'name',
      label: t('centerReports.national.center'),
      rowHeader: true,
      cell: (r) => (r === totalRow ? r.name : <a href={`/center/reports?center=${r.centerId}&from=${report.from}&to=${report.to}`}>{r.name}</a>),
    },
    ...figureColumns.map((c) => ({ sortKey: c.sortKey, label: c.label, cell: (r: NationalRow) => c.cell(r) })),
  ];
  const caption = t('centerReports.national.caption', { from: formatReportDay(locale, report.from), to: formatReportDay(locale, report.to) });
  const top = report.rows.reduce<NationalRow | undefined>((best, r) => (!best || r.minutes > best.minutes ? r : best), undefined);
  return (
    <>
      <h1>{t('centerReports.national.title')}</h1>
      <ErrorSummary errors={props.errors} />
      <form method="get" action="/national/reports" class="toolbar" aria-label={t('centerReports.filters')}>
        <Field name="from" type="date" label={t('centerReports.field.from')} value={props.values.from ?? report.from} error={props.errors?.from} />
        <Field name="to" type="date" label={t('centerReports.field.to')} value={props.values.to ?? report.to} error={props.errors?.to} />
        <input type="hidden" name="sort" value={props.order.sort} />
        <input type="hidden" name="dir" value={props.order.dir} />
        <p>
          <button type="submit">{t('centerReports.show')}</button>
        </p>
      </form>
      <p class="lead">{t('centerReports.period', { from: formatReportDay(locale, report.from), to: formatReportDay(locale, report.to) })}</p>
      <SortableTable
        caption={caption}
        columns={columns}
        rows={report.rows.length ? [...report.rows, totalRow] : []}
        sort={props.order.sort}
        dir={props.order.dir}
        emptyText={t('centerReports.none')}
        rowKey={(r) => r.centerId}
      />
      <TableExportLinks table="national" label={t('centerReports.national.title')} />
      {report.total.minutes > 0 && (
        <section aria-labelledby="national-hours-heading">
          <h2 id="national-hours-heading">{t('centerReports.national.hoursChart')}</h2>
          <BarChart
            id="national-hours"
            title={t('centerReports.national.hoursChart')}
            desc={top ? t('centerReports.hoursChartDesc', { name: top.name, hours: formatHours(locale, top.minutes) }) : ''}
            bars={report.rows.map((r) => ({ label: r.name, value: r.minutes, valueText: formatHours(locale, r.minutes) }))}
            layout="rows"
          />
        </section>
      )}
      <p>{t('centerReports.national.method')}</p>
    </>
  );
}
