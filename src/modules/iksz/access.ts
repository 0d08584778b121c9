import type { Queryable } from '../../db/database.js';
import { type Actor, isLinkedGuardianOf, mayActForOrganization, refusalFor, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { mayActForSchool, type SchoolFacts, schoolClassesVisibleTo } from '../../platform/partner-authz.js';
import { linkedGuardians } from '../guardians/repo.js';
import { organizationFacts } from '../organizations/membership.js';
import { findOrganizationRecord } from '../organizations/repo.js';
import { loadSchoolFacts } from '../schools/facts.js';
import { findStudent, type StudentRecord } from './repo.js';

/**
 * Who acts on one IKSZ student (the decisions are platform/authz.ts's): the student themself, their
 * linked guardians, the school (its coordinator; a class teacher for their classes; the center's
 * program staff). Everyone else gets 404, as if the student did not exist (the stranger policy).
 */
export type StudentAccess = {
  actor: Actor;
  student: StudentRecord;
  school: SchoolFacts;
  isSelf: boolean;
  isGuardian: boolean;
  /** Sees the student as the school (coordinator, class teacher of the class, program staff). */
  schoolSees: boolean;
  /** The school's IKSZ administration: log preparation and closing, accept, issue certificates. */
  schoolManages: boolean;
};

export async function studentAccess(db: Queryable, actor: Actor | null, studentId: string): Promise<StudentAccess> {
  const a = requireActor(actor);
  const student = await findStudent(db, studentId);
  if (!student || student.erasedAt) throw new NotFoundError('iksz.student');
  const school = await loadSchoolFacts(db, a, student.schoolId);
  if (!school) throw new NotFoundError('iksz.student');
  const isSelf = student.volunteerUserId === a.userId;
  const guardians = isSelf ? [] : await linkedGuardians(db, student.volunteerId);
  const isGuardian = isLinkedGuardianOf(a, { guardianUserIds: guardians.map((g) => g.userId) });
  const classes = schoolClassesVisibleTo(a, school);
  const schoolSees = mayActForSchool(a, 'view', school) && (classes === 'all' || classes.includes(student.className));
  const schoolManages = mayActForSchool(a, 'manage', school);
  if (!isSelf && !isGuardian && !schoolSees) throw new NotFoundError('iksz.student');
  return { actor: a, student, school, isSelf, isGuardian, schoolSees, schoolManages };
}

/** The school, when the actor may see it (404 otherwise), with the classes they see. */
export async function schoolAccess(db: Queryable, actor: Actor | null, schoolId: string, action: 'view' | 'manage') {
  const a = requireActor(actor);
  const school = await loadSchoolFacts(db, a, schoolId);
  if (!school) throw new NotFoundError('school');
  if (!mayActForSchool(a, action, school)) throw refusalFor(mayActForSchool(a, 'view', school), `school.${action}`);
  return { actor: a, school, classes: schoolClassesVisibleTo(a, school) };
}

/** A member of the host organization (organizations' facts, authz `host`): certifies its IKSZ occasions. */
export async function hostAccess(db: Queryable, actor: Actor | null, organizationId: string) {
  const a = requireActor(actor);
  const organization = await findOrganizationRecord(db, organizationId);
  if (!organization) throw new NotFoundError('organization');
  const facts = await organizationFacts(db, a, organization);
  if (!mayActForOrganization(a, 'host', facts)) throw refusalFor(mayActForOrganization(a, 'view', facts), 'organization.host');
  return { actor: a, organization };
}
