import { and, desc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import {
  causes,
  centers,
  places,
  points,
  skills,
  trainingCourses,
  trainingRegistrations,
  trainingSessions,
  users,
  volunteerConsents,
  volunteerQualifications,
  volunteers,
} from '../../db/schema/index.js';
import type { ConsentKind } from './choices.js';
import type { VolunteerSort } from './schema.js';

export type VolunteerRecord = typeof volunteers.$inferSelect;
export type VolunteerInsert = typeof volunteers.$inferInsert;

/** A volunteer with the names of their settlement, center and point, for pages and exports. */
export type VolunteerDetailRow = VolunteerRecord & {
  placeName: string | null;
  placeCounty: string | null;
  centerName: string | null;
  pointName: string | null;
};

/** Which volunteers a staff query may return: every one, or those of these centers and points. */
export type VolunteerVisibility = { centers: 'all' | string[]; points: string[] };

export type VolunteerFilter = {
  q?: string;
  cause?: string;
  skill?: string;
  placeId?: number;
  /** Born after this day (YYYY-MM-DD): under 18 today. */
  bornAfter?: string;
  unplaced?: boolean;
};

function selectDetails(db: Queryable) {
  return db
    .select({
      ...getTableColumns(volunteers),
      placeName: places.name,
      placeCounty: places.county,
      centerName: centers.name,
      pointName: points.name,
    })
    .from(volunteers)
    .leftJoin(places, eq(places.id, volunteers.homePlaceId))
    .leftJoin(centers, eq(centers.id, volunteers.centerId))
    .leftJoin(points, eq(points.id, volunteers.pointId));
}

export async function findVolunteerDetail(db: Queryable, id: string): Promise<VolunteerDetailRow | undefined> {
  const [row] = await selectDetails(db).where(eq(volunteers.id, id));
  return row;
}

export async function findVolunteerDetailByUser(db: Queryable, userId: string): Promise<VolunteerDetailRow | undefined> {
  const [row] = await selectDetails(db).where(eq(volunteers.userId, userId));
  return row;
}

/** The stored row as it is, for the audit trail's "before" (taken under a row lock). */
export async function lockVolunteer(db: Queryable, id: string): Promise<VolunteerRecord | undefined> {
  const [row] = await db.select().from(volunteers).where(eq(volunteers.id, id)).for('update');
  return row;
}

const uuidList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * A center's staff see the volunteers registered with the center and those who applied to (or were
 * referred to) one of its opportunities; a point coordinator those of the point.
 */
