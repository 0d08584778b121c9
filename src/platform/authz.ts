import { NotFoundError } from './errors.js';

/**
 * Roles, tenancy and the one place that decides who may do what (ADR 003): role × tenant
 * (`permissions`), organization membership (`organizationActions`), the sides of a placement
 * (`placementActions`) and the stranger policy (`refusalFor`); schools' and companies' memberships in
 * partner-authz.ts. Modules load the facts (which
 * organization, center or volunteer a record belongs to); the decisions are made here.
 * Services call `requirePermission` (or one of the functions below) first thing in every function
 * that acts for a user.
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
   * See who the inactive-account job will warn or anonymise (a read-only preview): a center's admins
   * their center's volunteers, national admins everyone (and the logins without a volunteer profile).
   */
  'retention.view': ['national_admin', 'center_admin'],
  /**
   * Maintain the legal data every center's rules read (ADR 016): the minimum wage and the school
   * calendar. National only: one wrong row changes minors' limits and reward caps everywhere.
   */
  'legal.manage': ['national_admin'],
  /**
   * Write and publish the knowledge base's articles of a center (issue 14). National articles
   * (no center) are the national admins' alone: knowledge/policy.ts checks that, since a check
   * without a center would be met by any grant.
   */
  'knowledge.edit': ['national_admin', 'center_admin', 'center_coordinator'],
  /**
   * The inquiry log (issue 14): record, answer and follow up inquiries of a center, turn them into
   * registrations or leads, and see its statistics. A point's coordinator logs the point's own.
   */
  'inquiries.log': ['national_admin', 'center_admin', 'center_coordinator', 'point_coordinator'],
  /** Manage the managed list of inquiry topics of a center (national topics: national admins). */
  'inquiries.topics': ['national_admin', 'center_admin'],
  /**
   * Trainings (issue 14): write courses, schedule sessions, run attendance and mark completion
   * (which grants qualifications), hold experience-exchange meetings, and see organizations' readiness.
   */
  'trainings.manage': ['national_admin', 'center_admin', 'center_coordinator'],
  /** Register walk-ins and volunteers of the tenant for a session (points too). */
  'trainings.register': ['national_admin', 'center_admin', 'center_coordinator', 'point_coordinator'],
  /**
   * The Volunteer Points network (issue 15): scout candidates, move points through their life
   * (agreement, setting up, active, paused, closed), keep the consulting log and see coverage.
   */
  'points.network': ['national_admin', 'center_admin', 'center_coordinator'],
  /** Local advocacy (issue 15): stakeholders, advocacy actions and their documents, evidence packs. */
  'advocacy.manage': ['national_admin', 'center_admin', 'center_coordinator'],
  /**
   * A center's figures (issue 15): the reports dashboard, the points comparison, the annual report.
   * National admins compare centers and see the national roll-up.
   */
  'reports.center': ['national_admin', 'center_admin', 'center_coordinator'],
  /**
   * Thematic programs (issue 16): create and run a center's programs, their partners (schools,
   * companies, host organizations), hospital wards and event days with their optimal assignment.
   */
  'programs.manage': ['national_admin', 'center_admin', 'center_coordinator'],
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

/** The actor's point-scoped grants that carry the permission (each names its point and the point's center). */
export function pointGrantsWith(actor: Actor | null, permission: Permission): Grant[] {
  if (!actor) return [];
  const allowed: readonly Role[] = permissions[permission];
  return actor.grants.filter((g) => allowed.includes(g.role) && roleScope[g.role] === 'point' && g.pointId);
}

/** The Volunteer Points where the actor holds a point-scoped role carrying the permission. */
export function pointsVisibleTo(actor: Actor | null, permission: Permission): string[] {
  return pointGrantsWith(actor, permission).map((g) => g.pointId as string);
}

/**
 * The roles that hand out roles (carry `users.manage`). Nobody revokes such a role of their own: it
 * would lock them out of the very page that gives it back.
 */
export function isUserManagingRole(role: Role): boolean {
  return (permissions['users.manage'] as readonly Role[]).includes(role);
}

// ---------------------------------------------------------------------------------------------------
// Organization membership: who acts for one organization (ADR 003). Modules load the facts (the
// organization's tenant, the actor's membership role); the decision is made here, once.

/** The roles a member holds in an organization (organization_members.role). */
export const organizationMemberRoles = ['admin', 'staff'] as const;
export type OrganizationMemberRole = (typeof organizationMemberRoles)[number];

/** One organization as a decision needs it: its tenant and the actor's membership role as stored (null: not a member). */
export type OrganizationFacts = { centerId: string; pointId: string | null; membership: string | null };

/**
 * Who may act for an organization: `members` lists the membership roles that may, `staff` the
 * permission center staff need in the organization's tenant (its center, or its own Volunteer Point
 * for a point coordinator); null when no staff role may.
 */
