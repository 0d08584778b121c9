import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { addDays, budapestDayStart } from '../../platform/budapest-time.js';
import { countUpTo } from '../../platform/count-up-to.js';
import type { KeysetCursor } from '../../platform/list-params.js';
import type { AuditFilter } from './schema.js';

export type AuditRow = {
  id: number;
  /** The keyset key (see findAuditEntries). */
  key: string;
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

/**
 * An entry's key for keyset paging: its timestamp as PostgreSQL writes it (microseconds and offset:
 * a JavaScript Date would drop the microseconds) and its id, "2026-01-10 12:00:00.123456+00~42".
 */
const keyPattern = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?[+-]\d{2}(?::\d{2})?)~(\d{1,18})$/;

/** True for a well-formed keyset key. */
export const isAuditKey = (key: string | undefined): boolean => Boolean(key && keyPattern.test(key));

/** The keyset condition "after (or before) this key in the list's order"; a malformed key is none. */
function keysetCondition(cursor: string | undefined, after: boolean, dir: 'asc' | 'desc'): SQL | undefined {
  const match = cursor ? keyPattern.exec(cursor) : null;
  if (!match) return undefined;
  const comparison = sql.raw((dir === 'desc') === after ? '<' : '>');
  return sql`(a.at, a.id) ${comparison} (${match[1]}::timestamptz, ${match[2]}::bigint)`;
}

/**
 * A page of the trail in the chosen order: by offset, or by key after or before a row's key
 * (`cursor`), which costs the same on the last page as on the first. `limit` + 1 rows are read, so
 * the caller knows whether the list goes on.
 */
export async function findAuditEntries(
  db: Queryable,
  filter: AuditFilter,
  visible: 'all' | string[],
  dir: 'asc' | 'desc',
  page: { limit: number; offset: number },
  cursor: KeysetCursor = {},
): Promise<AuditRow[]> {
  const backwards = Boolean(cursor.before);
  const keyset = keysetCondition(cursor.before ?? cursor.after, !backwards, dir);
  const order = sql.raw(backwards && keyset ? (dir === 'desc' ? 'asc' : 'desc') : dir);
  const rows = await queryRows<AuditRow & { at: Date | string; id: number | string }>(
    db,
    sql`select a.id, a.at, a.at::text as "key", a.actor_user_id as "actorUserId", u.email as "actorEmail", u.family_name as "actorFamilyName",
          u.given_name as "actorGivenName", a.center_id as "centerId", c.name as "centerName", a.action,
          a.entity_type as "entityType", a.entity_id as "entityId", a.before, a.after
        ${from} where ${whereOf(filter, visible)}${keyset ? sql` and ${keyset}` : sql``}
        order by a.at ${order}, a.id ${order} limit ${page.limit} offset ${keyset ? 0 : page.offset}`,
  );
  // bigserial ids arrive as strings from node-postgres, timestamps as text from PGlite.
  const entries = rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at), key: `${r.key}~${r.id}` }));
  return backwards && keyset ? entries.reverse() : entries;
}

/**
 * The entries counted up to the list cap (countUpTo): the trail of a national center is long. The
 * acting user's table is joined only when the filter asks for their e-mail.
 */
export function countAuditEntries(db: Queryable, filter: AuditFilter, visible: 'all' | string[]): Promise<number> {
  const source = filter.actor ? sql`from audit_log a left join users u on u.id = a.actor_user_id` : sql`from audit_log a`;
  return countUpTo(db, sql`${source} where ${whereOf(filter, visible)}`);
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
