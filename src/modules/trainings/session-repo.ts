import { and, asc, eq, getTableColumns, gt, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { centers, places, trainingCourses, trainingRegistrations, trainingSessions } from '../../db/schema/index.js';

/** A session with what its pages show: the course, the settlement, the center and its waitlist's length. */
export type SessionRow = typeof trainingSessions.$inferSelect & {
  courseTitle: string;
  courseSlug: string;
  courseCenterId: string | null;
  courseStatus: string;
  courseMinAge: number | null;
  courseQualificationName: string | null;
  centerName: string;
  placeName: string | null;
  placeCounty: string | null;
  waitlisted: number;
};

/** What a session save writes. */
export type SessionValues = {
  startsAt: Date;
  endsAt: Date;
  online: boolean;
  placeId: number | null;
  address: string | null;
  onlineUrl: string | null;
  trainerUserId: string | null;
  trainerName: string;
  capacity: number;
  holdHours: number;
};

const waitlistLength = sql<number>`(select count(*) from training_registrations r where r.session_id = ${trainingSessions.id} and r.status = 'waitlisted')::int`;

function selectSessions(db: Queryable) {
  return db
    .select({
      ...getTableColumns(trainingSessions),
      courseTitle: trainingCourses.title,
      courseSlug: trainingCourses.slug,
      courseCenterId: trainingCourses.centerId,
      courseStatus: trainingCourses.status,
      courseMinAge: trainingCourses.minAge,
      courseQualificationName: trainingCourses.qualificationName,
      centerName: centers.name,
      placeName: places.name,
      placeCounty: places.county,
      waitlisted: waitlistLength,
    })
    .from(trainingSessions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .innerJoin(centers, eq(centers.id, trainingSessions.centerId))
    .leftJoin(places, eq(places.id, trainingSessions.placeId));
}

export async function insertSession(
  db: Queryable,
  values: SessionValues & { courseId: string; centerId: string; createdBy: string },
): Promise<typeof trainingSessions.$inferSelect> {
  const [row] = await db.insert(trainingSessions).values(values).returning();
  if (!row) throw new Error('session insert returned nothing');
  return row;
}

export async function findSession(db: Queryable, id: string): Promise<SessionRow | undefined> {
  const [row] = await selectSessions(db).where(eq(trainingSessions.id, id));
  return row;
}

export type LockedSession = {
  id: string;
  courseId: string;
  centerId: string;
  capacity: number;
  seatsTaken: number;
  holdHours: number;
  startsAt: Date;
  endsAt: Date;
  online: boolean;
  placeId: number | null;
  address: string | null;
  onlineUrl: string | null;
  cancelledAt: Date | null;
};

/** The session's seats, locked until the transaction ends: every seat change takes this lock first. */
export async function lockSession(tx: Queryable, id: string): Promise<LockedSession | undefined> {
  const [row] = await tx
    .select({
      id: trainingSessions.id,
      courseId: trainingSessions.courseId,
      centerId: trainingSessions.centerId,
      capacity: trainingSessions.capacity,
      seatsTaken: trainingSessions.seatsTaken,
      holdHours: trainingSessions.holdHours,
      startsAt: trainingSessions.startsAt,
      endsAt: trainingSessions.endsAt,
      online: trainingSessions.online,
      placeId: trainingSessions.placeId,
      address: trainingSessions.address,
      onlineUrl: trainingSessions.onlineUrl,
      cancelledAt: trainingSessions.cancelledAt,
    })
    .from(trainingSessions)
    .where(eq(trainingSessions.id, id))
    .for('update');
  return row;
}

/** The session claimed for the background job, or false when another process or a sign-up holds it. */
export async function claimSession(tx: Queryable, id: string): Promise<boolean> {
  return (await queryRows(tx, sql`select id from training_sessions where id = ${id} for update skip locked`)).length > 0;
}

export async function updateSessionRow(tx: Queryable, id: string, values: SessionValues): Promise<void> {
  await tx
    .update(trainingSessions)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(trainingSessions.id, id));
}

/** Only under the session's lock (lockSession): the check constraint keeps it within 0…capacity. */
export async function changeSeatsTaken(tx: Queryable, id: string, delta: number): Promise<void> {
  await tx
    .update(trainingSessions)
    .set({ seatsTaken: sql`${trainingSessions.seatsTaken} + ${delta}` })
    .where(eq(trainingSessions.id, id));
}

export async function markSessionCancelled(tx: Queryable, id: string, at: Date): Promise<void> {
  await tx.update(trainingSessions).set({ cancelledAt: at, seatsTaken: 0, updatedAt: sql`now()` }).where(eq(trainingSessions.id, id));
}

/** Sessions held in these centers ('all': every one). */
function heldIn(centerIds: 'all' | string[]): SQL | undefined {
  if (centerIds === 'all') return undefined;
  return centerIds.length ? inArray(trainingSessions.centerId, centerIds) : sql`false`;
}

/** A course's sessions held in these centers in time order, a page at a time (the staff course page). */
export async function findSessionsOfCourse(
  db: Queryable,
  courseId: string,
  centerIds: 'all' | string[],
  page: { limit: number; offset: number },
): Promise<SessionRow[]> {
  return selectSessions(db)
    .where(and(eq(trainingSessions.courseId, courseId), heldIn(centerIds)))
    .orderBy(asc(trainingSessions.startsAt), asc(trainingSessions.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countSessionsOfCourse(db: Queryable, courseId: string, centerIds: 'all' | string[]): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(trainingSessions)
    .where(and(eq(trainingSessions.courseId, courseId), heldIn(centerIds)));
  return row?.n ?? 0;
}

/** The upcoming, not cancelled sessions of these courses in time order (the catalogue and the course page). */
export async function findUpcomingSessions(db: Queryable, courseIds: string[], now: Date): Promise<SessionRow[]> {
  if (courseIds.length === 0) return [];
  return selectSessions(db)
    .where(and(inArray(trainingSessions.courseId, courseIds), isNull(trainingSessions.cancelledAt), gt(trainingSessions.startsAt, now)))
    .orderBy(asc(trainingSessions.startsAt), asc(trainingSessions.id));
}

/** Sessions of these centers ('all': every one) starting between the two instants, not cancelled (the dashboard). */
export async function findSessionsStartingBetween(db: Queryable, centerIds: 'all' | string[], from: Date, until: Date): Promise<SessionRow[]> {
  return selectSessions(db)
    .where(and(heldIn(centerIds), isNull(trainingSessions.cancelledAt), gt(trainingSessions.startsAt, from), lte(trainingSessions.startsAt, until)))
    .orderBy(asc(trainingSessions.startsAt), asc(trainingSessions.id))
    .limit(50);
}

/** Offers waiting for an answer on the sessions of these centers (the dashboard). */
export async function countOpenOffers(db: Queryable, centerIds: 'all' | string[]): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(trainingRegistrations)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingRegistrations.sessionId))
    .where(and(heldIn(centerIds), eq(trainingRegistrations.status, 'offered')));
  return row?.n ?? 0;
}
