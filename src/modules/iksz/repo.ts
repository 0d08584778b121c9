import { and, asc, desc, eq, gte, inArray, isNotNull, lte, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/database.js';
import {
  ikszAgreements,
  ikszOccasions,
  ikszStudents,
  ikszTransferCertificates,
  opportunities,
  organizations,
  places,
  schools,
  users,
  volunteers,
} from '../../db/schema/index.js';
import { loadSchoolCaps } from '../schools/caps.js';
import type { OccasionKind, SchoolCap } from './rules.js';

/** The data side of the IKSZ log (napló): students, occasions, hosts, caps. */

const schoolPlace = alias(places, 'school_place');

/** One student with what every IKSZ decision needs: the volunteer, the school and its place. */
export async function findStudent(db: Queryable, studentId: string) {
  const [row] = await db
    .select({
      id: ikszStudents.id,
      schoolId: ikszStudents.schoolId,
      className: ikszStudents.className,
      grade: ikszStudents.grade,
      exemptReason: ikszStudents.exemptReason,
      leftOn: ikszStudents.leftOn,
      volunteerId: volunteers.id,
      volunteerUserId: volunteers.userId,
      familyName: volunteers.familyName,
      givenName: volunteers.givenName,
      email: sql<string | null>`coalesce(${volunteers.email}, ${users.email})`,
      birthDate: volunteers.birthDate,
      homeLat: volunteers.lat,
      homeLon: volunteers.lon,
      erasedAt: volunteers.erasedAt,
      schoolName: schools.name,
      centerId: schools.centerId,
      schoolHostId: schools.hostOrganizationId,
      schoolLat: schoolPlace.lat,
      schoolLon: schoolPlace.lon,
    })
    .from(ikszStudents)
    .innerJoin(volunteers, eq(volunteers.id, ikszStudents.volunteerId))
    .leftJoin(users, eq(users.id, volunteers.userId))
    .innerJoin(schools, eq(schools.id, ikszStudents.schoolId))
    .innerJoin(schoolPlace, eq(schoolPlace.id, schools.placeId))
    .where(eq(ikszStudents.id, studentId));
  return row;
}
export type StudentRecord = NonNullable<Awaited<ReturnType<typeof findStudent>>>;

/** The user's own enrolments (through their volunteer profile), newest first. */
export async function studentIdsOfUser(db: Queryable, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: ikszStudents.id })
    .from(ikszStudents)
    .innerJoin(volunteers, eq(volunteers.id, ikszStudents.volunteerId))
    .where(eq(volunteers.userId, userId))
    .orderBy(desc(ikszStudents.createdAt));
  return rows.map((r) => r.id);
}

/** Serialises logging per student: the serial number and the sums behind the caps and the minors' limits. */
export async function lockStudent(tx: Queryable, studentId: string): Promise<void> {
  await tx.select({ id: ikszStudents.id }).from(ikszStudents).where(eq(ikszStudents.id, studentId)).for('update');
}

export async function nextSerial(tx: Queryable, studentId: string): Promise<number> {
  const [row] = await tx
    .select({ max: sql<number | null>`max(${ikszOccasions.serial})` })
    .from(ikszOccasions)
    .where(eq(ikszOccasions.studentId, studentId));
  return Number(row?.max ?? 0) + 1;
}

/** The student's occasions that count toward the rules (not rejected), one left out (being corrected). */
export async function countingOccasions(db: Queryable, studentId: string, exceptId: string | null) {
  const rows = await db
    .select({
      id: ikszOccasions.id,
      kind: ikszOccasions.kind,
      day: ikszOccasions.activityDay,
      startsAt: ikszOccasions.startsAt,
      endsAt: ikszOccasions.endsAt,
      minutes: ikszOccasions.minutes,
      organizationId: ikszOccasions.organizationId,
    })
    .from(ikszOccasions)
    .where(and(eq(ikszOccasions.studentId, studentId), ne(ikszOccasions.status, 'rejected')));
  return rows.filter((r) => r.id !== exceptId).map((r) => ({ ...r, kind: r.kind as OccasionKind }));
}

/** The school's caps on top of the law (HUNGARY.md §2.1), from the schools module, as the rules read them. */
export async function findSchoolCaps(db: Queryable, schoolId: string): Promise<SchoolCap[]> {
  const caps = await loadSchoolCaps(db, schoolId);
  return (['at_school', 'per_host'] as const).flatMap((kind) => {
    const cap = caps[kind];
    return cap ? [{ kind, maxHours: cap.maxHours, mode: cap.mode }] : [];
  });
}

