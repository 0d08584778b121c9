import { remembered } from './remembered.js';

/**
 * Budapest time and the calendar: the one place that converts between instants and the Budapest
 * wall clock, and that does arithmetic on calendar days ("2026-11-25").
 *
 * Hungary is UTC+1 (CET) in winter and UTC+2 (CEST) in summer. The clocks change at 01:00 UTC on
 * the last Sunday of March (02:00 CET becomes 03:00 CEST: the wall-clock hour 02:00–02:59 does not
 * exist) and of October (03:00 CEST becomes 02:00 CET: 02:00–02:59 happens twice).
 *
 * Weekdays: one convention, the weekday index, Monday = 0 … Sunday = 6 (it indexes Monday-first
 * arrays such as matching's `weekdays`). The opportunities' stored weekly pattern keeps the ISO
 * numbers its form posts (1 = Monday … 7 = Sunday) and converts at that boundary.
 */
const minuteMs = 60_000;
const hourMs = 3_600_000;
const dayMs = 86_400_000;
const minutesPerDay = 1440;

// ---- The UTC offset, remembered per UTC hour ----

/*
 * The offset is formatted once per UTC hour and remembered: matching, the minors' rules and the age
 * checks ask for it for every candidate and shift, and formatting an instant with its time zone
 * costs microseconds. The clocks change on whole UTC hours, so one UTC hour has one offset.
 */
const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Budapest',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});
/** The offset of a UTC hour, read from the hour's first instant (the clocks change on whole UTC hours). */
const offsetOfHour = remembered((hour: number) => {
  const instant = new Date(hour * hourMs);
  const p = Object.fromEntries(offsetFormat.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((asUtc - instant.getTime()) / minuteMs);
}, 50_000);

/** Minutes Budapest is ahead of UTC at the instant (60 in winter, 120 in summer). */
export function budapestOffsetMinutes(instant: Date): number {
  return offsetOfHour(Math.floor(instant.getTime() / hourMs));
}

// ---- Instant → Budapest wall clock ----

/** Minutes since 1970-01-01 00:00 on the Budapest wall clock (seconds are dropped). */
export function budapestWallMinutes(instant: Date): number {
  return Math.floor(instant.getTime() / minuteMs) + budapestOffsetMinutes(instant);
}

/** The Budapest calendar day of an instant, "2026-11-25" (a day begins at Budapest midnight, not UTC's). */
export function budapestDay(instant: Date): string {
  return dayOfNumber(Math.floor(budapestWallMinutes(instant) / minutesPerDay));
}

/** The instant as the datetime-local input's text in Budapest time, e.g. "2026-03-29T10:00". */
export function toBudapestLocal(instant: Date): string {
  return new Date(budapestWallMinutes(instant) * minuteMs).toISOString().slice(0, 16);
}

// ---- Budapest wall clock → instant ----

/**
 * "2026-03-29" + "10:00" (Budapest) → the instant. In the autumn hour that occurs twice the earlier
 * (summer-time) instant is taken; a time in the spring gap (02:00–02:59 on the last Sunday of
 * March) does not exist and moves one hour later (02:30 → 03:30 CEST), as a wall clock would.
 */
export function budapestToInstant(day: string, time: string): Date {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wallMs = dayNumber(day) * dayMs + hh * hourMs + mm * minuteMs;
  // The offsets valid a few hours before and after; the one that reproduces the wall clock wins.
  const offsetBefore = budapestOffsetMinutes(new Date(wallMs - 3 * hourMs));
  const offsetAfter = budapestOffsetMinutes(new Date(wallMs + 3 * hourMs));
  const candidates = [wallMs - offsetBefore * minuteMs, wallMs - offsetAfter * minuteMs].sort((a, b) => a - b);
  for (const instant of candidates) {
    if (budapestWallMinutes(new Date(instant)) * minuteMs === wallMs) return new Date(instant);
  }
  return new Date(wallMs - offsetBefore * minuteMs);
}

/** 00:00 of a calendar day in Budapest, as an instant: 23:00 UTC the day before in winter, 22:00 in summer. */
export function budapestDayStart(day: string): Date {
  return budapestToInstant(day, '00:00');
}

/** "2026-03-29T10:00" (the datetime-local input's format) → the instant, or undefined if malformed. */
export function parseBudapestLocal(text: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(([01]\d|2[0-3]):[0-5]\d)$/.exec(text);
  if (!match) return undefined;
  const [, day, time] = match as unknown as [string, string, string];
  return isCalendarDay(day) ? budapestToInstant(day, time) : undefined;
}

// ---- Calendar days ("YYYY-MM-DD"): plain dates, no time zone ----

/** "YYYY-MM-DD" that exists on the calendar (not 2026-02-30, not 2026-13-01). */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  // "2026-13-45" makes an Invalid Date, whose toISOString() throws: check the time first.
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** "2026-11-25" → days since 1970-01-01. */
export function dayNumber(day: string): number {
  return Math.floor(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / dayMs);
}

/** Days since 1970-01-01 → "2026-11-25" (remembered: the age and minors' rules ask for it for every pair). */
export const dayOfNumber = remembered((n: number) => new Date(n * dayMs).toISOString().slice(0, 10), 100_000);

/** The day `n` days after (before, when negative) the given day. */
export function addDays(day: string, n: number): string {
  return dayOfNumber(dayNumber(day) + n);
}

/**
 * The same day `n` calendar months later (earlier, when negative); when that month is too short,
 * its last day: 2026-01-31 + 1 month = 2026-02-28 (2028-02-29 in a leap year).
 */
export function addMonths(day: string, n: number): string {
  const monthIndex = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + n;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const date = Math.min(Number(day.slice(8, 10)), lastDay);
  return dayOfNumber(Math.floor(Date.UTC(year, month, date) / dayMs));
}

/** The weekday index of a day number (days since 1970-01-01, a Thursday): Monday = 0 … Sunday = 6. */
export function weekdayIndexOfDayNumber(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

/** The weekday index of a calendar day: Monday = 0 … Sunday = 6. */
export function weekdayIndex(day: string): number {
  return weekdayIndexOfDayNumber(dayNumber(day));
}

/** The Monday of the Monday–Sunday week the day belongs to. */
export function mondayOf(day: string): string {
  const n = dayNumber(day);
  return dayOfNumber(n - weekdayIndexOfDayNumber(n));
}
