import { formatDate, type Locale } from '../../../platform/i18n.js';

/** "2026. 11. 24." for a day stored as "2026-11-24" (noon UTC is the same day in Budapest). */
export function dayText(locale: Locale, day: string): string {
  return formatDate(locale, new Date(`${day}T12:00:00Z`));
}
