import { type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { addDays, budapestDayStart } from '../../platform/budapest-time.js';
import { type FigureScope, monthOf } from './scope.js';

/**
 * The volunteer funnel and the time to placement of a center (or one of its points) over a period
 * (issue 15). Unlike the hour figures these follow the VOLUNTEER's tenancy (volunteers.center_id,
 * volunteers.point_id), not the host organization's: they describe the people the center brought in.
 * Only `centerIds`, `pointId`, `from` and `to` of the scope are read.
 *
 * - registered: volunteers created (registered) in the period;
 * - applied: of those, the ones with any application (at any time, to any opportunity);
 * - placed: of those, the ones with an application that reached accepted, active or completed
 *   (its current status or any step in application_events);
 * - active: of those, the ones with approved hours in the period's months (approved_hour_months);
 * - completed: of those, the ones with an application that reached completed.
 */
export type Funnel = { registered: number; applied: number; placed: number; active: number; completed: number };
export const funnelSteps = ['registered', 'applied', 'placed', 'active', 'completed'] as const satisfies readonly (keyof Funnel)[];

export type FunnelScope = Pick<FigureScope, 'centerIds' | 'pointId' | 'from' | 'to'>;

/** The instants the period's Budapest days span: [start of `from`, start of the day after `to`). */
export function periodInstants(scope: Pick<FigureScope, 'from' | 'to'>): { start: Date; end: Date } {
  return { start: budapestDayStart(scope.from), end: budapestDayStart(addDays(scope.to, 1)) };
}

/** The tenancy of a volunteer row aliased `v`. */
function volunteerTenancy(scope: FunnelScope): SQL {
  const parts: SQL[] = [];
  if (scope.centerIds !== 'all') {
    if (scope.centerIds.length === 0) return sql`false`;
    parts.push(sql`v.center_id = any(${arrayParam(scope.centerIds, 'uuid')})`);
  }
  if (scope.pointId) parts.push(sql`v.point_id = ${scope.pointId}::uuid`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

/** Application `a` reached one of the statuses (now, or at a step of its history). */
function reached(statuses: readonly string[]): SQL {
  const list = arrayParam(statuses, 'text');
  return sql`(a.status = any(${list}) or exists (select 1 from application_events e where e.application_id = a.id and e.to_status = any(${list})))`;
}

export const placedStatuses = ['accepted', 'active', 'completed'] as const;

export async function findFunnel(db: Queryable, scope: FunnelScope): Promise<Funnel> {
  const { start, end } = periodInstants(scope);
  const [row] = await queryRows<Record<keyof Funnel, string | number | null>>(
    db,
    // Set-based: the period's registrations, then their applications and their approved months by index
    // (applications by volunteer, approved_hour_months by volunteer and month), each read once.
    sql`with registered as (
          select v.id from volunteers v where ${volunteerTenancy(scope)} and v.created_at >= ${start} and v.created_at < ${end}
        ), applied as (
          select a.volunteer_id, bool_or(${reached(placedStatuses)}) as placed, bool_or(${reached(['completed'])}) as completed
          from registered r join applications a on a.volunteer_id = r.id
          group by a.volunteer_id
        ), active as (
          select distinct m.volunteer_id from registered r join approved_hour_months m on m.volunteer_id = r.id
          where m.month >= ${monthOf(scope.from)}::date and m.month <= ${monthOf(scope.to)}::date
        )
        select (select count(*) from registered) as registered, count(*) as applied, count(*) filter (where placed) as placed,
               (select count(*) from active) as active, count(*) filter (where completed) as completed
        from applied`,
  );
  return {
    registered: Number(row?.registered ?? 0),
    applied: Number(row?.applied ?? 0),
    placed: Number(row?.placed ?? 0),
    active: Number(row?.active ?? 0),
    completed: Number(row?.completed ?? 0),
  };
}

/**
 * Time to placement: for each application of the center whose FIRST 'accepted' step fell in the
 * period, the days from the application's creation to that step; the median of those (null when
 * none) and how many placements it is taken over. With a point, the volunteers of that point.
 */
export type TimeToPlacement = { medianDays: number | null; placements: number };

export async function findTimeToPlacement(db: Queryable, scope: FunnelScope): Promise<TimeToPlacement> {
  const { start, end } = periodInstants(scope);
  const tenancy = scope.centerIds === 'all' ? sql`true` : scope.centerIds.length ? sql`a.center_id = any(${arrayParam(scope.centerIds, 'uuid')})` : sql`false`;
  const point = scope.pointId ? sql`v.point_id = ${scope.pointId}::uuid` : sql`true`;
  const [row] = await queryRows<{ median: string | number | null; placements: string | number }>(
    db,
    sql`select percentile_cont(0.5) within group (order by extract(epoch from (p.accepted_at - a.created_at)) / 86400) as median,
               count(*) as placements
        from applications a
        join volunteers v on v.id = a.volunteer_id
        cross join lateral (select min(e.at) as accepted_at from application_events e
                             where e.application_id = a.id and e.to_status = 'accepted') p
        where ${tenancy} and ${point} and p.accepted_at >= ${start} and p.accepted_at < ${end}`,
  );
  const placements = Number(row?.placements ?? 0);
  return { medianDays: placements && row?.median != null ? Number(row.median) : null, placements };
}
