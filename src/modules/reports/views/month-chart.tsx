import { formatDuration } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { MonthRow } from '../aggregate.js';
import { formatAmount, monthName } from './report-formats.js';

const width = 720;
const height = 260;
const left = 16;
const right = 16;
const top = 28;
const bottom = 36;
const slot = (width - left - right) / 12;
const barWidth = slot * 0.64;

/**
 * Approved hours by month as an SVG bar chart drawn on the server (no JavaScript). It is one image
 * to assistive technology (role="img" with a title and a description); every bar carries its value
 * as text, and the page repeats the numbers in a table, so nothing depends on colour.
 */
export function MonthChart(props: { months: MonthRow[]; year: number }) {
  const { t, locale } = usePage();
  const max = Math.max(...props.months.map((m) => m.minutes));
  const plotHeight = height - top - bottom;
  const titleId = 'report-chart-title';
  const descId = 'report-chart-desc';
  return (
    <figure class="report-chart">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={titleId}>{t('reports.chart.title', { year: props.year })}</title>
        <desc id={descId}>{t('reports.chart.desc', { year: props.year, max: formatDuration(t, locale, max) })}</desc>
        <line x1={left} y1={height - bottom} x2={width - right} y2={height - bottom} stroke="currentColor" stroke-width="1" />
        {props.months.map((m, i) => {
          const barHeight = max > 0 ? Math.round((m.minutes / max) * plotHeight) : 0;
          const x = left + i * slot + (slot - barWidth) / 2;
          const centre = left + i * slot + slot / 2;
          return (
            <g>
              <rect x={x.toFixed(1)} y={height - bottom - barHeight} width={barWidth.toFixed(1)} height={barHeight} fill="#1f5f8b" />
              <text x={centre.toFixed(1)} y={height - bottom - barHeight - 6} text-anchor="middle" font-size="12" fill="currentColor">
                {formatAmount(locale, Math.round((m.minutes / 60) * 10) / 10)}
              </text>
              <text x={centre.toFixed(1)} y={height - bottom + 18} text-anchor="middle" font-size="12" fill="currentColor">
                {monthName(t, m.month, 'short')}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