/** The hosts a student of the school may log with on a day: a valid agreement, or the school's own host organization. */
export async function hostChoices(db: Queryable, school: { id: string; hostOrganizationId: string | null }, day: string) {
  const withAgreement = await db
    .selectDistinct({ id: organizations.id, name: organizations.name, sortKey: organizations.sortKey })
    .from(ikszAgreements)
    .innerJoin(organizations, eq(organizations.id, ikszAgreements.organizationId))
    .where(
      and(
        eq(ikszAgreements.schoolId, school.id),
        lte(ikszAgreements.startsOn, day),
        gte(ikszAgreements.endsOn, day),
        isNotNull(ikszAgreements.schoolSignedOn),
        isNotNull(ikszAgreements.hostSignedOn),
      ),
    );
  const own = school.hostOrganizationId
    ? await db
        .select({ id: organizations.id, name: organizations.name, sortKey: organizations.sortKey })
        .from(organizations)
        .where(eq(organizations.id, school.hostOrganizationId))
    : [];
  const byId = new Map([...withAgreement, ...own].map((o) => [o.id, o]));
  return [...byId.values()].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}

/** IKSZ-eligible published opportunities of the given hosts. */
export async function eligibleOpportunities(db: Queryable, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({ id: opportunities.id, title: opportunities.title, organizationId: opportunities.organizationId, areas: opportunities.ikszAreas })
    .from(opportunities)
    .where(and(inArray(opportunities.organizationId, organizationIds), eq(opportunities.ikszEligible, true), eq(opportunities.status, 'published')))
    .orderBy(asc(opportunities.title));
}

export async function findOpportunityForRule(db: Queryable, id: string) {
  const [row] = await db
    .select({ organizationId: opportunities.organizationId, ikszEligible: opportunities.ikszEligible, areas: opportunities.ikszAreas })
    .from(opportunities)
    .where(eq(opportunities.id, id));
  return row ?? null;
}

export async function findPlaceLatLon(db: Queryable, id: number) {
  const [row] = await db.select({ lat: places.lat, lon: places.lon }).from(places).where(eq(places.id, id));
  return row ?? null;
}

export type OccasionValues = typeof ikszOccasions.$inferInsert;

export async function insertOccasion(tx: Queryable, values: OccasionValues) {
  const [row] = await tx.insert(ikszOccasions).values(values).returning();
  if (!row) throw new Error('occasion insert returned nothing');
  return row;
}

export async function updateOccasion(tx: Queryable, id: string, values: Partial<OccasionValues>) {
  const [row] = await tx
    .update(ikszOccasions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(ikszOccasions.id, id))
    .returning();
  if (!row) throw new Error('occasion update returned nothing');
  return row;
}

export async function deleteOccasionRow(tx: Queryable, id: string): Promise<void> {
  await tx.delete(ikszOccasions).where(eq(ikszOccasions.id, id));
}

