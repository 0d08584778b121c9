import { and, count, desc, eq, gte, isNull, lte, max, min, sql, sum } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { applications, certificates, hourEntries, opportunities, organizations, places, users, volunteers } from '../../db/schema/index.js';
import { offsetOf, type Page, pageOf } from '../../platform/list-params.js';

export type CertificateRow = typeof certificates.$inferSelect;

export type ApprovedHoursFilter = { applicationId: string } | { volunteerId: string; from: string; to: string };

function approvedWhere(filter: ApprovedHoursFilter) {
  const approved = eq(hourEntries.status, 'approved');
  if ('applicationId' in filter) return and(approved, eq(hourEntries.applicationId, filter.applicationId));
  return and(approved, eq(hourEntries.volunteerId, filter.volunteerId), gte(hourEntries.activityDay, filter.from), lte(hourEntries.activityDay, filter.to));
}

/** Approved minutes per organization and activity (with the organization's data), and the day range. */
export async function approvedHoursByActivity(db: Queryable, filter: ApprovedHoursFilter) {
  return db
    .select({
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationSortKey: organizations.sortKey,
      taxNumber: organizations.taxNumber,
      seat: places.name,
      activity: hourEntries.activity,
      minutes: sql<number>`cast(${sum(hourEntries.minutes)} as integer)`,
      firstDay: min(hourEntries.activityDay),
      lastDay: max(hourEntries.activityDay),
    })
    .from(hourEntries)
    .innerJoin(organizations, eq(organizations.id, hourEntries.organizationId))
    .innerJoin(places, eq(places.id, organizations.placeId))
    .where(approvedWhere(filter))
    .groupBy(organizations.id, organizations.name, organizations.sortKey, organizations.taxNumber, places.name, hourEntries.activity)
    .orderBy(sql`${organizations.sortKey} collate "C"`, hourEntries.activity);
}

/** Who approved the placement's latest approved hours (the signer of its certificate). */
export async function latestApprover(db: Queryable, applicationId: string) {
  const [row] = await db
    .select({ userId: users.id, familyName: users.familyName, givenName: users.givenName })
    .from(hourEntries)
    .innerJoin(users, eq(users.id, hourEntries.decidedByUserId))
    .where(and(eq(hourEntries.applicationId, applicationId), eq(hourEntries.status, 'approved')))
    .orderBy(desc(hourEntries.decidedAt), desc(hourEntries.activityDay))
    .limit(1);
  return row;
}

/** The volunteer's placements that have approved hours, for the "issue" form. */
export async function placementsWithApprovedHours(db: Queryable, volunteerId: string) {
  return db
    .select({
      applicationId: applications.id,
      opportunityTitle: opportunities.title,
      organizationName: organizations.name,
      minutes: sql<number>`cast(${sum(hourEntries.minutes)} as integer)`,
    })
    .from(hourEntries)
    .innerJoin(applications, eq(applications.id, hourEntries.applicationId))
    .innerJoin(opportunities, eq(opportunities.id, applications.opportunityId))
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .where(and(eq(hourEntries.volunteerId, volunteerId), eq(hourEntries.status, 'approved')))
    .groupBy(applications.id, opportunities.title, organizations.name)
    .orderBy(organizations.name, opportunities.title);
}

export async function insertCertificate(db: Queryable, values: typeof certificates.$inferInsert): Promise<CertificateRow> {
  const [row] = await db.insert(certificates).values(values).returning();
  if (!row) throw new Error('certificate not inserted');
  return row;
}

/** A certificate with its holder's login and center (for access checks and the audit). */
export async function findCertificate(db: Queryable, where: { id: string } | { code: string }) {
  const [row] = await db
    .select({ certificate: certificates, holderUserId: volunteers.userId, centerId: volunteers.centerId, pointId: volunteers.pointId })
    .from(certificates)
    .innerJoin(volunteers, eq(volunteers.id, certificates.volunteerId))
    .where('id' in where ? eq(certificates.id, where.id) : eq(certificates.code, where.code));
  return row;
}

/** The center an organization belongs to (certificates are audited under it). */
export async function organizationCenter(db: Queryable, organizationId: string): Promise<string | null> {
  const [row] = await db.select({ centerId: organizations.centerId }).from(organizations).where(eq(organizations.id, organizationId));
  return row?.centerId ?? null;
}

export async function organizationExists(db: Queryable, organizationId: string): Promise<boolean> {
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId));
  return !!row;
}

/** Newest first. */
export async function listCertificates(
  db: Queryable,
  where: { volunteerId: string } | { organizationId: string },
  params: { page: number; pageSize: number },
): Promise<Page<CertificateRow>> {
  const condition = 'volunteerId' in where ? eq(certificates.volunteerId, where.volunteerId) : eq(certificates.organizationId, where.organizationId);
  const items = await db
    .select()
    .from(certificates)
    .where(condition)
    .orderBy(desc(certificates.issuedAt), desc(certificates.id))
    .limit(params.pageSize)
    .offset(offsetOf(params));
  const [total] = await db.select({ n: count() }).from(certificates).where(condition);
  return pageOf(items, total?.n ?? 0, params);
}

/** The training registration's certificates that still stand (not revoked): one, or none. */
export async function findStandingTrainingCertificates(db: Queryable, trainingRegistrationId: string): Promise<CertificateRow[]> {
  return db
    .select()
    .from(certificates)
    .where(and(eq(certificates.trainingRegistrationId, trainingRegistrationId), isNull(certificates.revokedAt)))
    .orderBy(desc(certificates.issuedAt));
}

/** Undefined when it was already revoked (a second revoke never overwrites the first). */
export async function markRevoked(db: Queryable, id: string, by: string, reason: string, at: Date): Promise<CertificateRow | undefined> {
  const [row] = await db
    .update(certificates)
    .set({ revokedAt: at, revokedByUserId: by, revokeReason: reason })
    .where(and(eq(certificates.id, id), isNull(certificates.revokedAt)))
    .returning();
  return row;
}
