import type { Queryable } from '../../db/database.js';
import { type Actor, ForbiddenError, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { isStaffOf } from '../organizations/access.js';
import { isOrganizationMember } from '../organizations/service.js';
import { placementWithSides } from '../placements/placement-summary.js';
import { type RegisterOrganization, findOrganization } from './repo.js';

/**
 * Who may see and keep the register: the host organization's members only. The register is the
 * organization's own record (Köt. 14. §); the volunteer sees their data through "my data", and
 * the center's coordinators do not need it for brokering.
 * - a placement's entry: outsiders get 404 (placementWithSides); the volunteer and the coordinators
 *   of the placement, who know it exists, get 403;
 * - an organization's register: center staff who see the organization get 403, anyone else 404.
 */
export async function placementForRegister(db: Queryable, actor: Actor | null, applicationId: string) {
  const a = requireActor(actor);
  const { placement, sides } = await placementWithSides(db, a, applicationId);
  if (!sides.includes('organization')) throw new ForbiddenError('only the host organization keeps the register');
  const organization = await findOrganization(db, placement.organizationId);
  if (!organization) throw new NotFoundError('organization');
  return { actor: a, placement, organization };
}

export async function organizationForRegister(db: Queryable, actor: Actor | null, organizationId: string): Promise<{ actor: Actor; organization: RegisterOrganization }> {
  const a = requireActor(actor);
  const organization = await findOrganization(db, organizationId);
  if (!organization) throw new NotFoundError('organization');
  if (await isOrganizationMember(db, a.userId, organization.id)) return { actor: a, organization };
  if (isStaffOf(a, organization)) throw new ForbiddenError('only the organization keeps its register');
  throw new NotFoundError('organization');
}
