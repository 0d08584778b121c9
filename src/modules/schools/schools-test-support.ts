import { createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { staffMember } from '../inquiries/inquiries-test-support.js';
import { addSchoolMember, createSchool, createStudent } from './school-factories.js';

/**
 * A school of center A with its coordinator and the class teacher of 10.B, a student in 10.B and one in
 * 11.A; another school of A with its own coordinator; A's program staff (a center coordinator), B's
 * admin, a volunteer with no school, and an approved host organization of A with a member. Each person
 * has a browser.
 */
export async function schoolScene(t: TestApp) {
  const center = await createCenter(t.db);
  const otherCenter = await createCenter(t.db);
  const school = await createSchool(t.db, center.id);
  const otherSchool = await createSchool(t.db, center.id);
  const [staff, foreignStaff, coordinator, classTeacher, otherCoordinator, volunteer, hostMember, otherHostMember] = await Promise.all([
    staffMember(t, [{ role: 'center_coordinator', centerId: center.id }], { familyName: 'Program', givenName: 'Panna' }),
    staffMember(t, [{ role: 'center_admin', centerId: otherCenter.id }]),
    staffMember(t, [{ role: 'school_coordinator', centerId: center.id }], { familyName: 'Horváth', givenName: 'Ildikó' }),
    staffMember(t, [{ role: 'school_coordinator', centerId: center.id }], { familyName: 'Fekete', givenName: 'Péter' }),
    staffMember(t, [{ role: 'school_coordinator', centerId: center.id }]),
    staffMember(t, [{ role: 'volunteer' }]),
    staffMember(t, [{ role: 'org_staff', centerId: center.id }]),
    staffMember(t, [{ role: 'org_staff', centerId: center.id }]),
  ]);
  await addSchoolMember(t.db, school.id, coordinator.user.id, 'coordinator');
  await addSchoolMember(t.db, school.id, classTeacher.user.id, 'class_teacher', ['10.B']);
  await addSchoolMember(t.db, otherSchool.id, otherCoordinator.user.id, 'coordinator');
  const host = await createOrganization(t.db, center.id, { memberUserIds: [hostMember.user.id] });
  const otherHost = await createOrganization(t.db, center.id, { memberUserIds: [otherHostMember.user.id] });
  const studentB = await createStudent(t.db, school, { className: '10.B', grade: 10 });
  const studentA = await createStudent(t.db, school, { className: '11.A', grade: 11 });
  return {
    center,
    otherCenter,
    school,
    otherSchool,
    staff,
    foreignStaff,
    coordinator,
    classTeacher,
    otherCoordinator,
    volunteer,
    host,
    otherHost,
    hostMember,
    otherHostMember,
    studentB,
    studentA,
  };
}
export type SchoolScene = Awaited<ReturnType<typeof schoolScene>>;

/** The id at the end of a redirect to a record's page. */
export const idFrom = (location: unknown) => String(location).split('/').pop() as string;
