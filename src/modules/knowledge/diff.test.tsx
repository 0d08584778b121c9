import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n.js';
import { withPage } from '../../ui/page-context.js';
import { type ComparedContent, compareVersions, type DiffLines, hasChanges, listDifferences, textDifferences, wordDifferences } from './diff.js';
import { DiffLinesView } from './views/diff-page.js';

const render = (lines: DiffLines, locale: 'hu' | 'en' = 'hu') =>
  withPage({ locale, t: translator(locale), csrfToken: '', actor: null, url: '/' }, () => renderToString(<DiffLinesView lines={lines} />));

/** A line's parts as "text", "+added", "-removed". */
const marks = (lines: DiffLines) => lines.map((line) => line.map((p) => (p.change === 'same' ? p.text : `${p.change === 'added' ? '+' : '-'}${p.text}`)));

describe('article differences', () => {
  it('compares words with Hungarian letters whole', () => {
    expect(marks([wordDifferences('Az önkéntes szerződés írásban készül.', 'Az önkéntes szerződést írásban kell megkötni.')])).toEqual([
      ['Az önkéntes ', '-szerződés', '+szerződést', ' írásban ', '-készül', '+kell megkötni', '.'],
    ]);
    expect(wordDifferences('Ugyanaz', 'Ugyanaz')).toEqual([{ change: 'same', text: 'Ugyanaz' }]);
  });

  it('compares the body by line, and a changed paragraph word by word, keeping unchanged lines', () => {
    const older = '# Cím\n\nElső bekezdés.\n\nMásodik bekezdés marad.\n';
    const newer = '# Cím\n\nElső, javított bekezdés.\n\nMásodik bekezdés marad.\n\nÚj bekezdés.\n';
    expect(marks(textDifferences(older, newer))).toEqual([
      ['# Cím'],
      [],
      ['Első', '+, javított ', 'bekezdés.'],
      [],
      ['Második bekezdés marad.'],
      [],
      ['+Új bekezdés.'],
    ]);
  });

  it('shows a very long rewrite as replaced instead of comparing word by word', () => {
    const older = 'régi '.repeat(3000);
    const newer = 'új '.repeat(5000);
    expect(marks([wordDifferences(older, newer)])).toEqual([[`-${older}`, `+${newer}`]]);
  });

  it('compares lists item by item', () => {
    expect(marks(listDifferences(['Önkénteseknek', 'Iskoláknak'], ['Önkénteseknek', 'Cégeknek']))).toEqual([['Önkénteseknek'], ['-Iskoláknak'], ['+Cégeknek']]);
  });

  it('compares every field of two versions, and says which changed', () => {
    const base: ComparedContent = {
      title: 'Cím',
      summary: 'Összefoglaló',
      body: 'Szöveg',
      category: 'law',
      audiences: ['volunteer'],
      sources: [{ citation: 'Köt. 6. §', label: 'Köt.', url: 'https://njt.hu/x' }],
      lastCheckedOn: '2026-11-24',
    };
    const labels = { category: (c: string) => `kat:${c}`, audience: (a: string) => `aud:${a}`, day: (d: string) => d.replaceAll('-', '. ') };
    const result = compareVersions(base, { ...base, category: 'minors', sources: [], lastCheckedOn: undefined }, labels);
    expect(result.map((f) => [f.field, f.changed])).toEqual([
      ['title', false],
      ['summary', false],
      ['body', false],
      ['category', true],
      ['audiences', false],
      ['sources', true],
      ['lastCheckedOn', true],
    ]);
    expect(marks(result.find((f) => f.field === 'sources')?.lines ?? [])).toEqual([['-Köt. 6. § – Köt. (https://njt.hu/x)']]);
    expect(hasChanges(compareVersions(base, base, labels).flatMap((f) => f.lines))).toBe(false);
  });
});

describe('rendering the differences', () => {
  it('marks added and removed text with <ins>/<del> and words for screen readers, a replacement apart, one block per line', () => {
    const html = render([
      [
        { change: 'same', text: 'Az ' },
        { change: 'removed', text: 'régi' },
        { change: 'added', text: 'új' },
      ],
      [],
    ]);
    expect(html).toBe(
      '<div class="diff-text"><div class="diff-line">Az <del><span class="visually-hidden">[törölve: </span>régi<span class="visually-hidden">]</span></del>' +
        ' <ins><span class="visually-hidden">[hozzáadva: </span>új<span class="visually-hidden">]</span></ins></div><div class="diff-line">\u00a0</div></div>',
    );
    expect(render([[{ change: 'added', text: 'new' }]], 'en')).toContain('[added: </span>new');
  });

  it('keeps article text as text', () => {
    const html = render([[{ change: 'added', text: '<script>alert(1)</script>' }]]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
  });
});
