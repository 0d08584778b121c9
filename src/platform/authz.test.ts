import { describe, expect, it } from 'vitest';
import {
  type Actor,
  can,
  centersVisibleTo,
  type Grant,
  mayActForOrganization,
  mayActOnVolunteer,
  mayOnPlacement,
  type OrganizationAction,
  type OrganizationFacts,
  organizationActions,
  type Permission,
  type PlacementAction,
  type PlacementFacts,
  type PlacementSide,
  permissions,
  placementActions,
  placementSidesOf,
  refusalFor,
  requireGuardianInviter,
  requireGuardianOf,
  requirePermission,
  type Scope,
} from './authz.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from './errors.js';

/**
 * The decisions that matter, written out by hand: who, what, where → allowed or refused, and why.
 * No expected answer is computed from the tables under test, so a wrong entry in `permissions`,
 * `organizationActions` or `placementActions` fails a row here. Center A has points A1 and A2;
 * center B has point B1.
 */
const A = 'center-a';
const B = 'center-b';
const A1 = 'point-a1';
const A2 = 'point-a2';
const B1 = 'point-b1';

function actorWith(userId: string, ...grants: Grant[]): Actor {
  return { userId, email: `${userId}@kapocs.example`, familyName: 'Teszt', givenName: userId, emailConfirmed: true, grants };
}

const people = {
  'national admin': actorWith('national', { role: 'national_admin', centerId: null, pointId: null }),
  'admin of center A': actorWith('admin-a', { role: 'center_admin', centerId: A, pointId: null }),
  'admin of center B': actorWith('admin-b', { role: 'center_admin', centerId: B, pointId: null }),
  'coordinator of center A': actorWith('coord-a', { role: 'center_coordinator', centerId: A, pointId: null }),
  'coordinator of center B': actorWith('coord-b', { role: 'center_coordinator', centerId: B, pointId: null }),
  'coordinator of point A1': actorWith('point-a1', { role: 'point_coordinator', centerId: A, pointId: A1 }),
  'coordinator of point A2': actorWith('point-a2', { role: 'point_coordinator', centerId: A, pointId: A2 }),
  'coordinator of point B1': actorWith('point-b1', { role: 'point_coordinator', centerId: B, pointId: B1 }),
  'organization staff in A': actorWith('org-staff', { role: 'org_staff', centerId: A, pointId: null }),
  'school coordinator in A': actorWith('school', { role: 'school_coordinator', centerId: A, pointId: null }),
  'company coordinator in A': actorWith('company', { role: 'company_coordinator', centerId: A, pointId: null }),
  guardian: actorWith('guardian', { role: 'guardian', centerId: null, pointId: null }),
  volunteer: actorWith('volunteer', { role: 'volunteer', centerId: null, pointId: null }),
  'second volunteer': actorWith('volunteer-2', { role: 'volunteer', centerId: null, pointId: null }),
} as const;
type Who = keyof typeof people;

const places: Record<string, Scope | undefined> = {
  anywhere: undefined,
  'center A': { centerId: A },
  'center B': { centerId: B },
  'point A1': { centerId: A, pointId: A1 },
  'point A2': { centerId: A, pointId: A2 },
  'point B1': { centerId: B, pointId: B1 },
};

type PermissionRow = [who: Who, permission: Permission, where: keyof typeof places, allowed: boolean, why: string];

