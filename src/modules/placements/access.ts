import type { Queryable } from '../../db/database.js';
import { type Actor, can } from '../../platform/authz.js';
import { isOrganizationMember } from '../organizations/service.js';
import type { PlacementSide } from './status-rules.js';

/** Tenancy of a placement: the center, and the points of the organization and of the volunteer. */
export type PlacementTenancy = { centerId: string; organizationPointId: string | null; volunteerPointId: string | null };

/**
 * A coordinator of the center, or of the Volunteer Point that the organization or the volunteer
 * belongs to (a point coordinator's grant only covers their own point).
 */
export function coordinates(actor: Actor | null, tenancy: PlacementTenancy): boolean {
  const scopes = [
    { centerId: tenancy.centerId },
    ...[tenancy.organizationPointId, tenancy.volunteerPointId].filter(Boolean).map((pointId) => ({ centerId: tenancy.centerId, pointId })),
  ];
  return scopes.some((scope) => can(actor, 'placements.coordinate', scope));
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
