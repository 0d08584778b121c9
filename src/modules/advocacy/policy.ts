import type { Queryable } from '../../db/database.js';
import { type Actor, can, centersVisibleTo, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { type Choice, findCenters } from '../inquiries/choices-repo.js';
import type { CenterReach } from './stakeholders-repo.js';

/**
 * Who works on local advocacy (issue 15): a center's admins and coordinators with their center's
 * stakeholders, actions and documents, national admins with every center's. A record of another
 * center answers 404, as if it did not exist (ADR 003); roles without the permission get 403.
 */

export function advocacyReachOf(actor: Actor | null): CenterReach {
  return centersVisibleTo(actor, 'advocacy.manage');
}

/** The actor, if they may work on advocacy records of this center; 404 otherwise. */
export function requireAdvocacyCenter(actor: Actor | null, centerId: string | undefined, what: string): Actor {
  const a = requirePermission(actor, 'advocacy.manage');
  if (!centerId || !can(a, 'advocacy.manage', { centerId })) throw new NotFoundError(what);
  return a;
}

/** The centers the actor keeps advocacy records for, in Hungarian alphabetical order. */
export function advocacyCenters(db: Queryable, actor: Actor | null): Promise<Choice[]> {
  requirePermission(actor, 'advocacy.manage');
  return findCenters(db, advocacyReachOf(actor));
}
