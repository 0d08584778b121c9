import { type Actor, can, centersVisibleTo, roleScope } from '../../platform/authz.js';

/**
 * Who may do what with one organization. Organization staff act through membership
 * (organization_members), center staff through their role in the organization's center (or, for a
 * point coordinator, its Volunteer Point). One place, used by every service function here.
 */
export type OrganizationTenant = { centerId: string; pointId: string | null };
export type Membership = { role: string } | undefined;

/** Center staff who see this organization's internal data (status, timeline, members). */
export function isStaffOf(actor: Actor | null, org: OrganizationTenant): boolean {
  return can(actor, 'organizations.view', { centerId: org.centerId, pointId: org.pointId });
}

export function maySeeInternals(actor: Actor | null, org: OrganizationTenant, membership: Membership): boolean {
  return membership !== undefined || isStaffOf(actor, org);
}

/** Vetting is the center's job: members and point coordinators never vet. */
export function mayVet(actor: Actor | null, org: OrganizationTenant): boolean {
  return can(actor, 'organizations.vet', { centerId: org.centerId });
}

/** Members edit the profile; every member, as the organization decides who joins. */
export function mayEdit(membership: Membership): boolean {
  return membership !== undefined;
}

/** The organization's admins manage members; the center's vetters may help (e.g. the last admin left). */
export function mayManageMembers(actor: Actor | null, org: OrganizationTenant, membership: Membership): boolean {
  return membership?.role === 'admin' || mayVet(actor, org);
}

/**
 * The reach of the coordinators' list: whole centers for center roles, and the organizations
 * attached to their Volunteer Point for point coordinators.
 */
export function listScopeOf(actor: Actor): { centerIds: 'all' | string[]; pointIds: string[] } {
  return {
    centerIds: centersVisibleTo(actor, 'organizations.view'),
    pointIds: actor.grants.filter((g) => roleScope[g.role] === 'point' && g.pointId && can(actor, 'organizations.view', { centerId: g.centerId, pointId: g.pointId })).map((g) => g.pointId as string),
  };
}
