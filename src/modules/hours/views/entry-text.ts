import { formatDate, type Locale } from '../../../platform/i18n.js';

const timeFormat = new Intl.DateTimeFormat('hu-HU', { timeZone: 'Europe/Budapest', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "2026. 11. 24." for an activity day stored as "2026-11-24" (noon UTC is the same day in Budapest). */
export function dayText(locale: Locale, day: string): string {
  return formatDate(locale, new Date(`${day}T12:00:00Z`));
}

/** "09:00–11:30" in Budapest time, or null when the entry was logged as a duration only. */
export function timeRangeText(startsAt: Date | null, endsAt: Date | null): string | null {
  if (!startsAt || !endsAt) return null;
  return `${timeFormat.format(new Date(startsAt))}–${timeFormat.format(new Date(endsAt))}`;
}
