import { type Bar, BarChart } from '../../../ui/bar-chart.js';
import { usePage } from '../../../ui/page-context.js';
import type { CompareRow } from '../compare-service.js';
import { compareFigureText } from './compare-format.js';

/**
 * One figure of the comparison as bars, largest first (rows without a value left out), with the same
 * numbers in a table beside it: the chart is one image to assistive technology, the table is the data.
 */
export function CompareChart(props: { id: string; title: string; rows: CompareRow[]; value: (r: CompareRow) => number | null; per1000?: boolean }) {
  const { t, locale } = usePage();
  const shown = props.rows
    .map((r) => ({ row: r, value: props.value(r) }))
    .filter((x): x is { row: CompareRow; value: number } => x.value !== null)
    .sort((a, b) => b.value - a.value || (a.row.sortKey < b.row.sortKey ? -1 : 1));
  const text = (v: number) => compareFigureText(locale, 'hours', v, props.per1000);
  const bars: Bar[] = shown.map((x) => ({ label: x.row.name, value: x.value, valueText: text(x.value) }));
  const top = shown[0];
  return (
    <section aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {shown.length === 0 ? (
        <p class="empty-state">{t('points.compare.chart.none')}</p>
      ) : (
        <>
          <BarChart
            id={props.id}
            title={props.title}
            desc={top ? t('points.compare.chart.desc', { name: top.row.name, value: text(top.value) }) : ''}
            bars={bars}
            layout="rows"
          />
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{props.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('points.compare.col.name')}</th>
                  <th scope="col">{t(props.per1000 ? 'points.compare.col.hoursPer1000' : 'points.compare.col.hours')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((x) => (
                  <tr>
                    <th scope="row">{x.row.name}</th>
                    <td>{text(x.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
