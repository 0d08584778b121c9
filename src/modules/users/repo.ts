import { eq, type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { centers, points, roleGrants, users } from '../../db/schema/index.js';
import { type Grant, type Role, roleScope, roles } from '../../platform/authz.js';
import { countUpTo } from '../../platform/count-up-to.js';
import type { UserFilter, UserSort } from './schema.js';

export type UserListRow = {
  id: string;
  email: string;
  familyName: string;
  givenName: string;
  roles: Role[];
  emailConfirmedAt: Date | null;
  disabledAt: Date | null;
  createdAt: Date;
};

/** Centers whose staff a list may show: 'all' for a national admin (see policy.ts). */
export type UserScope = 'all' | string[];

function uuidList(ids: string[]): SQL {
  return sql.join(
    (ids.length ? ids : ['00000000-0000-0000-0000-000000000000']).map((id) => sql`${id}::uuid`),
    sql`, `,
  );
}

const personalRoles = roles.filter((r) => roleScope[r] === 'none');

/** Grants (alias g) a scoped viewer is shown: those of their centers and the personal roles (policy.ts). */
function visibleGrant(scope: UserScope): SQL {
  if (scope === 'all') return sql`true`;
  const personal = sql.join(
    personalRoles.map((r) => sql`${r}`),
    sql`, `,
  );
  return sql`(g.center_id in (${uuidList(scope)}) or (g.center_id is null and g.role in (${personal})))`;
}

/** Accented letters folded to their base letter in SQL, exactly as `foldForSearch` folds them in JS. */
const accented = 'áàâäãåéèêëíìîïóòôöõőúùûüűýÿçčćñňšśžźżřťďľĺŕ';
const unaccented = [...accented].map((c) => c.normalize('NFD').replace(/\p{M}/gu, '')).join('');

/** "Kovács Örs" → "kovacs ors": people type names without accents. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Name search: accent- and case-blind substring of "family given" or "given family" (the same fold
 * on both engines: lower() and translate() are built in), or a substring of the lower-case e-mail.
 * A sequential scan; fine for a county's staff, a trigram index is the step for national scale.
 */
function searchCondition(q: string): SQL {
  const folded = foldForSearch(q);
  const fold = (expr: SQL) => sql`translate(lower(${expr}), ${accented}, ${unaccented})`;
  return sql`(strpos(${fold(sql`u.family_name || ' ' || u.given_name`)}, ${folded}) > 0
    or strpos(${fold(sql`u.given_name || ' ' || u.family_name`)}, ${folded}) > 0
    or strpos(u.email, ${q.toLowerCase()}) > 0)`;
}

function whereOf(filter: UserFilter, scope: UserScope): SQL {
  const conditions: SQL[] = [sql`true`];
  if (scope !== 'all') {
    const mine = uuidList(scope);
    const staffHere = sql`exists (select 1 from role_grants g where g.user_id = u.id and g.center_id in (${mine}))`;
    // Exact e-mail finds a person to give a role to, unless they are another center's staff (policy.ts).
    const freeByEmail = sql`(u.email = ${filter.q.toLowerCase()} and not exists (
      select 1 from role_grants g where g.user_id = u.id
        and (g.role = 'national_admin' or (g.center_id is not null and g.center_id not in (${mine})))))`;
    conditions.push(filter.q.includes('@') ? sql`(${staffHere} or ${freeByEmail})` : staffHere);
  }
  if (filter.q) conditions.push(searchCondition(filter.q));
  if (filter.role) {
    conditions.push(sql`exists (select 1 from role_grants g where g.user_id = u.id and g.role = ${filter.role} and ${visibleGrant(scope)})`);
  }
  return sql.join(conditions, sql` and `);
}

function orderOf(sort: UserSort, dir: 'asc' | 'desc'): SQL {
  const d = sql.raw(dir);
  // sort_key in the "C" collation is Hungarian alphabetical order on both engines (ADR 005).
  if (sort === 'email') return sql`u.email ${d}, u.id`;
  if (sort === 'created') return sql`u.created_at ${d}, u.sort_key collate "C", u.id`;
  return sql`u.sort_key collate "C" ${d}, u.id`;
}

export async function findUsers(
  db: Queryable,
  filter: UserFilter,
  scope: UserScope,
  order: { sort: UserSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
): Promise<UserListRow[]> {
  // Roles shown are those of the viewer's tenant, so another center's roles never leak.
  const rows = await queryRows<UserListRow>(
    db,
    sql`select u.id, u.email, u.family_name as "familyName", u.given_name as "givenName",
          coalesce((select array_agg(distinct g.role) from role_grants g
                    where g.user_id = u.id and ${visibleGrant(scope)}), '{}') as roles,
          u.email_confirmed_at as "emailConfirmedAt", u.disabled_at as "disabledAt", u.created_at as "createdAt"
        from users u where ${whereOf(filter, scope)}
        order by ${orderOf(order.sort, order.dir)} limit ${page.limit} offset ${page.offset}`,
  );
  // Raw rows: PGlite returns timestamps as text where node-postgres returns Dates.
  return rows.map((r) => ({ ...r, emailConfirmedAt: dateOrNull(r.emailConfirmedAt), disabledAt: dateOrNull(r.disabledAt), createdAt: new Date(r.createdAt) }));
}

function dateOrNull(value: Date | string | null): Date | null {
  return value == null ? null : new Date(value);
}

/** The list's matches counted up to the list cap (countUpTo). */
export function countUsersUpToCap(db: Queryable, filter: UserFilter, scope: UserScope): Promise<number> {
  return countUpTo(db, sql`from users u where ${whereOf(filter, scope)}`);
}

export async function countUsers(db: Queryable, filter: UserFilter, scope: UserScope): Promise<number> {
  const [row] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from users u where ${whereOf(filter, scope)}`);
  return row?.count ?? 0;
}

export type UserRecord = {
  id: string;
  email: string;
  familyName: string;
  givenName: string;
  signupKind: string;
  emailConfirmedAt: Date | null;
  disabledAt: Date | null;
  createdAt: Date;
};

export async function findUserById(db: Queryable, id: string): Promise<UserRecord | undefined> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      familyName: users.familyName,
      givenName: users.givenName,
      signupKind: users.signupKind,
      emailConfirmedAt: users.emailConfirmedAt,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

export type GrantRow = Grant & { id: string; userId: string; centerName: string | null; pointName: string | null; createdAt: Date };

export async function findGrantsOfUser(db: Queryable, userId: string): Promise<GrantRow[]> {
  const rows = await db
    .select({
      id: roleGrants.id,
      userId: roleGrants.userId,
      role: roleGrants.role,
      centerId: roleGrants.centerId,
      pointId: roleGrants.pointId,
      centerName: centers.name,
      pointName: points.name,
      createdAt: roleGrants.createdAt,
    })
    .from(roleGrants)
    .leftJoin(centers, eq(centers.id, roleGrants.centerId))
    .leftJoin(points, eq(points.id, roleGrants.pointId))
    .where(eq(roleGrants.userId, userId))
    .orderBy(roleGrants.createdAt, roleGrants.id);
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export async function findGrant(db: Queryable, userId: string, grantId: string): Promise<GrantRow | undefined> {
  return (await findGrantsOfUser(db, userId)).find((g) => g.id === grantId);
}

export async function insertGrant(db: Queryable, values: { userId: string; role: Role; centerId: string | null; pointId: string | null; grantedBy: string }) {
  const [row] = await db.insert(roleGrants).values(values).onConflictDoNothing().returning();
  return row;
}

export async function deleteGrantRow(db: Queryable, grantId: string) {
  const [row] = await db.delete(roleGrants).where(eq(roleGrants.id, grantId)).returning();
  return row;
}

export async function setUserDisabled(db: Queryable, userId: string, disabled: boolean) {
  const [row] = await db
    .update(users)
    .set({ disabledAt: disabled ? new Date() : null, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id, email: users.email, disabledAt: users.disabledAt });
  return row;
}
