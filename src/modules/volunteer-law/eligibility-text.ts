import { formatDate, type Locale, type TranslateParams } from '../../platform/i18n.js';

/**
 * The parameters of an eligibility reason as the reader writes them: an expiry `date` (YYYY-MM-DD)
 * as "2026. 12. 01." in Hungarian, "1 Dec 2026" in English; numbers with the locale's decimal mark
 * ("4,5" hours). Other parameters (a qualification's name) are shown as stored.
 */
export function reasonParams(locale: Locale, params: TranslateParams | undefined): TranslateParams | undefined {
  if (!params) return undefined;
  const shown: TranslateParams = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number') shown[key] = value.toLocaleString(locale === 'hu' ? 'hu-HU' : 'en-GB');
    else if (key === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) shown[key] = formatDate(locale, new Date(`${value}T12:00:00Z`));
    else shown[key] = value;
  }
  return shown;
}
