import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator } from '../platform/i18n.js';
import type { Page } from '../platform/list-params.js';
import { ListFilters, ListPage } from './list-page.js';
import { withPage } from './page-context.js';

const render = (url: string, body: preact.ComponentChildren) =>
  withPage({ locale: 'hu', t: translator('hu'), csrfToken: '', actor: null, url }, () => renderToString(<>{body}</>));

type Row = { id: number; name: string };
const pageOf = (items: Row[], total: number): Page<Row> => ({ items, total, page: 1, pageSize: 20, pages: Math.max(1, Math.ceil(total / 20)) });
const columns = [{ label: 'Név', sortKey: 'name', rowHeader: true, cell: (r: Row) => r.name }];
const params = { sort: 'name', dir: 'asc' as const };

describe('ListPage', () => {
  const full = render(
    '/admin/things?q=a',
    <ListPage
      title="Dolgok"
      breadcrumb={<a href="/admin">Admin</a>}
      page={pageOf([{ id: 1, name: 'Egy' }], 21)}
      params={params}
      rowKey={(r) => r.id}
      emptyText="Üres"
      columns={columns}
    >
      <ListFilters action="/admin/things" label="Szűrés" params={params}>
        <input name="q" />
      </ListFilters>
    </ListPage>,
  );

  it('puts breadcrumb, heading, filters, table, paging and export links in that order', () => {
    const order = [
      'class="breadcrumb"',
      '<h1>Dolgok</h1>',
      '<form method="get" action="/admin/things"',
      '<table>',
      'class="pagination"',
      'class="export-links"',
    ];
    const positions = order.map((part) => full.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(full).toContain('<caption class="visually-hidden">Dolgok</caption>');
    expect(full).toContain('aria-sort="ascending"');
  });

  it('keeps the sort in the filter form and restarts paging (no page field)', () => {
    expect(full).toContain('role="search" aria-label="Szűrés"');
    expect(full).toContain('<input type="hidden" name="sort" value="name"/>');
    expect(full).toContain('<input type="hidden" name="dir" value="asc"/>');
    expect(full).not.toContain('name="page"');
  });

  it('shows the empty state without table, paging or export links', () => {
    const empty = render(
      '/admin/things',
      <ListPage title="Dolgok" page={pageOf([], 0)} params={params} rowKey={(r) => r.id} emptyText="Nincs ilyen" columns={columns} />,
    );
    expect(empty).toContain('<p class="empty-state">Nincs ilyen</p>');
    expect(empty).not.toContain('<table');
    expect(empty).not.toContain('pagination');
    expect(empty).not.toContain('export-links');
    expect(empty).not.toContain('breadcrumb');
  });

  it('is a section of another page with an h2 and its own caption', () => {
    const inner = render(
      '/admin/centers/1',
      <ListPage
        title="Pontok"
        headingLevel={2}
        caption="A központ pontjai"
        page={pageOf([{ id: 1, name: 'Egy' }], 1)}
        params={params}
        rowKey={(r) => r.id}
        emptyText="Üres"
        columns={columns}
      />,
    );
    expect(inner).toContain('<h2>Pontok</h2>');
    expect(inner).not.toContain('<h1>');
    expect(inner).toContain('<caption class="visually-hidden">A központ pontjai</caption>');
  });
});
