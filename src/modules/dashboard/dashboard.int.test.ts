import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, guardianLinks, hourEntries, organizations } from '../../db/schema/index.js';
import { createOpportunity, createOrganization, createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createPoint, createUser, factoryPassword } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { applicationIdFrom, clientFor, hostScene, shiftFor, staffWithLogin, volunteerWithLogin } from '../placements/placements-test-support.js';
import { createCourse, createRegistration, createSession, sessionTimes } from '../trainings/trainings-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** The next steps of the page, as the text of each step's link. */
function stepsOf(html: string): { text: string; href: string }[] {
  const section = /<section class="next-steps"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...section.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => ({ href: (m[1] ?? '').replaceAll('&amp;', '&'), text: m[2] ?? '' }));
}

/** The number on the coordinator's tile that links to `href`. */
function tileCount(html: string, href: string): number | undefined {
  const escaped = href.replaceAll('&', '&amp;').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const m = new RegExp(`<a href="${escaped}"><span class="tile-count">(\\d+)</span>`).exec(html);
  return m ? Number(m[1]) : undefined;
}

describe('after login', () => {
  it('every role lands on its dashboard; a next path still wins', async () => {
    const user = await createUser(t.db);
    const login = async (next?: string) => {
      const visitor = new TestClient(t.app, t.config.secretKey);
      await visitor.get('/login');
      return visitor.post('/login', { email: user.email, password: factoryPassword, ...(next ? { next } : {}) });
    };
    expect((await login()).headers.location).toBe('/dashboard');
    expect((await login('/opportunities?q=kert')).headers.location).toBe('/opportunities?q=kert');
  });
});

