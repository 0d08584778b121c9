import { describe, expect, it } from 'vitest';
import { chooseLocale, formatDate, formatDateTime, formatPersonName, pluralForm, translateMaybeKey, translator } from './i18n.js';

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

describe('formatDate', () => {
  const intl = {
    hu: new Intl.DateTimeFormat('hu-HU', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Budapest' }),
    en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'Europe/Budapest' }),
  };

  it('gives the Budapest day, as Intl does, also around midnight and the clock changes', () => {
    const instants = [
      Date.UTC(2026, 10, 23, 22, 59, 59, 999), // 23:59:59.999 in Budapest (CET)
      Date.UTC(2026, 10, 23, 23, 0, 0, 0), // midnight
      Date.UTC(2026, 2, 29, 0, 59), // 01:59 CET, then the clocks go forward
      Date.UTC(2026, 2, 29, 1, 0),
      Date.UTC(2026, 9, 24, 21, 59), // 23:59 CEST
      Date.UTC(2026, 9, 24, 22, 0), // midnight CEST
      Date.UTC(1944, 3, 2, 22, 30), // war-time summer time
      Date.UTC(1890, 5, 1, 22, 50), // local mean time (+1:16): formatted each time
      Date.UTC(2099, 11, 31, 23, 0),
    ];
    // Random instants from 1880 to 2100, twice each: the second comes from what the first remembered.
    let seed = 12345;
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      instants.push(Date.UTC(1880, 0, 1) + Math.floor((seed / 2 ** 31) * 220 * 365.25 * 86_400_000));
    }
    for (const ms of [...instants, ...instants]) {
      for (const locale of ['hu', 'en'] as const) {
        expect(formatDate(locale, new Date(ms)), new Date(ms).toISOString()).toBe(intl[locale].format(new Date(ms)));
      }
    }
  });

  it('gives the Budapest time to the minute, as Intl does', () => {
    const hu = new Intl.DateTimeFormat('hu-HU', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Budapest',
    });
    for (const ms of [Date.UTC(2026, 2, 29, 0, 59, 30), Date.UTC(2026, 2, 29, 1, 0, 1), Date.UTC(2026, 9, 25, 0, 30), Date.UTC(2026, 9, 25, 1, 30)]) {
      expect(formatDateTime('hu', new Date(ms))).toBe(hu.format(new Date(ms)));
      expect(formatDateTime('hu', new Date(ms + 29_000))).toBe(hu.format(new Date(ms + 29_000)));
    }
  });

  it('refuses an invalid date, as Intl does', () => {
    expect(() => formatDate('hu', new Date(Number.NaN))).toThrow(RangeError);
    expect(() => formatDateTime('hu', new Date(Number.NaN))).toThrow(RangeError);
  });
});
