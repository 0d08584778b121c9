import type { Queryable } from '../../db/database.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, type Page, pageOf } from '../../platform/list-params.js';
import { mayActForSchool } from '../../platform/partner-authz.js';
import { hostAccess, schoolAccess, studentAccess } from './access.js';
import { progressOf } from './progress.js';
import {
  eligibleOpportunities,
  findHostOccasions,
  findSchoolOccasions,
  findStudentLog,
  hostChoices,
  minutesByYear,
  type StudentRecord,
  studentIdsOfUser,
} from './repo.js';
import type { SchoolListSort } from './schema.js';
import { findKretaRows, findSchoolStudents, findSchoolSummary, type SchoolListFilter, type SchoolStudentRow } from './school-repo.js';

/** What the pages of the IKSZ log read: the student's own, a student's page, the school's, the host's. */

async function studentView(db: Queryable, student: StudentRecord) {
  const [log, minutes] = await Promise.all([findStudentLog(db, student.id), minutesByYear(db, student.id)]);
  return { student, log, progress: progressOf(minutes) };
}
export type StudentView = Awaited<ReturnType<typeof studentView>>;

/** The hosts and IKSZ-eligible opportunities a student may log with today (a valid agreement, or the school itself). */
export async function logChoices(db: Queryable, student: StudentRecord, day: string) {
  const hosts = await hostChoices(db, { id: student.schoolId, hostOrganizationId: student.schoolHostId }, day);
  const opportunities = await eligibleOpportunities(
    db,
    hosts.map((h) => h.id),
  );
  return { hosts, opportunities };
}
export type LogChoices = Awaited<ReturnType<typeof logChoices>>;

/** "Közösségi szolgálatom": the signed-in student's enrolments (usually one), each with progress and log. */
export async function myIksz(db: Queryable, actor: Actor | null, now = new Date()) {
  const a = requireActor(actor);
  const ids = await studentIdsOfUser(db, a.userId);
  const views = [];
  let formShown = false;
  for (const id of ids) {
    const { student } = await studentAccess(db, a, id);
    const view = await studentView(db, student);
    // One log form on the page: for the school the student attends (not left).
    const active: boolean = student.leftOn == null && !formShown;
    formShown ||= active;
    views.push({ ...view, choices: active ? await logChoices(db, student, budapestDay(now)) : null });
  }
  return views;
}
export type MyIksz = Awaited<ReturnType<typeof myIksz>>;

/** One student's page: the student, their guardians, the school (coordinator, class teacher of the class, program staff). */
export async function studentPage(db: Queryable, actor: Actor | null, studentId: string) {
  const access = await studentAccess(db, actor, studentId);
  return { ...(await studentView(db, access.student)), access };
}
export type StudentPageData = Awaited<ReturnType<typeof studentPage>>;

/** The school's students with their minutes, within the classes the reader sees. */
export async function schoolStudents(
  db: Queryable,
  actor: Actor | null,
  schoolId: string,
  filter: SchoolListFilter,
  params: ListParams<SchoolListSort>,
): Promise<{ page: Page<SchoolStudentRow>; schoolName: string; classNames: string[]; manages: boolean }> {
  const { classes, school } = await schoolAccess(db, actor, schoolId, 'view');
  const [{ items, total }, summary] = await Promise.all([findSchoolStudents(db, schoolId, classes, filter, params), findSchoolSummary(db, schoolId)]);
  if (!summary.school) throw new NotFoundError('school');
  const classNames = classes === 'all' ? summary.classNames : summary.classNames.filter((c) => classes.includes(c));
  return { page: pageOf(items, total, params), schoolName: summary.school.name, classNames, manages: mayActForSchool(actor, 'manage', school) };
}

/** The export for the school's records: the KRÉTA form's fields of the accepted occasions of the listed students. */
export async function exportSchoolOccasions(
  db: Queryable,
  actor: Actor | null,
  schoolId: string,
  filter: SchoolListFilter,
  params: ListParams<SchoolListSort>,
) {
  const { classes } = await schoolAccess(db, actor, schoolId, 'view');
  const { items } = await findSchoolStudents(db, schoolId, classes, filter, params, maxExportRows);
  return findKretaRows(
    db,
    items.map((s) => s.id),
    filter.year,
  );
}

/** The acceptance queue (default: certified, waiting for the school). */
export async function schoolQueue(db: Queryable, actor: Actor | null, schoolId: string, status: string) {
  const { classes, school } = await schoolAccess(db, actor, schoolId, 'view');
  const [rows, summary] = await Promise.all([findSchoolOccasions(db, schoolId, status, classes), findSchoolSummary(db, schoolId)]);
  return { rows, schoolName: summary.school?.name ?? '', manages: mayActForSchool(actor, 'manage', school) };
}

/** The host's IKSZ page: its students per school, and what waits for its certification. */
export async function hostIksz(db: Queryable, actor: Actor | null, organizationId: string) {
  const { organization } = await hostAccess(db, actor, organizationId);
  const rows = await findHostOccasions(db, organizationId);
  const schools = new Map<string, { schoolId: string; schoolName: string; students: Map<string, { name: string; className: string; minutes: number }> }>();
  for (const r of rows) {
    const school = schools.get(r.schoolId) ?? { schoolId: r.schoolId, schoolName: r.schoolName, students: new Map() };
    const student = school.students.get(r.studentId) ?? { name: `${r.familyName} ${r.givenName}`, className: r.className, minutes: 0 };
    if (r.status !== 'rejected') student.minutes += r.minutes;
    school.students.set(r.studentId, student);
    schools.set(r.schoolId, school);
  }
  return {
    organization: { id: organization.id, name: organization.name },
    waiting: rows.filter((r) => r.status === 'logged'),
    schools: [...schools.values()].map((s) => ({ ...s, students: [...s.students.values()] })),
  };
}
export type HostIksz = Awaited<ReturnType<typeof hostIksz>>;
