/**
 * Which weekdays and parts of the day a shift covers, on the Budapest wall clock (the conversion
 * itself is platform/budapest-time.ts).
 * Parts of the day (the availability grid of a volunteer profile): morning 06–12, afternoon 12–18,
 * evening 18–22; 22–06 is night, which nobody ticks on the grid. Minors' night (20–06, Köt. 5. §)
 * is volunteer-law's rule: touchesMinorsNight in volunteer-law/minor-time-limits.ts.
 */
import { budapestWallMinutes, weekdayIndexOfDayNumber } from '../../platform/budapest-time.js';

/** Indexed by the platform's weekday index (Monday = 0). */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const partsOfDay = ['morning', 'afternoon', 'evening'] as const;
export type Weekday = (typeof weekdays)[number];
export type PartOfDay = (typeof partsOfDay)[number];

const minute = 60_000;

export type ShiftSegment = { weekday: Weekday; part: PartOfDay | 'night' };

// Boundaries within a day, in minutes: night until 06:00, morning, afternoon, evening, night from 22:00.
const boundaries: [number, PartOfDay | 'night'][] = [
  [360, 'night'],
  [720, 'morning'],
  [1080, 'afternoon'],
  [1320, 'evening'],
  [1440, 'night'],
];
/** A shift longer than this is an open-ended engagement; its first two weeks describe its rhythm. */
const maxSegments = 14 * 5;

/** The weekday × part-of-day segments a shift touches, in Budapest local time. */
export function shiftSegments(startsAt: Date, endsAt: Date): ShiftSegment[] {
  const start = budapestWallMinutes(startsAt);
  const end = start + Math.max(0, Math.round((endsAt.getTime() - startsAt.getTime()) / minute));
  const segments: ShiftSegment[] = [];
  let m = start;
  while (m < end && segments.length < maxSegments) {
    const day = Math.floor(m / 1440);
    const inDay = m - day * 1440;
    const [bound, part] = boundaries.find(([b]) => inDay < b) as [number, PartOfDay | 'night'];
    segments.push({ weekday: weekdays[weekdayIndexOfDayNumber(day)] as Weekday, part });
    m = day * 1440 + bound;
  }
  return segments;
}

/** Availability slot names ("mon-morning") the shift covers; night parts have no slot. */
export function shiftSlots(startsAt: Date, endsAt: Date): string[] {
  const slots = new Set<string>();
  for (const s of shiftSegments(startsAt, endsAt)) if (s.part !== 'night') slots.add(`${s.weekday}-${s.part}`);
  return [...slots];
}
