import { hungarianCollator } from '../../platform/i18n.js';
import { type HourValueUsed, valueOfMinutes } from '../statistics/economic-value.js';
import type { LegalAmounts } from '../volunteer-law/legal-amounts.js';
import { ageOnDay } from '../volunteer-law/minor-time-limits.js';

/**
 * The yearly report's arithmetic, from approved minutes grouped by day, volunteer and activity text.
 * Pure, so the rules are tested without a database:
 * - activities are grouped by their text, trimmed and case-insensitive, shown as the spelling with
 *   the most minutes; sorted by minutes (most first), then by name in Hungarian order;
 * - the economic value uses the hour value in force on each entry's day (monthly minimum wage / 160,
 *   HUNGARY.md §1.7), summed exactly and rounded to whole forints once, at the end;
 * - minors' minutes: the volunteer was under 18 on the activity day (the Köt. 14. § record of time
 *   spent, HUNGARY.md §1.5 item 7).
 */
export type ApprovedMinutes = {
  activityDay: string;
  volunteerId: string;
  birthDate: string | null;
  activity: string;
  minutes: number;
};

export type MonthRow = { month: number; minutes: number; volunteers: number; minorMinutes: number };
export type ActivityRow = { activity: string; minutes: number };

export type YearFigures = {
  volunteers: number;
  minutes: number;
  minorMinutes: number;
  months: MonthRow[];
  activities: ActivityRow[];
  /** Whole forints; null when no approved minute has a configured hour value. */
  valueFt: number | null;
  hourValues: HourValueUsed[];
  /** Minutes on days before the first configured amount: left out of the value. */
  minutesWithoutValue: number;
};

/** The amounts in force on a day (from the legal_amounts table, loaded by the service). */
export type AmountsOn = (day: string) => LegalAmounts | null;

const activityKey = (text: string) => text.trim().toLocaleLowerCase('hu');

export function yearFigures(rows: readonly ApprovedMinutes[], amountsOn: AmountsOn): YearFigures {
  const months: MonthRow[] = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, minutes: 0, volunteers: 0, minorMinutes: 0 }));
  const volunteersByMonth = months.map(() => new Set<string>());
  const volunteers = new Set<string>();
  const activities = new Map<string, { minutes: number; spellings: Map<string, number> }>();
  let minutes = 0;
  let minorMinutes = 0;

  for (const row of rows) {
    const monthIndex = Number(row.activityDay.slice(5, 7)) - 1;
    const month = months[monthIndex];
    if (!month) continue;
    month.minutes += row.minutes;
    volunteersByMonth[monthIndex]?.add(row.volunteerId);
    volunteers.add(row.volunteerId);
    minutes += row.minutes;
    if (row.birthDate && ageOnDay(row.birthDate, row.activityDay) < 18) {
      month.minorMinutes += row.minutes;
      minorMinutes += row.minutes;
    }

    const spelling = row.activity.trim();
    const key = activityKey(spelling);
    const group = activities.get(key) ?? { minutes: 0, spellings: new Map<string, number>() };
    group.minutes += row.minutes;
    group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + row.minutes);
    activities.set(key, group);
  }
  volunteersByMonth.forEach((set, i) => {
    (months[i] as MonthRow).volunteers = set.size;
  });

  return {
    volunteers: volunteers.size,
    minutes,
    minorMinutes,
    months,
    activities: [...activities.values()]
      .map((g) => ({ activity: shownSpelling(g.spellings), minutes: g.minutes }))
      .sort((a, b) => b.minutes - a.minutes || hungarianCollator.compare(a.activity, b.activity)),
    ...valueOfMinutes(
      rows.map((r) => ({ periodStart: r.activityDay, minutes: r.minutes })),
      amountsOn,
    ),
  };
}

/** The spelling with the most minutes; on a tie the first in Hungarian order. */
function shownSpelling(spellings: Map<string, number>): string {
  return [...spellings.entries()].sort((a, b) => b[1] - a[1] || hungarianCollator.compare(a[0], b[0]))[0]?.[0] ?? '';
}

/**
 * When the newest configured amount is from a year before `year`, the year of the amount used
 * instead (the page warns: the new minimum wage may not be configured yet); otherwise null.
 */
export function outdatedAmountYear(year: number, amountsOn: AmountsOn): number | null {
  const amounts = amountsOn(`${year}-12-31`);
  return amounts?.newestIsOlderThanYear ? Number(amounts.effectiveFrom.slice(0, 4)) : null;
}
