import { type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { permissions } from '../../platform/authz.js';

/** The choices the inquiry forms and filters offer: centers, their points, their staff. */

export type Choice = { id: string; name: string };
export type PointChoice = Choice & { centerId: string };
export type StaffChoice = { id: string; familyName: string; givenName: string };

const idsWhere = (column: SQL, ids: 'all' | string[]): SQL => (ids === 'all' ? sql`true` : sql`${column} = any(${arrayParam(ids, 'uuid')})`);

/** Centers in Hungarian alphabetical order: every one ('all') or these. */
export function findCenters(db: Queryable, ids: 'all' | string[]): Promise<Choice[]> {
  if (ids !== 'all' && ids.length === 0) return Promise.resolve([]);
  return queryRows<Choice>(db, sql`select id, name from centers where ${idsWhere(sql`id`, ids)} order by sort_key collate "C", id`);
}

/**
 * The Volunteer Points of these centers (or these points), in Hungarian alphabetical order. With
 * `working`, only active points (a candidate or closed point takes no inquiries), plus `keep` (the
 * point an inquiry already has).
 */
export function findPoints(
  db: Queryable,
  of: { centers: 'all' | string[]; points?: string[]; working?: boolean; keep?: string | null },
): Promise<PointChoice[]> {
  const parts: SQL[] = [];
  if (of.centers === 'all' || of.centers.length) parts.push(idsWhere(sql`center_id`, of.centers));
  if (of.points?.length) parts.push(idsWhere(sql`id`, of.points));
  if (parts.length === 0) return Promise.resolve([]);
  const working = of.working ? sql` and (status = 'active' or id = ${of.keep ?? null}::uuid)` : sql``;
  return queryRows<PointChoice>(
    db,
    sql`select id, name, center_id as "centerId" from points where (${sql.join(parts, sql` or `)})${working} order by sort_key collate "C", id`,
  );
}

/** The point's center and status (a chosen point must belong to the inquiry's center and work). */
export async function findPointTenant(db: Queryable, pointId: string): Promise<{ centerId: string; status: string } | undefined> {
  const [row] = await queryRows<{ centerId: string; status: string }>(db, sql`select center_id as "centerId", status from points where id = ${pointId}`);
  return row;
}

/** The center of a county that answers the public's questions (the first opened, should a county have two). */
export async function findCenterOfCounty(db: Queryable, county: string): Promise<string | undefined> {
  const [row] = await queryRows<{ id: string }>(db, sql`select id from centers where county = ${county} order by created_at, id limit 1`);
  return row?.id;
}

const inquiryRoles = sql.raw(`array[${permissions['inquiries.log'].map((r) => `'${r}'`).join(', ')}]`);

/** Who may answer a center's inquiries: users holding an inquiry-logging role in the center or one of its points. */
export function findStaffOfCenter(db: Queryable, centerId: string): Promise<StaffChoice[]> {
  return queryRows<StaffChoice>(
    db,
    sql`select u.id, u.family_name as "familyName", u.given_name as "givenName"
        from users u
        where u.disabled_at is null and u.erased_at is null
          and exists (select 1 from role_grants g where g.user_id = u.id and g.center_id = ${centerId} and g.role = any(${inquiryRoles}))
        order by u.sort_key collate "C", u.id`,
  );
}

export async function findUserName(db: Queryable, userId: string): Promise<StaffChoice | undefined> {
  const [row] = await queryRows<StaffChoice>(db, sql`select id, family_name as "familyName", given_name as "givenName" from users where id = ${userId}`);
  return row;
}
