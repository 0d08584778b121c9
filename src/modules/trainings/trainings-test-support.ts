import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { auditLog, outbox, trainingCourses, trainingRegistrations, trainingSessions } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { createCenter, createUser, placeByName } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { clientFor } from '../placements/placements-test-support.js';
import type { RegistrationStatus } from './registration-rules.js';

/**
 * Builders for trainings rows (courses, sessions, registrations) with unique names, for the tests of
 * this module and of attendance. They write rows directly; seats_taken follows the seat holders.
 */
const unique = () => randomBytes(4).toString('hex');

/** A published course for volunteers (national unless a center is given), four hours long. */
export async function createCourse(db: Database, attrs: Partial<typeof trainingCourses.$inferInsert> = {}) {
  const tag = unique();
  const title = attrs.title ?? `Teszt képzés ${tag}`;
  const [row] = await db
    .insert(trainingCourses)
    .values({
      slug: `teszt-kepzes-${tag}`,
      audience: 'volunteer',
      summary: 'Rövid leírás.',
      description: 'Részletes leírás.',
      durationMinutes: 240,
      status: 'published',
      ...attrs,
      title,
      sortKey: hungarianSortKey(title),
    })
    .returning();
  if (!row) throw new Error('course insert failed');
  return row;
}

/** Ten days from now, 10:00–13:00 Budapest time (fine for minors too). */
export function sessionTimes(daysAhead = 10, hours = 3): { startsAt: Date; endsAt: Date } {
  const day = new Date(Date.now() + daysAhead * 86_400_000);
  day.setUTCHours(9, 0, 0, 0);
  return { startsAt: day, endsAt: new Date(day.getTime() + hours * 3_600_000) };
}

/** A session of the course in Kecskemét with ten seats, held in `centerId`. */
export async function createSession(db: Database, courseId: string, centerId: string, attrs: Partial<typeof trainingSessions.$inferInsert> = {}) {
  const place = await placeByName(db, 'Kecskemét');
  const [row] = await db
    .insert(trainingSessions)
    .values({
      ...sessionTimes(),
      placeId: place.id,
      address: 'Fő utca 1.',
      trainerName: 'Teszt Tréner',
      capacity: 10,
      holdHours: 48,
      ...attrs,
      courseId,
      centerId,
    })
    .returning();
  if (!row) throw new Error('session insert failed');
  return row;
}

/**
 * A registration for the session (registered, holding a seat, unless told otherwise): of a volunteer,
 * a user, or a walk-in. A seat holder is counted in the session's seats_taken, as the services do.
 */
export async function createRegistration(
  db: Database,
  sessionId: string,
  attrs: Partial<typeof trainingRegistrations.$inferInsert> & { status?: RegistrationStatus } = {},
) {
  const status = attrs.status ?? 'registered';
  const holdsSeat = attrs.holdsSeat ?? ['registered', 'offered', 'attended', 'completed', 'no_show'].includes(status);
  const [row] = await db
    .insert(trainingRegistrations)
    .values({
      participantName: `Résztvevő ${unique()}`,
      waitlistedAt: status === 'waitlisted' ? new Date() : null,
      ...attrs,
      sessionId,
      status,
      holdsSeat,
    })
    .returning();
  if (!row) throw new Error('registration insert failed');
  if (holdsSeat)
    await db
      .update(trainingSessions)
      .set({ seatsTaken: sql`${trainingSessions.seatsTaken} + 1` })
      .where(eq(trainingSessions.id, sessionId));
  return row;
}

/** A center with a training coordinator (and their browser), a published center course and one upcoming session. */
export async function trainingScene(
  t: TestApp,
  options: { course?: Partial<typeof trainingCourses.$inferInsert>; session?: Partial<typeof trainingSessions.$inferInsert> } = {},
) {
  const center = await createCenter(t.db);
  const coordinator = await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: center.id }] });
  const course = await createCourse(t.db, { centerId: center.id, ...options.course });
  const session = await createSession(t.db, course.id, center.id, options.session);
  return { center, coordinator, coordinatorClient: await clientFor(t, coordinator.id), course, session };
}

export async function sessionRow(db: Database, id: string) {
  const [row] = await db.select().from(trainingSessions).where(eq(trainingSessions.id, id));
  if (!row) throw new Error('session missing');
  return row;
}

export async function registrationsOf(db: Database, sessionId: string) {
  return db.select().from(trainingRegistrations).where(eq(trainingRegistrations.sessionId, sessionId)).orderBy(trainingRegistrations.createdAt);
}

export async function registrationRow(db: Database, id: string) {
  const [row] = await db.select().from(trainingRegistrations).where(eq(trainingRegistrations.id, id));
  if (!row) throw new Error('registration missing');
  return row;
}

export async function trainingAudit(db: Database, entityType: 'training_course' | 'training_session' | 'training_registration', entityId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));
}

export async function mailsTo(db: Database, email: string) {
  return db.select().from(outbox).where(eq(outbox.toAddress, email));
}

/** The registration id a flash-and-redirect left behind is not in the URL: the newest of the session's. */
export async function latestRegistration(db: Database, sessionId: string) {
  const rows = await registrationsOf(db, sessionId);
  const row = rows.at(-1);
  if (!row) throw new Error('no registration');
  return row;
}
