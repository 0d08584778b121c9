import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { auditLog, guardianLinks, ikszOccasions, volunteers } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { createOpportunity, createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createUser, type UserGrant } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { clientFor } from '../placements/placements-test-support.js';
import { addSchoolMember, createAgreement, createSchool, createStudent } from '../schools/school-factories.js';

/** A past Tuesday in term time (2026/2027 has no calendar: every weekday is a school day) and a Saturday. */
export const tuesday = '2026-11-17';
export const saturday = '2026-11-21';

/** A linked guardian (a confirmed, not revoked link). */
export async function linkGuardian(db: Database, volunteerId: string, guardianUserId: string) {
  await db.insert(guardianLinks).values({
    volunteerId,
    guardianUserId,
    invitedEmail: 'guardian@kapocs.example',
    expiresAt: new Date(Date.now() + 86_400_000),
    confirmedAt: new Date(),
  });
}

async function person(t: TestApp, grants: UserGrant[] = []) {
  const user = await createUser(t.db, { grants });
  return { user, client: await clientFor(t, user.id) };
}

/**
 * A school in Kecskemét with its coordinator and the class teachers of 10.A and 11.B, a 17-year-old
 * student of 10.A with a login and a linked guardian, a host with a signed agreement (and an
 * IKSZ-eligible opportunity in areas b and c), a host without one, another school with its
 * coordinator, a stranger and the center's program staff.
 */
export async function ikszScene(t: TestApp) {
  const center = await createCenter(t.db);
  const school = await createSchool(t.db, center.id);
  const coordinator = await person(t, [{ role: 'school_coordinator', centerId: center.id }]);
  await addSchoolMember(t.db, school.id, coordinator.user.id, 'coordinator');
  const classTeacher = await person(t);
  await addSchoolMember(t.db, school.id, classTeacher.user.id, 'class_teacher', ['10.A']);
  const otherClassTeacher = await person(t);
  await addSchoolMember(t.db, school.id, otherClassTeacher.user.id, 'class_teacher', ['11.B']);
  const studentUser = await createUser(t.db, { familyName: 'Diák', givenName: 'Dóra', grants: [{ role: 'volunteer' }] });
  const created = await createStudent(t.db, school, { userId: studentUser.id, birthDate: '2009-06-01', className: '10.A' });
  const { student } = created;
  const [volunteer = created.volunteer] = await t.db
    .update(volunteers)
    .set({ familyName: 'Diák', givenName: 'Dóra', sortKey: hungarianSortKey('Diák Dóra') })
    .where(eq(volunteers.id, created.volunteer.id))
    .returning();
  const guardian = await person(t, [{ role: 'guardian' }]);
  await linkGuardian(t.db, volunteer.id, guardian.user.id);
  const hostMember = await person(t);
  const host = await createOrganization(t.db, center.id, { memberUserIds: [hostMember.user.id] });
  await createAgreement(t.db, school.id, host.id, { areas: ['b', 'c'] });
  const opportunity = await createOpportunity(t.db, host, { ikszEligible: true, ikszAreas: ['b', 'c'] });
  const loneMember = await person(t);
  const lonelyHost = await createOrganization(t.db, center.id, { memberUserIds: [loneMember.user.id] });
  const otherSchool = await createSchool(t.db, center.id);
  const otherCoordinator = await person(t, [{ role: 'school_coordinator', centerId: center.id }]);
  await addSchoolMember(t.db, otherSchool.id, otherCoordinator.user.id, 'coordinator');
  const stranger = await person(t, [{ role: 'volunteer' }]);
  const programStaff = await person(t, [{ role: 'center_coordinator', centerId: center.id }]);
  return {
    center,
    school,
    coordinator,
    classTeacher,
    otherClassTeacher,
    student: { ...student, volunteer, user: studentUser, client: await clientFor(t, studentUser.id) },
    guardian,
    host,
    hostMember,
    opportunity,
    lonelyHost,
    loneMember,
    otherSchool,
    otherCoordinator,
    stranger,
    programStaff,
  };
}
export type IkszScene = Awaited<ReturnType<typeof ikszScene>>;

/** A valid occasion form for the scene: 2 hours on a Tuesday afternoon in Kecskemét at the host. */
export function occasionForm(s: IkszScene, over: Record<string, string> = {}): Record<string, string> {
  return {
    day: tuesday,
    start: '14:00',
    end: '16:00',
    organizationId: s.host.id,
    place: 'Kecskemét',
    area: 'b',
    activity: 'Idősek látogatása',
    mentorName: 'Mentor Márta',
    ...over,
  };
}

export async function occasionsOf(db: Database, studentId: string) {
  return db.select().from(ikszOccasions).where(eq(ikszOccasions.studentId, studentId)).orderBy(ikszOccasions.serial);
}

export async function auditActionsOf(db: Database, entityId: string) {
  const rows = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);
  return rows.map((r) => r.action);
}
