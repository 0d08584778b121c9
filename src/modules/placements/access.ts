import type { Queryable } from '../../db/database.js';
import { type Actor, can, permissions, roleScope } from '../../platform/authz.js';
import { isOrganizationMember } from '../organizations/service.js';
import type { PlacementSide } from './status-rules.js';

/** Tenancy of a placement: the center, and the points of the organization and of the volunteer. */
export type PlacementTenancy = { centerId: string; organizationPointId: string | null; volunteerPointId: string | null };

/**
 * A coordinator of the placement's center, or of a Volunteer Point of that center which the
 * organization or the volunteer belongs to. (A point grant alone would match its point in any
 * center, so the grant's center is checked too: placements are coordinated in their own center.)
 */
export function coordinates(actor: Actor | null, tenancy: PlacementTenancy): boolean {
  if (!actor) return false;
  if (can(actor, 'placements.coordinate', { centerId: tenancy.centerId })) return true;
  const allowed: readonly string[] = permissions['placements.coordinate'];
  const points = new Set([tenancy.organizationPointId, tenancy.volunteerPointId].filter((p): p is string => !!p));
  return actor.grants.some(
    (g) => allowed.includes(g.role) && roleScope[g.role] === 'point' && g.centerId === tenancy.centerId && g.pointId != null && points.has(g.pointId),
  );
}

/** The sides the actor may act for on one placement (none = may not see it). */
export async function sidesOf(
  db: Queryable,
  actor: Actor | null,
  placement: PlacementTenancy & { volunteerUserId: string | null; organizationId: string },
): Promise<PlacementSide[]> {
  if (!actor) return [];
  const sides: PlacementSide[] = [];
  if (placement.volunteerUserId === actor.userId) sides.push('volunteer');
  if (await isOrganizationMember(db, actor.userId, placement.organizationId)) sides.push('organization');
  if (coordinates(actor, placement)) sides.push('coordinator');
  return sides;
}
