import { type Actor, type Permission, ForbiddenError, can, centersVisibleTo, isNationalAdmin, pointsVisibleTo, requirePermission } from '../../platform/authz.js';
import type { VolunteerVisibility } from './repo.js';

type VolunteerPermission = Extract<Permission, 'volunteers.view' | 'volunteers.manage'>;

/**
 * The one tenancy policy of volunteers (ADR 003): national admins see everyone; center staff the
 * volunteers of their center; point coordinators those of their point. A volunteer with no center
 * yet (their county has no center) is seen by national admins only — `can` without a tenant would
 * let any staff member in, so that case is decided here, not left to an empty scope.
 */
export function mayActOnVolunteer(actor: Actor | null, permission: VolunteerPermission, v: { centerId: string | null; pointId: string | null }): boolean {
  if (!v.centerId) return isNationalAdmin(actor) && can(actor, permission);
  return can(actor, permission, { centerId: v.centerId, pointId: v.pointId });
}

export function requireVolunteerAccess(actor: Actor | null, permission: VolunteerPermission, v: { centerId: string | null; pointId: string | null }): Actor {
  const a = requirePermission(actor, permission);
  if (!mayActOnVolunteer(a, permission, v)) throw new ForbiddenError(permission);
  return a;
}

/** What a staff list query may return for the actor. */
export function volunteerVisibility(actor: Actor | null, permission: VolunteerPermission): VolunteerVisibility {
  return { centers: centersVisibleTo(actor, permission), points: pointsVisibleTo(actor, permission) };
}

/** Never written to the audit trail: one-time link and calendar-feed secrets (hashes of them). */
export function auditSnapshot<T extends { claimTokenHash?: unknown; calendarTokenHash?: unknown }>(row: T | undefined) {
  if (!row) return row;
  const { claimTokenHash: _c, calendarTokenHash: _k, ...rest } = row;
  return rest;
}
