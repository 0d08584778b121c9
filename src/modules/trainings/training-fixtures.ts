import type { Database } from '../../db/database.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';
import { createCourse, createRegistration, createSession } from './trainings-test-support.js';

/**
 * Path fixtures of trainings for the route matrix and hostile-input tests, all of center A: a
 * published center course (courseId, courseSlug), an upcoming session of it (sessionId), and the
 * fixture volunteer's registration for it, made for the fixture organization (registrationId).
 */
export async function createTrainingFixtures(db: Database, base: FixtureBase): Promise<Record<string, string>> {
  const course = await createCourse(db, { centerId: base.centerId, qualificationName: 'Fixture képesítés', validityMonths: 24 });
  const session = await createSession(db, course.id, base.centerId);
  const registration = await createRegistration(db, session.id, {
    volunteerId: base.volunteerId,
    organizationId: base.organizationId,
    participantName: 'Fixture Önkéntes',
    registeredBy: base.memberUserId,
  });
  return { courseId: course.id, courseSlug: course.slug, sessionId: session.id, registrationId: registration.id };
}
