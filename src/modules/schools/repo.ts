import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { roleGrants, schoolMembers, schools, users } from '../../db/schema/index.js';
import { type ListParams, offsetOf } from '../../platform/list-params.js';
import type { SchoolSort } from './schema.js';

/** The school as stored (the audit trail's before and after). */
export type SchoolRecord = typeof schools.$inferSelect;
export type SchoolValues = Pick<SchoolRecord, 'name' | 'sortKey' | 'omId' | 'placeId' | 'address' | 'email' | 'phone' | 'hostOrganizationId'>;

/** One school as the lists and its pages show it. */
export type SchoolRow = SchoolRecord & { centerName: string; placeName: string; placeCounty: string; hostName: string | null; coordinatorNames: string | null };

/** The centers a query may read: every one, or these. */
export type CenterReach = 'all' | string[];

export const reachWhere = (column: SQL, reach: CenterReach): SQL =>
  reach === 'all' ? sql`true` : reach.length ? sql`${column} = any(${arrayParam(reach, 'uuid')})` : sql`false`;

const rowSelect = sql`select s.id, s.center_id as "centerId", s.name, s.sort_key as "sortKey", s.om_id as "omId", s.place_id as "placeId",
    s.address, s.email, s.phone, s.host_organization_id as "hostOrganizationId", s.created_by as "createdBy",
    s.created_at as "createdAt", s.updated_at as "updatedAt",
    c.name as "centerName", p.name as "placeName", p.county as "placeCounty", o.name as "hostName",
    (select string_agg(u.family_name || ' ' || u.given_name, ', ' order by u.sort_key collate "C")
       from school_members m join users u on u.id = m.user_id where m.school_id = s.id and m.role = 'coordinator') as "coordinatorNames"
  from schools s
  join centers c on c.id = s.center_id
  join places p on p.id = s.place_id
  left join organizations o on o.id = s.host_organization_id`;

function filterWhere(reach: CenterReach, q: string | undefined): SQL {
  const c: SQL[] = [reachWhere(sql`s.center_id`, reach)];
  if (q) c.push(sql`(strpos(search_fold(s.name), search_fold(${q}::text)) > 0 or s.om_id = ${q})`);
  return sql.join(c, sql` and `);
}

const orderBy: Record<SchoolSort, SQL> = {
  name: sql`s.sort_key collate "C"`,
  omId: sql`s.om_id`,
  settlement: sql`p.sort_key collate "C"`,
};

const orderOf = (params: Pick<ListParams<SchoolSort>, 'sort' | 'dir'>) =>
  sql`${orderBy[params.sort]} ${params.dir === 'desc' ? sql`desc` : sql`asc`}, s.sort_key collate "C", s.id`;

const fixDates = (r: SchoolRow): SchoolRow => ({ ...r, createdAt: new Date(r.createdAt), updatedAt: new Date(r.updatedAt) });

export async function findSchools(
  db: Queryable,
  reach: CenterReach,
  q: string | undefined,
  params: ListParams<SchoolSort>,
  limit?: number,
): Promise<SchoolRow[]> {
  const page = limit === undefined ? sql`limit ${params.pageSize} offset ${offsetOf(params)}` : sql`limit ${limit}`;
  const rows = await queryRows<SchoolRow>(db, sql`${rowSelect} where ${filterWhere(reach, q)} order by ${orderOf(params)} ${page}`);
  return rows.map(fixDates);
}

