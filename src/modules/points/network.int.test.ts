import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centers, places, pointConsultationActions, pointConsultations } from '../../db/schema/index.js';
import { addDays, budapestDay } from '../../platform/budapest-time.js';
import { createCenter, createPoint, createUser, placeByName, sessionFor } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { type AdminTenants, auditRowsFor, createAdminTenants } from '../admin/admin-test-tenants.js';
import { staffWithLogin } from '../placements/placements-test-support.js';

let t: TestApp;
let x: AdminTenants;
let coordinatorB: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  x = await createAdminTenants(t);
  coordinatorB = (await staffWithLogin(t, [{ role: 'center_coordinator', centerId: x.centerB.id }])).client;
});
afterAll(async () => {
  await t.close();
});

const today = () => budapestDay(new Date());

describe('consulting log', () => {
  it('records a consultation with agreed actions, shows the overdue one on the dashboard, marks it done', async () => {
    const point = await createPoint(t.db, x.centerA.id, { name: 'Tanácsolt Pont' });
    const client = await x.client('coordinatorA');
    const res = await client.post(`/admin/points/${point.id}/consultations`, {
      heldOn: addDays(today(), -10),
      kind: 'visit',
      topics: 'Nyitvatartás, plakátok',
      notes: '',
      action1: 'Plakátok kihelyezése',
      action1Due: addDays(today(), -2),
      action2: 'Új szervezet megkeresése',
      action2Due: addDays(today(), 20),
      action3: '',
      action3Due: '',
    });
    expect(res.statusCode).toBe(303);
    const [consultation] = await t.db.select().from(pointConsultations).where(eq(pointConsultations.pointId, point.id));
    expect(consultation).toMatchObject({ kind: 'visit', centerId: x.centerA.id, topics: 'Nyitvatartás, plakátok' });
    const actions = await t.db
      .select()
      .from(pointConsultationActions)
      .where(eq(pointConsultationActions.consultationId, consultation?.id as string));
    expect(actions).toHaveLength(2);
    expect((await auditRowsFor(t.db, 'point_consultation', consultation?.id as string))[0]).toMatchObject({ action: 'create' });

    const dashboard = await client.get('/dashboard');
    expect(dashboard.body).toContain(`href="/admin/centers/${x.centerA.id}/points/consulting"`);
    expect(dashboard.body).toContain('1 lejárt teendő a pontokkal folytatott tanácsadásból');
    expect((await coordinatorB.get('/dashboard')).body).not.toContain('pontokkal folytatott tanácsadásból');

    const list = await client.get(`/admin/centers/${x.centerA.id}/points/consulting`);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Plakátok kihelyezése');
    expect(list.body).toContain('Lejárt');
    const csv = await client.get(`/admin/centers/${x.centerA.id}/points/consulting?format=csv`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.rawPayload.toString('utf8')).toContain('Tanácsolt Pont');
    expect((await client.get(`/admin/centers/${x.centerA.id}/points/consulting?format=xlsx`)).statusCode).toBe(200);

    const overdue = actions.find((a) => a.description === 'Plakátok kihelyezése');
    expect((await client.post(`/admin/points/${point.id}/consultation-actions/done`, { actionId: overdue?.id as string })).statusCode).toBe(303);
    const [done] = await t.db
      .select()
      .from(pointConsultationActions)
      .where(eq(pointConsultationActions.id, overdue?.id as string));
    expect(done?.doneAt).not.toBeNull();
    expect((await client.get('/dashboard')).body).not.toContain('pontokkal folytatott tanácsadásból');
    // Again, or an action of another point: a field error, nothing changes.
    expect((await client.post(`/admin/points/${point.id}/consultation-actions/done`, { actionId: overdue?.id as string })).statusCode).toBe(422);
  });

  it('shows field errors: due day without an action, future day, missing topics', async () => {
    const point = await createPoint(t.db, x.centerA.id);
    const client = await x.client('adminA');
    const res = await client.post(`/admin/points/${point.id}/consultations`, {
      heldOn: '2999-01-01',
      kind: 'seance',
      topics: '',
      action1: '',
      action1Due: '2026-02-30',
    });
    expect(res.statusCode).toBe(422);
    for (const field of ['heldOn', 'kind', 'topics', 'action1Due']) expect(res.body).toContain(`id="f-${field}-error"`);
    expect(await t.db.select().from(pointConsultations).where(eq(pointConsultations.pointId, point.id))).toHaveLength(0);
  });

  it.each([
    ['coordinatorB', 404],
    ['pointCoordinatorA', 403],
    ['volunteer', 403],
  ] as const)('keeps %s out of the consulting log (%i)', async (persona, status) => {
    const client = persona === 'coordinatorB' ? coordinatorB : await x.client(persona);
    expect((await client.get(`/admin/centers/${x.centerA.id}/points/consulting`)).statusCode).toBe(status);
    expect((await client.post(`/admin/points/${x.pointA.id}/consultations`, { heldOn: today(), kind: 'call', topics: 'Betörés' })).statusCode).toBe(status);
    expect(await t.db.select().from(pointConsultations).where(eq(pointConsultations.topics, 'Betörés'))).toHaveLength(0);
  });
});

