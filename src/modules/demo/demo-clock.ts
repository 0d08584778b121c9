import { budapestDay, budapestToInstant, weekdayIndex } from '../../platform/budapest-time.js';

/** Dates for the demo data, relative to the moment of seeding so shifts are always upcoming. */
const dayMs = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** An instant on the Budapest calendar day `days` × 24 hours after `now`, at `hour`:`minute` Budapest time. */
export function budapestTime(now: Date, days: number, hour: number, minute = 0): Date {
  return budapestToInstant(budapestDay(new Date(now.getTime() + days * dayMs)), `${pad(hour)}:${pad(minute)}`);
}

export function daysAgo(now: Date, days: number): Date {
  return new Date(now.getTime() - days * dayMs);
}

/** Day of week in Budapest as the opportunities' weekly pattern stores it: 1 = Monday … 7 = Sunday. */
export function budapestWeekday(instant: Date): number {
  return weekdayIndex(budapestDay(instant)) + 1;
}
