import type { ComponentChildren } from 'preact';
import { type Bar, BarChart } from '../../../ui/bar-chart.js';
import { FigureDataTable, type FigureTable } from '../../../ui/figure-table.js';
import { usePage } from '../../../ui/page-context.js';
import { urlWith } from '../../../ui/pagination.js';
import type { CenterReportTable } from '../schema.js';

/** Download links for one table of the page: the same filters, `format` and `table` added. */
export function TableExportLinks(props: { table: CenterReportTable | 'national'; label: string }) {
  const { t, url } = usePage();
  const link = (format: 'csv' | 'xlsx') => urlWith(url, { format, table: props.table === 'national' ? undefined : props.table, lang: undefined });
  return (
    <p class="export-links">
      <span>{t('centerReports.export')}:</span>{' '}
      <a href={link('csv')} download>
        {t('list.exportCsv')}
        <span class="visually-hidden"> – {props.label}</span>
      </a>{' '}
      <a href={link('xlsx')} download>
        {t('list.exportXlsx')}
        <span class="visually-hidden"> – {props.label}</span>
      </a>
    </p>
  );
}

/** One figure: its heading, an SVG chart (no JavaScript), the same numbers as a table, and its downloads. */
export function FigureSection(props: {
  id: string;
  table: CenterReportTable;
  title: string;
  chartTitle?: string;
  desc: string;
  bars: Bar[];
  layout: 'columns' | 'rows';
  data: FigureTable;
  empty: boolean;
  children?: ComponentChildren;
}) {
  const { t } = usePage();
  return (
    <section aria-labelledby={`${props.id}-heading`} class="report-figure">
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {props.children}
      {props.empty ? (
        <p class="empty-state">{t('centerReports.none')}</p>
      ) : (
        <>
          <BarChart id={props.id} title={props.chartTitle ?? props.title} desc={props.desc} bars={props.bars} layout={props.layout} />
          <FigureDataTable caption={props.title} table={props.data} />
          <TableExportLinks table={props.table} label={props.title} />
        </>
      )}
    </section>
  );
}
