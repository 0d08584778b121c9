import { type Actor, can, centersVisibleTo, type Grant, isNationalAdmin, isUserManagingRole, type Role, roleScope } from '../../platform/authz.js';

/**
 * Who may see, grant to, and lock out which user (ADR 003, tenancy). Pure functions over the actor's
 * and the target's grants, so every rule is unit-tested case by case (policy.test.ts) and the service
 * only loads data and asks.
 *
 * - A national admin manages everyone.
 * - A center admin manages the staff of their own center: users holding a grant there. To give a
 *   role to someone new they look the person up by exact e-mail address; that works for anyone who
 *   is not staff of another center (a volunteer, a new account). Another center's staff and the
 *   national admins stay invisible to them: a center's people are that center's data.
 */

/** Roles handed out in the admin area; volunteer and guardian are what people choose themselves. */
export const grantableRoles = [
  'national_admin',
  'center_admin',
  'center_coordinator',
  'point_coordinator',
  'org_staff',
  'school_coordinator',
  'company_coordinator',
] as const satisfies readonly Role[];

export type GrantableRole = (typeof grantableRoles)[number];

export function isGrantableRole(role: string): role is GrantableRole {
  return (grantableRoles as readonly string[]).includes(role);
}

/** Centers in which the actor manages users: 'all' for a national admin. */
export function managedCenters(actor: Actor): 'all' | string[] {
  return centersVisibleTo(actor, 'users.manage');
}

function holdsGrantIn(grants: readonly Grant[], centers: string[]): boolean {
  return grants.some((g) => g.centerId != null && centers.includes(g.centerId));
}

/** Staff of a center the actor does not manage, or a national admin. */
function belongsElsewhere(grants: readonly Grant[], centers: string[]): boolean {
  return grants.some((g) => roleScope[g.role] === 'national' || (g.centerId != null && !centers.includes(g.centerId)));
}

/** May the actor open this user's admin page (and look them up by e-mail)? */
export function mayViewUser(actor: Actor, target: readonly Grant[]): boolean {
  const centers = managedCenters(actor);
  if (centers === 'all') return true;
  if (centers.length === 0) return false;
  return holdsGrantIn(target, centers) || !belongsElsewhere(target, centers);
}

/** The target's grants the actor is shown: those of their own tenant and the personal roles. */
export function mayViewGrant(actor: Actor, grant: Grant): boolean {
  const centers = managedCenters(actor);
  if (centers === 'all') return true;
  return grant.centerId == null ? roleScope[grant.role] === 'none' : centers.includes(grant.centerId);
}

/** Roles the actor may hand out at all (the grant form's role select). */
export function rolesGrantableBy(actor: Actor): GrantableRole[] {
  if (isNationalAdmin(actor)) return [...grantableRoles];
  if (!can(actor, 'users.manage')) return [];
  return grantableRoles.filter((r) => roleScope[r] !== 'national');
}

/** May the actor grant this role in this tenant (the point's center for point roles)? */
export function mayGrant(actor: Actor, role: GrantableRole, centerId: string | null): boolean {
  if (roleScope[role] === 'national') return isNationalAdmin(actor);
  return centerId != null && can(actor, 'users.manage', { centerId });
}

/** Revoking follows granting; nobody removes their own admin role (no accidental lock-out). */
export function mayRevoke(actor: Actor, grant: Grant & { userId: string }): 'ok' | 'forbidden' | 'own-admin-role' {
  if (grant.userId === actor.userId && isUserManagingRole(grant.role)) return 'own-admin-role';
  const scope = roleScope[grant.role];
  if (scope === 'national' || scope === 'none') return isNationalAdmin(actor) ? 'ok' : 'forbidden';
  return grant.centerId != null && can(actor, 'users.manage', { centerId: grant.centerId }) ? 'ok' : 'forbidden';
}

/**
 * May the actor disable or enable this account? Never their own. A center admin only for their own
 * center's staff who hold no role elsewhere: an account is the person's, not one center's.
 */
export function mayDisable(actor: Actor, targetUserId: string, target: readonly Grant[]): 'ok' | 'forbidden' | 'self' {
  if (targetUserId === actor.userId) return 'self';
  const centers = managedCenters(actor);
  if (centers === 'all') return 'ok';
  return holdsGrantIn(target, centers) && !belongsElsewhere(target, centers) ? 'ok' : 'forbidden';
}
