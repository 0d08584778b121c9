import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import {
  centers,
  organizations,
  places,
  trainingCourses,
  trainingRegistrations,
  trainingSessions,
  users,
  volunteerQualifications,
  volunteers,
} from '../../db/schema/index.js';

/** A session with what attendance, completion and check-in show and decide on: its course and center. */
export type AttendanceSession = {
  id: string;
  courseId: string;
  centerId: string;
  centerName: string;
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
  online: boolean;
  placeName: string | null;
  address: string | null;
  trainerUserId: string | null;
  trainerName: string;
  capacity: number;
  checkInCode: string | null;
  courseTitle: string;
  courseSlug: string;
  durationMinutes: number;
  qualificationName: string | null;
  validityMonths: number | null;
};

const sessionColumns = {
  id: trainingSessions.id,
  courseId: trainingSessions.courseId,
  centerId: trainingSessions.centerId,
  centerName: centers.name,
  startsAt: trainingSessions.startsAt,
  endsAt: trainingSessions.endsAt,
  cancelledAt: trainingSessions.cancelledAt,
  online: trainingSessions.online,
  placeName: places.name,
  address: trainingSessions.address,
  trainerUserId: trainingSessions.trainerUserId,
  trainerName: trainingSessions.trainerName,
  capacity: trainingSessions.capacity,
  checkInCode: trainingSessions.checkInCode,
  courseTitle: trainingCourses.title,
  courseSlug: trainingCourses.slug,
  durationMinutes: trainingCourses.durationMinutes,
  qualificationName: trainingCourses.qualificationName,
  validityMonths: trainingCourses.validityMonths,
};

function sessionQuery(db: Queryable) {
  return db
    .select(sessionColumns)
    .from(trainingSessions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .innerJoin(centers, eq(centers.id, trainingSessions.centerId))
    .leftJoin(places, eq(places.id, trainingSessions.placeId));
}

export async function findAttendanceSession(db: Queryable, sessionId: string): Promise<AttendanceSession | undefined> {
  const [row] = await sessionQuery(db).where(eq(trainingSessions.id, sessionId));
  return row;
}

export async function findSessionByCheckInCode(db: Queryable, code: string): Promise<AttendanceSession | undefined> {
  const [row] = await sessionQuery(db).where(eq(trainingSessions.checkInCode, code));
  return row;
}

/** Sets the session's check-in code; with `onlyIfMissing` only when it has none (two first visits agree on one code). */
export async function setSessionCheckInCode(db: Queryable, sessionId: string, code: string, onlyIfMissing: boolean): Promise<boolean> {
  const rows = await db
    .update(trainingSessions)
    .set({ checkInCode: code, updatedAt: new Date() })
    .where(onlyIfMissing ? and(eq(trainingSessions.id, sessionId), isNull(trainingSessions.checkInCode)) : eq(trainingSessions.id, sessionId))
    .returning({ id: trainingSessions.id });
  return rows.length > 0;
}

/** The statuses that stand on a session's roster: confirmed participants and what became of them. */
export const rosterStatuses = ['registered', 'attended', 'completed', 'no_show'] as const;
export type RosterStatus = (typeof rosterStatuses)[number];

/** One participant on the roster, with the organization they came from and the qualification they were granted. */
export type RosterRow = {
  id: string;
  status: RosterStatus;
  participantName: string;
  participantEmail: string | null;
  volunteerId: string | null;
  userId: string | null;
  organizationName: string | null;
  checkedInAt: Date | null;
  completedAt: Date | null;
  qualificationId: string | null;
  qualificationValidUntil: string | null;
};

const rosterColumns = {
  id: trainingRegistrations.id,
  status: trainingRegistrations.status,
  participantName: trainingRegistrations.participantName,
  participantEmail: trainingRegistrations.participantEmail,
  volunteerId: trainingRegistrations.volunteerId,
  userId: trainingRegistrations.userId,
  organizationName: organizations.name,
  checkedInAt: trainingRegistrations.checkedInAt,
  completedAt: trainingRegistrations.completedAt,
  qualificationId: trainingRegistrations.qualificationId,
  qualificationValidUntil: volunteerQualifications.validUntil,
};

/** The session's roster (unordered: the service sorts by name in Hungarian order). */
export async function listRoster(db: Queryable, sessionId: string): Promise<RosterRow[]> {
  const rows = await db
    .select(rosterColumns)
    .from(trainingRegistrations)
    .leftJoin(organizations, eq(organizations.id, trainingRegistrations.organizationId))
    .leftJoin(volunteerQualifications, eq(volunteerQualifications.id, trainingRegistrations.qualificationId))
    .where(and(eq(trainingRegistrations.sessionId, sessionId), inArray(trainingRegistrations.status, [...rosterStatuses])));
  return rows as RosterRow[];
}

/** A registration as the attendance steps change it, locked until the transaction ends (two clicks take turns). */
export type LockedRegistration = typeof trainingRegistrations.$inferSelect;

export async function lockRegistrations(tx: Queryable, sessionId: string, ids: readonly string[]): Promise<LockedRegistration[]> {
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(trainingRegistrations)
    .where(and(eq(trainingRegistrations.sessionId, sessionId), inArray(trainingRegistrations.id, [...ids])))
    .orderBy(asc(trainingRegistrations.id))
    .for('update');
}

export async function lockRegistration(tx: Queryable, id: string): Promise<LockedRegistration | undefined> {
  const [row] = await tx.select().from(trainingRegistrations).where(eq(trainingRegistrations.id, id)).for('update');
  return row;
}

export async function findRegistration(db: Queryable, id: string): Promise<LockedRegistration | undefined> {
  const [row] = await db.select().from(trainingRegistrations).where(eq(trainingRegistrations.id, id));
  return row;
}

export async function updateRegistration(
  tx: Queryable,
  id: string,
  values: Partial<Pick<LockedRegistration, 'status' | 'checkedInAt' | 'completedAt' | 'completedBy' | 'qualificationId'>>,
): Promise<LockedRegistration> {
  const [row] = await tx
    .update(trainingRegistrations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(trainingRegistrations.id, id))
    .returning();
  if (!row) throw new Error('registration update returned nothing');
  return row;
}

/** Where a participant's mail goes, and in which language: the volunteer's address, else the one on the registration. */
export async function participantContact(db: Queryable, registration: Pick<LockedRegistration, 'volunteerId' | 'userId' | 'participantEmail'>) {
  const [volunteer] = registration.volunteerId
    ? await db
        .select({ email: volunteers.email, userId: volunteers.userId, erasedAt: volunteers.erasedAt })
        .from(volunteers)
        .where(eq(volunteers.id, registration.volunteerId))
    : [];
  if (volunteer?.erasedAt) return undefined;
  const userId = volunteer?.userId ?? registration.userId;
  const [user] = userId ? await db.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, userId)) : [];
  const email = volunteer?.email ?? registration.participantEmail ?? user?.email ?? null;
  return email ? { email, locale: user?.locale ?? 'hu', hasAccount: userId != null } : undefined;
}

/** Raw SQL rows carry timestamps as Date (node-postgres) or as text (PGlite): these keys become Dates. */
export function withDates<T extends Record<string, unknown>, K extends keyof T>(rows: T[], ...keys: K[]): T[] {
  return rows.map((row) => {
    const copy = { ...row };
    for (const key of keys) if (copy[key] != null && !(copy[key] instanceof Date)) copy[key] = new Date(copy[key] as string) as T[K];
    return copy;
  });
}
