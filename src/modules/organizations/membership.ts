import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { organizationMembers } from '../../db/schema/index.js';
import { type Actor, ForbiddenError, UnauthenticatedError } from '../../platform/authz.js';

/** Organization staff act through membership of the organization (not a role permission). */
export async function isOrganizationMember(db: Queryable, userId: string, organizationId: string): Promise<boolean> {
  const rows = await db
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.userId, userId), eq(organizationMembers.organizationId, organizationId)))
    .limit(1);
  return rows.length > 0;
}

export async function requireOrganizationMember(db: Queryable, actor: Actor | null, organizationId: string): Promise<Actor> {
  if (!actor) throw new UnauthenticatedError();
  if (!(await isOrganizationMember(db, actor.userId, organizationId))) throw new ForbiddenError('organization member');
  return actor;
}

export async function organizationIdsOfUser(db: Queryable, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: organizationMembers.organizationId })
    .from(organizationMembers)
    .where(eq(organizationMembers.userId, userId));
  return rows.map((r) => r.id);
}