describe('next steps', () => {
  it('asks a new volunteer to create a profile, then to look at suggestions, then to answer what waits for them', async () => {
    const user = await createUser(t.db, { grants: [{ role: 'volunteer' }] });
    const client = await clientFor(t, user.id);
    const first = stepsOf((await client.get('/dashboard')).body);
    expect(first).toEqual([{ href: '/volunteer/profile', text: expect.stringContaining('Hozd létre az önkéntesprofilodat') }]);

    const volunteer = await createVolunteer(t.db, { userId: user.id });
    const second = stepsOf((await client.get('/dashboard')).body);
    expect(second).toEqual([{ href: '/volunteer/suggestions', text: expect.stringContaining('Nézd meg a neked ajánlott lehetőségeket') }]);

    const host = await hostScene(t);
    const [proposal] = await t.db
      .insert(applications)
      .values({ volunteerId: volunteer.id, opportunityId: host.opportunity.id, centerId: host.center.id, origin: 'coordinator', status: 'proposed' })
      .returning();
    const third = stepsOf((await client.get('/dashboard')).body);
    expect(third).toEqual([{ href: `/applications/${proposal?.id}`, text: expect.stringContaining(host.opportunity.title) }]);
  });

  it('guides a new organization account: register, wait for vetting, fix what was returned, then post an opportunity', async () => {
    const user = await createUser(t.db, { signupKind: 'organization' });
    const client = await clientFor(t, user.id);
    const none = (await client.get('/dashboard')).body;
    expect(stepsOf(none)).toEqual([{ href: '/organizations/register', text: expect.stringContaining('Regisztrálja szervezetét') }]);
    expect(none).not.toContain('href="/volunteer/profile"');

    const center = await createCenter(t.db);
    const org = await createOrganization(t.db, center.id, { memberUserIds: [user.id], status: 'submitted', name: 'Lépésről Lépésre Egyesület' });
    expect(stepsOf((await client.get('/dashboard')).body)).toEqual([
      { href: `/organizations/${org.id}`, text: expect.stringContaining('a központ ellenőrzi a szervezet adatait') },
    ]);
    await t.db.update(organizations).set({ status: 'needs_changes' }).where(eq(organizations.id, org.id));
    expect(stepsOf((await client.get('/dashboard')).body)).toEqual([
      { href: `/organizations/${org.id}/edit`, text: expect.stringContaining('javítsa az adatokat, és küldje be újra') },
    ]);
    await t.db.update(organizations).set({ status: 'approved' }).where(eq(organizations.id, org.id));
    // An approved organization is also asked for its readiness self-assessment (none yet).
    const readiness = { href: `/organizations/${org.id}/readiness`, text: expect.stringContaining('töltse ki a felkészültségi önértékelést') };
    expect(stepsOf((await client.get('/dashboard')).body)).toEqual([
      { href: `/organizations/${org.id}/opportunities/new`, text: expect.stringContaining('hirdessen meg egy önkéntes lehetőséget') },
      readiness,
    ]);
    await createOpportunity(t.db, org, { status: 'draft', publishedAt: null });
    expect(stepsOf((await client.get('/dashboard')).body)).toEqual([
      { href: `/organizations/${org.id}/opportunities`, text: 'Lépésről Lépésre Egyesület: 1 lehetőség vár beküldésre' },
      readiness,
    ]);
    // Every step opens for the member.
    for (const href of [
      '/organizations/register',
      `/organizations/${org.id}`,
      `/organizations/${org.id}/opportunities`,
      `/organizations/${org.id}/opportunities/new`,
      `/organizations/${org.id}/readiness`,
    ]) {
      expect((await client.get(href)).statusCode, href).toBe(200);
    }
  });

  it('tells an organization how many applicants and hour entries wait for it', async () => {
    const host = await hostScene(t);
    const applicant = await volunteerWithLogin(t);
    await applicant.client.post(`/opportunities/${host.opportunity.id}/apply`);
    const accepted = await volunteerWithLogin(t);
    const acceptedId = applicationIdFrom((await accepted.client.post(`/opportunities/${host.opportunity.id}/apply`)).headers.location);
    await host.memberClient.post(`/applications/${acceptedId}/status`, { status: 'accepted' });
    await t.db.insert(hourEntries).values({
      applicationId: acceptedId,
      volunteerId: accepted.volunteer.id,
      organizationId: host.organization.id,
      centerId: host.center.id,
      activityDay: '2026-11-10',
      minutes: 60,
      activity: 'Teszt',
    });
    const steps = stepsOf((await host.memberClient.get('/dashboard')).body);
    expect(steps).toEqual([
      { href: '#dash-applicants', text: `${host.organization.name}: 1 jelentkező vár az Ön döntésére` },
      { href: `/organizations/${host.organization.id}/hours`, text: `${host.organization.name}: 1 órabejegyzés vár jóváhagyásra` },
      { href: `/organizations/${host.organization.id}/readiness`, text: expect.stringContaining('felkészültségi önértékelést') },
    ]);
  });

  it("asks a guardian for the consent a linked minor under 16 waits for, and the step opens the minor's page", async () => {
    const guardian = await createUser(t.db, { grants: [{ role: 'guardian' }] });
    const center = await createCenter(t.db);
    const minor = await createVolunteer(t.db, { centerId: center.id, familyName: 'Kiskorú', givenName: 'Bence', birthDate: '2013-05-01' });
    await t.db.insert(guardianLinks).values({
      volunteerId: minor.id,
      guardianUserId: guardian.id,
      invitedEmail: guardian.email,
      expiresAt: new Date(Date.now() + 86_400_000),
      confirmedAt: new Date(),
    });
    const client = await clientFor(t, guardian.id);
    const steps = stepsOf((await client.get('/dashboard')).body);
    expect(steps).toEqual([
      { href: `/guardian/minors/${minor.id}`, text: expect.stringContaining('Kiskorú Bence jelentkezéseihez az Ön hozzájárulása szükséges') },
    ]);
    expect((await client.get(steps[0]?.href as string)).statusCode).toBe(200);
  });
});

