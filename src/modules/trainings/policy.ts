import { type Actor, can, centersVisibleTo, ForbiddenError, isNationalAdmin, pointGrantsWith, requireActor, requirePermission } from '../../platform/authz.js';

/*
 * Who may do what with trainings (issue 14). The role × tenant decisions are platform/authz.ts's
 * permissions ('trainings.manage', 'trainings.register'); here they are applied to a course's,
 * session's or registration's facts, which the services load.
 */

/**
 * Who writes a course: the staff of its center (`trainings.manage`), and for a national course (no
 * center) the national admins alone — a permission check without a center would be met by any grant.
 */
export function requireCourseEditor(actor: Actor | null, centerId: string | null): Actor {
  if (centerId !== null) return requirePermission(actor, 'trainings.manage', { centerId });
  const a = requireActor(actor);
  if (!isNationalAdmin(a)) throw new ForbiddenError('trainings.manage');
  return a;
}

export function mayEditCourse(actor: Actor | null, centerId: string | null): boolean {
  return centerId === null ? isNationalAdmin(actor) : can(actor, 'trainings.manage', { centerId });
}

/** The centers whose courses the actor manages: 'all' for a national admin. National courses are everyone's to read. */
export function managedCenters(actor: Actor | null): 'all' | string[] {
  return centersVisibleTo(actor, 'trainings.manage');
}

/** A course the actor sees on the staff pages: a national one, or one of a center they manage. */
export function mayReadCourse(actor: Actor | null, centerId: string | null): boolean {
  if (!can(actor, 'trainings.manage')) return false;
  const centers = managedCenters(actor);
  return centerId === null || centers === 'all' || centers.includes(centerId);
}

/**
 * Sessions are scheduled by the staff of the center they are held in; a national course's sessions
 * by any center's staff in their own center, a center course's only in its center.
 */
export function requireSessionManager(actor: Actor | null, sessionCenterId: string): Actor {
  return requirePermission(actor, 'trainings.manage', { centerId: sessionCenterId });
}

export function maySessionBeIn(courseCenterId: string | null, sessionCenterId: string): boolean {
  return courseCenterId === null || courseCenterId === sessionCenterId;
}

/** Staff who register walk-ins and their tenant's volunteers for a session of this center: its center's staff and its points' coordinators. */
export function mayRegisterInCenter(actor: Actor | null, sessionCenterId: string): boolean {
  if (can(actor, 'trainings.register', { centerId: sessionCenterId })) return true;
  return pointGrantsWith(actor, 'trainings.register').some((g) => g.centerId === sessionCenterId);
}

/** A volunteer within the actor's tenant (a volunteer with no center yet: national admins only). */
export function mayRegisterVolunteer(actor: Actor | null, volunteer: { centerId: string | null; pointId: string | null }): boolean {
  if (!volunteer.centerId) return isNationalAdmin(actor);
  return can(actor, 'trainings.register', { centerId: volunteer.centerId, pointId: volunteer.pointId });
}

/** One registration as the decisions need it (loaded by the service). */
export type RegistrationFacts = {
  sessionCenterId: string;
  /** The account of the person registered (the volunteer's, or the staff member's own). */
  participantUserId: string | null;
  volunteerPointId: string | null;
  /** Whether the actor is a member of the organization the registration was made for. */
  actorIsOrganizationMember: boolean;
  registeredBy: string | null;
};

/** Which side of a registration someone acts for. */
export type RegistrationSide = 'participant' | 'organization' | 'staff';

/**
 * The sides the actor acts for on one registration; none means they may not know it exists (404).
 * Staff: the session center's training managers; a point's coordinator for their point's volunteers
 * and for whom they registered themselves.
 */
export function registrationSidesOf(actor: Actor | null, facts: RegistrationFacts): RegistrationSide[] {
  if (!actor) return [];
  const sides: RegistrationSide[] = [];
  if (facts.participantUserId != null && facts.participantUserId === actor.userId) sides.push('participant');
  if (facts.actorIsOrganizationMember) sides.push('organization');
  const pointReach = pointGrantsWith(actor, 'trainings.register').some(
    (g) => g.centerId === facts.sessionCenterId && (g.pointId === facts.volunteerPointId || facts.registeredBy === actor.userId),
  );
  if (can(actor, 'trainings.register', { centerId: facts.sessionCenterId }) || pointReach) sides.push('staff');
  return sides;
}
