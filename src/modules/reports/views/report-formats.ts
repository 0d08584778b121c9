import { isMessageKey, type Locale, type Translate } from '../../../platform/i18n.js';

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

/** 3 → "március" (or "márc." when short); a month number outside 1–12 is shown as the number. */
export function monthName(t: Translate, month: number, form: 'long' | 'short' = 'long'): string {
  const key = form === 'long' ? `reports.month.${month}` : `reports.monthShort.${month}`;
  return isMessageKey(key) ? t(key) : String(month);
}
