import type { Locale } from '../platform/i18n.js';
import { urlWith } from './pagination.js';

/** The current URL with ?lang= set, keeping every other query parameter. */
export function urlWithLang(url: string, lang: Locale): string {
  return urlWith(url, { lang });
}
