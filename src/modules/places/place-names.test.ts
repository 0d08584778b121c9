import { describe, expect, it } from 'vitest';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { readSettlements } from './import.js';
import { displayName, searchForm, searchKeys } from './place-names.js';

describe('searchForm', () => {
  it('drops accents and case, so people can type without Hungarian letters', () => {
    expect(searchForm('Gödöllő')).toBe('godollo');
    expect(searchForm('HÓDMEZŐVÁSÁRHELY')).toBe('hodmezovasarhely');
    expect(searchForm('Űrhajós')).toBe('urhajos');
  });

  it('turns punctuation other than the hyphen into single spaces and trims', () => {
    expect(searchForm('  Budapest  11. ker. ')).toBe('budapest 11 ker');
    expect(searchForm('Kecskemét (Bács-Kiskun)')).toBe('kecskemet bacs-kiskun');
    expect(searchForm('a,b;c:d')).toBe('a b c d');
  });

  it('reads decomposed (NFD) input like composed input', () => {
    expect(searchForm('Gödöllő'.normalize('NFD'))).toBe('godollo');
  });

  it('gives the empty string for blank input', () => {
    expect(searchForm('')).toBe('');
    expect(searchForm(' .() ')).toBe('');
  });
});

describe('displayName', () => {
  it('writes Budapest districts with Roman numerals, as people know them', () => {
    expect(displayName('Budapest 01. ker.')).toBe('Budapest I. kerület');
    expect(displayName('Budapest 11. ker.')).toBe('Budapest XI. kerület');
    expect(displayName('Budapest 23. ker.')).toBe('Budapest XXIII. kerület');
  });

  it('leaves every other name as KSH writes it', () => {
    expect(displayName('Budapest')).toBe('Budapest');
    expect(displayName('Kecskemét')).toBe('Kecskemét');
    expect(displayName('Budapest 11. kerület')).toBe('Budapest 11. kerület');
  });
});

describe('searchKeys', () => {
  it('holds the accent-free name; hyphenated names also without the hyphen', () => {
    expect(searchKeys('Gödöllő')).toEqual(['godollo']);
    expect(searchKeys('Győr-Moson')).toEqual(['gyor-moson', 'gyor moson']);
  });

  it('holds the ways people write a Budapest district', () => {
    const keys = searchKeys('Budapest 11. ker.');
    for (const form of ['budapest 11 ker', 'budapest xi kerulet', 'budapest xi', 'budapest 11', 'bp xi', 'bp 11 kerulet', 'xi kerulet', '11 kerulet']) {
      expect(keys).toContain(form);
    }
    // Only the summary row answers to "budapest" itself.
    expect(keys).not.toContain('budapest');
    expect(searchKeys('Budapest')).toEqual(['budapest']);
  });

  it('makes every key of every settlement a searchForm (so the query and the key meet)', () => {
    for (const row of readSettlements()) {
      for (const key of row.searchKeys) expect([searchForm(key), searchForm(key).replace(/-/g, ' ')]).toContain(key);
    }
  });
});

describe('readSettlements', () => {
  const rows = readSettlements();

  it('reads 3,178 rows with exactly one Budapest summary row', () => {
    expect(rows).toHaveLength(3178);
    const summaries = rows.filter((r) => r.isSummary);
    expect(summaries.map((r) => r.name)).toEqual(['Budapest']);
    expect(rows.filter((r) => r.county === 'Budapest' && !r.isSummary)).toHaveLength(23);
  });

  it('keeps KSH codes as text with their leading zeros', () => {
    expect(rows.find((r) => r.officialName === 'Budapest 02. ker.')?.kshCode).toBe('03179');
  });

  it('stores sort keys that order the display names like Intl.Collator("hu")', () => {
    const collator = new Intl.Collator('hu');
    const byKey = [...rows].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0)).map((r) => r.name);
    expect(byKey).toEqual(rows.map((r) => r.name).sort(collator.compare));
    expect(rows.every((r) => r.sortKey === hungarianSortKey(r.name))).toBe(true);
  });
});
