import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { addDays, budapestDayStart } from '../../platform/budapest-time.js';
import { countUpTo } from '../../platform/count-up-to.js';
import type { AuditFilter } from './schema.js';

export type AuditRow = {
  id: number;
  at: Date;
  actorUserId: string | null;
  actorEmail: string | null;
  actorFamilyName: string | null;
  actorGivenName: string | null;
  centerId: string | null;
  centerName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

function whereOf(filter: AuditFilter, visible: 'all' | string[]): SQL {
  const conditions: SQL[] = [sql`true`];
  if (visible !== 'all') {
    if (visible.length === 0) return sql`false`;
    conditions.push(
      sql`a.center_id in (${sql.join(
        visible.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  }
  if (filter.entityType) conditions.push(sql`a.entity_type = ${filter.entityType}`);
  if (filter.action) conditions.push(sql`a.action = ${filter.action}`);
  if (filter.actor) conditions.push(sql`strpos(u.email, ${filter.actor}) > 0`);
  if (filter.from) conditions.push(sql`a.at >= ${budapestDayStart(filter.from).toISOString()}::timestamptz`);
  if (filter.to) conditions.push(sql`a.at < ${budapestDayStart(addDays(filter.to, 1)).toISOString()}::timestamptz`);
  return sql.join(conditions, sql` and `);
}

const from = sql`from audit_log a left join users u on u.id = a.actor_user_id left join centers c on c.id = a.center_id`;

export async function findAuditEntries(
  db: Queryable,
  filter: AuditFilter,
  visible: 'all' | string[],
  dir: 'asc' | 'desc',
  page: { limit: number; offset: number },
): Promise<AuditRow[]> {
  const d = sql.raw(dir);
  const rows = await queryRows<AuditRow & { at: Date | string; id: number | string }>(
    db,
    sql`select a.id, a.at, a.actor_user_id as "actorUserId", u.email as "actorEmail", u.family_name as "actorFamilyName",
          u.given_name as "actorGivenName", a.center_id as "centerId", c.name as "centerName", a.action,
          a.entity_type as "entityType", a.entity_id as "entityId", a.before, a.after
        ${from} where ${whereOf(filter, visible)}
        order by a.at ${d}, a.id ${d} limit ${page.limit} offset ${page.offset}`,
  );
  // bigserial ids arrive as strings from node-postgres, timestamps as text from PGlite.
  return rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at) }));
}

/** The entries counted up to the list cap (countUpTo): the trail of a national center is long. */
export function countAuditEntries(db: Queryable, filter: AuditFilter, visible: 'all' | string[]): Promise<number> {
  return countUpTo(db, sql`${from} where ${whereOf(filter, visible)}`);
}

/**
 * Entity types and actions seen lately, as suggestions for the filter fields. Only recent rows are
 * read: a DISTINCT over a national audit log would scan it whole.
 */
export async function recentAuditVocabulary(db: Queryable, visible: 'all' | string[]): Promise<{ entityTypes: string[]; actions: string[] }> {
  const rows = await queryRows<{ entityType: string; action: string }>(
    db,
    sql`select distinct entity_type as "entityType", action from (
          select a.entity_type, a.action from audit_log a left join users u on u.id = a.actor_user_id
          where ${whereOf({ entityType: '', action: '', actor: '' }, visible)} order by a.id desc limit 2000) recent`,
  );
  return {
    entityTypes: [...new Set(rows.map((r) => r.entityType))].sort(),
    actions: [...new Set(rows.map((r) => r.action))].sort(),
  };
}
