import type { Locale } from '../../../platform/i18n.js';

/** Made once: constructing an Intl.NumberFormat costs more than rendering the rest of a hit. */
const kmFormat: Record<Locale, Intl.NumberFormat> = {
  hu: new Intl.NumberFormat('hu-HU', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** "12,3 km" in Hungarian, "12.3 km" in English. */
export function formatKm(locale: Locale, km: number): string {
  return `${kmFormat[locale].format(km)} km`;
}