const permissionRows: PermissionRow[] = [
  ['national admin', 'centers.manage', 'center B', true, 'national admins create and rename centers'],
  ['admin of center A', 'centers.manage', 'center A', false, 'a center admin runs their center, they do not create or rename centers'],
  ['coordinator of center A', 'centers.view', 'center A', true, "center staff see their center's data"],
  ['coordinator of center A', 'centers.view', 'center B', false, "another center's data is not theirs"],
  ['coordinator of point A1', 'centers.view', 'center A', false, 'a point coordinator sees their point, not the whole center'],
  ['admin of center A', 'points.manage', 'point A2', true, "center admins set up their center's Volunteer Points"],
  ['coordinator of center A', 'points.manage', 'center A', false, 'coordinators broker; setting up points is the admin’s job'],
  ['admin of center A', 'points.manage', 'center B', false, "another center's points are not theirs"],
  ['coordinator of center A', 'points.view', 'point A2', true, 'center staff see every point of their center'],
  ['coordinator of point A1', 'points.view', 'point A1', true, 'a point coordinator sees their own point'],
  ['coordinator of point A1', 'points.view', 'point A2', false, 'a point coordinator does not see the other points of the center'],
  ['coordinator of point B1', 'points.view', 'point A1', false, 'a point of another center is not theirs'],
  ['coordinator of center A', 'points.network', 'point A2', true, 'center staff scout, set up and consult their points'],
  ['coordinator of point A1', 'points.network', 'point A1', false, 'a point coordinator does not run the point network'],
  ['coordinator of center B', 'points.network', 'center A', false, "another center's point network is not theirs"],
  ['admin of center A', 'users.manage', 'center A', true, 'center admins grant and revoke roles in their center'],
  ['coordinator of center A', 'users.manage', 'center A', false, 'coordinators do not hand out roles'],
  ['admin of center B', 'users.manage', 'center A', false, "another center's users are not theirs"],
  ['admin of center A', 'audit.view', 'center A', true, "the center admin answers for the center's records"],
  ['coordinator of center A', 'audit.view', 'center A', false, 'the audit trail is for admins, not day-to-day brokering'],
  ['national admin', 'outbox.view', 'anywhere', true, 'the outbox holds every center’s mail: national admins only'],
  ['admin of center A', 'outbox.view', 'anywhere', false, "the outbox mixes all centers' mail, so no center role reads it"],
  ['coordinator of center A', 'knowledge.edit', 'center A', true, "a center's staff write and publish its local articles"],
  ['coordinator of center B', 'knowledge.edit', 'center A', false, "another center's articles are not theirs to change"],
  ['coordinator of point A1', 'knowledge.edit', 'center A', false, 'a Volunteer Point informs people; the center keeps the articles'],
  ['national admin', 'knowledge.edit', 'center B', true, "national admins write every center's local articles (and the national ones)"],
  ['organization staff in A', 'knowledge.edit', 'center A', false, 'host organizations read the knowledge base; they do not edit it'],
  ['volunteer', 'knowledge.edit', 'anywhere', false, 'volunteers read the knowledge base; they do not edit it'],
  ['coordinator of center A', 'trainings.manage', 'center A', true, "a center's staff write its courses and schedule its sessions"],
  ['coordinator of center B', 'trainings.manage', 'center A', false, "another center's courses and sessions are not theirs"],
  ['coordinator of point A1', 'trainings.manage', 'center A', false, 'a Volunteer Point registers people; the center runs the trainings'],
  ['organization staff in A', 'trainings.manage', 'center A', false, 'organizations register their people as members, they do not run trainings'],
  ['admin of center A', 'trainings.manage', 'center A', true, "a center's admins hold its experience-exchange meetings and see its organizations' readiness"],
  ['national admin', 'trainings.manage', 'center B', true, "national admins see every center's meetings and readiness"],
  ['volunteer', 'trainings.manage', 'anywhere', false, "a volunteer neither holds meetings nor sees organizations' readiness"],
  ['admin of center B', 'trainings.manage', 'center A', false, "another center's attendance and completions (which grant qualifications) are not theirs"],
  ['coordinator of point A1', 'trainings.register', 'point A1', true, "a point coordinator registers walk-ins and their point's volunteers"],
  ['coordinator of point A1', 'trainings.register', 'point A2', false, "another point's volunteers are not theirs to register"],
  ['coordinator of center A', 'trainings.register', 'point A2', true, 'center staff register every volunteer of their center'],
  ['volunteer', 'trainings.register', 'center A', false, 'a volunteer registers themself, never others'],
  ['coordinator of center A', 'inquiries.log', 'center A', true, "a center's staff log and answer all of the center's inquiries"],
  ['coordinator of center A', 'inquiries.log', 'point A2', true, "the center's staff also work with its points' inquiries"],
  ['coordinator of center B', 'inquiries.log', 'center A', false, "another center's inquiries are not theirs to see"],
  ['coordinator of point A1', 'inquiries.log', 'point A1', true, "a point's coordinator logs the inquiries of their own point"],
  ['coordinator of point A1', 'inquiries.log', 'point A2', false, "another point's inquiries are not theirs"],
  ['coordinator of point A1', 'inquiries.log', 'center A', false, "a point's coordinator does not see the center's own inquiries"],
  ['organization staff in A', 'inquiries.log', 'center A', false, 'organizations ask the center; they do not keep its log'],
  ['admin of center A', 'inquiries.topics', 'center A', true, "a center's admins keep its own list of topics"],
  ['coordinator of center A', 'inquiries.topics', 'center A', false, 'coordinators choose from the topics; the admins keep the list'],
  ['admin of center B', 'inquiries.topics', 'center A', false, "another center's list is not theirs"],
  ['national admin', 'inquiries.topics', 'center B', true, "national admins keep the national topics and help every center's list"],
  ['national admin', 'legal.manage', 'anywhere', true, 'the minimum wage and the school calendar are national law, kept once for every center'],
  ['admin of center A', 'legal.manage', 'anywhere', false, 'a center must not change the law that every other center applies'],
  ['admin of center A', 'legal.manage', 'center A', false, 'legal amounts have no center: not even its own center is a scope for them'],
  ['coordinator of point A1', 'volunteers.view', 'point A1', true, 'a point coordinator sees the volunteers of their point'],
  ['coordinator of point A1', 'volunteers.view', 'point A2', false, "another point's volunteers are not theirs"],
  ['coordinator of center A', 'volunteers.view', 'point A2', true, 'center staff see every volunteer of their center'],
  ['organization staff in A', 'volunteers.view', 'center A', false, 'organizations see volunteers through placements, not the register of volunteers'],
  ['admin of center B', 'volunteers.view', 'center A', false, "another center's volunteers are not theirs"],
  ['coordinator of center A', 'volunteers.manage', 'center A', true, 'coordinators register walk-in volunteers and record checks'],
  ['school coordinator in A', 'volunteers.manage', 'center A', false, 'a school coordinator does not keep the center’s volunteer records'],
  ['coordinator of point A1', 'organizations.view', 'point A1', true, 'a point coordinator sees the organizations of their point'],
  ['coordinator of point A1', 'organizations.view', 'point A2', false, "another point's organizations are not theirs"],
  ['admin of center B', 'organizations.view', 'center A', false, "another center's organizations are not theirs"],
  ['coordinator of center A', 'organizations.vet', 'center A', true, 'vetting organizations is the center’s job'],
  ['coordinator of point A1', 'organizations.vet', 'point A1', false, "a point coordinator may not vet organizations: vetting is the center's job"],
  ['coordinator of center B', 'organizations.vet', 'center A', false, "another center's organizations are vetted by that center"],
  ['admin of center A', 'opportunities.vet', 'center A', true, 'the center approves opportunities before they are public'],
  ['coordinator of point A1', 'opportunities.vet', 'point A1', false, "a point coordinator may not vet opportunities: vetting is the center's job"],
  ['organization staff in A', 'opportunities.vet', 'center A', false, 'an organization never approves its own opportunities'],
  ['coordinator of point A1', 'placements.coordinate', 'point A1', true, 'point coordinators refer volunteers and follow placements up'],
  ['company coordinator in A', 'placements.coordinate', 'center A', false, 'a company coordinator organizes its staff, it does not broker'],
  ['coordinator of center B', 'placements.coordinate', 'center A', false, "another center's placements are not theirs"],
  ['coordinator of center A', 'hours.review', 'center A', true, 'coordinators chase hours left undecided for 14 days'],
  ['organization staff in A', 'hours.review', 'center A', false, 'organizations approve hours through membership, not a role'],
  ['admin of center A', 'erasure.decide', 'center A', true, 'the center, as data controller, decides on erasure requests'],
  ['coordinator of center A', 'erasure.decide', 'center A', false, 'erasure is an admin decision, not a coordinator’s'],
  ['admin of center B', 'erasure.decide', 'center A', false, "another center's volunteers are not theirs"],
  ['admin of center A', 'retention.view', 'center A', true, 'the center sees whom the inactive-account job will warn or anonymise'],
  ['coordinator of center A', 'retention.view', 'center A', false, 'like erasure, an admin matter'],
  ['admin of center B', 'retention.view', 'center A', false, "another center's volunteers are not theirs"],
  ['coordinator of center A', 'advocacy.manage', 'center A', true, "a center's staff keep its stakeholders and advocacy actions"],
  ['coordinator of center B', 'advocacy.manage', 'center A', false, "another center's advocacy is not theirs"],
  ['national admin', 'advocacy.manage', 'center B', true, "national admins work on every center's advocacy"],
  ['coordinator of point A1', 'advocacy.manage', 'center A', false, 'advocacy is the center’s work, not a point’s'],
  ['organization staff in A', 'advocacy.manage', 'center A', false, 'host organizations have no access to advocacy records'],
  ['volunteer', 'advocacy.manage', 'anywhere', false, 'volunteers have no access to advocacy records'],
  ['coordinator of point A1', 'admin.enter', 'anywhere', true, 'every staff role enters the admin area'],
  ['organization staff in A', 'admin.enter', 'anywhere', false, 'organizations have their own pages, not the admin area'],
  ['volunteer', 'admin.enter', 'anywhere', false, 'volunteers have their own pages, not the admin area'],
  ['guardian', 'admin.enter', 'anywhere', false, 'a guardian is a personal role, not staff'],
];

