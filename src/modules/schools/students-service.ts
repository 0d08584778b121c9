import type { Config } from '../../config.js';
import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { type ListParams, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import { inviteGuardianOfStudent } from '../guardians/invite-service.js';
import { requirePlace } from '../places/service.js';
import { schoolYearOf } from '../volunteer-law/school-calendar.js';
import { isMinorOn } from '../volunteers/age-rules.js';
import { type SchoolAccess, schoolAbilities, schoolAccess, seesClass } from './policy.js';
import type { ExemptReason, StudentFilterInput, StudentInput, StudentSort } from './schema.js';
import {
  countStudents,
  findClassNames,
  findStudentRow,
  findStudents,
  findVolunteerByAccountEmail,
  insertStudent,
  insertVolunteerProfile,
  lockStudent,
  type StudentFilter,
  type StudentRecord,
  type StudentRow,
  studentIdOf,
  updateStudentRow,
  upsertGuardianAgreement,
} from './students-repo.js';

/**
 * The school's IKSZ students (HUNGARY.md §2): enrolment (an existing volunteer, or a profile without
 * a login), class, grade 9–13 (133. § (4): the 50 hours are spread over grades 9–11, technikum
 * included), exemptions with their reason (§2.1), leaving, the guardian's invitation and the yearly
 * application form with the guardian's agreeing statement (§2.2). The coordinator administers; class
 * teachers see their own classes; another school's people and strangers get 404.
 */

export function studentFilterOf(input: StudentFilterInput): StudentFilter {
  return {
    q: input.q || undefined,
    className: input.className || undefined,
    grade: input.grade ? Number(input.grade) : undefined,
    agreementMissing: input.agreement === 'missing',
    status: input.status,
  };
}

export async function listStudents(
  db: Queryable,
  actor: Actor | null,
  schoolId: string,
  filter: StudentFilter,
  params: ListParams<StudentSort>,
  today: string,
): Promise<{ page: Page<StudentRow>; classNames: string[]; access: SchoolAccess; schoolYear: string }> {
  const access = await schoolAccess(db, actor, schoolId, 'view');
  const year = schoolYearOf(today).label;
  const [items, total, classNames] = await Promise.all([
    findStudents(db, schoolId, access.classes, filter, params, year),
    countStudents(db, schoolId, access.classes, filter, year),
    findClassNames(db, schoolId, access.classes),
  ]);
  return { page: pageOf(items, total, params), classNames, access, schoolYear: year };
}

export async function exportStudents(
  db: Queryable,
  actor: Actor | null,
  schoolId: string,
  filter: StudentFilter,
  params: ListParams<StudentSort>,
  today: string,
) {
  const access = await schoolAccess(db, actor, schoolId, 'view');
  return findStudents(db, schoolId, access.classes, filter, params, schoolYearOf(today).label, maxExportRows);
}

/** The student, when the actor may see them (a class teacher: their classes only); 404 otherwise. */
export async function getStudent(db: Queryable, actor: Actor | null, schoolId: string, studentId: string, today: string) {
  const access = await schoolAccess(db, actor, schoolId, 'view');
  const student = await findStudentRow(db, studentId, schoolYearOf(today).label);
  if (!student || student.schoolId !== schoolId || !seesClass(access, student.className)) throw new NotFoundError('student');
  return {
    student,
    abilities: schoolAbilities(access),
    schoolYear: schoolYearOf(today).label,
    isMinor: isMinorOn(student.birthDate, new Date(`${today}T12:00:00Z`)),
  };
}
export type StudentDetail = Awaited<ReturnType<typeof getStudent>>;

/** The coordinator's write on one student of their school (404 for another school's student). */
async function studentToManage(db: Queryable, actor: Actor | null, schoolId: string, studentId: string) {
  const access = await schoolAccess(db, actor, schoolId, 'manage');
  const before = await lockStudent(db, studentId);
  if (!before || before.schoolId !== schoolId) throw new NotFoundError('student');
  return { access, before };
}

async function audited(tx: Queryable, access: SchoolAccess, action: string, before: StudentRecord | null, after: StudentRecord) {
  await recordAudit(tx, {
    actorUserId: access.actor.userId,
    centerId: access.facts.centerId,
    action: `schools.student.${action}`,
    entityType: 'iksz_student',
    entityId: after.id,
    before,
    after,
  });
}

export async function enrolStudent(db: Database, actor: Actor | null, schoolId: string, input: StudentInput, today: string): Promise<string> {
  const access = await schoolAccess(db, actor, schoolId, 'manage');
  const a = access.actor;
  return db.transaction(async (tx) => {
    let volunteerId: string;
    if (input.source === 'account') {
      const volunteer = await findVolunteerByAccountEmail(tx, input.email);
      if (!volunteer) throw new FieldValidationError({ email: { key: 'schools.error.noVolunteer', params: { email: input.email } } });
      if (await studentIdOf(tx, schoolId, volunteer.id)) throw new FieldValidationError({ email: { key: 'schools.error.alreadyStudent' } });
      volunteerId = volunteer.id;
    } else {
      if (input.birthDate >= today) throw new FieldValidationError({ birthDate: { key: 'schools.error.birthDate' } });
      const place = await requirePlace(tx, 'place', input.place);
      const volunteer = await insertVolunteerProfile(tx, {
        centerId: access.facts.centerId,
        familyName: input.familyName,
        givenName: input.givenName,
        sortKey: hungarianSortKey(`${input.familyName} ${input.givenName}`),
        birthDate: input.birthDate,
        homePlaceId: place.id,
        lat: place.lat,
        lon: place.lon,
        createdBy: a.userId,
      });
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: access.facts.centerId,
        action: 'create',
        entityType: 'volunteer',
        entityId: volunteer.id,
        after: { familyName: input.familyName, givenName: input.givenName, birthDate: input.birthDate, homePlaceId: place.id, schoolId },
      });
      volunteerId = volunteer.id;
    }
    const student = await insertStudent(tx, {
      schoolId,
      volunteerId,
      className: input.className,
      grade: input.grade,
      track: input.track,
      createdBy: a.userId,
    });
    await audited(tx, access, 'enrol', null, student);
    return student.id;
  });
}

