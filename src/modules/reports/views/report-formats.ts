import type { Locale, Translate } from '../../../platform/i18n.js';

/** Grouped from 1 000 in Hungarian too ("1 234 óra"), where the default groups only from 10 000. */
const wholeFormats: Record<Locale, Intl.NumberFormat> = {
  hu: new Intl.NumberFormat('hu-HU', { useGrouping: 'always', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { useGrouping: 'always', maximumFractionDigits: 0 }),
};
const amountFormats: Record<Locale, Intl.NumberFormat> = {
  hu: new Intl.NumberFormat('hu-HU', { useGrouping: 'always', maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { useGrouping: 'always', maximumFractionDigits: 2 }),
};

export function formatWhole(locale: Locale, n: number): string {
  return wholeFormats[locale].format(n);
}

/** "1 817,5" in Hungarian (decimal comma), "1,817.5" in English. */
export function formatAmount(locale: Locale, n: number): string {
  return amountFormats[locale].format(n);
}

/** 74 070 minutes → "1 234 óra 30 perc"; 120 → "2 óra"; 45 → "45 perc"; 0 → "0 óra". */
export function durationText(t: Translate, locale: Locale, totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0 && minutes > 0) return t('reports.duration.m', { minutes });
  if (minutes === 0) return t('reports.duration.h', { hours: formatWhole(locale, hours) });
  return t('reports.duration.hm', { hours: formatWhole(locale, hours), minutes });
}

/** Hours with two decimals for spreadsheets (a number, so it sums): 90 minutes → 1.5. */
export function decimalHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}