type OrganizationRule = { members: readonly OrganizationMemberRole[]; staff: Permission | null };
const everyMember = organizationMemberRoles;

export const organizationActions = {
  /** See the internal data (status, timeline, members, opportunities being managed, reports). */
  view: { members: everyMember, staff: 'organizations.view' },
  /** Edit and resubmit the profile: every member, as the organization decides who joins. */
  edit: { members: everyMember, staff: null },
  /** Add and remove members: its admins; the center's vetters may help (e.g. when the last admin left). */
  manageMembers: { members: ['admin'], staff: 'organizations.vet' },
  /** Approve, reject or return for changes: vetting is the center's job, never the members'. */
  vet: { members: [], staff: 'organizations.vet' },
  /**
   * Act as the host: create, edit and submit opportunities and shifts, invite volunteers, list its
   * certificates, run the shift roster. Coordinators broker, they do not publish for the host.
   */
  host: { members: everyMember, staff: null },
  /** Keep the Köt. 14. § register: the organization's own record; the center does not need it for brokering. */
  keepRegister: { members: everyMember, staff: null },
  /** Read the contract template: every member. */
  readContractTemplate: { members: everyMember, staff: null },
  /** Edit the contract template: its admins, as it binds the organization. */
  editContractTemplate: { members: ['admin'], staff: null },
  /** Follow hours and check-ins: members, and the coordinators of placements in its reach (overdue hours). */
  followPlacements: { members: everyMember, staff: 'placements.coordinate' },
  /**
   * See how fast the host answers applications and referrals (median time, share within the
   * deadline): a coordinators' brokering aid that rates the host, so not shown to its members.
   */
  seeResponsiveness: { members: [], staff: 'placements.coordinate' },
} as const satisfies Record<string, OrganizationRule>;
export type OrganizationAction = keyof typeof organizationActions;

/** True when the actor may take the action for the organization (see organizationActions). */
export function mayActForOrganization(actor: Actor | null, action: OrganizationAction, org: OrganizationFacts): boolean {
  if (!actor) return false;
  const rule: OrganizationRule = organizationActions[action];
  if (org.membership != null && (rule.members as readonly string[]).includes(org.membership)) return true;
  return rule.staff != null && can(actor, rule.staff, { centerId: org.centerId, pointId: org.pointId });
}

// ---------------------------------------------------------------------------------------------------
// Placements: the sides someone acts for on one placement (application), and what each side may do.

/** Which side of a placement someone acts for. */
export type PlacementSide = 'volunteer' | 'organization' | 'coordinator';

/** One placement as a decision needs it, loaded by the module: its tenancy, the volunteer's account, membership. */
export type PlacementFacts = {
  centerId: string;
  organizationPointId: string | null;
  volunteerPointId: string | null;
  volunteerUserId: string | null;
  /** Whether the actor is a member of the host organization (any membership role). */
  actorIsHostMember: boolean;
};

export const placementActions = {
  /** See the placement and what is kept on it (hours, benefits, contracts, the PDF): every side. */
  see: ['volunteer', 'organization', 'coordinator'],
  /** Log hours: the volunteer, the organization on their behalf, a coordinator. */
  logHours: ['volunteer', 'organization', 'coordinator'],
  /** Approve or reject hours: the host organization only (it saw the work). */
  decideHours: ['organization'],
  /** Delete an hour entry while it is still submitted: the volunteer who logged it. */
  deleteOwnHours: ['volunteer'],
  /** Override a minor's weekly limit, with a written reason: a coordinator only. */
  overrideMinorLimit: ['coordinator'],
  /** Record and correct benefits: the host, who gives them and keeps the register (Köt. 14. §). */
  recordBenefits: ['organization'],
  /** Generate, sign and void contracts: the host, which is the contracting party. */
  manageContracts: ['organization'],
  /** Keep the placement's register entry: the host's own record (Köt. 14. §). */
  keepRegister: ['organization'],
  /** Ask for a certificate of the placement: the volunteer it certifies. */
  requestCertificate: ['volunteer'],
  /** Read and write coordinators' notes, follow the placement up: coordinators. */
  coordinate: ['coordinator'],
} as const satisfies Record<string, readonly PlacementSide[]>;
export type PlacementAction = keyof typeof placementActions;

/**
 * A coordinator of the placement's center, or of a Volunteer Point of that center which the
 * organization or the volunteer belongs to. (A point grant alone would match its point in any
 * center, so the grant's center is checked too: placements are coordinated in their own center.)
 */
export function coordinatesPlacement(actor: Actor | null, tenancy: Pick<PlacementFacts, 'centerId' | 'organizationPointId' | 'volunteerPointId'>): boolean {
  if (!actor) return false;
  if (can(actor, 'placements.coordinate', { centerId: tenancy.centerId })) return true;
  const allowed: readonly Role[] = permissions['placements.coordinate'];
  const points = new Set([tenancy.organizationPointId, tenancy.volunteerPointId].filter((p): p is string => !!p));
  return actor.grants.some(
    (g) => allowed.includes(g.role) && roleScope[g.role] === 'point' && g.centerId === tenancy.centerId && g.pointId != null && points.has(g.pointId),
  );
}

