import { describe, expect, it } from 'vitest';
import { can, type Permission, permissions } from './authz.js';
import { A, A1, actorWith, B, people, places, type Who } from './authz-test-people.js';

/**
 * Role × permission × tenant, written out by hand: who, what, where → allowed or refused, and why. No
 * expected answer is computed from `permissions`, so a wrong entry there fails a row here.
 */
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
  ['coordinator of center A', 'reports.center', 'center A', true, "a center's staff read its reports and compare its points"],
  ['coordinator of center B', 'reports.center', 'center A', false, "another center's figures are not theirs"],
  ['national admin', 'reports.center', 'center B', true, 'national admins compare every center'],
  ['coordinator of point A1', 'reports.center', 'center A', false, 'a point coordinator does not read the whole center’s reports'],
  ['organization staff in A', 'reports.center', 'center A', false, 'host organizations read their own organization report only'],
  ['coordinator of center A', 'programs.manage', 'center A', true, "a center's staff run its thematic programs"],
  ['coordinator of center B', 'programs.manage', 'center A', false, "another center's programs are not theirs"],
  ['national admin', 'programs.manage', 'center B', true, "national admins help with every center's programs"],
  ['school coordinator in A', 'programs.manage', 'center A', false, 'a school acts for itself through its membership, not for the center'],
  ['company coordinator in A', 'programs.manage', 'center A', false, 'a company acts for itself through its membership, not for the center'],
  ['coordinator of point A1', 'admin.enter', 'anywhere', true, 'every staff role enters the admin area'],
  ['organization staff in A', 'admin.enter', 'anywhere', false, 'organizations have their own pages, not the admin area'],
  ['volunteer', 'admin.enter', 'anywhere', false, 'volunteers have their own pages, not the admin area'],
  ['guardian', 'admin.enter', 'anywhere', false, 'a guardian is a personal role, not staff'],
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
