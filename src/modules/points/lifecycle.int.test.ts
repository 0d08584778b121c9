import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointSetupItems, pointStatusEvents, points } from '../../db/schema/index.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { createPoint, placeByName } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import type { TestClient } from '../../test-support/test-client.js';
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
const pointRow = async (id: string) => (await t.db.select().from(points).where(eq(points.id, id)))[0];
const candidate = (name: string) => ({
  name,
  hostInstitution: 'Városi Könyvtár',
  hostKind: 'library',
  place: 'Kalocsa',
  address: 'Fő utca 1.',
  contactName: 'Kiss Anna',
  notes: 'Nyitott rá',
});

describe('points life cycle: scouting a candidate', () => {
  it('lets a center coordinator scout a candidate, dated and audited', async () => {
    const client = await x.client('coordinatorA');
    const form = await client.get(`/admin/centers/${x.centerA.id}/points/candidates/new?place=Kalocsa%20(B%C3%A1cs-Kiskun)`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="Kalocsa (Bács-Kiskun)"');
    const res = await client.post(`/admin/centers/${x.centerA.id}/points/candidates`, candidate('Kalocsai Jelölt'));
    expect(res.statusCode).toBe(303);
    const [row] = await t.db.select().from(points).where(eq(points.name, 'Kalocsai Jelölt'));
    expect(row).toMatchObject({ status: 'candidate', hostKind: 'library', placeId: (await placeByName(t.db, 'Kalocsa')).id, centerId: x.centerA.id });
    expect(res.headers.location).toBe(`/admin/points/${row?.id}/lifecycle`);
    const events = await t.db
      .select()
      .from(pointStatusEvents)
      .where(eq(pointStatusEvents.pointId, row?.id as string));
    expect(events).toMatchObject([{ fromStatus: null, toStatus: 'candidate', on: today() }]);
    const [audit] = await auditRowsFor(t.db, 'point', row?.id as string);
    expect(audit).toMatchObject({ action: 'create', centerId: x.centerA.id });
  });

  it('shows Hungarian field errors and writes nothing', async () => {
    const client = await x.client('adminA');
    const res = await client.post(`/admin/centers/${x.centerA.id}/points/candidates`, { ...candidate(''), hostKind: 'kastély', place: 'Zalaegerszeg' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('id="f-name-error"');
    expect(res.body).toContain('id="f-hostKind-error"');
    expect(res.body).toContain('A település nem Bács-Kiskun vármegyei');
  });

  it.each([
    ['coordinatorB', 404],
    ['pointCoordinatorA', 403],
    ['volunteer', 403],
  ] as const)('refuses %s (%i)', async (persona, status) => {
    const client = persona === 'coordinatorB' ? coordinatorB : await x.client(persona);
    expect((await client.get(`/admin/centers/${x.centerA.id}/points/candidates/new`)).statusCode).toBe(status);
    expect((await client.post(`/admin/centers/${x.centerA.id}/points/candidates`, candidate(`Tiltott ${persona}`))).statusCode).toBe(status);
    expect(
      (
        await t.db
          .select()
          .from(points)
          .where(eq(points.name, `Tiltott ${persona}`))
      ).length,
    ).toBe(0);
  });
});

describe('points life cycle: steps and the setting-up checklist', () => {
  it('walks candidate → agreement → setting up, refuses activation until the checklist is done', async () => {
    const point = await createPoint(t.db, x.centerA.id, { status: 'candidate' });
    const client = await x.client('coordinatorA');
    const step = (to: string, extra: Record<string, string> = {}) => client.post(`/admin/points/${point.id}/status`, { to, on: today(), note: '', ...extra });

    const skip = await step('active');
    expect(skip.statusCode).toBe(422);
    expect(skip.body).toContain('Ebből az állapotból ez a lépés nem lehetséges.');
    expect((await step('agreement', { on: '2026-01-10', note: 'Aláírtuk' })).statusCode).toBe(303);
    expect((await step('setting_up')).statusCode).toBe(303);

    const future = await step('active', { on: '2999-01-01' });
    expect(future.statusCode).toBe(422);
    expect(future.body).toContain('A nap nem lehet a jövőben.');

    const early = await step('active');
    expect(early.statusCode).toBe(422);
    expect(early.body).toContain('A pont csak akkor indulhat el, ha a kialakítás minden lépése kész.');
    for (const item of ['coordinator_trained', 'place', 'opening_hours', 'first_organizations']) {
      expect((await client.post(`/admin/points/${point.id}/setup`, { item, doneOn: today() })).statusCode).toBe(303);
    }
    expect(await t.db.select().from(pointSetupItems).where(eq(pointSetupItems.pointId, point.id))).toHaveLength(4);
    expect((await step('active')).statusCode).toBe(303);
    expect((await step('paused')).statusCode).toBe(303);
    expect((await step('active')).statusCode).toBe(303);
    expect((await step('closed')).statusCode).toBe(303);
    expect((await step('active')).statusCode).toBe(422);

    const row = await pointRow(point.id);
    expect(row?.status).toBe('closed');
    expect(row?.statusChangedAt).not.toBeNull();
    const events = await t.db.select().from(pointStatusEvents).where(eq(pointStatusEvents.pointId, point.id));
    expect(events.map((e) => e.toStatus).sort()).toEqual(['active', 'active', 'agreement', 'closed', 'paused', 'setting_up']);
    const audits = await auditRowsFor(t.db, 'point', point.id);
    expect(audits.filter((a) => a.action === 'status')).toHaveLength(6);

    const page = await client.get(`/admin/points/${point.id}/lifecycle`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Aláírtuk');
    expect(page.body).toContain('2026. 01. 10.');
    expect(page.body).toContain('A pont megszűnt; ez végleges állapot.');
  });

  it.each([
    ['coordinatorB', 404],
    ['pointCoordinatorA', 403],
    ['volunteer', 403],
  ] as const)('keeps %s out of a point’s life cycle (%i)', async (persona, status) => {
    const point = await createPoint(t.db, x.centerA.id, { status: 'candidate' });
    const client = persona === 'coordinatorB' ? coordinatorB : await x.client(persona);
    expect((await client.get(`/admin/points/${point.id}/lifecycle`)).statusCode).toBe(status);
    expect((await client.post(`/admin/points/${point.id}/status`, { to: 'agreement', on: today() })).statusCode).toBe(status);
    expect((await client.post(`/admin/points/${point.id}/setup`, { item: 'place', doneOn: today() })).statusCode).toBe(status);
    expect((await pointRow(point.id))?.status).toBe('candidate');
  });

  it('filters a center’s point list by status', async () => {
    await createPoint(t.db, x.centerA.id, { name: 'Szüneteltetett Pont', status: 'paused' });
    const client = await x.client('adminA');
    const paused = await client.get(`/admin/centers/${x.centerA.id}?status=paused`);
    expect(paused.body).toContain('Szüneteltetett Pont');
    expect(paused.body).not.toContain(x.pointA.name);
    const all = await client.get(`/admin/centers/${x.centerA.id}`);
    expect(all.body).toContain(x.pointA.name);
  });
});
