import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, can, centersVisibleTo, ForbiddenError, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { type ListParams, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import { type Choice, findCenters } from '../inquiries/choices-repo.js';
import { deleteGrant } from '../organizations/members-repo.js';
import { requirePlace } from '../places/service.js';
import { schoolsOfUser } from './facts.js';
import { schoolAbilities, schoolAccess } from './policy.js';
import {
  countSchools,
  deleteMember,
  findAccountByEmail,
  findApprovedOrganizations,
  findMember,
  findMembers,
  findSchoolRow,
  findSchools,
  grantSchoolStaffRole,
  insertSchool,
  lockSchool,
  type SchoolRow,
  type SchoolValues,
  schoolIdByOmId,
  unusedSchoolStaffGrant,
  updateSchoolRow,
  upsertMember,
} from './repo.js';
import type { SchoolInput, SchoolSort } from './schema.js';
import { schoolCounts } from './students-repo.js';

/**
 * Schools of the IKSZ program (HUNGARY.md §2, ADR 025): the center's program staff create and edit
 * them and appoint each school's coordinator; the coordinator appoints the class teachers. A person is
 * appointed by the e-mail of an existing account: they get the center-scoped `school_coordinator`
 * role (which only means "school staff") and a school_members row saying what they do in this school.
 */

export function listSchools(db: Queryable, actor: Actor | null, q: string | undefined, params: ListParams<SchoolSort>): Promise<Page<SchoolRow>> {
  requirePermission(actor, 'programs.manage');
  const reach = centersVisibleTo(actor, 'programs.manage');
  return Promise.all([findSchools(db, reach, q, params), countSchools(db, reach, q)]).then(([items, total]) => pageOf(items, total, params));
}

export function exportSchools(db: Queryable, actor: Actor | null, q: string | undefined, params: ListParams<SchoolSort>): Promise<SchoolRow[]> {
  requirePermission(actor, 'programs.manage');
  return findSchools(db, centersVisibleTo(actor, 'programs.manage'), q, params, maxExportRows);
}

/** The centers the actor may create schools in (national admins: every center). */
export function schoolCenters(db: Queryable, actor: Actor | null): Promise<Choice[]> {
  requirePermission(actor, 'programs.manage');
  return findCenters(db, centersVisibleTo(actor, 'programs.manage'));
}

/** The approved host organizations a school of the center may link to or make agreements with. */
export const hostChoices = findApprovedOrganizations;

async function valuesOf(db: Queryable, centerId: string, input: SchoolInput, schoolId?: string): Promise<SchoolValues> {
  const place = await requirePlace(db, 'place', input.place);
  const taken = await schoolIdByOmId(db, input.omId);
  if (taken && taken !== schoolId) throw new FieldValidationError({ omId: { key: 'schools.error.omIdTaken' } });
  if (input.hostOrganizationId && !(await hostChoices(db, centerId)).some((o) => o.id === input.hostOrganizationId)) {
    throw new FieldValidationError({ hostOrganizationId: { key: 'validation.choice' } });
  }
  return {
    name: input.name,
    sortKey: hungarianSortKey(input.name),
    omId: input.omId,
    placeId: place.id,
    address: input.address,
    email: input.email,
    phone: input.phone,
    hostOrganizationId: input.hostOrganizationId ?? null,
  };
}

export async function createSchool(db: Database, actor: Actor | null, centerId: string, input: SchoolInput): Promise<string> {
  const a = requirePermission(actor, 'programs.manage');
  if (!can(a, 'programs.manage', { centerId })) throw new FieldValidationError({ centerId: { key: 'validation.choice' } });
  return db.transaction(async (tx) => {
    const row = await insertSchool(tx, { ...(await valuesOf(tx, centerId, input)), centerId, createdBy: a.userId });
    await recordAudit(tx, { actorUserId: a.userId, centerId, action: 'schools.create', entityType: 'school', entityId: row.id, after: row });
    return row.id;
  });
}

/** The school for its edit form: the center's program staff only (members see it, but 403). */
export async function schoolToEdit(db: Queryable, actor: Actor | null, schoolId: string): Promise<SchoolRow> {
  const access = await schoolAccess(db, actor, schoolId, 'view');
  if (!schoolAbilities(access).edit) throw new ForbiddenError('school.edit');
  const row = await findSchoolRow(db, schoolId);
  if (!row) throw new NotFoundError('school');
  return row;
}

export async function updateSchool(db: Database, actor: Actor | null, schoolId: string, input: SchoolInput): Promise<void> {
  const school = await schoolToEdit(db, actor, schoolId);
  const a = actor as Actor;
  await db.transaction(async (tx) => {
    const before = await lockSchool(tx, schoolId);
    if (!before) throw new NotFoundError('school');
    const after = await updateSchoolRow(tx, schoolId, await valuesOf(tx, school.centerId, input, schoolId));
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: school.centerId,
      action: 'schools.update',
      entityType: 'school',
      entityId: schoolId,
      before,
      after,
    });
  });
}

