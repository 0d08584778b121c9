import { type Locale, locales, type MessageKey, messages, type PluralKey, type PluralMessage } from '../i18n/index.js';
import { remembered } from './remembered.js';

export type { Locale, MessageKey, PluralKey };
export type TranslateParams = Record<string, string | number>;
/** A plural message's key needs its `count` (checked where the key is written out). */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: K extends PluralKey ? [params: TranslateParams & { count: number }] : [params?: TranslateParams]
) => string;

const pluralRules: Record<Locale, Intl.PluralRules> = { hu: new Intl.PluralRules('hu'), en: new Intl.PluralRules('en') };

/** The form of a plural message for `count` (e.g. English 1 → `one`, 0 and 2 → `other`); `other` when a form is missing. */
export function pluralForm(locale: Locale, message: PluralMessage, count: unknown): string {
  const n = typeof count === 'number' ? count : Number(count);
  if (!Number.isFinite(n)) return message.other;
  return message[pluralRules[locale].select(n)] ?? message.other;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Returns a translator; a missing key shows the key itself, so gaps are visible, never a crash. */
export function translator(locale: Locale): Translate {
  const table = messages[locale];
  return (key: MessageKey, params?: TranslateParams) => {
    const own = table[key];
    const message = own ?? messages.hu[key] ?? key;
    const text = typeof message === 'string' ? message : pluralForm(own ? locale : 'hu', message, params?.count);
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/**
 * The ends of the keys that start with `Prefix`: `MessageKeySuffix<'accounts.role.'>` is `'volunteer' | …`.
 * A value typed with it makes `t(`accounts.role.${value}`)` a checked key, with no cast.
 */
export type MessageKeySuffix<Prefix extends string> = MessageKey extends infer K ? (K extends `${Prefix}${infer Rest}` ? Rest : never) : never;

/** Is it a key of the catalog? For keys built from data (a database column, a slot name) that types cannot know. */
export function isMessageKey(text: unknown): text is MessageKey {
  return typeof text === 'string' && Object.hasOwn(messages.hu, text);
}

/** Translates a string that may be a message key (e.g. a zod issue message we set to a key). */
export function translateMaybeKey(t: Translate, text: string, params?: TranslateParams): string {
  return isMessageKey(text) ? t(text, params) : text;
}

/** Picks the locale: explicit ?lang= first, then the cookie, then Accept-Language, then Hungarian. */
export function chooseLocale(input: { query?: unknown; cookie?: unknown; acceptLanguage?: string }): Locale {
  if (isLocale(input.query)) return input.query;
  if (isLocale(input.cookie)) return input.cookie;
  const header = input.acceptLanguage ?? '';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((x) => x.lang)
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) if (isLocale(lang)) return lang;
  return 'hu';
}

const dateFormat: Record<Locale, Intl.DateTimeFormat> = {
  hu: new Intl.DateTimeFormat('hu-HU', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Budapest' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'Europe/Budapest' }),
};
const dateTimeFormat: Record<Locale, Intl.DateTimeFormat> = {
  hu: new Intl.DateTimeFormat('hu-HU', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Budapest',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Budapest',
  }),
};

/**
 * Intl's format costs microseconds and a list page shows dozens of dates, so formatted texts are
 * remembered per UTC hour (dates) or minute (times). Budapest has been a whole number of hours
 * from UTC since 1890, so every instant of a UTC hour falls on the same Budapest day and hour;
 * earlier instants, and invalid dates (Intl throws, as it always did), go to Intl each time.
 */
const wholeHourOffsetsSinceMs = Date.UTC(1891, 0, 1);

function rememberedFormat(formats: Record<Locale, Intl.DateTimeFormat>, unitMs: number): (locale: Locale, date: Date) => string {
  const texts = {
    hu: remembered((unit: number) => formats.hu.format(unit * unitMs), 20_000),
    en: remembered((unit: number) => formats.en.format(unit * unitMs), 20_000),
  };
  return (locale, date) => {
    const ms = date.getTime();
    if (!(ms >= wholeHourOffsetsSinceMs)) return formats[locale].format(date);
    return texts[locale](Math.floor(ms / unitMs));
  };
}

/** "2026. 11. 24." in Hungarian. */
export const formatDate = rememberedFormat(dateFormat, 3_600_000);

/** "2026. 11. 24. 14:30" in Hungarian. */
export const formatDateTime = rememberedFormat(dateTimeFormat, 60_000);

const wholeNumberFormat: Record<Locale, Intl.NumberFormat> = {
  hu: new Intl.NumberFormat('hu-HU', { useGrouping: 'always', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { useGrouping: 'always', maximumFractionDigits: 0 }),
};

/** 1234 → "1 234" in Hungarian ("1,234" in English): grouped from 1 000, where Intl's Hungarian default waits for 10 000. */
export function formatWholeNumber(locale: Locale, n: number): string {
  return wholeNumberFormat[locale].format(n);
}

/** 150 → { hours: 2, minutes: 30 }: the parts of a duration as people say it ("2 óra 30 perc"). */
export function durationParts(totalMinutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}

/** 150 → "2 óra 30 perc", 120 → "2 óra", 45 → "45 perc", 0 → "0 óra", 74 070 → "1 234 óra 30 perc". */
export function formatDuration(t: Translate, locale: Locale, totalMinutes: number): string {
  const { hours, minutes } = durationParts(totalMinutes);
  if (hours === 0 && minutes > 0) return t('duration.m', { minutes });
  if (minutes === 0) return t('duration.h', { hours: formatWholeNumber(locale, hours) });
  return t('duration.hm', { hours: formatWholeNumber(locale, hours), minutes });
}

/** Hungarian names are written family name first, in every language of the interface. */
export function formatPersonName(familyName: string, givenName: string): string {
  return `${familyName} ${givenName}`.trim();
}

export const hungarianCollator = new Intl.Collator('hu');
