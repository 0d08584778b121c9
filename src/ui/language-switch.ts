import type { Locale } from '../platform/i18n.js';

/** The current URL with ?lang= set, keeping every other query parameter. */
export function urlWithLang(url: string, lang: Locale): string {
  const parsed = new URL(url, 'http://x');
  parsed.searchParams.set('lang', lang);
  return `${parsed.pathname}${parsed.search}`;
}
