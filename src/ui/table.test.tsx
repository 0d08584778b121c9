import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator } from '../platform/i18n.js';
import { ExportLinks } from './export-links.js';
import { withPage } from './page-context.js';
import { SortableTable } from './table.js';

const render = (url: string, body: preact.ComponentChildren) =>
  withPage({ locale: 'hu', t: translator('hu'), csrfToken: '', actor: null, url }, () => renderToString(<>{body}</>));

type Row = { id: number; name: string; county: string };
const rows: Row[] = [{ id: 1, name: '<Ózd>', county: 'Borsod-Abaúj-Zemplén' }];
const columns = [
  { label: 'Név', sortKey: 'name', rowHeader: true, cell: (r: Row) => r.name },
  { label: 'Vármegye', cell: (r: Row) => r.county },
  { label: 'Létrehozva', sortKey: 'created', cell: () => '' },
];

describe('SortableTable', () => {
  const html = render(
    '/admin/centers?q=x&page=3&sort=name&dir=asc',
    <SortableTable caption="Központok" rows={rows} rowKey={(r) => r.id} sort="name" dir="asc" emptyText="Üres" columns={columns} />,
  );

  it('marks the sorted column and links it to the other direction, back to page 1', () => {
    expect(html).toContain('<th scope="col" aria-sort="ascending"><a href="/admin/centers?q=x&amp;sort=name&amp;dir=desc">Név');
  });

  it('links another sortable column ascending, and leaves the others plain', () => {
    expect(html).toContain('<th scope="col" aria-sort="none"><a href="/admin/centers?q=x&amp;sort=created&amp;dir=asc">Létrehozva');
    expect(html).toContain('<th scope="col">Vármegye</th>');
  });

  it('names rows by their first cell and escapes content', () => {
    expect(html).toContain('<th scope="row">&lt;Ózd></th>');
    expect(html).toContain('<caption class="visually-hidden">Központok</caption>');
  });

  it('shows the empty text instead of an empty table', () => {
    const empty = render(
      '/x',
      <SortableTable caption="c" rows={[]} rowKey={(r: Row) => r.id} sort="name" dir="asc" emptyText="Nincs elem." columns={columns} />,
    );
    expect(empty).toBe('<p class="empty-state">Nincs elem.</p>');
  });
});

describe('ExportLinks', () => {
  it('keeps filters and sort, drops the page and language', () => {
    const html = render('/admin/users?q=kov&role=volunteer&page=2&sort=created&dir=desc&lang=en', <ExportLinks />);
    expect(html).toContain('href="/admin/users?q=kov&amp;role=volunteer&amp;sort=created&amp;dir=desc&amp;format=csv"');
    expect(html).toContain('href="/admin/users?q=kov&amp;role=volunteer&amp;sort=created&amp;dir=desc&amp;format=xlsx"');
  });
});