/** The sides the actor acts for on one placement; none means they may not even know it exists (404). */
export function placementSidesOf(actor: Actor | null, placement: PlacementFacts): PlacementSide[] {
  if (!actor) return [];
  const sides: PlacementSide[] = [];
  if (placement.volunteerUserId != null && placement.volunteerUserId === actor.userId) sides.push('volunteer');
  if (placement.actorIsHostMember) sides.push('organization');
  if (coordinatesPlacement(actor, placement)) sides.push('coordinator');
  return sides;
}

/** True when one of the actor's sides may take the action (see placementActions). */
export function mayOnPlacement(sides: readonly PlacementSide[], action: PlacementAction): boolean {
  const allowed: readonly PlacementSide[] = placementActions[action];
  return sides.some((s) => allowed.includes(s));
}

/** Throws 403 when none of the sides may take the action (the actor already sees the placement). */
export function requireOnPlacement(sides: readonly PlacementSide[], action: PlacementAction): void {
  if (!mayOnPlacement(sides, action)) throw new ForbiddenError(`placement.${action}`);
}

// ---------------------------------------------------------------------------------------------------
// Volunteers' records: the tenancy of one volunteer.

/**
 * National admins see every volunteer; center staff those of their center; point coordinators those
 * of their point. A volunteer with no center yet (their county has no center) is seen by national
 * admins only: `can` without a tenant would let any staff member in, so that case is decided here.
 */
export function mayActOnVolunteer(
  actor: Actor | null,
  permission: Extract<Permission, 'volunteers.view' | 'volunteers.manage'>,
  volunteer: { centerId: string | null; pointId: string | null },
): boolean {
  if (!volunteer.centerId) return isNationalAdmin(actor) && can(actor, permission);
  return can(actor, permission, { centerId: volunteer.centerId, pointId: volunteer.pointId });
}

// ---------------------------------------------------------------------------------------------------
// The stranger policy (ADR 003): a record outside the actor's reach answers exactly like a record that
// does not exist, so ids cannot be probed; a record the actor may see but not change answers 403.

/** The error for a refused actor: 403 when they may see the record, 404 (as if it did not exist) otherwise. */
export function refusalFor(maySee: boolean, what: string): Error {
  return maySee ? new ForbiddenError(what) : new NotFoundError(what);
}

// ---------------------------------------------------------------------------------------------------
// Guardians (issue 12): a guardian's account acts for the minors linked to it (a confirmed, not revoked
// guardian link), and for nobody else. The module loads the facts; the decisions are made here.

/** One minor as a guardian decision needs it: their own account and the accounts of their linked guardians. */
export type MinorFacts = { volunteerUserId: string | null; centerId: string | null; pointId: string | null; guardianUserIds: readonly string[] };

export const guardianActions = {
  /** See the minor's profile summary, applications, shifts and hours (read-only): their linked guardians. */
  see: 'linked',
  /** Give or withdraw the guardian's consent with one click: their linked guardians. */
  consent: 'linked',
} as const satisfies Record<string, 'linked'>;
export type GuardianAction = keyof typeof guardianActions;

/** True when the actor is one of the minor's linked guardians (every guardian action is theirs alone). */
export function isLinkedGuardianOf(actor: Actor | null, minor: Pick<MinorFacts, 'guardianUserIds'>): boolean {
  return !!actor && minor.guardianUserIds.includes(actor.userId);
}

/**
 * The guardian pages of a minor: their linked guardians only. Everyone else, staff included (they have
 * the staff pages), gets 404 as if the minor did not exist (the stranger policy above).
 */
export function requireGuardianOf(actor: Actor | null, minor: Pick<MinorFacts, 'guardianUserIds'>, _action: GuardianAction): Actor {
  const a = requireActor(actor);
  if (!isLinkedGuardianOf(a, minor)) throw refusalFor(false, 'minor');
  return a;
}

/**
 * Who may invite a guardian to link their account to a volunteer: the volunteer themself (from their
 * profile) and staff who manage the volunteer's record (mayActOnVolunteer). Staff who only see the
 * record get 403, anyone else 404.
 */
export function requireGuardianInviter(actor: Actor | null, minor: Omit<MinorFacts, 'guardianUserIds'>): Actor {
  const a = requireActor(actor);
  if (minor.volunteerUserId != null && minor.volunteerUserId === a.userId) return a;
  if (mayActOnVolunteer(a, 'volunteers.manage', minor)) return a;
  throw refusalFor(mayActOnVolunteer(a, 'volunteers.view', minor), 'volunteer');
}
