import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import type { PeriodMinutes } from './economic-value.js';
import { type FigureScope, scopeCondition } from './scope.js';

/**
 * Reads of the approved-hours summary (approved_hour_months, ADR 024) within a scope: one indexed
 * scan of a few summary rows per placement and month, never the hour entries themselves.
 */
export type ApprovedHourTotals = { minutes: number; volunteers: number; organizations: number; placements: number };

export async function approvedHourTotals(db: Queryable, scope: FigureScope): Promise<ApprovedHourTotals> {
  const [row] = await queryRows<Record<keyof ApprovedHourTotals, string | number | null>>(
    db,
    // Per placement first (a placement has one volunteer and one organization): the distinct counts then read
    // a few thousand rows instead of every month of every placement.
    sql`select coalesce(sum(p.minutes), 0) as minutes, count(distinct p.volunteer_id) as volunteers,
          count(distinct p.organization_id) as organizations, count(*) as placements
        from (select m.application_id, m.volunteer_id, m.organization_id, sum(m.minutes) as minutes
                from approved_hour_months m where ${scopeCondition(scope)}
               group by m.application_id, m.volunteer_id, m.organization_id) p`,
  );
  return {
    minutes: Number(row?.minutes ?? 0),
    volunteers: Number(row?.volunteers ?? 0),
    organizations: Number(row?.organizations ?? 0),
    placements: Number(row?.placements ?? 0),
  };
}

/** Minutes per amount period, for the economic value (statistics/economic-value.ts). */
export async function approvedMinutesByPeriod(db: Queryable, scope: FigureScope): Promise<PeriodMinutes[]> {
  const rows = await queryRows<{ period_start: string; minutes: string | number }>(
    db,
    sql`select to_char(m.period_start, 'YYYY-MM-DD') as period_start, sum(m.minutes) as minutes from approved_hour_months m where ${scopeCondition(scope)} group by m.period_start order by 1`,
  );
  return rows.map((r) => ({ periodStart: r.period_start, minutes: Number(r.minutes) }));
}

export type HoursGroup = { key: string; minutes: number; volunteers: number };
export type HoursGrouping = 'month' | 'place' | 'cause' | 'point' | 'organization';

const groupKey: Record<HoursGrouping, ReturnType<typeof sql>> = {
  // Grouped by the date itself (no per-row formatting); the key is cut to 'YYYY-MM' below.
  month: sql`m.month`,
  place: sql`m.place_id::text`,
  cause: sql`c.slug`,
  point: sql`m.point_id::text`,
  organization: sql`m.organization_id::text`,
};

/**
 * Minutes and distinct volunteers per month ('YYYY-MM'), settlement (place id), cause (slug; an
 * opportunity with two causes counts in both), point or organization id. Rows without a key (remote
 * work without a settlement, an organization without a point) are left out. Unordered: the caller
 * sorts with names (Hungarian collation).
 */
export async function approvedHoursBy(db: Queryable, scope: FigureScope, grouping: HoursGrouping): Promise<HoursGroup[]> {
  const key = groupKey[grouping];
  const from = grouping === 'cause' ? sql`approved_hour_months m cross join lateral unnest(m.causes) as c(slug)` : sql`approved_hour_months m`;
  const rows = await queryRows<{ key: string | null; minutes: string | number; volunteers: string | number }>(
    db,
    // Per key and volunteer first (hashed), then per key: cheaper than count(distinct) over every row.
    sql`select k.key, sum(k.minutes) as minutes, count(*) as volunteers
        from (select ${key} as key, m.volunteer_id, sum(m.minutes) as minutes
                from ${from} where ${scopeCondition(scope)} and ${key} is not null group by 1, 2) k
        group by k.key`,
  );
  return rows.map((r) => ({ key: grouping === 'month' ? monthKey(r.key) : String(r.key), minutes: Number(r.minutes), volunteers: Number(r.volunteers) }));
}

/** 'YYYY-MM' of a date column as the drivers give it (a 'YYYY-MM-DD' string, or a Date at local midnight). */
function monthKey(value: unknown): string {
  if (value instanceof Date) return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}`;
  return String(value).slice(0, 7);
}

export const ageGroups = ['under_16', '16_17', '18_29', '30_49', '50_64', '65_plus', 'unknown'] as const;
export type AgeGroup = (typeof ageGroups)[number];
export const minorAgeGroups: readonly AgeGroup[] = ['under_16', '16_17'];

/** Distinct volunteers with approved hours in the scope by age group, their age on `onDay`. */
export async function volunteersByAgeGroup(db: Queryable, scope: FigureScope, onDay: string): Promise<Record<AgeGroup, number>> {
  const age = sql`extract(year from age(${onDay}::date, d.birth_date))`;
  // The birth date by primary key per distinct volunteer (a scalar subquery): a few thousand look-ups, never a scan of every volunteer.
  const rows = await queryRows<{ age_group: AgeGroup; volunteers: string | number }>(
    db,
    sql`select case when d.birth_date is null then 'unknown' when ${age} < 16 then 'under_16' when ${age} < 18 then '16_17'
                    when ${age} < 30 then '18_29' when ${age} < 50 then '30_49' when ${age} < 65 then '50_64' else '65_plus' end as age_group,
               count(*) as volunteers
          from (select (select v.birth_date from volunteers v where v.id = x.volunteer_id) as birth_date
                  from (select distinct m.volunteer_id from approved_hour_months m where ${scopeCondition(scope)}) x) d
         group by 1`,
  );
  const counts = Object.fromEntries(ageGroups.map((g) => [g, 0])) as Record<AgeGroup, number>;
  for (const row of rows) counts[row.age_group] = Number(row.volunteers);
  return counts;
}
