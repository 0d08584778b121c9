import type { Database } from '../../db/database.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';
import { createAgreement, createSchool, createStudent, recordGuardianAgreement } from './school-factories.js';

/**
 * Path fixtures of schools for the route matrix and hostile-input tests, all of center A: schoolId (a
 * school with no members, so only the center's program staff reach it), studentId (a student of it
 * with this year's paper agreement) and agreementId (a signed cooperation agreement with the fixtures'
 * organization, whose member is the fixtures' grantee).
 */
export async function createSchoolPathFixtures(db: Database, base: Pick<FixtureBase, 'centerId' | 'organizationId'>): Promise<Record<string, string>> {
  // A fresh OM identifier each time: many fixture sets are made in one database.
  const school = await createSchool(db, base.centerId, { name: 'Fixture Gimnázium' });
  const { student } = await createStudent(db, school, { className: '10.B', grade: 10 });
  await recordGuardianAgreement(db, student.id, '2026/2027');
  const agreement = await createAgreement(db, school.id, base.organizationId);
  return { schoolId: school.id, studentId: student.id, agreementId: agreement.id };
}
