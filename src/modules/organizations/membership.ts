import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { organizationMembers } from '../../db/schema/index.js';
import { type Actor, mayActForOrganization, type OrganizationAction, type OrganizationFacts, refusalFor, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { findMembership } from './members-repo.js';
import { findOrganizationRecord } from './repo.js';
import { isPublicStatus } from './status-rules.js';

/**
 * The data side of organization access: which organization, its tenant, and the actor's membership.
 * Who may do what with them is decided in platform/authz.ts (`organizationActions`).
 */
export async function isOrganizationMember(db: Queryable, userId: string, organizationId: string): Promise<boolean> {
  const rows = await db
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.userId, userId), eq(organizationMembers.organizationId, organizationId)))
    .limit(1);
  return rows.length > 0;
}

/** The facts the engine decides on for one organization the caller has already loaded. */
export async function organizationFacts(
  db: Queryable,
  actor: Actor | null,
  organization: { id: string; centerId: string; pointId: string | null },
): Promise<OrganizationFacts> {
  const membership = actor ? ((await findMembership(db, organization.id, actor.userId))?.role ?? null) : null;
  return { centerId: organization.centerId, pointId: organization.pointId, membership };
}

/**
 * The actor, when they may take the action for the organization. Otherwise the stranger policy
 * (ADR 003): 403 when they may see the organization (its public profile, or its internals as a
 * member or center staff), 404 when it is not public and not theirs, exactly as if it did not exist.
 */
export async function requireForOrganization(db: Queryable, actor: Actor | null, action: OrganizationAction, organizationId: string): Promise<Actor> {
  return (await organizationAccess(db, actor, action, organizationId)).actor;
}

/** requireForOrganization, with the facts it decided on (for further decisions on the same page). */
export async function organizationAccess(
  db: Queryable,
  actor: Actor | null,
  action: OrganizationAction,
  organizationId: string,
): Promise<{ actor: Actor; facts: OrganizationFacts }> {
  const a = requireActor(actor);
  const organization = await findOrganizationRecord(db, organizationId);
  if (!organization) throw new NotFoundError('organization');
  const facts = await organizationFacts(db, a, organization);
  if (mayActForOrganization(a, action, facts)) return { actor: a, facts };
  throw refusalFor(isPublicStatus(organization.status) || mayActForOrganization(a, 'view', facts), `organization.${action}`);
}

/** Members act for their organization (organizationActions.host); see requireForOrganization for who else gets 403 or 404. */
export function requireOrganizationMember(db: Queryable, actor: Actor | null, organizationId: string): Promise<Actor> {
  return requireForOrganization(db, actor, 'host', organizationId);
}

export async function organizationIdsOfUser(db: Queryable, userId: string): Promise<string[]> {
  const rows = await db.select({ id: organizationMembers.organizationId }).from(organizationMembers).where(eq(organizationMembers.userId, userId));
  return rows.map((r) => r.id);
}
