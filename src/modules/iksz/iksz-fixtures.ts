import type { Database } from '../../db/database.js';
import { ikszOccasions, ikszTransferCertificates } from '../../db/schema/index.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';
import { newVerificationCode } from '../certificates/verification-code.js';
import { createAgreement, createSchool, createStudent } from '../schools/school-factories.js';

/**
 * Path fixtures of the IKSZ log for the route matrix and hostile-input tests, all of center A: a
 * school with no members (only the center's program staff reach it), ikszStudentId (a student of it),
 * ikszOccasionId (a logged occasion at the fixtures' organization, whose member is the grantee),
 * ikszCertificateId and ikszCode (a transfer certificate and its public verification code).
 */
export async function createIkszPathFixtures(db: Database, base: Pick<FixtureBase, 'centerId' | 'organizationId'>): Promise<Record<string, string>> {
  const school = await createSchool(db, base.centerId, { name: 'IKSZ Fixture Gimnázium' });
  const { student } = await createStudent(db, school, { className: '9.C', grade: 9 });
  await createAgreement(db, school.id, base.organizationId);
  const [occasion] = await db
    .insert(ikszOccasions)
    .values({
      studentId: student.id,
      schoolId: school.id,
      organizationId: base.organizationId,
      serial: 1,
      schoolYear: '2026/2027',
      activityDay: '2026-11-17',
      startsAt: new Date('2026-11-17T13:00:00Z'),
      endsAt: new Date('2026-11-17T15:00:00Z'),
      minutes: 120,
      placeText: 'Kecskemét',
      area: 'b',
      activity: 'Fixture IKSZ activity',
    })
    .returning({ id: ikszOccasions.id });
  const code = newVerificationCode();
  const [certificate] = await db
    .insert(ikszTransferCertificates)
    .values({ studentId: student.id, verificationCode: code, minutes: 0, issuedOn: '2026-11-20' })
    .returning({ id: ikszTransferCertificates.id });
  if (!occasion || !certificate) throw new Error('iksz fixtures missing');
  return { ikszStudentId: student.id, ikszOccasionId: occasion.id, ikszCertificateId: certificate.id, ikszCode: code };
}