describe('coordinator tiles', () => {
  it("counts unanswered referrals, vetting queues, hours waiting and new volunteers in the coordinator's reach", async () => {
    const host = await hostScene(t);
    await createOrganization(t.db, host.center.id, { status: 'submitted' });
    await createOpportunity(t.db, host.organization, { status: 'submitted' });
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: host.center.id }]);
    const volunteer = await createVolunteer(t.db, { centerId: host.center.id, familyName: 'Újonc' });
    await coordinator.client.post(`/opportunities/${host.opportunity.id}/refer`, { volunteerId: volunteer.id });
    const [referral] = await t.db.select().from(applications).where(eq(applications.volunteerId, volunteer.id));
    const stale = await volunteerWithLogin(t, { centerId: host.center.id });
    const [placement] = await t.db
      .insert(applications)
      .values({ volunteerId: stale.volunteer.id, opportunityId: host.opportunity.id, centerId: host.center.id, origin: 'volunteer', status: 'accepted' })
      .returning();
    const logged = new Date(Date.now() - 20 * 86_400_000);
    for (const createdAt of [logged, new Date()]) {
      await t.db.insert(hourEntries).values({
        applicationId: placement?.id as string,
        volunteerId: stale.volunteer.id,
        organizationId: host.organization.id,
        centerId: host.center.id,
        activityDay: '2026-11-10',
        minutes: 60,
        activity: 'Teszt',
        createdAt,
      });
    }

    const html = (await coordinator.client.get('/dashboard')).body;
    expect(referral?.status).toBe('referred');
    expect(tileCount(html, '/center/follow-up/host-answers?scope=all')).toBe(1);
    expect(html).toContain('ebből határidőn túl: 0');
    expect(tileCount(html, '/center/organizations?status=submitted')).toBe(1);
    expect(tileCount(html, '/center/opportunities')).toBe(1);
    expect(tileCount(html, '/coordinator/hours')).toBe(1);
    expect(html).toContain('összesen jóváhagyásra vár: 2');
    expect(tileCount(html, '/volunteers?sort=created&dir=desc')).toBe(2);
    // Behind each number, the same rows.
    const all = await coordinator.client.get('/center/follow-up/host-answers?scope=all');
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain(`/applications/${referral?.id}`);
    expect((await coordinator.client.get('/center/follow-up/host-answers')).body).not.toContain(`/applications/${referral?.id}`);

    const foreign = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: (await createCenter(t.db)).id }]);
    const foreignHtml = (await foreign.client.get('/dashboard')).body;
    expect(tileCount(foreignHtml, '/center/follow-up/host-answers?scope=all')).toBe(0);
    expect(tileCount(foreignHtml, '/center/organizations?status=submitted')).toBe(0);
    expect(tileCount(foreignHtml, '/volunteers?sort=created&dir=desc')).toBe(0);
  });

  it('shows a point coordinator no vetting tiles: they may not vet', async () => {
    const center = await createCenter(t.db);
    const point = await createPoint(t.db, center.id);
    const coordinator = await staffWithLogin(t, [{ role: 'point_coordinator', centerId: center.id, pointId: point.id }]);
    const html = (await coordinator.client.get('/dashboard')).body;
    expect(tileCount(html, '/center/follow-up/host-answers?scope=all')).toBe(0);
    expect(html).not.toContain('href="/center/opportunities"');
    expect(html).not.toContain('href="/center/organizations?status=submitted"');
    expect((await coordinator.client.get('/center/opportunities')).statusCode).toBe(403);
  });
});

