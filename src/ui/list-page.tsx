import type { ComponentChildren } from 'preact';
import type { Page } from '../platform/list-params.js';
import { ExportLinks } from './export-links.js';
import { usePage } from './page-context.js';
import { Pagination } from './pagination.js';
import { SortableTable, type TableColumn } from './table.js';

type ListSort = { sort: string; dir: 'asc' | 'desc' };

/**
 * The filter form of a list: a GET form (so a filtered list is a link), the current sort kept in
 * hidden fields, and one submit button. Filtering restarts at page 1, since the form has no `page`.
 */
export function ListFilters(props: { action: string; label?: string; params: ListSort; children: ComponentChildren }) {
  const { t } = usePage();
  return (
    <form method="get" action={props.action} class="toolbar" role="search" aria-label={props.label}>
      {props.children}
      <input type="hidden" name="sort" value={props.params.sort} />
      <input type="hidden" name="dir" value={props.params.dir} />
      <p>
        <button type="submit">{t('form.filter')}</button>
      </p>
    </form>
  );
}

type ListPageProps<T> = {
  /** The heading; also the table's caption unless `caption` is given. */
  title: string;
  /** `h1` for a page that is the list; `h2` for a list inside another record's page. */
  headingLevel?: 1 | 2;
  /** The links above the heading (`<p class="breadcrumb">`). */
  breadcrumb?: ComponentChildren;
  /** What stands between the heading and the table: an intro, a "new" button, a `ListFilters` form. */
  children?: ComponentChildren;
  caption?: string;
  page: Page<T>;
  params: ListSort;
  columns: TableColumn<T>[];
  rowKey: (row: T) => string | number;
  /** Shown instead of the table when the page has no rows (e.g. "no match" when filtered). */
  emptyText: string;
};

/**
 * The staff list pages' one shape: heading, filters, a table whose headers sort, paging and the
 * CSV/XLSX links (only when there is something to page through or export), or the empty state.
 */
export function ListPage<T>(props: ListPageProps<T>) {
  const Heading = props.headingLevel === 2 ? 'h2' : 'h1';
  return (
    <>
      {props.breadcrumb && <p class="breadcrumb">{props.breadcrumb}</p>}
      <Heading>{props.title}</Heading>
      {props.children}
      <SortableTable
        caption={props.caption ?? props.title}
        rows={props.page.items}
        rowKey={props.rowKey}
        sort={props.params.sort}
        dir={props.params.dir}
        emptyText={props.emptyText}
        columns={props.columns}
      />
      {props.page.total > 0 && (
        <>
          <Pagination page={props.page} />
          <ExportLinks />
        </>
      )}
    </>
  );
}
