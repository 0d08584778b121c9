import type { Queryable } from '../../db/database.js';
import { type Actor, can, refusalFor, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { mayActForSchool, type SchoolAction, type SchoolFacts, schoolClassesVisibleTo } from '../../platform/partner-authz.js';
import { loadSchoolFacts } from './facts.js';

/**
 * The data side of school access: which school, its center and the actor's membership (facts.ts).
 * Who may do what is decided in platform/authz.ts (`schoolActions`). The stranger policy (ADR 003):
 * someone who may not even see the school gets 404, as if it did not exist; someone who sees it but
 * may not take the action gets 403.
 */
export type SchoolAccess = { actor: Actor; facts: SchoolFacts; schoolId: string; classes: 'all' | readonly string[] };

export async function schoolAccess(db: Queryable, actor: Actor | null, schoolId: string, action: SchoolAction): Promise<SchoolAccess> {
  const a = requireActor(actor);
  const facts = await loadSchoolFacts(db, a, schoolId);
  if (!facts) throw new NotFoundError('school');
  if (!mayActForSchool(a, action, facts)) throw refusalFor(mayActForSchool(a, 'view', facts), `school.${action}`);
  return { actor: a, facts, schoolId, classes: schoolClassesVisibleTo(a, facts) };
}

/** True when the class is one the access sees (a class teacher's own classes; everyone else all). */
export function seesClass(access: Pick<SchoolAccess, 'classes'>, className: string): boolean {
  return access.classes === 'all' || access.classes.includes(className);
}

/** What the school's pages offer the actor: the coordinator's administration, the set-up (appointing class teachers), the center's editing. */
export function schoolAbilities(access: SchoolAccess) {
  return {
    manage: mayActForSchool(access.actor, 'manage', access.facts),
    setUp: mayActForSchool(access.actor, 'setUp', access.facts),
    edit: can(access.actor, 'programs.manage', { centerId: access.facts.centerId }),
  };
}
export type SchoolAbilities = ReturnType<typeof schoolAbilities>;
