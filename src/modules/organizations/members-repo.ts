import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { organizationMembers, organizations, places, roleGrants, users } from '../../db/schema/index.js';

export type MemberRow = {
  userId: string;
  role: string;
  familyName: string;
  givenName: string;
  email: string;
  locale: string;
  disabledAt: Date | null;
  createdAt: Date;
};

/** Members in Hungarian order of their names. */
export async function findMembers(db: Queryable, organizationId: string): Promise<MemberRow[]> {
  return db
    .select({
      userId: organizationMembers.userId,
      role: organizationMembers.role,
      familyName: users.familyName,
      givenName: users.givenName,
      email: users.email,
      locale: users.locale,
      disabledAt: users.disabledAt,
      createdAt: organizationMembers.createdAt,
    })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organizationId))
    .orderBy(sql`${users.sortKey} collate "C"`, asc(users.id));
}

export async function findMembership(db: Queryable, organizationId: string, userId: string) {
  const [row] = await db
    .select()
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)));
  return row;
}

export async function insertMember(db: Queryable, organizationId: string, userId: string, role: string) {
  const [row] = await db.insert(organizationMembers).values({ organizationId, userId, role }).onConflictDoNothing().returning();
  return row;
}

export async function deleteMember(db: Queryable, organizationId: string, userId: string) {
  const [row] = await db
    .delete(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)))
    .returning();
  return row;
}

/**
 * Admins of the organization, counted with the members' rows locked, so two simultaneous
 * removals cannot both see "one more admin left" and leave none.
 */
export async function countAdminsLocked(db: Queryable, organizationId: string): Promise<number> {
  const rows = await db
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.role, 'admin')))
    .for('update');
  return rows.length;
}

export async function findUserByEmail(db: Queryable, email: string) {
  const [row] = await db
    .select({ id: users.id, email: users.email, familyName: users.familyName, givenName: users.givenName, locale: users.locale, disabledAt: users.disabledAt })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return row;
}

export async function findUserName(db: Queryable, userId: string) {
  const [row] = await db.select({ familyName: users.familyName, givenName: users.givenName }).from(users).where(eq(users.id, userId));
  return row;
}

export async function findOrgStaffGrant(db: Queryable, userId: string, centerId: string) {
  const [row] = await db
    .select()
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, userId), eq(roleGrants.role, 'org_staff'), eq(roleGrants.centerId, centerId)))
    .limit(1);
  return row;
}

export async function insertOrgStaffGrant(db: Queryable, userId: string, centerId: string) {
  const [row] = await db.insert(roleGrants).values({ userId, role: 'org_staff', centerId, pointId: null }).returning();
  if (!row) throw new Error('grant insert returned nothing');
  return row;
}

export async function deleteGrant(db: Queryable, grantId: string) {
  const [row] = await db.delete(roleGrants).where(eq(roleGrants.id, grantId)).returning();
  return row;
}

/** Other organizations of the center the user still belongs to (then their org_staff grant stays). */
export async function countMembershipsInCenter(db: Queryable, userId: string, centerId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(and(eq(organizationMembers.userId, userId), eq(organizations.centerId, centerId)));
  return row?.n ?? 0;
}

export type MyOrganizationRow = { id: string; name: string; status: string; role: string; placeName: string; updatedAt: Date };

/** The user's organizations in Hungarian order, with their role and the organization's status. */
export async function findOrganizationsOfUser(db: Queryable, userId: string): Promise<MyOrganizationRow[]> {
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      status: organizations.status,
      role: organizationMembers.role,
      placeName: places.name,
      updatedAt: organizations.updatedAt,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .innerJoin(places, eq(places.id, organizations.placeId))
    .where(eq(organizationMembers.userId, userId))
    .orderBy(sql`${organizations.sortKey} collate "C"`, asc(organizations.id));
}