export async function findOccasion(db: Queryable, id: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(ikszOccasions).where(eq(ikszOccasions.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}
export type OccasionRecord = typeof ikszOccasions.$inferSelect;

const occasionColumns = {
  id: ikszOccasions.id,
  studentId: ikszOccasions.studentId,
  serial: ikszOccasions.serial,
  kind: ikszOccasions.kind,
  schoolYear: ikszOccasions.schoolYear,
  day: ikszOccasions.activityDay,
  startsAt: ikszOccasions.startsAt,
  endsAt: ikszOccasions.endsAt,
  minutes: ikszOccasions.minutes,
  placeText: ikszOccasions.placeText,
  area: ikszOccasions.area,
  activity: ikszOccasions.activity,
  mentorName: ikszOccasions.mentorName,
  distanceReason: ikszOccasions.distanceReason,
  capWarning: ikszOccasions.capWarning,
  status: ikszOccasions.status,
  statusReason: ikszOccasions.statusReason,
  organizationId: ikszOccasions.organizationId,
  organizationName: organizations.name,
};

/** A student's log, newest first. */
export async function findStudentLog(db: Queryable, studentId: string) {
  return db
    .select(occasionColumns)
    .from(ikszOccasions)
    .leftJoin(organizations, eq(organizations.id, ikszOccasions.organizationId))
    .where(eq(ikszOccasions.studentId, studentId))
    .orderBy(desc(ikszOccasions.activityDay), desc(ikszOccasions.serial));
}
export type LogRow = Awaited<ReturnType<typeof findStudentLog>>[number];

/** Minutes per school year and status of one student. */
export async function minutesByYear(db: Queryable, studentId: string) {
  return db
    .select({ schoolYear: ikszOccasions.schoolYear, status: ikszOccasions.status, minutes: sql<number>`sum(${ikszOccasions.minutes})::int` })
    .from(ikszOccasions)
    .where(eq(ikszOccasions.studentId, studentId))
    .groupBy(ikszOccasions.schoolYear, ikszOccasions.status);
}

/** Occasions waiting at a host (status logged), or all of its occasions, with the student and school. */
export async function findHostOccasions(db: Queryable, organizationId: string) {
  return db
    .select({
      ...occasionColumns,
      familyName: volunteers.familyName,
      givenName: volunteers.givenName,
      sortKey: volunteers.sortKey,
      className: ikszStudents.className,
      schoolId: schools.id,
      schoolName: schools.name,
    })
    .from(ikszOccasions)
    .innerJoin(ikszStudents, eq(ikszStudents.id, ikszOccasions.studentId))
    .innerJoin(volunteers, eq(volunteers.id, ikszStudents.volunteerId))
    .innerJoin(schools, eq(schools.id, ikszOccasions.schoolId))
    .leftJoin(organizations, eq(organizations.id, ikszOccasions.organizationId))
    .where(eq(ikszOccasions.organizationId, organizationId))
    .orderBy(asc(schools.sortKey), asc(volunteers.sortKey), desc(ikszOccasions.activityDay));
}
export type HostOccasionRow = Awaited<ReturnType<typeof findHostOccasions>>[number];

/** The school's occasions of a status (the acceptance queue), within the visible classes. */
export async function findSchoolOccasions(db: Queryable, schoolId: string, status: string, classes: 'all' | readonly string[]) {
  if (classes !== 'all' && classes.length === 0) return [];
  return db
    .select({ ...occasionColumns, familyName: volunteers.familyName, givenName: volunteers.givenName, className: ikszStudents.className })
    .from(ikszOccasions)
    .innerJoin(ikszStudents, eq(ikszStudents.id, ikszOccasions.studentId))
    .innerJoin(volunteers, eq(volunteers.id, ikszStudents.volunteerId))
    .leftJoin(organizations, eq(organizations.id, ikszOccasions.organizationId))
    .where(
      and(
        eq(ikszOccasions.schoolId, schoolId),
        eq(ikszOccasions.status, status),
        classes === 'all' ? undefined : inArray(ikszStudents.className, [...classes]),
      ),
    )
    .orderBy(asc(ikszOccasions.activityDay), asc(volunteers.sortKey))
    .limit(500);
}
export type SchoolOccasionRow = Awaited<ReturnType<typeof findSchoolOccasions>>[number];

export async function insertTransferCertificate(tx: Queryable, values: typeof ikszTransferCertificates.$inferInsert) {
  const [row] = await tx.insert(ikszTransferCertificates).values(values).returning();
  if (!row) throw new Error('certificate insert returned nothing');
  return row;
}

/** What the public verification page shows: the student's name, the school, the hours, the date. */
export async function findTransferCertificateByCode(db: Queryable, code: string) {
  const [row] = await db
    .select({
      id: ikszTransferCertificates.id,
      studentId: ikszTransferCertificates.studentId,
      minutes: ikszTransferCertificates.minutes,
      issuedOn: ikszTransferCertificates.issuedOn,
      code: ikszTransferCertificates.verificationCode,
      familyName: volunteers.familyName,
      givenName: volunteers.givenName,
      schoolName: schools.name,
      omId: schools.omId,
    })
    .from(ikszTransferCertificates)
    .innerJoin(ikszStudents, eq(ikszStudents.id, ikszTransferCertificates.studentId))
    .innerJoin(volunteers, eq(volunteers.id, ikszStudents.volunteerId))
    .innerJoin(schools, eq(schools.id, ikszStudents.schoolId))
    .where(eq(ikszTransferCertificates.verificationCode, code));
  return row;
}
