import { describe, expect, it } from 'vitest';
import { chooseLocale, formatDate, formatPersonName, pluralForm, translateMaybeKey, translator } from './i18n.js';

type LocaleInput = Parameters<typeof chooseLocale>[0];

describe('chooseLocale', () => {
  it.each<[LocaleInput, string, string]>([
    [{ query: 'en', cookie: 'hu', acceptLanguage: 'hu' }, 'en', 'an explicit ?lang= wins'],
    [{ query: 'de', cookie: 'en' }, 'en', 'an unknown ?lang= falls back to the cookie'],
    [{ query: ['en', 'hu'], cookie: 'en', acceptLanguage: 'hu' }, 'en', 'a repeated ?lang= is ignored'],
    [{ cookie: 'en', acceptLanguage: 'hu-HU' }, 'en', 'the cookie beats the browser'],
    [{ cookie: 'xx', acceptLanguage: 'en-GB,en;q=0.9' }, 'en', 'a bad cookie falls back to Accept-Language'],
    [{ acceptLanguage: 'de-DE,de;q=0.9,en;q=0.5' }, 'en', 'the first supported language in the list'],
    [{ acceptLanguage: 'hu;q=0.1, en;q=0.9' }, 'en', 'quality values decide, not the order'],
    [{ acceptLanguage: 'EN-us' }, 'en', 'tags are case-insensitive'],
    [{ acceptLanguage: 'de, fr' }, 'hu', 'nothing supported: Hungarian'],
    [{ acceptLanguage: 'en;q=abc' }, 'en', 'a malformed quality still counts the tag'],
    [{ acceptLanguage: ';;,,;q=1' }, 'hu', 'garbage: Hungarian'],
    [{}, 'hu', 'nothing at all: Hungarian'],
  ])('%j → %s (%s)', (input, expected) => {
    expect(chooseLocale(input)).toBe(expected);
  });
});

describe('translator', () => {
  it('translates, fills parameters, and falls back to the key', () => {
    expect(translator('hu')('validation.tooLong', { max: 5 })).toBe('Legfeljebb 5 karakter lehet.');
    expect(translator('en')('validation.tooLong', { max: 5 })).toBe('At most 5 characters.');
    const unchecked = translator('en') as (key: string) => string;
    expect(unchecked('no.such.key')).toBe('no.such.key');
    expect(translateMaybeKey(translator('en'), 'validation.required')).toBe('This field is required.');
    expect(translateMaybeKey(translator('en'), 'plain text')).toBe('plain text');
  });
});

describe('plural messages', () => {
  const en = translator('en');
  const hu = translator('hu');

  it.each([
    [0, '0 entries, 1 h'],
    [1, '1 entry, 1 h'],
    [2, '2 entries, 1 h'],
    [1234, '1234 entries, 1 h'],
  ])('English picks "one" only for 1: %i → %s', (count, expected) => {
    expect(en('hours.totals.row', { count, duration: '1 h' })).toBe(expected);
  });

  it.each([
    [0, '0 bejegyzés, 1 óra'],
    [1, '1 bejegyzés, 1 óra'],
    [2, '2 bejegyzés, 1 óra'],
    [1234, '1234 bejegyzés, 1 óra'],
  ])('Hungarian counts with the one form it has: %i → %s', (count, expected) => {
    expect(hu('hours.totals.row', { count, duration: '1 óra' })).toBe(expected);
  });

  it.each([
    ['hu', 0, 'Fogadó szervezetek'],
    ['hu', 1, 'Fogadó szervezet'],
    ['hu', 2, 'Fogadó szervezetek'],
    ['hu', 7, 'Fogadó szervezetek'],
    ['en', 0, 'Host organizations'],
    ['en', 1, 'Host organization'],
    ['en', 2, 'Host organizations'],
    ['en', 7, 'Host organizations'],
  ] as const)('a noun without a number follows the count in both languages: %s %i → %s', (locale, count, expected) => {
    expect(translator(locale)('certificates.pdf.organizations', { count })).toBe(expected);
  });

  it('is checked by the compiler: a plural key needs its count, an unknown key does not exist', () => {
    // @ts-expect-error: 'hours.totals.row' is a plural message, so `count` is required
    expect(en('hours.totals.row')).toBe('{count} entries, {duration}');
    // @ts-expect-error: no such key in the catalog
    expect(en('hours.totals.nope')).toBe('hours.totals.nope');
  });

  it('goes through Intl.PluralRules, falls back to "other", and treats a missing or bad count as "other"', () => {
    const message = { one: 'one {count}', other: 'other {count}' };
    expect(pluralForm('en', message, 1)).toBe('one {count}');
    expect(pluralForm('en', message, 1.5)).toBe('other {count}');
    expect(pluralForm('en', message, '1')).toBe('one {count}');
    expect(pluralForm('hu', { other: 'mind' }, 1)).toBe('mind');
    expect(pluralForm('en', message, undefined)).toBe('other {count}');
    expect(pluralForm('en', message, 'many')).toBe('other {count}');
  });
});

describe('Hungarian formats', () => {
  it('writes dates as 2026. 11. 24. and names family name first', () => {
    expect(formatDate('hu', new Date('2026-11-24T10:00:00Z'))).toBe('2026. 11. 24.');
    expect(formatPersonName('Kovács', 'Katalin')).toBe('Kovács Katalin');
  });
});
