import type { Page } from '../platform/list-params.js';
import { usePage } from './page-context.js';

/** The current URL with some query parameters replaced. */
export function urlWith(url: string, changes: Record<string, string | number | undefined>): string {
  const u = new URL(url, 'http://x');
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === '') u.searchParams.delete(k);
    else u.searchParams.set(k, String(v));
  }
  return `${u.pathname}${u.search}`;
}

/**
 * Previous / next links with "page N of M" and the total; plain links, so it works without JS. A
 * capped total ("more than 10 000") has no last page: "next" shows while the page is full.
 */
export function Pagination(props: { page: Page<unknown> }) {
  const { t, url } = usePage();
  const { page, pages, total, totalCapped } = props.page;
  const hasNext = totalCapped ? props.page.items.length === props.page.pageSize : page < pages;
  return (
    <nav class="pagination" aria-label={t('list.pagination')}>
      {page > 1 ? (
        <a href={urlWith(url, { page: page - 1 })} rel="prev">
          {t('list.previous')}
        </a>
      ) : null}
      <span>{totalCapped ? t('list.pageNumber', { page }) : t('list.page', { page, pages })}</span>
      {hasNext ? (
        <a href={urlWith(url, { page: page + 1 })} rel="next">
          {t('list.next')}
        </a>
      ) : null}
      <span class="muted">{t(totalCapped ? 'list.totalCapped' : 'list.total', { total })}</span>
    </nav>
  );
}
