import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, organizations } from '../../db/schema/index.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { applicationIdFrom, clientFor, hostScene, shiftFor, staffWithLogin, volunteerWithLogin } from './placements-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('follow-up list', () => {
  it("lists due placements of the coordinator's center only, pages and exports them", async () => {
    const host = await hostScene(t);
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: host.center.id }]);
    const due = await volunteerWithLogin(t, { familyName: 'Ábrahám' });
    const later = await volunteerWithLogin(t, { familyName: 'Zsigmond' });
    const dueId = applicationIdFrom((await due.client.post(`/opportunities/${host.opportunity.id}/apply`)).headers.location);
    const laterId = applicationIdFrom((await later.client.post(`/opportunities/${host.opportunity.id}/apply`)).headers.location);
    await host.memberClient.post(`/applications/${dueId}/status`, { status: 'accepted' });
    await host.memberClient.post(`/applications/${laterId}/status`, { status: 'accepted' });
    // Accepted today: follow-up in 14 days. Move one into the past to make it due.
    await t.db.update(applications).set({ followUpOn: '2026-01-05' }).where(eq(applications.id, dueId));
    await coordinator.client.post(`/applications/${dueId}/notes`, { text: 'Első hét rendben.' });

    const page = await coordinator.client.get('/center/follow-up');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Ábrahám');
    expect(page.body).toContain('Első hét rendben.');
    expect(page.body).toContain('2026. 01. 05.');
    expect(page.body).not.toContain('Zsigmond');

    const csv = await coordinator.client.get('/center/follow-up?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Ábrahám');
    expect(csv.body).toContain('2026-01-05');
    const xlsx = await coordinator.client.get('/center/follow-up?format=xlsx&sort=volunteer&dir=desc');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    const foreign = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: (await createCenter(t.db)).id }]);
    expect((await foreign.client.get('/center/follow-up')).body).not.toContain('Ábrahám');
    expect((await host.memberClient.get('/center/follow-up')).statusCode).toBe(403);
  });
});

describe('dashboard', () => {
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
    expect(page.body).not.toContain('Koordináció');
    const other = await volunteerWithLogin(t);
    expect((await other.client.get('/dashboard')).body).not.toContain(host.opportunity.title);
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

  it("shows a coordinator their center's vetting queue, volunteers without placement and opportunities without applicants", async () => {
    const host = await hostScene(t);
    await t.db.update(organizations).set({ status: 'submitted' }).where(eq(organizations.id, host.organization.id));
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: host.center.id }]);
    const newcomer = await createVolunteer(t.db, { centerId: host.center.id, familyName: 'Újonc' });
    const page = await coordinator.client.get('/dashboard');
    expect(page.body).toContain('Koordináció');
    expect(page.body).toContain('Szervezetek: 1');
    expect(page.body).toContain(`/volunteers/${newcomer.id}`);
    expect(page.body).toContain(`/opportunities/${host.opportunity.id}/candidates`);
    const foreign = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: (await createCenter(t.db)).id }]);
    const foreignPage = await foreign.client.get('/dashboard');
    expect(foreignPage.body).toContain('Szervezetek: 0');
    expect(foreignPage.body).not.toContain(newcomer.id);
    expect(foreignPage.body).not.toContain(host.opportunity.id);
  });

  it("lists the latest applications of the coordinator's center, and only those", async () => {
    const host = await hostScene(t);
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: host.center.id }]);
    const applicant = await volunteerWithLogin(t, { familyName: 'Friss' });
    await applicant.client.post(`/opportunities/${host.opportunity.id}/apply`);
    const [application] = await t.db.select().from(applications).where(eq(applications.opportunityId, host.opportunity.id));
    const page = await coordinator.client.get('/dashboard');
    expect(page.body).toContain('Jelentkezések és elhelyezések az elmúlt 14 napban');
    expect(page.body).toContain(`/applications/${application?.id}`);
    const foreign = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: (await createCenter(t.db)).id }]);
    expect((await foreign.client.get('/dashboard')).body).not.toContain(`/applications/${application?.id}`);
  });

  it('offers a profile to a user who takes part in nothing yet, and sends visitors to log in', async () => {
    const client = await clientFor(t, (await createUser(t.db)).id);
    expect((await client.get('/dashboard')).body).toContain('/volunteer/profile');
    const anonymous = await new TestClient(t.app, t.config.secretKey).get('/dashboard');
    expect(anonymous.statusCode).toBe(303);
    expect(String(anonymous.headers.location)).toMatch(/^\/login/);
  });
});

describe('iCal', () => {
  it('gives a signed-up volunteer the .ics of their shift, and nobody else', async () => {
    const host = await hostScene(t);
    const shift = await shiftFor(t.db, host.opportunity.id);
    const me = await volunteerWithLogin(t);
    const id = applicationIdFrom((await me.client.post(`/shifts/${shift.id}/signup`)).headers.location);
    const res = await me.client.get(`/shifts/${shift.id}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const ics = res.body.replace(/\r\n[ \t]/g, '');
    const stamp = shift.startsAt
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    expect(ics).toContain(`DTSTART:${stamp}`);
    expect(ics).toContain(`UID:${id}@`);
    expect(ics).toContain(host.opportunity.title);
    expect((await (await volunteerWithLogin(t)).client.get(`/shifts/${shift.id}/calendar.ics`)).statusCode).toBe(404);
    expect((await host.memberClient.get(`/shifts/${shift.id}/calendar.ics`)).statusCode).toBe(404);
    // After withdrawing, the shift is no longer theirs.
    await me.client.post(`/shifts/${shift.id}/withdraw`);
    expect((await me.client.get(`/shifts/${shift.id}/calendar.ics`)).statusCode).toBe(404);
  });

  it('serves a personal feed behind a secret token; rotating it ends the old URL', async () => {
    const host = await hostScene(t);
    const first = await shiftFor(t.db, host.opportunity.id);
    const second = await shiftFor(t.db, host.opportunity.id, { startsAt: new Date(first.startsAt.getTime() + 86_400_000) });
    const me = await volunteerWithLogin(t);
    await me.client.post(`/shifts/${first.id}/signup`);
    await me.client.post(`/shifts/${second.id}/signup`);
    const created = await me.client.post('/volunteer/calendar-token');
    expect(created.statusCode).toBe(200);
    const url = /value="(https?:\/\/[^"]+\/calendar\/([A-Za-z0-9_-]+))"/.exec(created.body);
    expect(url).not.toBeNull();
    const path = `/calendar/${url?.[2]}`;
    const anonymous = new TestClient(t.app, t.config.secretKey);
    const feed = await anonymous.get(path);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect((await anonymous.get(`${path}.ics`)).statusCode).toBe(200);

    await me.client.post('/volunteer/calendar-token');
    expect((await anonymous.get(path)).statusCode).toBe(404);
    expect((await anonymous.get('/calendar/nincs-ilyen-token-0123456789')).statusCode).toBe(404);
  });

  it('asks for a volunteer profile before creating a feed', async () => {
    const client = await clientFor(t, (await createUser(t.db)).id);
    const res = await client.post('/volunteer/calendar-token');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/volunteer/profile');
  });
});
