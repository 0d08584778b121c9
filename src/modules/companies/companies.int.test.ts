import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applications,
  auditLog,
  companyMembers,
  companyTeamMembers,
  hourEntries,
  roleGrants,
  shifts,
  teamSignupMembers,
  teamSignups,
} from '../../db/schema/index.js';
import { createOpportunity, createShift } from '../../test-support/brokering-factories.js';
import { createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor, hostScene, mailsTo, seatsTaken, volunteerWithLogin } from '../placements/placements-test-support.js';
import { addCompanyCoordinator, addTeamMember, createCompany, createInvitation, createTeam } from './company-fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** A host with a published opportunity and a team shift (ten days ahead), and a company of the same center with a coordinator. */
async function scene(options: { capacity?: number; teamCapacity?: number; minAge?: number } = {}) {
  const host = await hostScene(t, { opportunity: options.minAge ? { minAge: options.minAge } : {} });
  const day = new Date(Date.now() + 10 * 86_400_000);
  day.setUTCHours(8, 0, 0, 0);
  const shift = await createShift(t.db, host.opportunity.id, {
    startsAt: day,
    endsAt: new Date(day.getTime() + 3 * 3_600_000),
    capacity: options.capacity ?? 10,
    teamCapacity: options.teamCapacity ?? 2,
  });
  const company = await createCompany(t.db, host.center.id);
  const coordinator = await createUser(t.db, { grants: [{ role: 'company_coordinator', centerId: host.center.id }] });
  await addCompanyCoordinator(t.db, company.id, coordinator.id);
  const team = await createTeam(t.db, company.id);
  return { host, shift, company, coordinator, coordinatorClient: await clientFor(t, coordinator.id), team };
}

async function member(teamId: string, centerId: string, options: { consent?: boolean; birthDate?: string } = {}) {
  const v = await volunteerWithLogin(t, { centerId, birthDate: options.birthDate ?? '1990-01-01' });
  const row = await addTeamMember(t.db, teamId, { id: v.volunteer.id, email: v.volunteer.email }, { consent: options.consent });
  return { ...v, member: row };
}

describe('center staff', () => {
  it('creates a company with a checked tax number and appoints a coordinator by e-mail (grant + membership, audited)', async () => {
    const s = await scene();
    const admin = await createUser(t.db, { grants: [{ role: 'center_admin', centerId: s.host.center.id }] });
    const client = await clientFor(t, admin.id);
    const bad = await client.post('/companies/manage', { name: 'Rossz Kft.', taxNumber: '123', place: 'Kecskemét' });
    expect(bad.statusCode).toBe(422);
    const res = await client.post('/companies/manage', { name: 'Próba Gépgyár Kft.', taxNumber: '', place: 'Kecskemét' });
    expect(res.statusCode).toBe(303);
    const companyId = /\/companies\/manage\/([0-9a-f-]{36})\/edit/.exec(String(res.headers.location))?.[1] ?? '';
    const someone = await createUser(t.db);
    expect((await client.post(`/companies/manage/${companyId}/coordinators`, { email: 'nincs@example.test' })).statusCode).toBe(422);
    expect((await client.post(`/companies/manage/${companyId}/coordinators`, { email: someone.email })).statusCode).toBe(303);
    const grants = await t.db
      .select()
      .from(roleGrants)
      .where(and(eq(roleGrants.userId, someone.id), eq(roleGrants.role, 'company_coordinator')));
    expect(grants.map((g) => g.centerId)).toEqual([s.host.center.id]);
    expect(await t.db.select().from(companyMembers).where(eq(companyMembers.companyId, companyId))).toHaveLength(1);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'company'));
    expect(audit.some((a) => a.entityId === companyId && a.action === 'create')).toBe(true);
    const list = await client.get('/companies/manage');
    expect(list.body).toContain('Próba Gépgyár Kft.');
    expect((await client.get('/companies/manage?format=csv')).body).toContain('Próba Gépgyár Kft.');
  });
});

