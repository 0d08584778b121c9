import { describe, expect, it } from 'vitest';
import {
  centersVisibleTo,
  mayActForOrganization,
  mayActOnVolunteer,
  mayOnPlacement,
  type OrganizationAction,
  type OrganizationFacts,
  organizationActions,
  type PlacementAction,
  type PlacementFacts,
  type PlacementSide,
  placementActions,
  placementSidesOf,
  refusalFor,
  requireGuardianInviter,
  requireGuardianOf,
  requirePermission,
} from './authz.js';
import { A, A1, A2, actorWith, B, people, type Who } from './authz-test-people.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from './errors.js';

/**
 * The decisions that matter, written out by hand: who, what, where → allowed or refused, and why.
 * No expected answer is computed from the tables under test, so a wrong entry in `permissions`,
 * `organizationActions` or `placementActions` fails a row here. Center A has points A1 and A2;
 * center B has point B1.
 */

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
