import type { Queryable } from '../../db/database.js';
import { type Actor, requireActor, requireOnPlacement } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { requireForOrganization } from '../organizations/service.js';
import { placementWithSides } from '../placements/placement-summary.js';
import { findOrganization, type RegisterOrganization } from './repo.js';

/**
 * The data side of the register's access: the placement and the organization an entry belongs to.
 * The register is the host organization's own record (Köt. 14. §); the volunteer sees their data
 * through "my data", and the center's coordinators do not need it for brokering. So the decisions
 * (platform/authz.ts: `placementActions.keepRegister`, `organizationActions.keepRegister`) let members
 * only; the stranger policy (ADR 003) answers the rest:
 * - a placement's entry: outsiders get 404; the volunteer and the coordinators, who see the placement, 403;
 * - an organization's register: 403 to those who see the organization (public, or center staff), else 404.
 */
export async function placementForRegister(db: Queryable, actor: Actor | null, applicationId: string) {
  const a = requireActor(actor);
  const { placement, sides } = await placementWithSides(db, a, applicationId);
  requireOnPlacement(sides, 'keepRegister');
  const organization = await findOrganization(db, placement.organizationId);
  if (!organization) throw new NotFoundError('organization');
  return { actor: a, placement, organization };
}

export async function organizationForRegister(
  db: Queryable,
  actor: Actor | null,
  organizationId: string,
): Promise<{ actor: Actor; organization: RegisterOrganization }> {
  const a = await requireForOrganization(db, actor, 'keepRegister', organizationId);
  const organization = await findOrganization(db, organizationId);
  if (!organization) throw new NotFoundError('organization');
  return { actor: a, organization };
}
