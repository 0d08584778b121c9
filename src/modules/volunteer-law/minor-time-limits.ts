import { budapestWallMinutes, dayNumber, mondayOf } from '../../platform/budapest-time.js';
import { ageOn } from '../volunteers/age-rules.js';
import { type SchoolCalendar, type SchoolDayKind, type SchoolWeekKind, schoolDayKind, schoolWeekKind } from './school-calendar.js';

/**
 * Köt. 5. § time limits for volunteers under 18 (HUNGARY.md §1.6). Every number of the rule lives
 * here, once: the hours module checks logged hours with `minorTimeViolations`, placements and
 * matching check a single shift with `touchesMinorsNight` and `maxDailyHoursForMinor`.
 * HUNGARY.md marks the list [PARTIAL] (a school site quoting the law): check against njt.hu.
 */

/** One activity of the volunteer: its Budapest calendar day and length; start and end when known. */
export type MinorActivity = { day: string; minutes: number; startsAt?: Date; endsAt?: Date };

export type MinorRuleCode = 'minor_night' | 'under16_daily' | 'under16_weekly' | 'minor16_daily' | 'minor16_weekly' | 'minor_rest';

/** A broken rule: its code (i18n key `law.minor.<code>`), the section it comes from, and message parameters. */
export type MinorTimeViolation = { code: MinorRuleCode; section: string; params: Record<string, string | number> };

export const minorTimeSection = 'Köt. 5. §';

/** The numbers of Köt. 5. § (HUNGARY.md §1.6). */
export const minorTimeLimits = {
  adultAge: 18,
  /** From this age the 16–17 limits apply instead of the under-16 ones. */
  olderMinorAge: 16,
  /** No activity from 20:00 … */
  nightStartsMinute: 20 * 60,
  /** … until 06:00, Budapest time. */
  nightEndsMinute: 6 * 60,
  under16DailyHours: { school_day: 2, non_school_day: 3, school_holiday: 3 } satisfies Record<SchoolDayKind, number>,
  under16WeeklyHours: { term_time: 6, school_holiday: 12 } satisfies Record<SchoolWeekKind, number>,
  minor16DailyHours: 4.5,
  minor16WeeklyHours: 18,
  minimumRestHours: 14,
} as const;

const minutesPerDay = 24 * 60;

/** Whole years of age on a Budapest calendar day (noon UTC is on that day in Budapest). */
export function ageOnDay(birthDate: string, day: string): number {
  return ageOn(birthDate, new Date(`${day}T12:00:00Z`));
}

/**
 * True when any part of [startsAt, endsAt) falls between 20:00 and 06:00 Budapest time (Köt. 5. §).
 * Ending exactly at 20:00 or starting exactly at 06:00 is allowed. Wall-clock minutes come from the
 * start's offset: a shift across a summer-time switch (at 02:00–03:00) is at night anyway.
 */
export function touchesMinorsNight(startsAt: Date, endsAt: Date): boolean {
  const { nightStartsMinute, nightEndsMinute } = minorTimeLimits;
  const start = budapestWallMinutes(startsAt);
  const end = start + Math.max(0, Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000));
  if (end - start > nightStartsMinute - nightEndsMinute) return true; // longer than the whole 06–20 window
  const dayStart = Math.floor(start / minutesPerDay) * minutesPerDay;
  return start - dayStart < nightEndsMinute || end - dayStart > nightStartsMinute;
}

/**
 * The most hours a minor of this age may volunteer on any single day (Köt. 5. §): 3 under 16 (on a
 * non-school day or in holidays; a school day allows only 2, which needs the calendar and is checked
 * by `minorTimeViolations`), 4.5 at 16–17; null from 18.
 */
export function maxDailyHoursForMinor(age: number): number | null {
  if (age < minorTimeLimits.olderMinorAge) return Math.max(...Object.values(minorTimeLimits.under16DailyHours));
  if (age < minorTimeLimits.adultAge) return minorTimeLimits.minor16DailyHours;
  return null;
}

/** Hours as a Hungarian decimal for messages: 210 min → "3,5", 140 min → "2,33". */
export function formatHours(minutes: number): string {
  return String(Number((minutes / 60).toFixed(2))).replace('.', ',');
}

const hoursText = (hours: number) => String(hours).replace('.', ',');

type RuleContext = {
  age: number;
  activity: MinorActivity;
  others: MinorActivity[];
  dayKind: SchoolDayKind;
  weekKind: SchoolWeekKind;
  /** Minutes on the activity's day and in its Monday–Sunday week, the activity included. */
  dayMinutes: number;
  weekMinutes: number;
};

export type MinorTimeRule = {
  code: MinorRuleCode;
  section: string;
  /** What the rule says, with its source. */
  source: string;
  appliesAt(age: number): boolean;
  /** The message parameters when the activity breaks the rule, null when it does not. */
  check(ctx: RuleContext): Record<string, string | number> | null;
};

const under18 = (age: number) => age < minorTimeLimits.adultAge;
const under16 = (age: number) => age < minorTimeLimits.olderMinorAge;
const aged16or17 = (age: number) => age >= minorTimeLimits.olderMinorAge && age < minorTimeLimits.adultAge;

function overLimit(minutes: number, limitHours: number): Record<string, string> | null {
  return minutes > limitHours * 60 ? { limit: hoursText(limitHours), hours: formatHours(minutes) } : null;
}