/** The organization every organization row is about: in center A, attached to point A1. */
const organizationIn = (membership: OrganizationFacts['membership']): OrganizationFacts => ({ centerId: A, pointId: A1, membership });

type OrganizationRow = [who: Who, membership: 'admin' | 'staff' | null, action: OrganizationAction, allowed: boolean, why: string];

const organizationRows: OrganizationRow[] = [
  ['organization staff in A', 'admin', 'manageMembers', true, 'the organization’s admins decide who joins'],
  ['organization staff in A', 'staff', 'manageMembers', false, 'a plain member does not add or remove members'],
  ['coordinator of center A', null, 'manageMembers', true, "the center's vetters may help, e.g. when the last admin left"],
  ['coordinator of point A1', null, 'manageMembers', false, 'a point coordinator does not vet, so does not manage members either'],
  ['organization staff in A', 'staff', 'edit', true, 'every member edits the profile: the organization decides who joins'],
  ['coordinator of center A', null, 'edit', false, "the center vets the profile; writing it is the organization's"],
  ['organization staff in A', null, 'edit', false, 'the org_staff role alone gives no organization: membership does'],
  ['organization staff in A', 'staff', 'view', true, 'members see their organization’s internals'],
  ['coordinator of point A1', null, 'view', true, 'the coordinator of its point sees it'],
  ['coordinator of point A2', null, 'view', false, 'the coordinator of another point of the center does not'],
  ['admin of center B', null, 'view', false, 'another center learns nothing of it'],
  ['volunteer', null, 'view', false, 'a volunteer sees the public profile only'],
  ['coordinator of center A', null, 'vet', true, "vetting is the center's job"],
  ['organization staff in A', 'admin', 'vet', false, 'an organization never vets itself'],
  ['coordinator of point A1', null, 'vet', false, "a point coordinator may not vet organizations: vetting is the center's job"],
  ['organization staff in A', 'staff', 'host', true, 'members publish opportunities and run shifts'],
  ['national admin', null, 'host', false, 'not even a national admin publishes for an organization'],
  ['coordinator of center A', null, 'host', false, 'coordinators broker, they do not act for the host'],
  ['organization staff in A', 'staff', 'keepRegister', true, 'the Köt. 14. § register is the organization’s own record'],
  ['coordinator of center A', null, 'keepRegister', false, 'the center does not need the register for brokering'],
  ['organization staff in A', 'staff', 'readContractTemplate', true, 'every member reads the contract template'],
  ['coordinator of center A', null, 'readContractTemplate', false, 'the template is the organization’s, not the center’s'],
  ['organization staff in A', 'admin', 'editContractTemplate', true, 'the admins edit the template, as it binds the organization'],
  ['organization staff in A', 'staff', 'editContractTemplate', false, 'a plain member only reads it'],
  ['organization staff in A', 'staff', 'followPlacements', true, 'members follow their hours and check-ins'],
  ['coordinator of point A1', null, 'followPlacements', true, 'the coordinators in its reach follow overdue hours'],
  ['coordinator of point A2', null, 'followPlacements', false, 'the coordinator of another point does not'],
  ['coordinator of center B', null, 'followPlacements', false, 'another center does not'],
  ['school coordinator in A', null, 'followPlacements', false, 'a school coordinator does not broker placements'],
  ['coordinator of point A1', null, 'seeResponsiveness', true, 'the coordinators in its reach see how fast the host answers'],
  ['organization staff in A', 'admin', 'seeResponsiveness', false, 'its own members do not: the figures rate the host'],
  ['coordinator of center B', null, 'seeResponsiveness', false, 'another center does not'],
];

