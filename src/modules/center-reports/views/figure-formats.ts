import { formatDate, type Locale } from '../../../platform/i18n.js';
import { decimalHours, formatAmount } from '../../reports/views/report-formats.js';

/** How the reports pages write their figures. */
const percentFormats: Record<Locale, Intl.NumberFormat> = {
  hu: new Intl.NumberFormat('hu-HU', { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }),
};

/** 0.333 → "33,3%"; null (nothing to divide by) → "–". */
export function formatShare(locale: Locale, share: number | null): string {
  return share === null ? '–' : percentFormats[locale].format(share);
}

/** Minutes as decimal hours, "1 817,5". */
export function formatHours(locale: Locale, minutes: number): string {
  return formatAmount(locale, decimalHours(minutes));
}

/** Days with one decimal, "4,5". */
export function formatDays(locale: Locale, days: number): string {
  return formatAmount(locale, Math.round(days * 10) / 10);
}

/** A calendar day, "2026. 11. 24." (noon UTC is the same day in Budapest). */
export function formatReportDay(locale: Locale, day: string): string {
  return formatDate(locale, new Date(`${day}T12:00:00Z`));
}
