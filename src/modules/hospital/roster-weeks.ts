import { addDays, budapestDay, budapestToInstant, mondayOf } from '../../platform/budapest-time.js';

/** How many weeks ahead volunteers see a ward roster and may sign up (the current week included). */
export const rosterWeeksAhead = 4;

export type RosterSlotTimes = { weekday: number; startsAt: string; endsAt: string; activeFrom: string; activeUntil: string | null };

/** The Mondays of the weeks volunteers may sign up for: this week and the next three. */
export function rosterWeeks(now: Date, weeks = rosterWeeksAhead): string[] {
  const first = mondayOf(budapestDay(now));
  return Array.from({ length: weeks }, (_, i) => addDays(first, 7 * i));
}

/** The day the slot falls on in the week starting `weekStart` (weekday 1 = Monday … 7 = Sunday). */
export function slotDay(slot: Pick<RosterSlotTimes, 'weekday'>, weekStart: string): string {
  return addDays(weekStart, slot.weekday - 1);
}

/** The slot's shift in that week as instants: start and end are Budapest wall-clock times. */
export function slotShift(slot: Pick<RosterSlotTimes, 'weekday' | 'startsAt' | 'endsAt'>, weekStart: string): { startsAt: Date; endsAt: Date } {
  const day = slotDay(slot, weekStart);
  return { startsAt: budapestToInstant(day, slot.startsAt.slice(0, 5)), endsAt: budapestToInstant(day, slot.endsAt.slice(0, 5)) };
}

/** The slot runs in that week: its day is within active from … until. */
export function slotRunsInWeek(slot: RosterSlotTimes, weekStart: string): boolean {
  const day = slotDay(slot, weekStart);
  return slot.activeFrom <= day && (slot.activeUntil == null || day <= slot.activeUntil);
}

/** One can still sign up for (or cancel) the slot's shift that week: it runs then and has not started. */
export function slotOpenForSignUp(slot: RosterSlotTimes, weekStart: string, now: Date): boolean {
  return mondayOf(weekStart) === weekStart && slotRunsInWeek(slot, weekStart) && slotShift(slot, weekStart).startsAt.getTime() > now.getTime();
}