/**
 * The placement every placement row is about: in center A, its organization attached to point A1,
 * its volunteer (the "volunteer" person) to point A2.
 */
const placement = (actorIsHostMember: boolean): PlacementFacts => ({
  centerId: A,
  organizationPointId: A1,
  volunteerPointId: A2,
  volunteerUserId: 'volunteer',
  actorIsHostMember,
});

type SidesRow = [who: Who, hostMember: boolean, sides: PlacementSide[], why: string];

const sidesRows: SidesRow[] = [
  ['volunteer', false, ['volunteer'], 'the placement’s own volunteer'],
  ['second volunteer', false, [], 'another volunteer learns nothing of it'],
  ['organization staff in A', true, ['organization'], 'a member of the host organization'],
  ['organization staff in A', false, [], 'staff of another organization: the role alone gives no placement'],
  ['coordinator of center A', false, ['coordinator'], 'a coordinator of its center'],
  ['coordinator of point A1', false, ['coordinator'], "the coordinator of the organization's point"],
  ['coordinator of point A2', false, ['coordinator'], "the coordinator of the volunteer's point"],
  ['coordinator of point B1', false, [], 'a point of another center'],
  ['coordinator of center B', false, [], 'another center'],
  ['school coordinator in A', false, [], 'a school coordinator does not coordinate placements'],
  ['guardian', false, [], 'a guardian account is not linked to placements'],
];

