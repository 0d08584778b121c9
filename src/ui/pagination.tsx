import type { Page } from '../platform/list-params.js';
import { usePage } from './page-context.js';

/**
 * The current URL (a request's path and query) with some query parameters replaced. The query is
 * parsed once and written once (a URL object re-serializes itself on every change); a path that
 * starts with "//" is kept on this site.
 */
export function urlWith(url: string, changes: Record<string, string | number | undefined>): string {
  const queryAt = url.indexOf('?');
  const path = (queryAt < 0 ? url : url.slice(0, queryAt)).replace(/^\/{2,}/, '/') || '/';
  const params = new URLSearchParams(queryAt < 0 ? '' : url.slice(queryAt + 1));
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === '') params.delete(k);
    else params.set(k, String(v));
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * Previous / next links with "page N of M" and the total; plain links, so it works without JS. A
 * capped total ("more than 10 000") has no last page: "next" shows while the page is full. A keyset
 * page (`cursors`) links by key; `page` then only numbers it.
 */
export function Pagination(props: { page: Page<unknown> }) {
  const { t, url } = usePage();
  const { page, pages, total, totalCapped, cursors } = props.page;
  const hasNext = cursors ? Boolean(cursors.next) : totalCapped ? props.page.items.length === props.page.pageSize : page < pages;
  const hasPrevious = page > 1;
  // By key: the next page starts after this page's last row, the previous ends before its first.
  const nextHref = urlWith(url, cursors ? { after: cursors.next, before: undefined, page: page + 1 } : { page: page + 1 });
  const previousHref = !cursors
    ? urlWith(url, { page: page - 1 })
    : cursors.previous && page > 2
      ? urlWith(url, { before: cursors.previous, after: undefined, page: page - 1 })
      : urlWith(url, { before: undefined, after: undefined, page: undefined });
  return (
    <nav class="pagination" aria-label={t('list.pagination')}>
      {hasPrevious ? (
        <a href={previousHref} rel="prev">
          {t('list.previous')}
        </a>
      ) : null}
      <span>{totalCapped ? t('list.pageNumber', { page }) : t('list.page', { page, pages })}</span>
      {hasNext ? (
        <a href={nextHref} rel="next">
          {t('list.next')}
        </a>
      ) : null}
      <span class="muted">{t(totalCapped ? 'list.totalCapped' : 'list.total', { total })}</span>
    </nav>
  );
}
