import type { Queryable } from '../../db/database.js';
import { type Actor, ForbiddenError, mayActForOrganization, type OrganizationAction, refusalFor, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { isOrganizationApproved, organizationFacts } from '../organizations/service.js';
import { findOpportunityById, findOrganizationRef, type OpportunityRow, type OrganizationRef } from './repo.js';

/**
 * The data side of opportunity access: the organization an opportunity belongs to and the actor's
 * membership of it. The decisions (members act as the host, center staff who see the organization
 * may look) are platform/authz.ts's `organizationActions`.
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

/**
 * The actor, when they may take the action for the organization of the opportunity (`host`: its
 * members; `view`: its members and the center staff who see it). Otherwise the stranger policy
 * (ADR 003): 403 when they may see the record (a published opportunity, or an approved
 * organization's list), 404 when it is not public and not theirs.
 */
export async function requireForOrganizationOf(
  db: Queryable,
  actor: Actor | null,
  action: OrganizationAction,
  organization: { id: string; centerId: string; pointId: string | null; public: boolean },
): Promise<{ actor: Actor; isMember: boolean }> {
  const a = requireActor(actor);
  const facts = await organizationFacts(db, a, organization);
  if (mayActForOrganization(a, action, facts)) return { actor: a, isMember: facts.membership != null };
  throw refusalFor(organization.public || mayActForOrganization(a, 'view', facts), `organization.${action}`);
}

/** The same rule as the public opportunity page (search/repo.ts): published by an approved organization. */
export function isPublicOpportunity(opportunity: Pick<OpportunityRow, 'status' | 'organizationStatus'>): boolean {
  return opportunity.status === 'published' && opportunity.organizationStatus === 'approved';
}

/** The same for an opportunity: what the stranger may see is the opportunity itself (public once published). */
export function requireForOpportunity(db: Queryable, actor: Actor | null, action: OrganizationAction, opportunity: OpportunityRow) {
  return requireForOrganizationOf(db, actor, action, {
    id: opportunity.organizationId,
    centerId: opportunity.centerId,
    pointId: opportunity.organizationPointId,
    public: isPublicOpportunity(opportunity),
  });
}

/** The same for an organization's own pages (its opportunity list, a new opportunity): public once approved. */
export function requireForOrganizationRef(db: Queryable, actor: Actor | null, action: OrganizationAction, organization: OrganizationRef) {
  return requireForOrganizationOf(db, actor, action, { ...organization, public: organization.status === 'approved' });
}