describe('sections', () => {
  it("shows a volunteer their applications and upcoming shifts, and nobody else's", async () => {
    const host = await hostScene(t);
    const shift = await shiftFor(t.db, host.opportunity.id);
    const me = await volunteerWithLogin(t);
    await me.client.post(`/shifts/${shift.id}/signup`);
    const page = await me.client.get('/dashboard');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Jelentkezéseim');
    expect(page.body).toContain(host.opportunity.title);
    expect(page.body).toContain(`/shifts/${shift.id}/calendar.ics`);
    expect(page.body).toContain('/volunteer/suggestions');
    expect(page.body).not.toContain('Szervezetem');
    expect(page.body).not.toContain('Koordinátori teendők');
    const other = await volunteerWithLogin(t);
    expect((await other.client.get('/dashboard')).body).not.toContain(host.opportunity.title);
  });

  it('shows a volunteer their upcoming trainings, waitlist place and an offered seat as a next step', async () => {
    const me = await volunteerWithLogin(t);
    const center = await createCenter(t.db);
    const course = await createCourse(t.db, { title: 'Elsősegély a dashboardon' });
    const full = await createSession(t.db, course.id, center.id, { capacity: 1 });
    await createRegistration(t.db, full.id);
    await createRegistration(t.db, full.id, { volunteerId: me.volunteer.id, participantName: 'Én', status: 'waitlisted' });
    const other = await createSession(t.db, course.id, center.id, sessionTimes(20));
    const offer = await createRegistration(t.db, other.id, {
      volunteerId: me.volunteer.id,
      participantName: 'Én',
      status: 'offered',
      offerExpiresAt: new Date(Date.now() + 86_400_000),
    });
    const page = await me.client.get('/dashboard');
    expect(page.body).toContain('Képzéseim');
    expect(page.body).toContain('várólistán: 1.');
    expect(page.body).toContain(`/trainings/registrations/${offer.id}/offer`);
    expect(page.body).toContain('Felszabadult egy hely a képzésen: Elsősegély a dashboardon');
  });

  it('shows an organization its opportunities, new applicants and shifts with free seats', async () => {
    const host = await hostScene(t);
    const shift = await shiftFor(t.db, host.opportunity.id, { capacity: 4 });
    const applicant = await volunteerWithLogin(t, { familyName: 'Kertész' });
    await applicant.client.post(`/opportunities/${host.opportunity.id}/apply`);
    const page = await host.memberClient.get('/dashboard');
    expect(page.body).toContain('Szervezetem');
    expect(page.body).toContain(host.opportunity.title);
    expect(page.body).toContain('Kertész');
    expect(page.body).toContain('0/4 hely betöltve');
    expect(page.body).toContain(`/opportunities/${shift.opportunityId}/shifts`);
    // The organization's own tools, linked from its name; the register only once it has a Köt. number.
    expect(page.body).toContain(`href="/organizations/${host.organization.id}/hours"`);
    expect(page.body).toContain(`href="/organizations/${host.organization.id}/contract-template"`);
    expect(page.body).not.toContain(`href="/organizations/${host.organization.id}/register"`);
    await t.db.update(organizations).set({ kotRegistrationNumber: 'KOT-2020-00042' }).where(eq(organizations.id, host.organization.id));
    expect((await host.memberClient.get('/dashboard')).body).toContain(`href="/organizations/${host.organization.id}/register"`);
    const otherHost = await hostScene(t);
    expect((await otherHost.memberClient.get('/dashboard')).body).not.toContain('Kertész');
  });

  it("lists a coordinator's volunteers without placement, opportunities without applicants and the latest applications, and only theirs", async () => {
    const host = await hostScene(t);
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: host.center.id }]);
    const newcomer = await createVolunteer(t.db, { centerId: host.center.id, familyName: 'Újonc' });
    const page = await coordinator.client.get('/dashboard');
    expect(page.body).toContain(`/volunteers/${newcomer.id}`);
    expect(page.body).toContain(`/opportunities/${host.opportunity.id}/candidates`);
    const applicant = await volunteerWithLogin(t, { familyName: 'Friss' });
    const id = applicationIdFrom((await applicant.client.post(`/opportunities/${host.opportunity.id}/apply`)).headers.location);
    expect((await coordinator.client.get('/dashboard')).body).toContain(`/applications/${id}`);
    const foreign = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: (await createCenter(t.db)).id }]);
    const foreignPage = (await foreign.client.get('/dashboard')).body;
    expect(foreignPage).not.toContain(newcomer.id);
    expect(foreignPage).not.toContain(host.opportunity.id);
    expect(foreignPage).not.toContain(`/applications/${id}`);
  });

  it('links the admin area for those who may enter it, and tells a school coordinator no school has taken on yet what they can use', async () => {
    const center = await createCenter(t.db);
    const admin = await staffWithLogin(t, [{ role: 'center_admin', centerId: center.id }]);
    const adminPage = (await admin.client.get('/dashboard')).body;
    expect(adminPage).toContain('href="/admin"');
    const school = await staffWithLogin(t, [{ role: 'school_coordinator', centerId: center.id }]);
    const schoolPage = (await school.client.get('/dashboard')).body;
    // No school has taken them on as a member yet: told who does it.
    expect(schoolPage).toContain('egyetlen iskola vagy cég sem vette fel');
    expect(schoolPage).not.toContain('href="/admin"');
    expect(stepsOf(schoolPage)).toEqual([]);
  });

  it('sends visitors to log in', async () => {
    const anonymous = await new TestClient(t.app, t.config.secretKey).get('/dashboard');
    expect(anonymous.statusCode).toBe(303);
    expect(String(anonymous.headers.location)).toMatch(/^\/login/);
  });
});