describe('a company never sees another company’s people', () => {
  it('another company’s coordinator gets 404 on every page of the company', async () => {
    const s = await scene();
    const other = await createCompany(t.db, s.host.center.id);
    const stranger = await createUser(t.db, { grants: [{ role: 'company_coordinator', centerId: s.host.center.id }] });
    await addCompanyCoordinator(t.db, other.id, stranger.id);
    const client = await clientFor(t, stranger.id);
    const m = await member(s.team.id, s.host.center.id);
    const signup = await s.coordinatorClient.post(`/companies/${s.company.id}/team-days`, { teamId: s.team.id, shiftId: s.shift.id, seats: '1' });
    expect(signup.statusCode).toBe(303);
    const signupId = String(signup.headers.location).split('/').pop() ?? '';
    const c = `/companies/${s.company.id}`;
    for (const url of [
      c,
      `${c}/teams/${s.team.id}`,
      `${c}/team-days`,
      `${c}/impact`,
      `${c}/impact.pdf`,
      `${c}/signups/${signupId}`,
      `${c}/offers/new`,
      `/companies/signups/${signupId}`,
    ]) {
      expect((await client.get(url)).statusCode, url).toBe(404);
    }
    for (const [url, form] of [
      [`${c}/teams`, { name: 'x' }],
      [`${c}/teams/${s.team.id}/invitations`, { email: 'a@example.test' }],
      [`${c}/teams/${s.team.id}/members/${m.member.id}/remove`, { confirm: 'on' }],
      [`${c}/team-days`, { teamId: s.team.id, shiftId: s.shift.id, seats: '1' }],
      [`${c}/signups/${signupId}/cancel`, { confirm: 'on' }],
    ] as const) {
      expect((await client.post(url, form)).statusCode, url).toBe(404);
    }
    // The center's program staff of another center: 404 as well.
    const foreign = await createUser(t.db, { grants: [{ role: 'center_admin', centerId: (await hostScene(t)).center.id }] });
    expect((await (await clientFor(t, foreign.id)).get(c)).statusCode).toBe(404);
  });

  it('impact counts only the company’s own members during membership; names only with consent', async () => {
    const s = await scene();
    const named = await member(s.team.id, s.host.center.id, { consent: true });
    const hidden = await member(s.team.id, s.host.center.id, { consent: false });
    const outsider = await volunteerWithLogin(t, { centerId: s.host.center.id });
    const otherCompany = await createCompany(t.db, s.host.center.id);
    const otherTeam = await createTeam(t.db, otherCompany.id);
    await addTeamMember(t.db, otherTeam.id, { id: outsider.volunteer.id, email: outsider.volunteer.email });
    const day = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
    for (const [v, minutes] of [
      [named.volunteer, 120],
      [hidden.volunteer, 60],
      [outsider.volunteer, 600],
    ] as const) {
      const [app] = await t.db
        .insert(applications)
        .values({ volunteerId: v.id, opportunityId: s.host.opportunity.id, centerId: s.host.center.id, origin: 'volunteer', status: 'completed' })
        .returning();
      await t.db.insert(hourEntries).values({
        applicationId: app?.id ?? '',
        volunteerId: v.id,
        organizationId: s.host.organization.id,
        centerId: s.host.center.id,
        activityDay: day,
        minutes,
        activity: 'Csapatnap',
        status: 'approved',
      });
    }
    const res = await s.coordinatorClient.get(`/companies/${s.company.id}/impact`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(named.volunteer.givenName);
    expect(res.body).not.toContain(hidden.volunteer.givenName);
    expect(res.body).not.toContain(outsider.volunteer.givenName);
    expect(res.body).toContain('3 óra');
    expect(res.body).toContain('További 1 résztvevő');
    expect(res.body).toContain('még nincsenek önkéntes történetek');
    const xlsx = await s.coordinatorClient.get(`/companies/${s.company.id}/impact?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const pdf = await s.coordinatorClient.get(`/companies/${s.company.id}/impact.pdf`);
    expect(pdf.headers['content-type']).toContain('application/pdf');
  });
});

describe('teams and invitations', () => {
  it('invites by e-mail (hash only, outbox link), the employee joins with their choice about names, and is removed', async () => {
    const s = await scene();
    const employee = await volunteerWithLogin(t, { centerId: s.host.center.id });
    const res = await s.coordinatorClient.post(`/companies/${s.company.id}/teams/${s.team.id}/invitations`, { email: employee.user.email });
    expect(res.statusCode).toBe(303);
    const [mail] = await mailsTo(t.db, employee.user.email);
    const token = /\/companies\/join\/([A-Za-z0-9_-]+)/.exec(mail?.textBody ?? '')?.[1] ?? '';
    expect(token).not.toBe('');
    const [row] = await t.db.select().from(companyTeamMembers).where(eq(companyTeamMembers.invitedEmail, employee.user.email));
    expect(row?.tokenHash).not.toBe(token);
    expect((await employee.client.get(`/companies/join/${token}`)).statusCode).toBe(200);
    expect((await employee.client.post(`/companies/join/${token}`, {})).statusCode).toBe(303);
    const [joined] = await t.db
      .select()
      .from(companyTeamMembers)
      .where(eq(companyTeamMembers.id, row?.id ?? ''));
    expect(joined).toMatchObject({ volunteerId: employee.volunteer.id, namesConsentAt: null, tokenHash: null });
    expect((await employee.client.get(`/companies/join/${token}`)).statusCode).toBe(404);
    // Without a volunteer profile: sent to the existing profile flow, which brings them back.
    const newcomer = await createUser(t.db);
    const { token: token2 } = await createInvitation(t.db, s.team.id, newcomer.email);
    // Someone else's account with the link: as if it did not exist.
    expect((await employee.client.get(`/companies/join/${token2}`)).statusCode).toBe(404);
    const noProfile = await clientFor(t, newcomer.id);
    expect((await noProfile.get(`/companies/join/${token2}`)).body).toContain(`/volunteer/profile?next=${encodeURIComponent(`/companies/join/${token2}`)}`);
    const removed = await s.coordinatorClient.post(`/companies/${s.company.id}/teams/${s.team.id}/members/${row?.id}/remove`, { confirm: 'on' });
    expect(removed.statusCode).toBe(303);
  });
});

describe('team days', () => {
  it('the host marks a shift as a team shift with a team capacity (optional field of the shift form)', async () => {
    const host = await hostScene(t);
    const res = await host.memberClient.post(`/opportunities/${host.opportunity.id}/shifts`, {
      startsAt: '2027-07-10T09:00',
      endsAt: '2027-07-10T12:00',
      capacity: '12',
      teamCapacity: '3',
    });
    expect(res.statusCode).toBe(303);
    const bad = await host.memberClient.post(`/opportunities/${host.opportunity.id}/shifts`, {
      startsAt: '2027-07-11T09:00',
      endsAt: '2027-07-11T12:00',
      capacity: '12',
      teamCapacity: '0',
    });
    expect(bad.statusCode).toBe(422);
    const rows = await t.db.select().from(shifts).where(eq(shifts.opportunityId, host.opportunity.id));
    expect(rows.map((r) => r.teamCapacity)).toEqual([3]);
  });

  it('team capacity and free seats are enforced under the shift lock; seats_taken holds the team’s seats', async () => {
    const s = await scene({ capacity: 3, teamCapacity: 1 });
    for (let i = 0; i < 3; i++) await member(s.team.id, s.host.center.id);
    const tooMany = await s.coordinatorClient.post(`/companies/${s.company.id}/team-days`, { teamId: s.team.id, shiftId: s.shift.id, seats: '4' });
    expect(tooMany.statusCode).toBe(422);
    const ok = await s.coordinatorClient.post(`/companies/${s.company.id}/team-days`, { teamId: s.team.id, shiftId: s.shift.id, seats: '2' });
    expect(ok.statusCode).toBe(303);
    expect(await seatsTaken(t.db, s.shift.id)).toBe(2);
    const team2 = await createTeam(t.db, s.company.id);
    await member(team2.id, s.host.center.id);
    const full = await s.coordinatorClient.post(`/companies/${s.company.id}/team-days`, { teamId: team2.id, shiftId: s.shift.id, seats: '1' });
    expect(full.statusCode).toBe(422);
    expect(full.body).toContain('nincs hely újabb csapatnak');
  });

  it('concurrent sign-ups never take more seats than free', async () => {
    const s = await scene({ capacity: 3, teamCapacity: 5 });
    const teams = [s.team, await createTeam(t.db, s.company.id), await createTeam(t.db, s.company.id)];
    for (const team of teams) for (let i = 0; i < 2; i++) await member(team.id, s.host.center.id);
    const results = await Promise.all(
      teams.map((team) => s.coordinatorClient.post(`/companies/${s.company.id}/team-days`, { teamId: team.id, shiftId: s.shift.id, seats: '2' })),
    );
    expect(results.filter((r) => r.statusCode === 303)).toHaveLength(1);
    expect(await seatsTaken(t.db, s.shift.id)).toBe(2);
  });

  it('members confirm through the placements path; a minor refused by a rule gets "refused" with the reason; cancel releases held seats', async () => {
    const s = await scene({ capacity: 10, minAge: 18 });
    const adult = await member(s.team.id, s.host.center.id);
    const minor = await member(s.team.id, s.host.center.id, { birthDate: '2011-01-01' });
    await member(s.team.id, s.host.center.id);
    const res = await s.coordinatorClient.post(`/companies/${s.company.id}/team-days`, { teamId: s.team.id, shiftId: s.shift.id, seats: '3' });
    const signupId = String(res.headers.location).split('/').pop() ?? '';
    expect(await seatsTaken(t.db, s.shift.id)).toBe(3);
    expect(await mailsTo(t.db, adult.user.email)).not.toHaveLength(0);

    expect((await adult.client.post(`/companies/signups/${signupId}/answer`, { answer: 'confirm' })).statusCode).toBe(303);
    const [confirmed] = await t.db.select().from(teamSignupMembers).where(eq(teamSignupMembers.memberId, adult.member.id));
    expect(confirmed?.status).toBe('confirmed');
    const [application] = await t.db
      .select()
      .from(applications)
      .where(eq(applications.id, confirmed?.applicationId ?? ''));
    expect(application).toMatchObject({ status: 'accepted', shiftId: s.shift.id, holdsSeat: true });
    expect(await seatsTaken(t.db, s.shift.id)).toBe(3);

    await minor.client.post(`/companies/signups/${signupId}/answer`, { answer: 'confirm' });
    const [refused] = await t.db.select().from(teamSignupMembers).where(eq(teamSignupMembers.memberId, minor.member.id));
    expect(refused?.status).toBe('refused');
    expect(refused?.reason).toBeTruthy();
    expect(await seatsTaken(t.db, s.shift.id)).toBe(3);
    expect((await minor.client.get(`/companies/signups/${signupId}`)).body).toContain(refused?.reason ?? '-');

    const cancel = await s.coordinatorClient.post(`/companies/${s.company.id}/signups/${signupId}/cancel`, { confirm: 'on' });
    expect(cancel.statusCode).toBe(303);
    const [row] = await t.db.select().from(teamSignups).where(eq(teamSignups.id, signupId));
    expect(row?.status).toBe('cancelled');
    // The adult keeps their own seat; the two held seats are released.
    expect(await seatsTaken(t.db, s.shift.id)).toBe(1);
  });

  it('a held seat passes to the confirming member in one step: an outsider racing for the full shift never gets it', async () => {
    const s = await scene({ capacity: 2 });
    const first = await member(s.team.id, s.host.center.id);
    await member(s.team.id, s.host.center.id);
    const res = await s.coordinatorClient.post(`/companies/${s.company.id}/team-days`, { teamId: s.team.id, shiftId: s.shift.id, seats: '2' });
    const signupId = String(res.headers.location).split('/').pop() ?? '';
    const outsider = await volunteerWithLogin(t, { centerId: s.host.center.id });
    const [answer, grab] = await Promise.all([
      first.client.post(`/companies/signups/${signupId}/answer`, { answer: 'confirm' }),
      outsider.client.post(`/opportunities/${s.host.opportunity.id}/apply`, { shiftId: s.shift.id }),
    ]);
    expect(answer.statusCode).toBe(303);
    expect([303, 422]).toContain(grab.statusCode);
    const outsiders = await t.db.select().from(applications).where(eq(applications.volunteerId, outsider.volunteer.id));
    expect(outsiders.filter((a) => a.status === 'accepted')).toEqual([]);
    expect(await seatsTaken(t.db, s.shift.id)).toBe(2);
  });

  it('a member who already has their own seat confirms with it, and the seat the team held goes back to the shift', async () => {
    const s = await scene({ capacity: 3 });
    const own = await member(s.team.id, s.host.center.id);
    await member(s.team.id, s.host.center.id);
    const res = await s.coordinatorClient.post(`/companies/${s.company.id}/team-days`, { teamId: s.team.id, shiftId: s.shift.id, seats: '2' });
    const signupId = String(res.headers.location).split('/').pop() ?? '';
    expect((await own.client.post(`/opportunities/${s.host.opportunity.id}/apply`, { shiftId: s.shift.id })).statusCode).toBe(303);
    expect(await seatsTaken(t.db, s.shift.id)).toBe(3);
    expect((await own.client.post(`/companies/signups/${signupId}/answer`, { answer: 'confirm' })).statusCode).toBe(303);
    const [answer] = await t.db.select().from(teamSignupMembers).where(eq(teamSignupMembers.memberId, own.member.id));
    expect(answer?.status).toBe('confirmed');
    expect(answer?.applicationId).toBeTruthy();
    expect(await seatsTaken(t.db, s.shift.id)).toBe(2);
  });

  it('someone not asked gets 404 on the member page', async () => {
    const s = await scene();
    await member(s.team.id, s.host.center.id);
    const res = await s.coordinatorClient.post(`/companies/${s.company.id}/team-days`, { teamId: s.team.id, shiftId: s.shift.id, seats: '1' });
    const signupId = String(res.headers.location).split('/').pop() ?? '';
    const other = await volunteerWithLogin(t, { centerId: s.host.center.id });
    expect((await other.client.get(`/companies/signups/${signupId}`)).statusCode).toBe(404);
    expect((await other.client.post(`/companies/signups/${signupId}/answer`, { answer: 'confirm' })).statusCode).toBe(404);
  });
});

describe('skills offers', () => {
  it('creates an offer from the shared vocabularies and lists opportunities that need those skills, ranked by the engine', async () => {
    const s = await scene();
    const [skill] = await t.db.query.skills.findMany({ limit: 1 });
    if (!skill) throw new Error('no skills');
    const needing = await createOpportunity(t.db, s.host.organization, { skills: [skill.slug], title: 'Szakértelmet kérő lehetőség' });
    const bad = await s.coordinatorClient.post(`/companies/${s.company.id}/offers`, { title: 'X', skills: 'nincs-ilyen' });
    expect(bad.statusCode).toBe(422);
    const res = await s.coordinatorClient.post(`/companies/${s.company.id}/offers`, { title: 'Könyvelés', skills: skill.slug, hoursOffered: '40' });
    expect(res.statusCode).toBe(303);
    const page = await s.coordinatorClient.get(String(res.headers.location));
    expect(page.body).toContain(needing.title);
    const offerId = String(res.headers.location).split('/').pop() ?? '';
    expect((await s.coordinatorClient.post(`/companies/${s.company.id}/offers/${offerId}/deactivate`, { confirm: 'on' })).statusCode).toBe(303);
    expect((await s.coordinatorClient.get(String(res.headers.location))).body).not.toContain(needing.title);
  });
});