type PlacementRow = [sides: PlacementSide[], action: PlacementAction, allowed: boolean, why: string];

const placementRows: PlacementRow[] = [
  [['volunteer'], 'see', true, 'the volunteer sees their own placement'],
  [['organization'], 'see', true, 'the host sees it'],
  [['coordinator'], 'see', true, 'the coordinator sees it'],
  [[], 'see', false, 'someone outside it sees nothing'],
  [['volunteer'], 'logHours', true, 'the volunteer logs their hours'],
  [['organization'], 'logHours', true, 'the host logs hours on their behalf'],
  [['coordinator'], 'logHours', true, 'a coordinator logs them for a walk-in volunteer'],
  [[], 'logHours', false, 'someone outside the placement logs nothing on it'],
  [['organization'], 'decideHours', true, 'the host saw the work, so it approves the hours'],
  [['volunteer'], 'decideHours', false, 'a volunteer never approves their own hours'],
  [['coordinator'], 'decideHours', false, 'a coordinator did not see the work'],
  [['volunteer'], 'deleteOwnHours', true, 'the volunteer takes back an entry still waiting'],
  [['organization'], 'deleteOwnHours', false, 'the host rejects, it does not delete the volunteer’s entry'],
  [['coordinator'], 'overrideMinorLimit', true, "a coordinator may override a minor's limit with a written reason"],
  [['organization'], 'overrideMinorLimit', false, 'the host may not stretch the Köt. limits for minors'],
  [['organization'], 'recordBenefits', true, 'the host gives benefits and keeps the register (Köt. 14. §)'],
  [['volunteer'], 'recordBenefits', false, 'the volunteer reads the ledger only'],
  [['coordinator'], 'recordBenefits', false, 'the center does not give the benefits'],
  [['organization'], 'manageContracts', true, 'the host is the contracting party'],
  [['coordinator'], 'manageContracts', false, 'the center is not a party to the contract'],
  [['organization'], 'keepRegister', true, "the register entry is the host's own record"],
  [['volunteer'], 'keepRegister', false, 'the volunteer sees their data through "my data"'],
  [['volunteer'], 'requestCertificate', true, 'the volunteer asks for their certificate'],
  [['organization'], 'requestCertificate', false, 'the host does not ask for the volunteer'],
  [['coordinator'], 'coordinate', true, 'coordinators keep notes and follow the placement up'],
  [['organization', 'volunteer'], 'coordinate', false, "neither the host nor the volunteer reads the coordinators' notes"],
];

