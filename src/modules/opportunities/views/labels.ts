import type { Locale } from '../../../platform/i18n.js';

/** A managed-list entry (cause, skill) in the reader's language. */
export function listLabel(entry: { nameHu: string; nameEn: string }, locale: Locale): string {
  return locale === 'en' ? entry.nameEn : entry.nameHu;
}
