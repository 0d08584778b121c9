import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { type FigureScope, scopeCondition } from '../statistics/scope.js';

/**
 * The comparison's figures (issue 15): ONE grouped query per measure for all points of a center (or
 * for all centers), each keyed by the point's (or center's) id, so 200 points cost six queries.
 * `fromAt`..`beforeAt` are instants (ISO): the period's Budapest days, the last one included.
 */
export type CompareGrouping = { by: 'point'; centerId: string } | { by: 'center' };
export type Instants = { fromAt: string; beforeAt: string };

export type ComparedPoint = { id: string; name: string; sortKey: string; status: string; placeId: number; lat: number; lon: number };
export type ComparedCenter = { id: string; name: string; sortKey: string; county: string; population: number };

async function counts(db: Queryable, query: SQL): Promise<Map<string, number>> {
  const rows = await queryRows<{ key: string; n: string | number }>(db, query);
  return new Map(rows.map((r) => [String(r.key), Number(r.n)]));
}

const within = (column: SQL, p: Instants) => sql`${column} >= ${p.fromAt}::timestamptz and ${column} < ${p.beforeAt}::timestamptz`;

/** The points of a center that have worked (active, paused, closed), at their settlement's location. */
export function findComparedPoints(db: Queryable, centerId: string): Promise<ComparedPoint[]> {
  return queryRows<ComparedPoint>(
    db,
    sql`select p.id, p.name, p.sort_key as "sortKey", p.status, p.place_id as "placeId", pl.lat, pl.lon
          from points p join places pl on pl.id = p.place_id
         where p.center_id = ${centerId}::uuid and p.status in ('active', 'paused', 'closed')`,
  );
}

/** Every center with its county's inhabitants (settlements only, not the Budapest summary row). */
export async function findComparedCenters(db: Queryable): Promise<ComparedCenter[]> {
  const rows = await queryRows<ComparedCenter & { population: string | number | null }>(
    db,
    sql`select c.id, c.name, c.sort_key as "sortKey", c.county, coalesce(pop.population, 0) as population
          from centers c
          left join (select county, sum(population) as population from places where not is_summary group by county) pop on pop.county = c.county`,
  );
  return rows.map((r) => ({ ...r, population: Number(r.population) }));
}

/** Volunteers registered in the period: by their point (within the center), or by their center. */
export function countNewVolunteers(db: Queryable, g: CompareGrouping, p: Instants) {
  if (g.by === 'center') {
    return counts(
      db,
      sql`select v.center_id as key, count(*) as n from volunteers v where v.center_id is not null and ${within(sql`v.created_at`, p)} group by 1`,
    );
  }
  // center_id first: the (center_id, created_at) index finds the center's new volunteers.
  return counts(
    db,
    sql`select v.point_id as key, count(*) as n from volunteers v
         where v.center_id = ${g.centerId}::uuid and ${within(sql`v.created_at`, p)}
           and v.point_id in (select id from points where center_id = ${g.centerId}::uuid)
         group by 1`,
  );
}

/**
 * Placements made in the period: applications that reached 'accepted' then (an application accepted
 * twice counts once), by the point of the opportunity's organization, or by center. An application
 * accepted in the period was updated then or later, so for a point the (center_id, updated_at) index
 * leaves out the older ones (a day's slack: the event and the row are stamped by different clocks).
 */
export function countPlacementsMade(db: Queryable, g: CompareGrouping, p: Instants) {
  const accepted = sql`exists (select 1 from application_events e where e.application_id = a.id and e.to_status = 'accepted' and ${within(sql`e.at`, p)})`;
  if (g.by === 'center') return counts(db, sql`select a.center_id as key, count(*) as n from applications a where ${accepted} group by 1`);
  return counts(
    db,
    sql`select o.point_id as key, count(*) as n
          from applications a
          join opportunities op on op.id = a.opportunity_id
          join organizations o on o.id = op.organization_id
         where a.center_id = ${g.centerId}::uuid and a.updated_at >= ${p.fromAt}::timestamptz - interval '1 day'
           and o.point_id is not null and ${accepted}
         group by 1`,
  );
}

/** Inquiries received in the period: by the point that logged them, or by center. */
export function countInquiries(db: Queryable, g: CompareGrouping, p: Instants) {
  if (g.by === 'center') return counts(db, sql`select i.center_id as key, count(*) as n from inquiries i where ${within(sql`i.received_at`, p)} group by 1`);
  return counts(
    db,
    sql`select i.point_id as key, count(*) as n from inquiries i
         where i.center_id = ${g.centerId}::uuid and i.point_id is not null and ${within(sql`i.received_at`, p)}
         group by 1`,
  );
}

/**
 * Training sessions held in the period (not cancelled, started before `beforeAt`): a point counts the
 * center's sessions held in the point's settlement (online ones have none); a center counts all its own.
 */
export function countTrainingsHeld(db: Queryable, g: CompareGrouping, p: Instants) {
  const held = sql`s.cancelled_at is null and ${within(sql`s.starts_at`, p)}`;
  if (g.by === 'center') return counts(db, sql`select s.center_id as key, count(*) as n from training_sessions s where ${held} group by 1`);
  return counts(
    db,
    sql`select p.id as key, count(*) as n
          from points p join training_sessions s on s.center_id = p.center_id and s.place_id = p.place_id and not s.online
         where p.center_id = ${g.centerId}::uuid and p.status in ('active', 'paused', 'closed') and ${held}
         group by 1`,
  );
}

export type HoursOfCenter = { key: string; minutes: number; volunteers: number };

/** Approved minutes and distinct volunteers with approved hours per center (the summary, ADR 024). */
export async function approvedHoursByCenter(db: Queryable, scope: FigureScope): Promise<HoursOfCenter[]> {
  const rows = await queryRows<{ key: string; minutes: string | number; volunteers: string | number }>(
    db,
    sql`select m.center_id::text as key, sum(m.minutes) as minutes, count(distinct m.volunteer_id) as volunteers
          from approved_hour_months m where ${scopeCondition(scope)} group by 1`,
  );
  return rows.map((r) => ({ key: r.key, minutes: Number(r.minutes), volunteers: Number(r.volunteers) }));
}

export type CenterChoice = { id: string; name: string; sortKey: string; county: string; coverageKm: number };

/** The centers the reader may compare ('all' for national staff), with their county and coverage distance. */
export function findCenterChoices(db: Queryable, ids: readonly string[] | 'all'): Promise<CenterChoice[]> {
  if (ids !== 'all' && ids.length === 0) return Promise.resolve([]);
  const only =
    ids === 'all'
      ? sql`true`
      : sql`c.id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`;
  return queryRows<CenterChoice>(
    db,
    sql`select c.id, c.name, c.sort_key as "sortKey", c.county, c.point_coverage_km as "coverageKm" from centers c where ${only} order by c.sort_key collate "C", c.id`,
  );
}