describe('role × permission × tenant', () => {
  it.each(permissionRows)('%s, %s in %s → %s (%s)', (who, permission, where, allowed) => {
    expect(can(people[who], permission, places[where])).toBe(allowed);
  });

  it('has an allowed and a refused row for every permission', () => {
    const uncovered = (Object.keys(permissions) as Permission[]).filter(
      (p) => !permissionRows.some((r) => r[1] === p && r[3]) || !permissionRows.some((r) => r[1] === p && !r[3]),
    );
    expect(uncovered).toEqual([]);
  });

  it('nobody logged in can do nothing, and a user without grants neither', () => {
    expect(can(null, 'admin.enter')).toBe(false);
    expect(can(null, 'centers.view', { centerId: A })).toBe(false);
    expect(can(actorWith('nobody'), 'admin.enter')).toBe(false);
  });

  it('grants add up: admin of A and coordinator of B', () => {
    const actor = actorWith('both', { role: 'center_admin', centerId: A, pointId: null }, { role: 'center_coordinator', centerId: B, pointId: null });
    expect(can(actor, 'points.manage', { centerId: A })).toBe(true);
    expect(can(actor, 'points.manage', { centerId: B })).toBe(false);
    expect(can(actor, 'centers.view', { centerId: B })).toBe(true);
  });

  it('a tenant check needs the center id: a point id alone does not reach a center role', () => {
    // Services must pass both ids for a point's data, or center staff are refused.
    expect(can(people['admin of center A'], 'points.view', { pointId: A1 })).toBe(false);
    expect(can(people['coordinator of point A1'], 'points.view', { pointId: A1 })).toBe(true);
  });
});

describe('organization membership × action', () => {
  it.each(organizationRows)('%s (member: %s) → %s: %s (%s)', (who, membership, action, allowed) => {
    expect(mayActForOrganization(people[who], action, organizationIn(membership))).toBe(allowed);
  });

  it('has an allowed and a refused row for every organization action', () => {
    const uncovered = (Object.keys(organizationActions) as OrganizationAction[]).filter(
      (a) => !organizationRows.some((r) => r[2] === a && r[3]) || !organizationRows.some((r) => r[2] === a && !r[3]),
    );
    expect(uncovered).toEqual([]);
  });

  it('nobody logged in acts for no organization, even with a membership passed in', () => {
    expect(mayActForOrganization(null, 'view', organizationIn('admin'))).toBe(false);
  });
});