/** The rest before the activity (after the previous day's) and after it (before the next day's), in minutes. */
function shortestRestMinutes(activity: MinorActivity, others: MinorActivity[]): number | null {
  if (!activity.startsAt || !activity.endsAt) return null;
  const day = dayNumber(activity.day);
  let shortest: number | null = null;
  for (const other of others) {
    const otherDay = dayNumber(other.day);
    let rest: number | null = null;
    if (otherDay === day - 1 && other.endsAt) rest = activity.startsAt.getTime() - other.endsAt.getTime();
    else if (otherDay === day + 1 && other.startsAt) rest = other.startsAt.getTime() - activity.endsAt.getTime();
    if (rest == null) continue;
    const minutes = Math.round(rest / 60_000);
    if (shortest == null || minutes < shortest) shortest = minutes;
  }
  return shortest;
}

/** Köt. 5. § (HUNGARY.md §1.6, sources: tbg.hu/kozossegi-szolgalat, hermannzenesuli.hu), one row per limit. */
export const minorTimeRules: readonly MinorTimeRule[] = [
  {
    code: 'minor_night',
    section: minorTimeSection,
    source: 'Köt. 5. §: under 18 no activity between 20:00 and 06:00',
    appliesAt: under18,
    check: ({ activity }) =>
      activity.startsAt && activity.endsAt && touchesMinorsNight(activity.startsAt, activity.endsAt) ? { from: '20:00', until: '06:00' } : null,
  },
  {
    code: 'under16_daily',
    section: minorTimeSection,
    source: 'Köt. 5. §: under 16 at most 2 h on a school day, 3 h on a non-school day and in school holidays',
    appliesAt: under16,
    check: ({ dayKind, dayMinutes }) => {
      const exceeded = overLimit(dayMinutes, minorTimeLimits.under16DailyHours[dayKind]);
      return exceeded && { ...exceeded, dayKind };
    },
  },
  {
    code: 'under16_weekly',
    section: minorTimeSection,
    source: 'Köt. 5. §: under 16 at most 6 h a week in term time, 12 h a week in school holidays',
    appliesAt: under16,
    check: ({ weekKind, weekMinutes }) => {
      const exceeded = overLimit(weekMinutes, minorTimeLimits.under16WeeklyHours[weekKind]);
      return exceeded && { ...exceeded, weekKind };
    },
  },
  {
    code: 'minor16_daily',
    section: minorTimeSection,
    source: 'Köt. 5. §: at 16–17 at most 4.5 h a day',
    appliesAt: aged16or17,
    check: ({ dayMinutes }) => overLimit(dayMinutes, minorTimeLimits.minor16DailyHours),
  },
  {
    code: 'minor16_weekly',
    section: minorTimeSection,
    source: 'Köt. 5. §: at 16–17 at most 18 h a week',
    appliesAt: aged16or17,
    check: ({ weekMinutes }) => overLimit(weekMinutes, minorTimeLimits.minor16WeeklyHours),
  },
  {
    code: 'minor_rest',
    section: minorTimeSection,
    source: "Köt. 5. §: under 18 at least 14 hours' rest between one day's activity and the next day's",
    appliesAt: under18,
    check: ({ activity, others }) => {
      const rest = shortestRestMinutes(activity, others);
      return rest != null && rest < minorTimeLimits.minimumRestHours * 60
        ? { minimum: hoursText(minorTimeLimits.minimumRestHours), hours: formatHours(Math.max(0, rest)) }
        : null;
    },
  },
];

/**
 * Every Köt. 5. § limit that `activity` would break for a volunteer born on `birthDate`, given the
 * volunteer's `others` activities (other days and the same day; weekly sums use the Monday–Sunday
 * week) and the school calendar (loaded from the database by the caller, ADR 016). Empty for adults
 * (18+ on the activity's day) and when nothing is broken. The age is taken on the activity's day
 * and its limits apply to the whole day and week, the other activities included even when the
 * volunteer was younger or older on their days (the stricter reading when a birthday falls
 * mid-week). `others` must not contain the activity itself.
 */
export function minorTimeViolations(
  input: { birthDate: string; activity: MinorActivity; others: MinorActivity[] },
  calendar: SchoolCalendar,
): MinorTimeViolation[] {
  const { activity, others } = input;
  const age = ageOnDay(input.birthDate, activity.day);
  if (age >= minorTimeLimits.adultAge) return [];
  const week = mondayOf(activity.day);
  let dayMinutes = Math.max(0, activity.minutes);
  let weekMinutes = dayMinutes;
  for (const other of others) {
    const minutes = Math.max(0, other.minutes);
    if (other.day === activity.day) dayMinutes += minutes;
    if (mondayOf(other.day) === week) weekMinutes += minutes;
  }
  const ctx: RuleContext = {
    age,
    activity,
    others,
    dayKind: schoolDayKind(activity.day, calendar),
    weekKind: schoolWeekKind(activity.day, calendar),
    dayMinutes,
    weekMinutes,
  };
  const violations: MinorTimeViolation[] = [];
  for (const rule of minorTimeRules) {
    if (!rule.appliesAt(age)) continue;
    const params = rule.check(ctx);
    if (params) violations.push({ code: rule.code, section: rule.section, params });
  }
  return violations;
}
