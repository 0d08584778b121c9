import { dayNumber, dayOfNumber, mondayOf, weekdayIndex } from '../../platform/budapest-time.js';

/**
 * CONFIGURATION — the Hungarian school calendar, which the Köt. 5. § limits of under-16s depend on
 * (school day / non-school day / school holidays, HUNGARY.md §1.6). It changes every year with the
 * minister's decree on the order of the school year ("a tanév rendje"), and it is not in
 * HUNGARY.md: **update this table every summer when the next decree is published.**
 *
 * How it is read (volunteer-law/minor-time-limits.ts):
 * - a day inside a `holidays` period is a school-holiday day;
 * - Saturdays and Sundays are non-school days, except a `teachingSaturdays` entry;
 * - every other weekday is a school day in term time — including weekdays of a school year that is
 *   not configured yet and single days off (public holidays) that are not listed: when unsure we
 *   apply the stricter limit (2 h/day, 6 h/week), never the looser one.
 */
export type SchoolHoliday = { name: string; from: string; to: string; source: string };
export type TeachingSaturday = { day: string; source: string };
export type SchoolCalendar = { holidays: readonly SchoolHoliday[]; teachingSaturdays: readonly TeachingSaturday[] };

const decree2025 = '27/2025. (VII. 24.) BM rendelet a 2025/2026. tanév rendjéről (https://24.hu/belfold/2025/08/24/ezt-kell-tudni-a-kovetkezo-tanevrol/)';

export const hungarianSchoolCalendar: SchoolCalendar = {
  holidays: [
    // 2025/2026 school year.
    { name: 'őszi szünet 2025', from: '2025-10-23', to: '2025-11-02', source: decree2025 },
    { name: 'téli szünet 2025/2026', from: '2025-12-20', to: '2026-01-04', source: decree2025 },
    { name: 'tavaszi szünet 2026', from: '2026-04-02', to: '2026-04-12', source: decree2025 },
    // The last teaching day is 2026-06-19 (same decree); the school year (tanév) ends on 31 August,
    // so the teaching year of 2026/2027 cannot start before 1 September.
    { name: 'nyári szünet 2026', from: '2026-06-20', to: '2026-08-31', source: decree2025 },
    // 2026/2027: the decree was not available when this table was written — its breaks are NOT
    // configured, so its weekdays count as school days (the stricter limits) until they are added.
  ],
  teachingSaturdays: [
    // Working Saturday for 24 October 2025, a teaching day too (https://www.zaol.hu/helyi-kozelet/2025/10/oszi-szunet-tanitas-nelkuli-tanev).
    { day: '2025-10-18', source: 'https://www.zaol.hu/helyi-kozelet/2025/10/oszi-szunet-tanitas-nelkuli-tanev' },
  ],
};

export type SchoolDayKind = 'school_day' | 'non_school_day' | 'school_holiday';
export type SchoolWeekKind = 'term_time' | 'school_holiday';

export function isInSchoolHoliday(day: string, calendar: SchoolCalendar = hungarianSchoolCalendar): boolean {
  return calendar.holidays.some((h) => h.from <= day && day <= h.to);
}

/** What kind of day it is for an under-16 (Köt. 5. §): school day, non-school day, or school holiday. */
export function schoolDayKind(day: string, calendar: SchoolCalendar = hungarianSchoolCalendar): SchoolDayKind {
  if (isInSchoolHoliday(day, calendar)) return 'school_holiday';
  const weekend = weekdayIndex(day) >= 5;
  if (weekend && !calendar.teachingSaturdays.some((s) => s.day === day)) return 'non_school_day';
  return 'school_day';
}

/**
 * The Monday–Sunday week of the day is a school-holiday week only when all its weekdays are in a
 * holiday period; a week that is partly term time is term time (the stricter 6 h, not 12 h).
 */
export function schoolWeekKind(day: string, calendar: SchoolCalendar = hungarianSchoolCalendar): SchoolWeekKind {
  const monday = dayNumber(mondayOf(day));
  for (let i = 0; i < 5; i++) if (!isInSchoolHoliday(dayOfNumber(monday + i), calendar)) return 'term_time';
  return 'school_holiday';
}
