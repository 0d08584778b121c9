import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { auditLog, type trainingCourses, type trainingSessions, volunteerQualifications } from '../../db/schema/index.js';
import { formatPersonName } from '../../platform/i18n.js';
import { createCenter, createUser, type UserGrant } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { clientFor, volunteerWithLogin } from '../placements/placements-test-support.js';
import type { RegistrationStatus } from './registration-rules.js';
import { createCourse, createRegistration, createSession } from './trainings-test-support.js';

/**
 * The attendance tests' builders, on trainings-test-support.ts's: a course that grants a
 * qualification, a session that has started, a registration of a volunteer, a staff member or a
 * walk-in, and the scene most attendance tests start from.
 */
const unique = () => randomBytes(4).toString('hex');
const hourMs = 3_600_000;

export type TestCourse = Awaited<ReturnType<typeof createCourse>>;
export type TestSession = Awaited<ReturnType<typeof createSession>>;
export type TestRegistration = Awaited<ReturnType<typeof createRegistration>>;

export { mailsTo, registrationRow } from './trainings-test-support.js';

/** A published course granting "Elsősegély" for 36 months, unless told otherwise. */
export function insertCourse(db: Database, attrs: Partial<typeof trainingCourses.$inferInsert> = {}): Promise<TestCourse> {
  return createCourse(db, { title: `Elsősegély-tanfolyam ${unique()}`, qualificationName: 'Elsősegély', validityMonths: 36, ...attrs });
}

/** A session of the course, by default started an hour ago and lasting four hours, in Kecskemét (or online), with 10 seats. */
export function insertSession(
  db: Database,
  course: { id: string; centerId: string | null },
  attrs: Partial<typeof trainingSessions.$inferInsert> & { centerId?: string } = {},
): Promise<TestSession> {
  const { centerId = course.centerId, ...rest } = attrs;
  if (!centerId) throw new Error('a session needs a center');
  const startsAt = attrs.startsAt ?? new Date(Date.now() - hourMs);
  const online = attrs.online ? { placeId: null, address: null, onlineUrl: 'https://meet.kapocs.example/kepzes' } : {};
  return createSession(db, course.id, centerId, {
    trainerName: 'Oktató Olga',
    ...online,
    ...rest,
    startsAt,
    endsAt: attrs.endsAt ?? new Date(startsAt.getTime() + 4 * hourMs),
  });
}

/** A participant of the session (holding a seat unless waiting): a volunteer, an organization's staff member, or a walk-in (name only). */
export function insertRegistration(
  db: Database,
  session: { id: string },
  who:
    | { volunteer: { id: string; familyName: string; givenName: string } }
    | { user: { id: string; familyName: string; givenName: string }; organizationId?: string }
    | { walkIn: string; email?: string },
  status: RegistrationStatus = 'registered',
): Promise<TestRegistration> {
  const participant =
    'volunteer' in who
      ? { volunteerId: who.volunteer.id, participantName: formatPersonName(who.volunteer.familyName, who.volunteer.givenName) }
      : 'user' in who
        ? { userId: who.user.id, organizationId: who.organizationId ?? null, participantName: formatPersonName(who.user.familyName, who.user.givenName) }
        : { participantName: who.walkIn, participantEmail: who.email ?? null };
  return createRegistration(db, session.id, { ...participant, status });
}

export function qualificationsOf(db: Database, volunteerId: string) {
  return db.select().from(volunteerQualifications).where(eq(volunteerQualifications.volunteerId, volunteerId));
}

export function auditOf(db: Database, entityType: string, entityId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(auditLog.id);
}

/**
 * A center with a coordinator (who runs attendance), a course granting "Elsősegély" for 36 months,
 * a session of it (started an hour ago unless told), and a volunteer with a login registered for it.
 */
export async function attendanceScene(
  t: TestApp,
  options: { course?: Partial<typeof trainingCourses.$inferInsert>; session?: Partial<typeof trainingSessions.$inferInsert>; staffGrants?: UserGrant[] } = {},
) {
  const center = await createCenter(t.db);
  const staff = await createUser(t.db, {
    familyName: 'Koordinátor',
    givenName: 'Kata',
    grants: options.staffGrants ?? [{ role: 'center_coordinator', centerId: center.id }],
  });
  const course = await insertCourse(t.db, { centerId: center.id, ...options.course });
  const session = await insertSession(t.db, course, options.session);
  const volunteer = await volunteerWithLogin(t, { centerId: center.id, familyName: 'Kovács', givenName: 'Anna', email: `anna-${unique()}@kapocs.example` });
  const registration = await insertRegistration(t.db, session, { volunteer: volunteer.volunteer });
  return {
    center,
    staff,
    staffClient: await clientFor(t, staff.id),
    course,
    session,
    volunteer,
    registration,
    attendanceUrl: `/trainings/sessions/${session.id}/attendance`,
  };
}