describe('coverage', () => {
  it('covers only the point’s own settlement at 1 km, and counts everybody else in the county', async () => {
    const center = await createCenter(t.db, { name: 'Lefedettségi Központ', pointCoverageKm: 1 });
    await createPoint(t.db, center.id, { name: 'Bajai Működő Pont' });
    await createPoint(t.db, center.id, { name: 'Kalocsai Jelölt Pont', status: 'candidate', placeId: (await placeByName(t.db, 'Kalocsa')).id });
    const admin = await createUser(t.db, { grants: [{ role: 'center_admin', centerId: center.id }] });
    const client = new TestClient(t.app, t.config.secretKey);
    client.setSession(await sessionFor(t.db, admin.id));
    const [county] = await t.db
      .select({ n: sql<number>`count(*)`.mapWith(Number), people: sql<number>`sum(${places.population})`.mapWith(Number) })
      .from(places)
      .where(and(eq(places.county, 'Bács-Kiskun'), eq(places.isSummary, false)));
    const baja = await placeByName(t.db, 'Baja');
    const [bajaRow] = await t.db.select({ population: places.population }).from(places).where(eq(places.id, baja.id));
    const outside = (county?.people ?? 0) - (bajaRow?.population ?? 0);

    const page = await client.get(`/admin/centers/${center.id}/points/coverage`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`A vármegye ${county?.n} településéből 1 van 1 km-en belül a(z) 1 működő pont valamelyikétől.`);
    expect(page.body).toContain(`A lefedettségen kívül ${outside.toLocaleString('hu-HU')} ember él`);
    // Largest uncovered first; Kecskemét is the county's largest town. Scouting pre-fills the settlement.
    expect(page.body).toContain(`/admin/centers/${center.id}/points/candidates/new?place=${encodeURIComponent('Kecskemét (Bács-Kiskun)')}`);
    const csv = (await client.get(`/admin/centers/${center.id}/points/coverage?format=csv`)).rawPayload.toString('utf8');
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength((county?.n ?? 0) - 1 + 1);
    expect(lines[1]).toMatch(/^Kecskemét,/);
    expect(csv).not.toMatch(/\r\nBaja,/);

    const saved = await client.post(`/admin/centers/${center.id}/points/coverage`, { coverageKm: '30' });
    expect(saved.statusCode).toBe(303);
    expect((await t.db.select().from(centers).where(eq(centers.id, center.id)))[0]?.pointCoverageKm).toBe(30);
    const bad = await client.post(`/admin/centers/${center.id}/points/coverage`, { coverageKm: '0' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('A távolság 1 és 100 km között lehet.');
  });

  it('lets a coordinator see coverage but not change the distance; others are kept out', async () => {
    const coordinator = await x.client('coordinatorA');
    expect((await coordinator.get(`/admin/centers/${x.centerA.id}/points/coverage`)).statusCode).toBe(200);
    expect((await coordinator.post(`/admin/centers/${x.centerA.id}/points/coverage`, { coverageKm: '50' })).statusCode).toBe(403);
    expect((await coordinatorB.get(`/admin/centers/${x.centerA.id}/points/coverage`)).statusCode).toBe(404);
    expect((await (await x.client('volunteer')).get(`/admin/centers/${x.centerA.id}/points/coverage`)).statusCode).toBe(403);
  });
});

describe('public /points', () => {
  it('lists active points only, with opening hours, and orders them by distance from a settlement', async () => {
    const center = await createCenter(t.db, { name: 'Nyilvános Központ' });
    await createPoint(t.db, center.id, { name: 'Kalocsai Nyitott Pont', openingHours: 'Kedd 10–14', placeId: (await placeByName(t.db, 'Kalocsa')).id });
    await createPoint(t.db, center.id, { name: 'Bajai Nyitott Pont', openingHours: 'Csütörtök 14–18' });
    await createPoint(t.db, center.id, { name: 'Titkos Jelölt Pont', status: 'candidate' });
    const client = await x.client('anonymous');
    const all = await client.get('/points');
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('Kalocsai Nyitott Pont');
    expect(all.body).toContain('Kedd 10–14');
    expect(all.body).not.toContain('Titkos Jelölt Pont');
    expect(all.body).toContain('<svg');

    const near = await client.get(`/points?place=${encodeURIComponent('Baja')}`);
    expect(near.body.indexOf('Bajai Nyitott Pont')).toBeLessThan(near.body.indexOf('Kalocsai Nyitott Pont'));
    expect(near.body).toContain('– 0 km');
    expect(near.body).toMatch(/Kalocsai Nyitott Pont<\/h2>\s*<p>Baja|Kalocsa.*– \d+(,\d)? km/s);

    const unknown = await client.get('/points?place=Nemlétezőfalva');
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toContain('id="f-place-error"');
  });
});