function visibleCondition(visible: VolunteerVisibility): SQL {
  if (visible.centers === 'all') return sql`true`;
  const parts: SQL[] = [];
  if (visible.centers.length) {
    parts.push(sql`${volunteers.centerId} in (${uuidList(visible.centers)})`);
    parts.push(sql`exists (select 1 from applications a where a.volunteer_id = ${volunteers.id} and a.center_id in (${uuidList(visible.centers)}))`);
  }
  if (visible.points.length) parts.push(sql`${volunteers.pointId} in (${uuidList(visible.points)})`);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/**
 * Accent- and case-blind substring of "family given" or "given family", of the e-mail, or of the
 * phone number's digits ("30 123" finds "+36 30 123 4567"). A sequential scan within the tenant;
 * a trigram index is the step for national scale.
 */
function searchCondition(q: string): SQL {
  const fold = (expr: SQL) => sql`unaccent(lower(${expr}))`;
  const wanted = sql`unaccent(lower(${q}))`;
  const parts = [
    sql`strpos(${fold(sql`${volunteers.familyName} || ' ' || ${volunteers.givenName}`)}, ${wanted}) > 0`,
    sql`strpos(${fold(sql`${volunteers.givenName} || ' ' || ${volunteers.familyName}`)}, ${wanted}) > 0`,
    sql`strpos(coalesce(${volunteers.email}, ''), ${q.toLowerCase()}) > 0`,
  ];
  const digits = q.replace(/\D/g, '');
  if (digits.length >= 3) parts.push(sql`strpos(regexp_replace(coalesce(${volunteers.phone}, ''), '[^0-9]', '', 'g'), ${digits}) > 0`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

function whereOf(visible: VolunteerVisibility, f: VolunteerFilter): SQL {
  const c: SQL[] = [visibleCondition(visible)];
  if (f.q) c.push(searchCondition(f.q));
  if (f.cause) c.push(sql`${volunteers.causes} @> array[${f.cause}]::text[]`);
  if (f.skill) c.push(sql`${volunteers.skills} @> array[${f.skill}]::text[]`);
  if (f.placeId !== undefined) c.push(eq(volunteers.homePlaceId, f.placeId));
  if (f.bornAfter) c.push(sql`${volunteers.birthDate} > ${f.bornAfter}::date`);
  if (f.unplaced) {
    c.push(sql`not exists (select 1 from applications a where a.volunteer_id = ${volunteers.id}
      and a.status in ('accepted', 'active', 'completed'))`);
  }
  return and(...c) as SQL;
}

function orderOf(sort: VolunteerSort, dir: 'asc' | 'desc'): SQL[] {
  const d = sql.raw(dir);
  // sort_key in the "C" collation is Hungarian alphabetical order on both engines (ADR 005).
  const byName = sql`${volunteers.sortKey} collate "C" ${d}`;
  if (sort === 'place') return [sql`${places.sortKey} collate "C" ${d} nulls last`, byName, sql`${volunteers.id}`];
  if (sort === 'birthDate') return [sql`${volunteers.birthDate} ${d} nulls last`, byName, sql`${volunteers.id}`];
  if (sort === 'created') return [sql`${volunteers.createdAt} ${d}`, byName, sql`${volunteers.id}`];
  return [byName, sql`${volunteers.id}`];
}

export async function findVolunteers(
  db: Queryable,
  visible: VolunteerVisibility,
  filter: VolunteerFilter,
  order: { sort: VolunteerSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
): Promise<VolunteerDetailRow[]> {
  return selectDetails(db)
    .where(whereOf(visible, filter))
    .orderBy(...orderOf(order.sort, order.dir))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countVolunteers(db: Queryable, visible: VolunteerVisibility, filter: VolunteerFilter): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(volunteers).where(whereOf(visible, filter));
  return row?.n ?? 0;
}

export async function insertVolunteer(db: Queryable, values: VolunteerInsert): Promise<VolunteerRecord> {
  const [row] = await db.insert(volunteers).values(values).returning();
  if (!row) throw new Error('volunteer insert returned nothing');
  return row;
}

export async function updateVolunteerRow(db: Queryable, id: string, values: Partial<VolunteerInsert>): Promise<VolunteerRecord> {
  const [row] = await db
    .update(volunteers)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(volunteers.id, id))
    .returning();
  if (!row) throw new Error('volunteer update returned nothing');
  return row;
}

export async function findVolunteerIdByClaimHash(db: Queryable, tokenHash: string): Promise<string | undefined> {
  const [row] = await db.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.claimTokenHash, tokenHash));
  return row?.id;
}

export type ConsentState = { granted: boolean; textVersion: string; at: Date; recordedBy: string | null };

/** The latest row of each consent kind: the current state, with the text version agreed to. */
export async function latestConsents(db: Queryable, volunteerId: string): Promise<Map<ConsentKind, ConsentState>> {
  const rows = await db
    .select()
    .from(volunteerConsents)
    .where(eq(volunteerConsents.volunteerId, volunteerId))
    .orderBy(volunteerConsents.at, volunteerConsents.id);
  const latest = new Map<ConsentKind, ConsentState>();
  for (const r of rows) latest.set(r.kind as ConsentKind, { granted: r.granted, textVersion: r.textVersion, at: r.at, recordedBy: r.recordedBy });
  return latest;
}

export async function insertConsent(
  db: Queryable,
  row: { volunteerId: string; kind: ConsentKind; granted: boolean; textVersion: string; recordedBy: string | null },
) {
  const [inserted] = await db.insert(volunteerConsents).values(row).returning();
  return inserted;
}

/** The volunteer's qualifications, newest first, each with the course whose completion granted it (trainings), if one did. */
export async function findQualifications(db: Queryable, volunteerId: string) {
  return db
    .select({ ...getTableColumns(volunteerQualifications), courseTitle: trainingCourses.title, courseSlug: trainingCourses.slug })
    .from(volunteerQualifications)
    .leftJoin(trainingRegistrations, eq(trainingRegistrations.qualificationId, volunteerQualifications.id))
    .leftJoin(trainingSessions, eq(trainingSessions.id, trainingRegistrations.sessionId))
    .leftJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .where(eq(volunteerQualifications.volunteerId, volunteerId))
    .orderBy(desc(volunteerQualifications.createdAt), volunteerQualifications.id);
}

export async function insertQualification(db: Queryable, row: typeof volunteerQualifications.$inferInsert) {
  const [inserted] = await db.insert(volunteerQualifications).values(row).returning();
  if (!inserted) throw new Error('qualification insert returned nothing');
  return inserted;
}

export type ListChoice = { slug: string; nameHu: string; nameEn: string };

/** Active causes and skills in their managed order (the profile's checkboxes). */
export async function activeCauses(db: Queryable): Promise<ListChoice[]> {
  return db
    .select({ slug: causes.slug, nameHu: causes.nameHu, nameEn: causes.nameEn })
    .from(causes)
    .where(eq(causes.active, true))
    .orderBy(causes.position, causes.slug);
}

export async function activeSkills(db: Queryable): Promise<ListChoice[]> {
  return db
    .select({ slug: skills.slug, nameHu: skills.nameHu, nameEn: skills.nameEn })
    .from(skills)
    .where(eq(skills.active, true))
    .orderBy(skills.position, skills.slug);
}

/**
 * The tenant a self-registered volunteer belongs to: the center of their home county and, when
 * their settlement has one, its Volunteer Point. Read here (not through the centers service)
 * because it is an anonymous lookup with no actor to check.
 */
export async function tenantOfPlace(db: Queryable, placeId: number, county: string): Promise<{ centerId: string | null; pointId: string | null }> {
  const [point] = await db
    .select({ id: points.id, centerId: points.centerId })
    .from(points)
    // Only an active point works with volunteers (a candidate or a paused one does not).
    .where(and(eq(points.placeId, placeId), eq(points.status, 'active')))
    .orderBy(points.createdAt)
    .limit(1);
  if (point) return { centerId: point.centerId, pointId: point.id };
  const [center] = await db.select({ id: centers.id }).from(centers).where(eq(centers.county, county)).orderBy(centers.createdAt).limit(1);
  return { centerId: center?.id ?? null, pointId: null };
}

/**
 * Names of the staff members who recorded checks and consents, for the profile page. Only names of
 * ids already on a record the reader may see; read here, as a join would be, not as a user lookup.
 */
export type PointChoiceRow = { id: string; name: string; centerId: string };

/** The active Volunteer Points of the given centers, in Hungarian order of their names. */
export async function findPointsOfCenters(db: Queryable, centerIds: string[]): Promise<PointChoiceRow[]> {
  if (centerIds.length === 0) return [];
  return db
    .select({ id: points.id, name: points.name, centerId: points.centerId })
    .from(points)
    .where(and(inArray(points.centerId, centerIds), eq(points.status, 'active')))
    .orderBy(sql`${points.sortKey} collate "C"`, points.id);
}

export async function recorderNames(db: Queryable, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, familyName: users.familyName, givenName: users.givenName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, `${r.familyName} ${r.givenName}`]));
}

/** Whether the volunteer applied to (or was referred to) an opportunity of one of these centers. */
export async function hasApplicationInCenters(db: Queryable, volunteerId: string, centerIds: string[]): Promise<boolean> {
  if (centerIds.length === 0) return false;
  const rows = await db.execute(sql`select 1 from applications where volunteer_id = ${volunteerId} and center_id in (${uuidList(centerIds)}) limit 1`);
  return ((rows as unknown as { rows: unknown[] }).rows ?? []).length > 0;
}
