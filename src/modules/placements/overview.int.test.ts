import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../db/schema/index.js';
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
