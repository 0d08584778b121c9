import type { Locale } from '../../../platform/i18n.js';

const amountFormats: Record<Locale, Intl.NumberFormat> = {
  hu: new Intl.NumberFormat('hu-HU', { useGrouping: 'always', maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { useGrouping: 'always', maximumFractionDigits: 2 }),
};


/** "1 817,5" in Hungarian (decimal comma), "1,817.5" in English. */
export function formatAmount(locale: Locale, n: number): string {
  return amountFormats[locale].format(n);
}

/** Hours with two decimals for spreadsheets (a number, so it sums): 90 minutes → 1.5. */
export function decimalHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}
