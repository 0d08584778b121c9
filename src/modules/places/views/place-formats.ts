import { isMessageKey, type Locale, type Translate } from '../../../platform/i18n.js';

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  hu: new Intl.NumberFormat('hu-HU'),
  en: new Intl.NumberFormat('en-GB'),
};
const coordinateFormats: Record<Locale, Intl.NumberFormat> = {
  hu: new Intl.NumberFormat('hu-HU', { minimumFractionDigits: 5, maximumFractionDigits: 5 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 5, maximumFractionDigits: 5 }),
};

/** "1 686 222" in Hungarian (space-grouped), "1,686,222" in English. */
export function formatCount(locale: Locale, n: number): string {
  return numberFormats[locale].format(n);
}

/** "É 46,90618°, K 19,69128°" in Hungarian; decimal comma as Hungarian writes it. */
export function formatCoordinates(t: Translate, locale: Locale, lat: number, lon: number): string {
  return t('places.detail.coordinates', { lat: coordinateFormats[locale].format(lat), lon: coordinateFormats[locale].format(lon) });
}

/** The legal status (jogállás) in the reader's language; a value the catalog does not know is shown as given. */
export function settlementTypeLabel(t: Translate, type: string): string {
  const key = `places.type.${type}`;
  return isMessageKey(key) ? t(key) : type;
}

/** Big cities have dozens of postal codes: a table cell shows the first few and the count. */
export function shortPostalCodes(t: Translate, codes: string[], shown = 4): string {
  if (codes.length <= shown + 1) return codes.join(', ');
  return `${codes.slice(0, shown).join(', ')} ${t('places.results.moreCodes', { count: codes.length })}`;
}
