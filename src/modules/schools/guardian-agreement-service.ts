import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, isLinkedGuardianOf, refusalFor, requireActor } from '../../platform/authz.js';
import { schoolYearOf } from '../volunteer-law/school-calendar.js';
import { findSchoolRow } from './repo.js';
import { findStudentRow, findStudentTenancy, linkedGuardianIds, upsertGuardianAgreement } from './students-repo.js';

/**
 * The yearly application form's agreeing statement, given online by the student's guardian
 * (HUNGARY.md §2.2: a minor's application to community service carries the parent's agreement, once
 * per school year). Only a linked guardian (guardian_links: confirmed, not revoked) may give it;
 * everyone else, school staff included (they record the paper form), gets 404.
 */
async function asGuardian(db: Queryable, actor: Actor | null, studentId: string, today: string) {
  const a = requireActor(actor);
  const tenancy = await findStudentTenancy(db, studentId);
  const guardianUserIds = tenancy ? await linkedGuardianIds(db, tenancy.volunteerId) : [];
  if (!tenancy || !isLinkedGuardianOf(a, { guardianUserIds })) throw refusalFor(false, 'student');
  const year = schoolYearOf(today).label;
  const [student, school] = await Promise.all([findStudentRow(db, studentId, year), findSchoolRow(db, tenancy.schoolId)]);
  if (!student || !school) throw refusalFor(false, 'student');
  return { a, student, school: { id: school.id, name: school.name, centerId: school.centerId }, schoolYear: year };
}

export function guardianAgreementPage(db: Queryable, actor: Actor | null, studentId: string, today: string) {
  return asGuardian(db, actor, studentId, today);
}
export type GuardianAgreementView = Awaited<ReturnType<typeof guardianAgreementPage>>;

export async function agreeOnline(
  db: Database,
  actor: Actor | null,
  studentId: string,
  input: { plannedPlace: string | null; plannedTime: string | null },
  today: string,
): Promise<void> {
  const { a, school, schoolYear } = await asGuardian(db, actor, studentId, today);
  await db.transaction(async (tx) => {
    const row = await upsertGuardianAgreement(tx, {
      studentId,
      schoolYear,
      agreedOn: today,
      plannedPlace: input.plannedPlace,
      plannedTime: input.plannedTime,
      guardianUserId: a.userId,
      recordedBy: a.userId,
    });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: school.centerId,
      action: 'schools.guardianAgreement.online',
      entityType: 'iksz_guardian_agreement',
      entityId: studentId,
      after: row,
    });
  });
}
