import type { Queryable } from '../../db/database.js';
import { type Actor, can, refusalFor, requireActor, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { findHospitalProgram, type HospitalProgram } from './repo.js';
import { findWard, isOrganizationMember, type WardRow } from './ward-repo.js';

/**
 * Who may do what in a hospital program. The decisions use authz.ts: the program's center staff
 * hold `programs.manage` in its center; a ward is also seen by its supervisor (wards.supervisor_user_id)
 * and the members of its host organization. Anyone else is a stranger: 404, as for an unknown id (ADR 003).
 */
export function isProgramStaff(actor: Actor | null, program: Pick<HospitalProgram, 'centerId'>): boolean {
  return can(actor, 'programs.manage', { centerId: program.centerId });
}

/** The program, for its center staff only. */
export async function requireProgramStaff(db: Queryable, actor: Actor | null, programId: string): Promise<{ actor: Actor; program: HospitalProgram }> {
  const a = requirePermission(actor, 'programs.manage');
  const program = await findHospitalProgram(db, programId);
  if (!program || !isProgramStaff(a, program)) throw new NotFoundError('program');
  return { actor: a, program };
}

export type WardAccess = { actor: Actor; ward: WardRow; program: HospitalProgram; staff: boolean };

/** The ward, for its supervisor, the program's center staff and its host organization's members. */
export async function requireWardReader(db: Queryable, actor: Actor | null, wardId: string): Promise<WardAccess> {
  const a = requireActor(actor);
  const ward = await findWard(db, wardId);
  const program = ward && (await findHospitalProgram(db, ward.programId));
  if (!ward || !program) throw new NotFoundError('ward');
  const staff = isProgramStaff(a, program);
  if (staff || ward.supervisorUserId === a.userId || (await isOrganizationMember(db, ward.organizationId, a.userId))) {
    return { actor: a, ward, program, staff };
  }
  throw new NotFoundError('ward');
}

/** The ward, for the program's center staff (who set up its roster). */
export async function requireWardStaff(db: Queryable, actor: Actor | null, wardId: string): Promise<WardAccess> {
  requirePermission(actor, 'programs.manage');
  const access = await requireWardReader(db, actor, wardId);
  // A supervisor or host member may see the ward, not change its roster: 403 (ADR 003).
  if (!access.staff) throw refusalFor(true, 'ward');
  return access;
}
