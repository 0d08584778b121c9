import type { Locale, Translate } from '../../platform/i18n.js';

const hoursFormat: Record<Locale, Intl.NumberFormat> = {
  hu: new Intl.NumberFormat('hu-HU', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** "26,5 óra", or "nincs adat" when nothing was answered in the window. */
export function medianHoursText(t: Translate, locale: Locale, hours: number | null): string {
  return hours == null ? t('organizations.responsiveness.none') : t('organizations.responsiveness.hours', { hours: hoursFormat[locale].format(hours) });
}

/** "80%", or "nincs adat". */
export function withinShareText(t: Translate, share: number | null): string {
  return share == null ? t('organizations.responsiveness.none') : `${Math.round(share * 100)}%`;
}
