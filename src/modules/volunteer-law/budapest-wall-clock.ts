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
