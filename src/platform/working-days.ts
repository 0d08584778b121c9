/**
 * Working days in Hungary: Monday to Friday, except the public holidays (munkaszüneti napok) of
 * the Labour Code, Mt. 102. § (1): January 1, March 15, Good Friday, Easter Monday, May 1, Whit
 * Monday, August 20, October 23, November 1, December 24, 25 and 26 (Easter Sunday and Whit Sunday
 * are Sundays anyway). Days are Budapest calendar days ("2026-04-03"; see budapest-time.ts).
 *
 * Not modelled: the government's yearly decree that moves working days (áthelyezett munkanapok,
 * e.g. a bridge Friday off, worked off on a Saturday). Those change every year by decree and would
 * need a maintained table; without them a deadline can be one day off around such a bridge day.
 */
import { addDays, dayNumber, dayOfNumber, weekdayIndexOfDayNumber } from './budapest-time.js';

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const fixedHolidays = ['01-01', '03-15', '05-01', '08-20', '10-23', '11-01', '12-24', '12-25', '12-26'];

const holidaysByYear = new Map<number, ReadonlySet<string>>();

/** The public holidays of a year under Mt. 102. § (1), as calendar days. */
export function hungarianPublicHolidays(year: number): ReadonlySet<string> {
  const known = holidaysByYear.get(year);
  if (known) return known;
  const easter = easterSunday(year);
  const days = new Set([
    ...fixedHolidays.map((md) => `${year}-${md}`),
    addDays(easter, -2), // Good Friday (nagypéntek)
    addDays(easter, 1), // Easter Monday (húsvéthétfő)
    addDays(easter, 50), // Whit Monday (pünkösdhétfő)
  ]);
  holidaysByYear.set(year, days);
  return days;
}

function isWorkingDayNumber(n: number): boolean {
  if (weekdayIndexOfDayNumber(n) >= 5) return false;
  const day = dayOfNumber(n);
  return !hungarianPublicHolidays(Number(day.slice(0, 4))).has(day);
}

/** Is the calendar day a working day (a weekday that is not a public holiday)? */
export function isWorkingDay(day: string): boolean {
  return isWorkingDayNumber(dayNumber(day));
}

/**
 * The `n`-th working day after `day` (n ≥ 0; the day itself does not count, so a Friday + 1 is the
 * next Monday, unless that is a holiday). n = 0 gives the day itself.
 */
export function addWorkingDays(day: string, n: number): string {
  let current = dayNumber(day);
  for (let left = n; left > 0; ) {
    current += 1;
    if (isWorkingDayNumber(current)) left -= 1;
  }
  return dayOfNumber(current);
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let n = dayNumber(from) + 1, end = dayNumber(to); n <= end; n++) if (isWorkingDayNumber(n)) count += 1;
  return count;
}

/**
 * The latest start day whose deadline (`start` + n working days) is already over on `today`, i.e.
 * every day up to the result is overdue. The deadline only grows with the start day, so walking
 * back from yesterday finds the edge; it lets SQL compare a start day with one date per setting.
 */
export function latestOverdueStartDay(today: string, n: number): string {
  let start = addDays(today, -1);
  while (addWorkingDays(start, n) >= today) start = addDays(start, -1);
  return start;
}
