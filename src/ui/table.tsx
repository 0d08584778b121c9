import type { ComponentChildren } from 'preact';
import { usePage } from './page-context.js';
import { urlWith } from './pagination.js';

export type TableColumn<T> = {
  /** The `sort` value this column orders by; leave out for a column that does not sort. */
  sortKey?: string;
  label: string;
  cell: (row: T) => ComponentChildren;
  /** Row header cell (the record's name), for screen readers moving across a row. */
  rowHeader?: boolean;
};

type SortableTableProps<T> = {
  caption: string;
  columns: TableColumn<T>[];
  rows: T[];
  sort: string;
  dir: 'asc' | 'desc';
  /** Shown instead of an empty table. */
  emptyText: string;
  rowKey: (row: T) => string | number;
};

/**
 * A data table whose sortable column headers are plain links (works without JavaScript): the
 * current column toggles the direction, another column starts ascending, and paging restarts at 1.
 * `aria-sort` tells screen readers which column orders the list.
 */
export function SortableTable<T>(props: SortableTableProps<T>) {
  const { t, url } = usePage();
  if (props.rows.length === 0) return <p class="empty-state">{props.emptyText}</p>;
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c) => {
              if (!c.sortKey) return <th scope="col">{c.label}</th>;
              const active = props.sort === c.sortKey;
              const nextDir = active && props.dir === 'asc' ? 'desc' : 'asc';
              return (
                <th scope="col" aria-sort={active ? (props.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <a href={urlWith(url, { sort: c.sortKey, dir: nextDir, page: undefined, after: undefined, before: undefined })}>
                    {c.label}
                    <span class="visually-hidden"> – {t('list.sortBy', { column: c.label })}</span>
                    {active && <span aria-hidden="true">{props.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
                  </a>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={props.rowKey(row)}>{props.columns.map((c) => (c.rowHeader ? <th scope="row">{c.cell(row)}</th> : <td>{c.cell(row)}</td>))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
