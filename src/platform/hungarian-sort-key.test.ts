import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { compareHungarian, hungarianSortKey } from './hungarian-sort-key.js';

/**
 * The sort key must order like Intl.Collator('hu') (ADR 005): lists page in SQL by
 * `sort_key collate "C"`, and anything sorted in code uses the collator.
 */
const collator = new Intl.Collator('hu');
const byKey = (a: string, b: string) => compareHungarian(a, b);
const sign = (n: number) => Math.sign(n);

const csvPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/hu-settlements.csv');
const settlementNames = (parse(fs.readFileSync(csvPath, 'utf8'), { columns: true }) as { name: string }[]).map((r) => r.name);

/** Sorted by the key, the list reads exactly as the collator sorts it, and as we expect by hand. */
function expectOrder(expected: string[]) {
  const shuffled = [...expected].reverse();
  expect([...shuffled].sort(byKey)).toEqual(expected);
  expect([...shuffled].sort(collator.compare)).toEqual(expected);
}

describe('hungarianSortKey on the settlement list', () => {
  it('has all 3,178 rows of the CSV', () => {
    expect(settlementNames).toHaveLength(3178);
    expect(new Set(settlementNames).size).toBe(3178);
  });

  it('orders all 3,178 names exactly like Intl.Collator("hu")', () => {
    const byCollator = [...settlementNames].sort(collator.compare);
    const bySortKey = [...settlementNames].sort(byKey);
    expect(bySortKey).toEqual(byCollator);
  });

  it('agrees with the collator on every neighbouring pair, including ties', () => {
    const sorted = [...settlementNames].sort(collator.compare);
    const disagreements: string[] = [];
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1] as string;
      const b = sorted[i] as string;
      if (sign(compareHungarian(a, b)) !== sign(collator.compare(a, b))) disagreements.push(`${a} / ${b}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('keys are plain ASCII, so the "C" collation compares them byte by byte on both engines', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the key's alphabet starts at \x01 on purpose.
    for (const name of settlementNames) expect(hungarianSortKey(name)).toMatch(/^[\x01-\x7e]*$/);
  });
});

describe('hungarianSortKey tricky cases', () => {
  it('treats cs, dz, dzs, gy, ly, ny, sz, ty, zs as letters after their first letter', () => {
    expectOrder([
      'cukor',
      'cz',
      'csak',
      'dob',
      'dühös',
      'dzéta',
      'dzseki',
      'dzsungel',
      'gazda',
      'gyár',
      'hús',
      'lakás',
      'lyuk',
      'nagy',
      'nyúl',
      'sas',
      'szép',
      'tanya',
      'tyúk',
      'zab',
      'zsák',
    ]);
  });

  it('puts ö/ő after o/ó and ü/ű after u/ú; a long vowel differs from a short one only on a tie', () => {
    expectOrder(['Ócsa', 'Ordacsehi', 'Oroszlány', 'Ózd', 'Ózdfalu', 'Öcsöd', 'Őr', 'Újkér', 'Ukk', 'Ül', 'Ürög']);
    expectOrder(['kor', 'KOR', 'kór', 'Kór', 'kórház', 'korom', 'kör', 'kőr']);
  });

  it('reads a doubled digraph as the letter twice (ssz = sz + sz, ggy = gy + gy)', () => {
    expectOrder(['Aszód', 'Asszonyfa', 'Kassa', 'Kasza', 'Kaszaper', 'Kasszás']);
    expectOrder(['egy', 'Egy', 'EGY', 'egyes', 'eggyel', 'Eggyel']);
    expectOrder(['Kisasszond', 'Kisasszonyfa', 'Kisberény', 'Kisszállás', 'Kisszékely', 'Kisszentmárton']);
    expect(compareHungarian('meggy', 'megy')).toBe(1);
    expect(compareHungarian('Tállya', 'Tálya')).toBe(1);
  });

  it('sorts lower case before upper case only when the letters are otherwise equal', () => {
    expectOrder(['a', 'A', 'ab', 'Ab', 'b']);
    expect(compareHungarian('Zala', 'zalaegerszeg')).toBe(-1);
  });

  it('sorts spaces and hyphens before digits, digits before letters, and digits as text', () => {
    expectOrder(['', '-a', '1', '10', '2', '9', 'a', 'A', 'a b', 'a-b', 'ab']);
    expectOrder(['Kis Szeged', 'Kis-Szeged', 'Kiss', 'Kisszeged']);
    expectOrder(['Budapest', 'Budapest 01. ker.', 'Budapest 02. ker.', 'Budapest 10. ker.', 'Budapesti']);
  });

  it('gives the empty string the smallest key', () => {
    expect(hungarianSortKey('')).toBe(hungarianSortKey(''));
    expect(compareHungarian('', 'a')).toBe(-1);
    expect(compareHungarian('', '0')).toBe(-1);
  });

  it('gives equal keys only to equal strings among distinct real names', () => {
    const keys = new Set(settlementNames.map(hungarianSortKey));
    expect(keys.size).toBe(settlementNames.length);
  });
});

/** Rare spellings that do not occur in settlement names but do in people's and organizations' names. */
describe('hungarianSortKey edge cases', () => {
  const agrees = (a: string, b: string) => sign(compareHungarian(a, b)) === sign(collator.compare(a, b));

  it('breaks the tie between a doubled digraph and the digraph written twice (kassza / kaszsza)', () => {
    expect(agrees('kassza', 'kaszsza')).toBe(true);
    expect(agrees('meggy', 'megygy')).toBe(true);
  });

  it('orders an all-capital digraph after a capitalised one (ZS after Zs)', () => {
    expect(agrees('Zs', 'ZS')).toBe(true);
  });

  it('does not read a mixed-case pair such as "tY" as the letter ty', () => {
    expect(agrees('tz', 'tY')).toBe(true);
  });

  it('gives different punctuation marks different weights (a-c before a.b)', () => {
    expect(agrees('a-c', 'a.b')).toBe(true);
  });

  it('does not ignore leading spaces', () => {
    expect(agrees('a', ' a')).toBe(true);
  });
});