/**
 * Appoints an existing account (by e-mail) as the school's coordinator or as a class teacher of the
 * given classes. The account gets the `school_coordinator` role in the school's center if it lacks it.
 * A coordinator stays coordinator: they see every class anyway.
 */
async function appoint(
  db: Database,
  a: Actor,
  school: { id: string; centerId: string },
  input: { email: string; role: 'coordinator' | 'class_teacher'; classNames: string[] },
): Promise<{ familyName: string; givenName: string }> {
  const field = input.role === 'coordinator' ? 'coordinatorEmail' : 'teacherEmail';
  const account = await findAccountByEmail(db, input.email);
  if (!account) throw new FieldValidationError({ [field]: { key: 'schools.error.noAccount', params: { email: input.email } } });
  return db.transaction(async (tx) => {
    const before = await findMember(tx, school.id, account.id);
    if (input.role === 'class_teacher' && before?.role === 'coordinator') {
      throw new FieldValidationError({ [field]: { key: 'schools.error.alreadyCoordinator' } });
    }
    const grantId = await grantSchoolStaffRole(tx, account.id, school.centerId, a.userId);
    if (grantId)
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: school.centerId,
        action: 'grant',
        entityType: 'role_grant',
        entityId: grantId,
        after: { userId: account.id, role: 'school_coordinator', centerId: school.centerId },
      });
    const after = await upsertMember(tx, { schoolId: school.id, userId: account.id, role: input.role, classNames: input.classNames });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: school.centerId,
      action: `schools.appoint.${input.role}`,
      entityType: 'school_member',
      entityId: school.id,
      before: before ?? null,
      after,
    });
    return account;
  });
}

/** The center's program staff appoint the school's coordinator. */
export async function appointCoordinator(db: Database, actor: Actor | null, schoolId: string, email: string) {
  const school = await schoolToEdit(db, actor, schoolId);
  return appoint(db, actor as Actor, school, { email, role: 'coordinator', classNames: [] });
}

/** The coordinator (or the center's program staff) appoints a class teacher of the given classes. */
export async function appointClassTeacher(db: Database, actor: Actor | null, schoolId: string, email: string, classNames: string[]) {
  const access = await schoolAccess(db, actor, schoolId, 'setUp');
  return appoint(db, access.actor, { id: schoolId, centerId: access.facts.centerId }, { email, role: 'class_teacher', classNames });
}

/**
 * Removes a person from the school's staff: a class teacher by the coordinator or the center's
 * program staff, the coordinator only by the program staff (who appoint the next one). Their
 * `school_coordinator` grant goes too once they belong to no school of the center. Audited.
 */
export async function removeSchoolMember(db: Database, actor: Actor | null, schoolId: string, userId: string): Promise<void> {
  const access = await schoolAccess(db, actor, schoolId, 'setUp');
  const { centerId } = access.facts;
  await db.transaction(async (tx) => {
    const member = await findMember(tx, schoolId, userId);
    if (!member) throw new NotFoundError('school member');
    if (member.role === 'coordinator' && !schoolAbilities(access).edit) throw new ForbiddenError('programs.manage');
    const before = await deleteMember(tx, schoolId, userId);
    const a = access.actor;
    await recordAudit(tx, { actorUserId: a.userId, centerId, action: 'schools.remove_member', entityType: 'school_member', entityId: schoolId, before });
    const grant = await unusedSchoolStaffGrant(tx, userId, centerId);
    if (grant) {
      await deleteGrant(tx, grant.id);
      await recordAudit(tx, { actorUserId: a.userId, centerId, action: 'revoke', entityType: 'role_grant', entityId: grant.id, before: grant });
    }
  });
}

/** The school's home: its data, its people, the counts the actor may see, and what the actor may do. */
export async function schoolHome(db: Queryable, actor: Actor | null, schoolId: string, today: string) {
  const access = await schoolAccess(db, actor, schoolId, 'view');
  const row = await findSchoolRow(db, schoolId);
  if (!row) throw new NotFoundError('school');
  const [members, counts] = await Promise.all([findMembers(db, schoolId), schoolCounts(db, schoolId, access.classes, today)]);
  return { school: row, members, counts, abilities: schoolAbilities(access), classes: access.classes };
}
export type SchoolHome = Awaited<ReturnType<typeof schoolHome>>;

/** "Iskoláim": the schools the user is a member of, and whether they manage schools as center staff. */
export async function mySchools(db: Queryable, actor: Actor | null) {
  if (!actor) throw new NotFoundError('school');
  return { schools: await schoolsOfUser(db, actor.userId), staff: can(actor, 'programs.manage') };
}
