import { type Actor, centersVisibleTo, mayActOnVolunteer, type Permission, pointsVisibleTo, refusalFor, requirePermission } from '../../platform/authz.js';
import type { VolunteerVisibility } from './repo.js';

type VolunteerPermission = Extract<Permission, 'volunteers.view' | 'volunteers.manage'>;

/**
 * The staff's access to one volunteer record: the tenancy rule is platform/authz.ts's
 * `mayActOnVolunteer`; a volunteer outside the actor's reach answers 404, exactly like an unknown
 * id (ADR 003), and one they may see but not change answers 403.
 */
export function requireVolunteerAccess(actor: Actor | null, permission: VolunteerPermission, v: { centerId: string | null; pointId: string | null }): Actor {
  const a = requirePermission(actor, permission);
  if (!mayActOnVolunteer(a, permission, v)) throw refusalFor(mayActOnVolunteer(a, 'volunteers.view', v), 'volunteer');
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
