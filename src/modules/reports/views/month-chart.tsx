import { formatDuration } from '../../../platform/i18n.js';
import { BarChart } from '../../../ui/bar-chart.js';
import { usePage } from '../../../ui/page-context.js';
import type { MonthRow } from '../aggregate.js';
import { formatAmount, monthName } from './report-formats.js';

/**
 * Approved hours by month as an SVG bar chart drawn on the server (ui/bar-chart.tsx): every bar
 * carries its hours as text, and the page repeats the numbers in a table.
 */
export function MonthChart(props: { months: MonthRow[]; year: number }) {
  const { t, locale } = usePage();
  const max = Math.max(...props.months.map((m) => m.minutes));
  return (
    <BarChart
      id="report-chart"
      title={t('reports.chart.title', { year: props.year })}
      desc={t('reports.chart.desc', { year: props.year, max: formatDuration(t, locale, max) })}
      bars={props.months.map((m) => ({
        label: monthName(t, m.month, 'short'),
        value: m.minutes,
        valueText: formatAmount(locale, Math.round((m.minutes / 60) * 10) / 10),
      }))}
    />
  );
}
