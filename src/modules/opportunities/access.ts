import type { Queryable } from '../../db/database.js';
import { type Actor, ForbiddenError, can, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { isOrganizationApproved, isOrganizationMember, requireOrganizationMember } from '../organizations/service.js';
import { type OpportunityRow, type OrganizationRef, findOpportunityById, findOrganizationRef } from './repo.js';

/**
 * Who may do what with opportunities. Organization staff act through membership of the
 * organization; center staff through their role in the organization's center (a point
 * coordinator only for organizations of their own point).
 */

export async function loadOrganization(db: Queryable, organizationId: string): Promise<OrganizationRef> {
  const organization = await findOrganizationRef(db, organizationId);
  if (!organization) throw new NotFoundError('organization');
  return organization;
}

export async function loadOpportunity(db: Queryable, opportunityId: string): Promise<OpportunityRow> {
  const opportunity = await findOpportunityById(db, opportunityId);
  if (!opportunity) throw new NotFoundError('opportunity');
  return opportunity;
}

/** Only an approved organization publishes (issue 4): it may create, edit and submit opportunities. */
export class OrganizationNotApprovedError extends ForbiddenError {
  constructor() {
    super('organization not approved');
  }
}

export async function requireApproved(db: Queryable, organizationId: string): Promise<void> {
  if (!(await isOrganizationApproved(db, organizationId))) throw new OrganizationNotApprovedError();
}

/** Center staff who see the organization's data (its center, or its own Volunteer Point). */
export function isCenterStaffOf(actor: Actor | null, organization: { centerId: string; pointId: string | null }): boolean {
  return can(actor, 'organizations.view', { centerId: organization.centerId, pointId: organization.pointId });
}

/** Members of the organization or its center's staff; anyone else gets 403. */
export async function requireMemberOrStaff(
  db: Queryable,
  actor: Actor | null,
  organization: { id: string; centerId: string; pointId: string | null },
): Promise<{ actor: Actor; isMember: boolean }> {
  const a = requireActor(actor);
  const isMember = await isOrganizationMember(db, a.userId, organization.id);
  if (!isMember && !isCenterStaffOf(a, organization)) throw new ForbiddenError('organization member or center staff');
  return { actor: a, isMember };
}

export { requireOrganizationMember };