describe('the sides of a placement', () => {
  it.each(sidesRows)('%s (host member: %s) → %j (%s)', (who, hostMember, sides) => {
    expect(placementSidesOf(people[who], placement(hostMember))).toEqual(sides);
  });

  it('a point grant counts only in its own center', () => {
    // A grant for point A2 recorded as if it were in center B must not reach center A's placement.
    const inconsistent = actorWith('odd', { role: 'point_coordinator', centerId: B, pointId: A2 });
    expect(placementSidesOf(inconsistent, placement(false))).toEqual([]);
  });

  it('a placement whose volunteer has no account has no volunteer side', () => {
    expect(placementSidesOf(people['second volunteer'], { ...placement(false), volunteerUserId: null })).toEqual([]);
    expect(placementSidesOf(null, placement(true))).toEqual([]);
  });

  it('one person may act for several sides (a coordinator who is also a member)', () => {
    expect(placementSidesOf(people['coordinator of center A'], placement(true))).toEqual(['organization', 'coordinator']);
  });
});

describe('placement side × action', () => {
  it.each(placementRows)('%j → %s: %s (%s)', (sides, action, allowed) => {
    expect(mayOnPlacement(sides, action)).toBe(allowed);
  });

  it('has an allowed and a refused row for every placement action', () => {
    const uncovered = (Object.keys(placementActions) as PlacementAction[]).filter(
      (a) => !placementRows.some((r) => r[1] === a && r[2]) || !placementRows.some((r) => r[1] === a && !r[2]),
    );
    expect(uncovered).toEqual([]);
  });
});

describe('one volunteer record', () => {
  const volunteerOfA2 = { centerId: A, pointId: A2 };
  const volunteerWithoutCenter = { centerId: null, pointId: null };

  type VolunteerRow = [who: Who, volunteer: { centerId: string | null; pointId: string | null }, allowed: boolean, why: string];
  it.each<VolunteerRow>([
    ['coordinator of point A2', volunteerOfA2, true, 'their own point'],
    ['coordinator of point A1', volunteerOfA2, false, 'another point of the same center'],
    ['coordinator of center A', volunteerOfA2, true, 'their center'],
    ['admin of center B', volunteerOfA2, false, 'another center'],
    ['national admin', volunteerWithoutCenter, true, 'a volunteer whose county has no center yet: national admins only'],
    ['admin of center A', volunteerWithoutCenter, false, 'no center, so no center staff (an empty scope must not let them in)'],
    ['organization staff in A', volunteerOfA2, false, 'organizations see volunteers through placements'],
  ])('%s → %j: %s (%s)', (who, volunteer, allowed) => {
    expect(mayActOnVolunteer(people[who], 'volunteers.view', volunteer)).toBe(allowed);
  });
});

