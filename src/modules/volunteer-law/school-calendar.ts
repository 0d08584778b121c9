import { dayNumber, dayOfNumber, mondayOf, weekdayIndex } from '../../platform/budapest-time.js';

/**
 * The Hungarian school calendar as the Köt. 5. § limits of under-16s read it (school day /
 * non-school day / school holidays, HUNGARY.md §1.6). It changes every year with the minister's
 * decree on the order of the school year ("a tanév rendje"), so it is data: the
 * school_calendar_periods table, maintained by the national admin (ADR 016), loaded by
 * legal-data-service.ts and passed in to these pure functions.
 *
 * How it is read:
 * - a day inside a `holidays` period is a school-holiday day;
 * - Saturdays and Sundays are non-school days, except a `teachingSaturdays` entry;
 * - every other weekday is a school day in term time — including weekdays of a school year that is
 *   not configured yet and single days off (public holidays) that are not listed: when unsure we
 *   apply the stricter limit (2 h/day, 6 h/week), never the looser one.
 */
export type SchoolHoliday = { name: string; from: string; to: string; source: string };
export type TeachingSaturday = { day: string; source: string };
export type SchoolCalendar = { holidays: readonly SchoolHoliday[]; teachingSaturdays: readonly TeachingSaturday[] };

/** A calendar with no breaks and no teaching Saturdays: every weekday is a school day. */
export const termTimeOnlyCalendar: SchoolCalendar = { holidays: [], teachingSaturdays: [] };

/**
 * The school year (tanév) a day belongs to, 1 September – 31 August: its first calendar year and
 * its bounds. 2026-12-05 → 2026/2027.
 */
export function schoolYearOf(day: string): { label: string; from: string; to: string } {
  const year = Number(day.slice(0, 4));
  const first = Number(day.slice(5, 7)) >= 9 ? year : year - 1;
  return { label: `${first}/${first + 1}`, from: `${first}-09-01`, to: `${first + 1}-08-31` };
}

/** True when no break of the calendar falls into the day's school year (the admin pages warn). */
export function schoolYearHasNoBreaks(day: string, calendar: SchoolCalendar): boolean {
  const { from, to } = schoolYearOf(day);
  return !calendar.holidays.some((h) => h.from <= to && h.to >= from);
}

export type SchoolDayKind = 'school_day' | 'non_school_day' | 'school_holiday';
export type SchoolWeekKind = 'term_time' | 'school_holiday';

export function isInSchoolHoliday(day: string, calendar: SchoolCalendar): boolean {
  return calendar.holidays.some((h) => h.from <= day && day <= h.to);
}

/** What kind of day it is for an under-16 (Köt. 5. §): school day, non-school day, or school holiday. */
export function schoolDayKind(day: string, calendar: SchoolCalendar): SchoolDayKind {
  if (isInSchoolHoliday(day, calendar)) return 'school_holiday';
  const weekend = weekdayIndex(day) >= 5;
  if (weekend && !calendar.teachingSaturdays.some((s) => s.day === day)) return 'non_school_day';
  return 'school_day';
}

/**
 * The Monday–Sunday week of the day is a school-holiday week only when all its weekdays are in a
 * holiday period; a week that is partly term time is term time (the stricter 6 h, not 12 h).
 */
export function schoolWeekKind(day: string, calendar: SchoolCalendar): SchoolWeekKind {
  const monday = dayNumber(mondayOf(day));
  for (let i = 0; i < 5; i++) if (!isInSchoolHoliday(dayOfNumber(monday + i), calendar)) return 'term_time';
  return 'school_holiday';
}
