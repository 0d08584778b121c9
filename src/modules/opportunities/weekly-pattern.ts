import { addDays, budapestDay, budapestToInstant, weekdayIndex } from '../../platform/budapest-time.js';

/**
 * One weekly slot of a regular opportunity: `day` is the ISO weekday number the form posts and the
 * stored pattern keeps (1 = Monday … 7 = Sunday, the platform's weekday index + 1), times are
 * Budapest wall-clock times.
 */
export type WeeklySlot = { day: number; start: string; end: string; capacity: number };

export type PlannedShift = { startsAt: Date; endsAt: Date; capacity: number };

/**
 * The shifts a weekly pattern yields for the next `weeks` weeks, starting tomorrow (Budapest day
 * of `now`): every day in that window whose weekday has slots. Times are wall-clock times, so a
 * 10:00 slot is at 10:00 local time on both sides of a daylight-saving change (its UTC instant moves).
 */
export function planWeeklyShifts(pattern: WeeklySlot[], weeks: number, now: Date): PlannedShift[] {
  const first = addDays(budapestDay(now), 1);
  const planned: PlannedShift[] = [];
  for (let i = 0; i < weeks * 7; i++) {
    const day = addDays(first, i);
    const isoWeekday = weekdayIndex(day) + 1;
    for (const slot of pattern) {
      if (slot.day !== isoWeekday) continue;
      const startsAt = budapestToInstant(day, slot.start);
      const endsAt = budapestToInstant(day, slot.end);
      // A slot inside the hour skipped in spring (02:00–03:00) can shrink to nothing: no such shift.
      if (endsAt.getTime() <= startsAt.getTime()) continue;
      planned.push({ startsAt, endsAt, capacity: slot.capacity });
    }
  }
  return planned.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Planned shifts whose start is not already taken by an existing (even cancelled) shift: generation is idempotent. */
export function withoutExisting(planned: PlannedShift[], existingStarts: Date[]): PlannedShift[] {
  const taken = new Set(existingStarts.map((d) => d.getTime()));
  return planned.filter((p) => !taken.has(p.startsAt.getTime()));
}