export async function countSchools(db: Queryable, reach: CenterReach, q: string | undefined): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from schools s where ${filterWhere(reach, q)}`);
  return row?.n ?? 0;
}

export async function findSchoolRow(db: Queryable, id: string): Promise<SchoolRow | undefined> {
  const [row] = await queryRows<SchoolRow>(db, sql`${rowSelect} where s.id = ${id}`);
  return row ? fixDates(row) : undefined;
}

export async function lockSchool(db: Queryable, id: string): Promise<SchoolRecord | undefined> {
  const [row] = await db.select().from(schools).where(eq(schools.id, id)).for('update');
  return row;
}

export async function schoolIdByOmId(db: Queryable, omId: string): Promise<string | undefined> {
  const [row] = await db.select({ id: schools.id }).from(schools).where(eq(schools.omId, omId));
  return row?.id;
}

export async function insertSchool(db: Queryable, values: SchoolValues & { centerId: string; createdBy: string }): Promise<SchoolRecord> {
  const [row] = await db.insert(schools).values(values).returning();
  if (!row) throw new Error('school insert returned nothing');
  return row;
}

export async function updateSchoolRow(db: Queryable, id: string, values: SchoolValues): Promise<SchoolRecord> {
  const [row] = await db
    .update(schools)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(schools.id, id))
    .returning();
  if (!row) throw new Error('school update returned nothing');
  return row;
}

/** The approved host organizations of a center, by name (the school's host link, the agreements' hosts). */
export function findApprovedOrganizations(db: Queryable, centerId: string): Promise<{ id: string; name: string }[]> {
  return queryRows(
    db,
    sql`select id, name from organizations where center_id = ${centerId} and status = 'approved' order by sort_key collate "C", id limit 2000`,
  );
}

export type MemberRow = { userId: string; familyName: string; givenName: string; email: string; role: string; classNames: string[] };

export function findMembers(db: Queryable, schoolId: string): Promise<MemberRow[]> {
  return queryRows(
    db,
    sql`select m.user_id as "userId", u.family_name as "familyName", u.given_name as "givenName", u.email, m.role, m.class_names as "classNames"
        from school_members m join users u on u.id = m.user_id
        where m.school_id = ${schoolId}
        order by m.role, u.sort_key collate "C", u.id`,
  );
}

/** An account (not disabled, not erased) by its e-mail address. */
export async function findAccountByEmail(db: Queryable, email: string): Promise<{ id: string; familyName: string; givenName: string } | undefined> {
  const [row] = await db
    .select({ id: users.id, familyName: users.familyName, givenName: users.givenName })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email.toLowerCase()}`, isNull(users.disabledAt), isNull(users.erasedAt)));
  return row;
}

/** Deletes the membership; returns the row as it was. */
export async function deleteMember(db: Queryable, schoolId: string, userId: string) {
  const [row] = await db
    .delete(schoolMembers)
    .where(and(eq(schoolMembers.schoolId, schoolId), eq(schoolMembers.userId, userId)))
    .returning();
  return row;
}

/** The user's `school_coordinator` grant in the center, when they are a member of no school of that center any more. */
export async function unusedSchoolStaffGrant(db: Queryable, userId: string, centerId: string) {
  const rows = await queryRows<typeof roleGrants.$inferSelect>(
    db,
    sql`select g.* from role_grants g
        where g.user_id = ${userId} and g.role = 'school_coordinator' and g.center_id = ${centerId}
          and not exists (select 1 from school_members m join schools s on s.id = m.school_id where m.user_id = ${userId} and s.center_id = ${centerId})`,
  );
  return rows[0];
}

/** Grants the center-scoped `school_coordinator` role (the navigation's "is school staff") unless held; returns the new grant's id. */
export async function grantSchoolStaffRole(db: Queryable, userId: string, centerId: string, grantedBy: string): Promise<string | null> {
  const [row] = await db
    .insert(roleGrants)
    .values({ userId, role: 'school_coordinator', centerId, pointId: null, grantedBy })
    .onConflictDoNothing()
    .returning({ id: roleGrants.id });
  return row?.id ?? null;
}

export async function findMember(db: Queryable, schoolId: string, userId: string) {
  const [row] = await db
    .select()
    .from(schoolMembers)
    .where(and(eq(schoolMembers.schoolId, schoolId), eq(schoolMembers.userId, userId)));
  return row;
}

/** Adds or changes the membership; returns the row as it is now. */
export async function upsertMember(db: Queryable, values: { schoolId: string; userId: string; role: 'coordinator' | 'class_teacher'; classNames: string[] }) {
  const [row] = await db
    .insert(schoolMembers)
    .values(values)
    .onConflictDoUpdate({ target: [schoolMembers.schoolId, schoolMembers.userId], set: { role: values.role, classNames: values.classNames } })
    .returning();
  if (!row) throw new Error('school member upsert returned nothing');
  return row;
}
