import { describe, expect, it } from 'vitest';
import { chooseLocale, formatDate, formatPersonName, translateMaybeKey, translator } from './i18n.js';

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
    expect(translator('en')('no.such.key' as never)).toBe('no.such.key');
    expect(translateMaybeKey(translator('en'), 'validation.required')).toBe('This field is required.');
    expect(translateMaybeKey(translator('en'), 'plain text')).toBe('plain text');
  });
});

describe('Hungarian formats', () => {
  it('writes dates as 2026. 11. 24. and names family name first', () => {
    expect(formatDate('hu', new Date('2026-11-24T10:00:00Z'))).toBe('2026. 11. 24.');
    expect(formatPersonName('Kovács', 'Katalin')).toBe('Kovács Katalin');
  });
});