describe('guardians and their minors', () => {
  const minor = { volunteerUserId: 'volunteer', centerId: A, pointId: A2, guardianUserIds: ['guardian'] };

  type GuardianRow = [who: Who, allowed: boolean, why: string];
  it.each<GuardianRow>([
    ['guardian', true, 'their linked minor'],
    ['second volunteer', false, 'a stranger: 404, as if the minor did not exist'],
    ['volunteer', false, 'the minor themself uses their own pages, not the guardian pages'],
    ['coordinator of center A', false, 'staff use the staff pages; the guardian pages are the guardian’s'],
    ['national admin', false, 'not even national admins act as a guardian'],
  ])('%s → see and consent: %s (%s)', (who, allowed) => {
    for (const action of ['see', 'consent'] as const) {
      const attempt = () => requireGuardianOf(people[who], minor, action);
      if (allowed) expect(attempt()).toBe(people[who]);
      else expect(attempt).toThrow(NotFoundError);
    }
  });

  it('a guardian role without a link to this minor is a stranger (404)', () => {
    expect(() => requireGuardianOf(people.guardian, { guardianUserIds: ['someone-else'] }, 'see')).toThrow(NotFoundError);
    expect(() => requireGuardianOf(null, minor, 'see')).toThrow(UnauthenticatedError);
  });

  type InviterRow = [who: Who, outcome: 'allowed' | 403 | 404, why: string];
  it.each<InviterRow>([
    ['volunteer', 'allowed', 'the minor invites their own guardian from their profile'],
    ['coordinator of point A2', 'allowed', 'staff who manage the record'],
    ['coordinator of center A', 'allowed', "center staff manage their center's volunteers"],
    ['coordinator of point A1', 404, 'another point: the record is out of reach'],
    ['admin of center B', 404, 'another center'],
    ['second volunteer', 404, 'another volunteer'],
    ['guardian', 404, 'a guardian does not invite themself; the minor or staff do'],
  ])('%s invites a guardian: %s (%s)', (who, outcome) => {
    const attempt = () => requireGuardianInviter(people[who], minor);
    if (outcome === 'allowed') expect(attempt()).toBe(people[who]);
    else expect(attempt).toThrow(outcome === 404 ? NotFoundError : ForbiddenError);
  });
});

describe('the stranger policy', () => {
  it('answers 404, as for a missing record, when the actor may not see it; 403 when they see it but may not act', () => {
    expect(refusalFor(false, 'application')).toBeInstanceOf(NotFoundError);
    expect(refusalFor(true, 'application')).toBeInstanceOf(ForbiddenError);
  });
});

describe('requirePermission', () => {
  it('returns the actor when allowed', () => {
    const actor = people['admin of center A'];
    expect(requirePermission(actor, 'users.manage', { centerId: A })).toBe(actor);
  });

  it('throws 401 for nobody and 403 for the wrong tenant', () => {
    expect(() => requirePermission(null, 'admin.enter')).toThrow(UnauthenticatedError);
    expect(() => requirePermission(people['admin of center A'], 'users.manage', { centerId: B })).toThrow(ForbiddenError);
  });
});

describe('centersVisibleTo', () => {
  it('is everything for a national admin', () => {
    expect(centersVisibleTo(people['national admin'], 'centers.view')).toBe('all');
  });

  it('is the own center for center roles that carry the permission', () => {
    expect(centersVisibleTo(people['admin of center A'], 'users.manage')).toEqual([A]);
    expect(centersVisibleTo(people['coordinator of center A'], 'centers.view')).toEqual([A]);
  });

  it('is nothing for roles without the permission, for point and personal roles and for nobody', () => {
    expect(centersVisibleTo(people['coordinator of center A'], 'users.manage')).toEqual([]);
    expect(centersVisibleTo(people['organization staff in A'], 'centers.view')).toEqual([]);
    expect(centersVisibleTo(people['coordinator of point A1'], 'volunteers.view')).toEqual([]);
    expect(centersVisibleTo(people.volunteer, 'admin.enter')).toEqual([]);
    expect(centersVisibleTo(null, 'centers.view')).toEqual([]);
  });

  it('lists every center once when grants are held in several', () => {
    const actor = actorWith(
      'several',
      { role: 'center_admin', centerId: A, pointId: null },
      { role: 'center_coordinator', centerId: A, pointId: null },
      { role: 'center_coordinator', centerId: B, pointId: null },
    );
    expect(new Set(centersVisibleTo(actor, 'centers.view') as string[])).toEqual(new Set([A, B]));
    expect((centersVisibleTo(actor, 'centers.view') as string[]).length).toBe(2);
    expect(centersVisibleTo(actor, 'users.manage')).toEqual([A]);
  });
});
