/** Calendar arithmetic on plain "YYYY-MM-DD" days for the minors' weekly and school-day rules. */
export { budapestWallMinutes } from '../../platform/budapest-clock.js';

/** "2026-11-25" → days since 1970-01-01 (UTC calendar arithmetic on a plain date). */
export function dayNumber(day: string): number {
  return Math.floor(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000);
}

/** Days since 1970-01-01 → "2026-11-25". */
export function dayOfNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayIndex(day: string): number {
  return (((dayNumber(day) + 3) % 7) + 7) % 7;
}

/** The Monday of the Monday–Sunday week the day belongs to. */
export function mondayOf(day: string): string {
  return dayOfNumber(dayNumber(day) - weekdayIndex(day));
}

/** The day `n` days after (before, when negative) the given day. */
export function addDaysTo(day: string, n: number): string {
  return dayOfNumber(dayNumber(day) + n);
}

/**
 * The days whose activities the minors' rules need next to a new one (Köt. 5. §, HUNGARY.md §1.6):
 * its Monday–Sunday week for the daily and weekly caps, and the days before and after for the 14
 * hours' rest between two days' activities (they fall outside the week on a Monday or a Sunday).
 * Used where hours are logged and where a minor signs up for a shift.
 */
export function minorRulesWindow(day: string): { from: string; to: string } {
  const monday = mondayOf(day);
  const sunday = addDaysTo(monday, 6);
  const dayBefore = addDaysTo(day, -1);
  const dayAfter = addDaysTo(day, 1);
  return { from: dayBefore < monday ? dayBefore : monday, to: dayAfter > sunday ? dayAfter : sunday };
}