export async function recordExemption(
  db: Database,
  actor: Actor | null,
  schoolId: string,
  studentId: string,
  input: { exemptReason: ExemptReason; exemptNote: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const { access, before } = await studentToManage(tx, actor, schoolId, studentId);
    const after = await updateStudentRow(tx, studentId, {
      exemptReason: input.exemptReason,
      exemptNote: input.exemptNote,
      exemptRecordedBy: access.actor.userId,
    });
    await audited(tx, access, 'exempt', before, after);
  });
}

export async function removeExemption(db: Database, actor: Actor | null, schoolId: string, studentId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { access, before } = await studentToManage(tx, actor, schoolId, studentId);
    const after = await updateStudentRow(tx, studentId, { exemptReason: null, exemptNote: null, exemptRecordedBy: null });
    await audited(tx, access, 'exemptionRemoved', before, after);
  });
}

export async function markLeft(db: Database, actor: Actor | null, schoolId: string, studentId: string, leftOn: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { access, before } = await studentToManage(tx, actor, schoolId, studentId);
    const after = await updateStudentRow(tx, studentId, { leftOn });
    await audited(tx, access, 'left', before, after);
  });
}

/** The school records the paper application form with the guardian's agreeing statement for the current school year. */
export async function recordPaperAgreement(
  db: Database,
  actor: Actor | null,
  schoolId: string,
  studentId: string,
  input: { agreedOn: string; plannedPlace: string | null; plannedTime: string | null },
  today: string,
): Promise<void> {
  if (input.agreedOn > today) throw new FieldValidationError({ agreedOn: { key: 'schools.error.future' } });
  await db.transaction(async (tx) => {
    const { access } = await studentToManage(tx, actor, schoolId, studentId);
    const row = await upsertGuardianAgreement(tx, {
      studentId,
      schoolYear: schoolYearOf(today).label,
      agreedOn: input.agreedOn,
      plannedPlace: input.plannedPlace,
      plannedTime: input.plannedTime,
      guardianUserId: null,
      recordedBy: access.actor.userId,
    });
    await recordAudit(tx, {
      actorUserId: access.actor.userId,
      centerId: access.facts.centerId,
      action: 'schools.guardianAgreement.paper',
      entityType: 'iksz_guardian_agreement',
      entityId: studentId,
      after: row,
    });
  });
}

/**
 * Invites the student's guardian through the guardians module (its one invitation flow: the e-mailed
 * one-time link, rate limit, audit). That flow lets staff who manage the volunteer's record invite; the
 * school's coordinator acts for the student's record here, so the call carries, for this one request,
 * the managing grant of the student's center (the school's own center: a student enrolled from
 * another center's records cannot be invited from here).
 */
export async function inviteStudentGuardian(
  db: Database,
  config: Pick<Config, 'baseUrl'>,
  actor: Actor | null,
  schoolId: string,
  studentId: string,
  email: string,
  today: string,
): Promise<void> {
  const { student } = await getStudent(db, actor, schoolId, studentId, today);
  const access = await schoolAccess(db, actor, schoolId, 'manage');
  if (student.volunteerCenterId !== access.facts.centerId) throw new FieldValidationError({ _form: { key: 'schools.error.guardianOtherCenter' } });
  // The school decided above (its coordinator, the student enrolled here); the guardians module sends it.
  await inviteGuardianOfStudent(db, config, access.actor, student.volunteerId, { email });
}
