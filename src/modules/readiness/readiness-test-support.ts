import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { trainingCourses, trainingSessions } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createPoint, createUser, placeByName, sessionFor } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';

/**
 * Two centers and the people the readiness and exchange-meeting tests act as: the training staff of
 * center A (its coordinator), of center B, a national admin, a point coordinator of A, a volunteer,
 * and two organizations of A each with its own member; one organization of B. Fresh rows each call.
 */
export async function trainingStaffScene(t: TestApp) {
  const db = t.db;
  const centerA = await createCenter(db);
  const centerB = await createCenter(db, { county: 'Pest' });
  const pointA = await createPoint(db, centerA.id);
  const users = {
    national: await createUser(db, { familyName: 'Országos', grants: [{ role: 'national_admin' }] }),
    coordinatorA: await createUser(db, { familyName: 'Koordinátor', grants: [{ role: 'center_coordinator', centerId: centerA.id }] }),
    coordinatorB: await createUser(db, { familyName: 'Másik', grants: [{ role: 'center_coordinator', centerId: centerB.id }] }),
    pointCoordinatorA: await createUser(db, { familyName: 'Pontos', grants: [{ role: 'point_coordinator', centerId: centerA.id, pointId: pointA.id }] }),
    volunteer: await createUser(db, { familyName: 'Önkéntes', grants: [{ role: 'volunteer' }] }),
    member: await createUser(db, { familyName: 'Nagy', givenName: 'Levente', grants: [{ role: 'org_staff', centerId: centerA.id }] }),
    otherMember: await createUser(db, { familyName: 'Kis', grants: [{ role: 'org_staff', centerId: centerA.id }] }),
  };
  const organization = await createOrganization(db, centerA.id, { pointId: pointA.id, memberUserIds: [users.member.id] });
  const otherOrganization = await createOrganization(db, centerA.id, { memberUserIds: [users.otherMember.id] });
  const organizationB = await createOrganization(db, centerB.id);
  type Persona = keyof typeof users;
  return {
    centerA,
    centerB,
    pointA,
    users,
    organization,
    otherOrganization,
    organizationB,
    /** A logged-in browser for the persona, or an anonymous one. */
    async client(persona: Persona | 'anonymous'): Promise<TestClient> {
      const client = new TestClient(t.app, t.config.secretKey);
      if (persona !== 'anonymous') client.setSession(await sessionFor(db, users[persona].id));
      return client;
    },
  };
}
export type TrainingStaffScene = Awaited<ReturnType<typeof trainingStaffScene>>;

/** A course (published unless told) of a center, or national with `centerId: null`, remedying the given readiness areas. */
export async function createCourse(
  db: Database,
  attrs: { centerId: string | null; title: string; readinessAreas: string[]; status?: 'draft' | 'published' | 'archived' },
) {
  const [row] = await db
    .insert(trainingCourses)
    .values({
      centerId: attrs.centerId,
      slug: `kepzes-${randomBytes(4).toString('hex')}`,
      title: attrs.title,
      sortKey: hungarianSortKey(attrs.title),
      audience: 'organization',
      summary: 'Rövid összefoglaló.',
      description: 'A képzés leírása.',
      durationMinutes: 180,
      readinessAreas: attrs.readinessAreas,
      status: attrs.status ?? 'published',
    })
    .returning();
  if (!row) throw new Error('course insert failed');
  return row;
}

/** A session of the course in the center, in Kecskemét, starting at `startsAt` (three hours long). */
export async function createCourseSession(db: Database, course: { id: string }, centerId: string, startsAt: Date, attrs: { cancelled?: boolean } = {}) {
  const place = await placeByName(db, 'Kecskemét');
  const [row] = await db
    .insert(trainingSessions)
    .values({
      courseId: course.id,
      centerId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
      placeId: place.id,
      address: 'Példa utca 1.',
      trainerName: 'Oktató Olga',
      capacity: 12,
      cancelledAt: attrs.cancelled ? new Date() : null,
    })
    .returning();
  if (!row) throw new Error('session insert failed');
  return row;
}
