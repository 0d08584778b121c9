import { type Locale, type Translate, formatDuration, formatWholeNumber } from '../../../platform/i18n.js';

const amountFormats: Record<Locale, Intl.NumberFormat> = {
  hu: new Intl.NumberFormat('hu-HU', { useGrouping: 'always', maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { useGrouping: 'always', maximumFractionDigits: 2 }),
};

/** Whole numbers grouped from 1 000 ("1 234"). */
export const formatWhole = formatWholeNumber;

/** "1 817,5" in Hungarian (decimal comma), "1,817.5" in English. */
export function formatAmount(locale: Locale, n: number): string {
  return amountFormats[locale].format(n);
}

/** 74 070 minutes → "1 234 óra 30 perc"; 120 → "2 óra"; 45 → "45 perc"; 0 → "0 óra". */
export function durationText(t: Translate, locale: Locale, totalMinutes: number): string {
  return formatDuration(t, locale, totalMinutes);
}

/** Hours with two decimals for spreadsheets (a number, so it sums): 90 minutes → 1.5. */
export function decimalHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}
