import { sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';

/** The centers and points the reports pages offer to choose from (by name, Hungarian collation). */
export type CenterChoice = { id: string; name: string; hostResponseWorkingDays: number };
export type PointChoice = { id: string; name: string };

export function findCentersForReports(db: Queryable, ids: readonly string[] | 'all'): Promise<CenterChoice[]> {
  const filter = ids === 'all' ? sql`true` : sql`id = any(${arrayParam(ids, 'uuid')})`;
  return queryRows<CenterChoice>(
    db,
    sql`select id, name, host_response_working_days as "hostResponseWorkingDays" from centers where ${filter} order by sort_key collate "C", id`,
  );
}

/** Every point of the center, whatever its status (a closed point has its past figures). */
export function findPointsOfCenter(db: Queryable, centerId: string): Promise<PointChoice[]> {
  return queryRows<PointChoice>(db, sql`select id, name from points where center_id = ${centerId}::uuid order by sort_key collate "C", id`);
}
