/**
 * Roles, tenancy and the one place that decides who may do what (ADR 003).
 * Services call `requirePermission` first thing in every function that acts for a user.
 */
export const roles = [
  'national_admin',
  'center_admin',
  'center_coordinator',
  'point_coordinator',
  'org_staff',
  'school_coordinator',
  'company_coordinator',
  'guardian',
  'volunteer',
] as const;
export type Role = (typeof roles)[number];

/** Which tenant a role is held in. */
export const roleScope: Record<Role, 'national' | 'center' | 'point' | 'none'> = {
  national_admin: 'national',
  center_admin: 'center',
  center_coordinator: 'center',
  point_coordinator: 'point',
  org_staff: 'center',
  school_coordinator: 'center',
  company_coordinator: 'center',
  guardian: 'none',
  volunteer: 'none',
};

export type Grant = { role: Role; centerId: string | null; pointId: string | null };

export type Actor = {
  userId: string;
  email: string;
  familyName: string;
  givenName: string;
  emailConfirmed: boolean;
  grants: Grant[];
};

/** What a permission is checked against: nothing (national), a center, or a point of a center. */
export type Scope = { centerId?: string | null; pointId?: string | null };

export const permissions = {
  /** Create, rename centers. */
  'centers.manage': ['national_admin'],
  /** See a center's data in the admin area. */
  'centers.view': ['national_admin', 'center_admin', 'center_coordinator'],
  /** Create and edit Volunteer Points of a center. */
  'points.manage': ['national_admin', 'center_admin'],
  'points.view': ['national_admin', 'center_admin', 'center_coordinator', 'point_coordinator'],
  /** List users, grant and revoke roles within the tenant. */
  'users.manage': ['national_admin', 'center_admin'],
  'audit.view': ['national_admin', 'center_admin'],
  // The outbox holds every center's mail: only national admins read it (demo: confirmation links).
  'outbox.view': ['national_admin'],
  /** Brokering (issue 4). Organization staff act through organization membership, not these roles. */
  'volunteers.view': ['national_admin', 'center_admin', 'center_coordinator', 'point_coordinator'],
  /** Register walk-in volunteers, edit profiles, record certificate checks and guardian consent. */
  'volunteers.manage': ['national_admin', 'center_admin', 'center_coordinator', 'point_coordinator'],
  'organizations.view': ['national_admin', 'center_admin', 'center_coordinator', 'point_coordinator'],
  /** Approve, reject or return organizations and opportunities for changes. */
  'organizations.vet': ['national_admin', 'center_admin', 'center_coordinator'],
  'opportunities.vet': ['national_admin', 'center_admin', 'center_coordinator'],
  /** Propose/refer volunteers, follow placements up, see the coordinator dashboard. */
  'placements.coordinate': ['national_admin', 'center_admin', 'center_coordinator', 'point_coordinator'],
  /**
   * Volunteer hours: the coordinators' list of hours still waiting for the host's decision
   * after 14 days, in their reach. Approving is the host organization's job (membership), not a role's.
   */
  'hours.review': ['national_admin', 'center_admin', 'center_coordinator', 'point_coordinator'],
  /** Confirm or reject a volunteer's request to erase their personal data (the center decides). */
  'erasure.decide': ['national_admin', 'center_admin'],
  /**
   * Maintain the legal data every center's rules read (ADR 016): the minimum wage and the school
   * calendar. National only: one wrong row changes minors' limits and reward caps everywhere.
   */
  'legal.manage': ['national_admin'],
  /** Enter the admin area at all. */
  'admin.enter': ['national_admin', 'center_admin', 'center_coordinator', 'point_coordinator'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof permissions;

export class ForbiddenError extends Error {
  readonly statusCode = 403;
  constructor(message = 'forbidden') {
    super(message);
  }
}

export class UnauthenticatedError extends Error {
  readonly statusCode = 401;
  constructor() {
    super('unauthenticated');
  }
}

function grantCovers(grant: Grant, scope: Scope | undefined): boolean {
  const kind = roleScope[grant.role];
  if (kind === 'national') return true;
  if (!scope || (scope.centerId == null && scope.pointId == null)) {
    // A check without a tenant (e.g. "may enter the admin area") is satisfied by any grant.
    return true;
  }
  if (kind === 'center') return scope.centerId != null && grant.centerId === scope.centerId;
  if (kind === 'point') return scope.pointId != null && grant.pointId === scope.pointId;
  return false;
}

/** True when the actor holds a role that carries the permission in the given tenant. */
export function can(actor: Actor | null, permission: Permission, scope?: Scope): boolean {
  if (!actor) return false;
  const allowed: readonly Role[] = permissions[permission];
  return actor.grants.some((g) => allowed.includes(g.role) && grantCovers(g, scope));
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

export function requirePermission(actor: Actor | null, permission: Permission, scope?: Scope): Actor {
  const a = requireActor(actor);
  if (!can(a, permission, scope)) throw new ForbiddenError(permission);
  return a;
}

export function isNationalAdmin(actor: Actor | null): boolean {
  return !!actor?.grants.some((g) => g.role === 'national_admin');
}

/**
 * The centers whose data the actor may see as a whole with this permission: 'all' for a national
 * role, otherwise the ids of centers where they hold a center-scoped role (possibly none). A point
 * coordinator does not see their whole center: use `pointsVisibleTo` for point-level data.
 */
export function centersVisibleTo(actor: Actor | null, permission: Permission): 'all' | string[] {
  if (!actor) return [];
  const allowed: readonly Role[] = permissions[permission];
  const ids = new Set<string>();
  for (const g of actor.grants) {
    if (!allowed.includes(g.role)) continue;
    if (roleScope[g.role] === 'national') return 'all';
    if (roleScope[g.role] === 'center' && g.centerId) ids.add(g.centerId);
  }
  return [...ids];
}

/** The Volunteer Points where the actor holds a point-scoped role carrying the permission. */
export function pointsVisibleTo(actor: Actor | null, permission: Permission): string[] {
  if (!actor) return [];
  const allowed: readonly Role[] = permissions[permission];
  return actor.grants.filter((g) => allowed.includes(g.role) && roleScope[g.role] === 'point' && g.pointId).map((g) => g.pointId as string);
}
