import type { Queryable } from '../../db/database.js';
import { type Actor, can, centersVisibleTo, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { type Choice, findCenters } from '../inquiries/choices-repo.js';

/**
 * Who runs thematic programs (issue 16, ADR 025): a center's admins and coordinators with their center's
 * programs, national admins with every center's. A program of another center answers 404, as if it did
 * not exist (ADR 003); roles without `programs.manage` get 403.
 */

export type CenterReach = 'all' | string[];

export function programReachOf(actor: Actor | null): CenterReach {
  return centersVisibleTo(actor, 'programs.manage');
}

/** The actor, if they may run programs of this center; 404 otherwise. */
export function requireProgramCenter(actor: Actor | null, centerId: string | undefined): Actor {
  const a = requirePermission(actor, 'programs.manage');
  if (!centerId || !can(a, 'programs.manage', { centerId })) throw new NotFoundError('program');
  return a;
}

/** The centers whose programs the actor runs, in Hungarian alphabetical order. */
export function programCenters(db: Queryable, actor: Actor | null): Promise<Choice[]> {
  requirePermission(actor, 'programs.manage');
  return findCenters(db, programReachOf(actor));
}
