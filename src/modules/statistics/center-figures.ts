import type { Queryable } from '../../db/database.js';
import { addMonths, budapestDay } from '../../platform/budapest-time.js';
import { compareHungarian } from '../../platform/hungarian-sort-key.js';
import { loadMinimumWageTable } from '../volunteer-law/legal-data-service.js';
import {
  type AgeGroup,
  type ApprovedHourTotals,
  approvedHoursBy,
  approvedHourTotals,
  approvedMinutesByPeriod,
  minorAgeGroups,
  volunteersByAgeGroup,
} from './approved-hours-repo.js';
import { type EconomicValue, economicValue } from './economic-value.js';
import { findCauseNames, findSettlementNames } from './figure-names-repo.js';
import { type Funnel, type FunnelScope, findFunnel, findTimeToPlacement, type TimeToPlacement } from './funnel-repo.js';
import { findOrganizationResponses, type OrganizationResponses, type ResponseCounts, totalResponses } from './responsiveness-repo.js';
import { monthOf } from './scope.js';

/**
 * Everything the center reports dashboard shows (issue 15), for one center (or several, or 'all'),
 * optionally one of its Volunteer Points, over a period of Budapest days. The caller has authorized
 * the reader for these centers ('reports.center'); nothing here checks access or hides small numbers
 * (a center's own staff see their own figures; figures that leave the center pass through
 * statistics/small-numbers.ts first).
 *
 * Whose tenancy a figure follows:
 * - funnel and time to placement: the volunteer's (volunteers.center_id / point_id; funnel-repo.ts);
 * - hours, months, causes, settlements, value, ages: where the hours were approved
 *   (approved_hour_months: the application's center, the host organization's point);
 * - responsiveness: the application's center, the host organization's point (responsiveness-repo.ts).
 */
export type CenterFiguresScope = FunnelScope;

export type MonthHours = { month: string; minutes: number; volunteers: number };
export type CauseHours = { slug: string; nameHu: string; nameEn: string; minutes: number; volunteers: number };
export type SettlementHours = { placeId: number; name: string; county: string; minutes: number; volunteers: number };
export type MinorsShare = { minors: number; volunteers: number; share: number | null; onDay: string };

export type CenterFigures = {
  scope: CenterFiguresScope;
  funnel: Funnel;
  timeToPlacement: TimeToPlacement;
  totals: ApprovedHourTotals;
  value: EconomicValue;
  /** Every month of the period, oldest first, months without hours included. */
  byMonth: MonthHours[];
  /** Hungarian collation of the Hungarian name; an opportunity with two causes counts in both. */
  byCause: CauseHours[];
  /** Hungarian collation of the settlement name; remote work without a settlement is left out. */
  bySettlement: SettlementHours[];
  /** Organizations by name (Hungarian collation), and their sum. */
  responsiveness: { organizations: OrganizationResponses[]; total: ResponseCounts };
  ages: Record<AgeGroup, number>;
  /** Of the volunteers with approved hours in the period, those under 18 on the period's last day. */
  minors: MinorsShare;
};

/** The months of a period, "YYYY-MM". */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = monthOf(from); m <= monthOf(to); m = addMonths(m, 1)) months.push(m.slice(0, 7));
  return months;
}

export function minorsShareOf(ages: Record<AgeGroup, number>, onDay: string): MinorsShare {
  const volunteers = Object.values(ages).reduce((a, b) => a + b, 0);
  const minors = minorAgeGroups.reduce((a, g) => a + ages[g], 0);
  return { minors, volunteers, share: volunteers ? minors / volunteers : null, onDay };
}

/**
 * The headline figures only (the national roll-up's row): funnel, time to placement, hour totals,
 * value and minors, without the breakdowns.
 */
export async function centerHeadline(db: Queryable, scope: CenterFiguresScope) {
  const [funnel, timeToPlacement, totals, periods, wages, ages] = await Promise.all([
    findFunnel(db, scope),
    findTimeToPlacement(db, scope),
    approvedHourTotals(db, scope),
    approvedMinutesByPeriod(db, scope),
    loadMinimumWageTable(db),
    volunteersByAgeGroup(db, scope, scope.to),
  ]);
  return { funnel, timeToPlacement, totals, value: economicValue(periods, wages), ages, minors: minorsShareOf(ages, scope.to) };
}
export type CenterHeadline = Awaited<ReturnType<typeof centerHeadline>>;

/** `today` (a Budapest day) decides which unanswered waits are past their deadline; default: now. */
export async function centerFigures(db: Queryable, scope: CenterFiguresScope, options: { today?: string } = {}): Promise<CenterFigures> {
  const today = options.today ?? budapestDay(new Date());
  const [headline, months, causes, settlements, organizations] = await Promise.all([
    centerHeadline(db, scope),
    approvedHoursBy(db, scope, 'month'),
    approvedHoursBy(db, scope, 'cause'),
    approvedHoursBy(db, scope, 'place'),
    findOrganizationResponses(db, scope, today),
  ]);
  const [causeNames, settlementNames] = await Promise.all([
    findCauseNames(
      db,
      causes.map((c) => c.key),
    ),
    findSettlementNames(
      db,
      settlements.map((s) => Number(s.key)),
    ),
  ]);
  const monthRows = new Map(months.map((m) => [m.key, m]));
  const causeRows = new Map(causes.map((c) => [c.key, c]));
  const settlementRows = new Map(settlements.map((s) => [s.key, s]));
  return {
    scope,
    ...headline,
    byMonth: monthsOf(scope.from, scope.to).map((month) => ({
      month,
      minutes: monthRows.get(month)?.minutes ?? 0,
      volunteers: monthRows.get(month)?.volunteers ?? 0,
    })),
    byCause: causeNames
      .map((c) => ({ ...c, minutes: causeRows.get(c.slug)?.minutes ?? 0, volunteers: causeRows.get(c.slug)?.volunteers ?? 0 }))
      .sort((a, b) => compareHungarian(a.nameHu, b.nameHu)),
    bySettlement: settlementNames.map((s) => ({
      placeId: s.placeId,
      name: s.name,
      county: s.county,
      minutes: settlementRows.get(String(s.placeId))?.minutes ?? 0,
      volunteers: settlementRows.get(String(s.placeId))?.volunteers ?? 0,
    })),
    responsiveness: { organizations, total: totalResponses(organizations) },
  };
}
