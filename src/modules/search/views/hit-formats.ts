import type { Locale } from '../../../platform/i18n.js';

/** "12,3 km" in Hungarian, "12.3 km" in English. */
export function formatKm(locale: Locale, km: number): string {
  return `${new Intl.NumberFormat(locale === 'hu' ? 'hu-HU' : 'en-GB', { maximumFractionDigits: 1 }).format(km)} km`;
}
