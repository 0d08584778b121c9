import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointStatusEvents, points, roleGrants } from '../../db/schema/index.js';
import { createCenter, createPoint, createUser, placeByName } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { type AdminTenants, auditRowsFor, createAdminTenants } from '../admin/admin-test-tenants.js';

let t: TestApp;
let x: AdminTenants;
beforeAll(async () => {
  t = await createTestApp();
  x = await createAdminTenants(t);
});
afterAll(async () => {
  await t.close();
});

const validPoint = (name: string) => ({ name, place: 'Kiskunfélegyháza', address: 'Petőfi utca 2.', email: '', phone: '' });
const pointNamed = async (name: string) => (await t.db.select().from(points).where(eq(points.name, name)))[0];

describe('points: who sees and manages what', () => {
  it.each([
    ['national', 200, true],
    ['adminA', 200, true],
    ['adminB', 403, false],
    ['coordinatorA', 200, false],
    ['pointCoordinatorA', 200, false],
    ['volunteer', 403, false],
  ] as const)('%s gets %i on point A (may edit: %s)', async (persona, status, mayEdit) => {
    const client = await x.client(persona);
    const res = await client.get(`/admin/points/${x.pointA.id}`);
    expect(res.statusCode).toBe(status);
    if (status === 200) {
      expect(res.body).toContain(x.pointA.name);
      expect(res.body.includes(`/admin/points/${x.pointA.id}/edit`)).toBe(mayEdit);
    }
    const edit = await client.get(`/admin/points/${x.pointA.id}/edit`);
    expect(edit.statusCode).toBe(mayEdit ? 200 : 403);
    const add = await client.get(`/admin/centers/${x.centerA.id}/points/new`);
    expect(add.statusCode).toBe(mayEdit ? 200 : 403);
  });

  it('keeps a point coordinator to their own point', async () => {
    const client = await x.client('pointCoordinatorA');
    const otherInA = await createPoint(t.db, x.centerA.id);
    expect((await client.get(`/admin/points/${otherInA.id}`)).statusCode).toBe(403);
    expect((await client.get(`/admin/points/${x.pointB.id}`)).statusCode).toBe(403);
    expect((await client.get(`/admin/centers/${x.centerA.id}`)).statusCode).toBe(403);
  });

  it('sends anonymous visitors to the login page', async () => {
    const res = await (await x.client('anonymous')).get(`/admin/points/${x.pointA.id}`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/login?next=${encodeURIComponent(`/admin/points/${x.pointA.id}`)}`);
  });

  it('answers 404 for unknown and malformed point ids', async () => {
    const client = await x.client('national');
    expect((await client.get('/admin/points/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await client.get('/admin/points/123')).statusCode).toBe(404);
  });
});

describe('points: create, edit', () => {
  it("lets center A's admin add a point to A, with the audit entry under A", async () => {
    const res = await (await x.client('adminA')).post(`/admin/centers/${x.centerA.id}/points`, validPoint('Félegyházi Pont'));
    expect(res.statusCode).toBe(303);
    const row = await pointNamed('Félegyházi Pont');
    expect(row).toMatchObject({ centerId: x.centerA.id, placeId: (await placeByName(t.db, 'Kiskunfélegyháza')).id, address: 'Petőfi utca 2.' });
    expect(res.headers.location).toBe(`/admin/points/${row?.id}`);
    const [audit] = await auditRowsFor(t.db, 'point', row?.id as string);
    expect(audit).toMatchObject({ action: 'create', centerId: x.centerA.id, actorUserId: x.users.adminA.id });
    // Its life starts as active, dated, like any step of the lifecycle.
    const events = await t.db
      .select()
      .from(pointStatusEvents)
      .where(eq(pointStatusEvents.pointId, row?.id as string));
    expect(events).toMatchObject([{ fromStatus: null, toStatus: 'active', actorUserId: x.users.adminA.id }]);
  });

  it("refuses B's admin in A before reading the form (403, nothing written)", async () => {
    const client = await x.client('adminB');
    expect((await client.post(`/admin/centers/${x.centerA.id}/points`, {})).statusCode).toBe(403);
    expect((await client.post(`/admin/centers/${x.centerA.id}/points`, validPoint('Betolakodó Pont'))).statusCode).toBe(403);
    expect((await client.post(`/admin/points/${x.pointA.id}`, {})).statusCode).toBe(403);
    expect(await pointNamed('Betolakodó Pont')).toBeUndefined();
  });

  it.each(['coordinatorA', 'pointCoordinatorA', 'volunteer'] as const)('refuses %s (403)', async (persona) => {
    const res = await (await x.client(persona)).post(`/admin/centers/${x.centerA.id}/points`, validPoint(`Tiltott ${persona}`));
    expect(res.statusCode).toBe(403);
    expect(await pointNamed(`Tiltott ${persona}`)).toBeUndefined();
  });

  it('shows Hungarian errors: required name, settlement outside the county, bad e-mail, taken name', async () => {
    const client = await x.client('adminA');
    const empty = await client.post(`/admin/centers/${x.centerA.id}/points`, { name: '', place: '', email: 'x@', phone: '' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('id="f-name-error"');
    expect(empty.body).toContain('id="f-place-error"');
    expect(empty.body).toContain('Érvénytelen e-mail-cím.');
    const outside = await client.post(`/admin/centers/${x.centerA.id}/points`, { ...validPoint('Zalai Pont'), place: 'Zalaegerszeg' });
    expect(outside.statusCode).toBe(422);
    expect(outside.body).toContain('A település nem Bács-Kiskun vármegyei');
    // Every error in one round: zod's (e-mail) and the server's rules (settlement, taken name).
    const all = await client.post(`/admin/centers/${x.centerA.id}/points`, { name: x.pointA.name, place: 'Szeged', email: 'rossz' });
    expect(all.statusCode).toBe(422);
    expect(all.body).toContain('Érvénytelen e-mail-cím.');
    expect(all.body).toContain('A település nem Bács-Kiskun vármegyei');
    expect(all.body).toContain('Ebben a központban már van pont ezzel a névvel.');
    const taken = await client.post(`/admin/centers/${x.centerA.id}/points`, validPoint(x.pointA.name.toUpperCase()));
    expect(taken.statusCode).toBe(422);
    expect(taken.body).toContain('Ebben a központban már van pont ezzel a névvel.');
    expect(await pointNamed('Zalai Pont')).toBeUndefined();
  });

  it('edits a point and records before and after', async () => {
    const point = await createPoint(t.db, x.centerA.id, { name: 'Régi Nevű Pont' });
    const client = await x.client('adminA');
    const form = await client.get(`/admin/points/${point.id}/edit`);
    expect(form.body).toContain('value="Baja (Bács-Kiskun)"');
    const res = await client.post(`/admin/points/${point.id}`, { ...validPoint('Új Nevű Pont'), place: 'Kalocsa' });
    expect(res.statusCode).toBe(303);
    const [row] = await t.db.select().from(points).where(eq(points.id, point.id));
    expect(row).toMatchObject({ name: 'Új Nevű Pont', placeId: (await placeByName(t.db, 'Kalocsa')).id });
    const [audit] = await auditRowsFor(t.db, 'point', point.id);
    expect(audit).toMatchObject({ action: 'update', centerId: x.centerA.id });
    expect((audit?.before as { name: string } | undefined)?.name).toBe('Régi Nevű Pont');
  });
});

describe('points: delete', () => {
  it('asks for confirmation on a page of its own, then deletes', async () => {
    const point = await createPoint(t.db, x.centerA.id, { name: 'Törlendő Pont' });
    const client = await x.client('adminA');
    const page = await client.get(`/admin/points/${point.id}`);
    expect(page.body).toContain(`href="/admin/points/${point.id}/delete"`);
    const confirm = await client.get(`/admin/points/${point.id}/delete`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Biztosan törli a(z) „Törlendő Pont” pontot');
    expect(confirm.body).toContain(`action="/admin/points/${point.id}/delete"`);
    const res = await client.post(`/admin/points/${point.id}/delete`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/admin/centers/${x.centerA.id}`);
    expect(await pointNamed('Törlendő Pont')).toBeUndefined();
    const [audit] = await auditRowsFor(t.db, 'point', point.id);
    expect(audit).toMatchObject({ action: 'delete', centerId: x.centerA.id });
    expect((audit?.before as { name: string } | undefined)?.name).toBe('Törlendő Pont');
  });

  it('refuses while role grants belong to the point, and says why', async () => {
    const point = await createPoint(t.db, x.centerA.id, { name: 'Foglalt Pont' });
    await createUser(t.db, { grants: [{ role: 'point_coordinator', centerId: x.centerA.id, pointId: point.id }] });
    const client = await x.client('adminA');
    const confirm = await client.get(`/admin/points/${point.id}/delete`);
    expect(confirm.body).toContain('A pont nem törölhető, mert 1 szerepkör tartozik hozzá.');
    expect(confirm.body).not.toContain(`action="/admin/points/${point.id}/delete"`);
    const res = await client.post(`/admin/points/${point.id}/delete`);
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('A pont nem törölhető');
    expect(await pointNamed('Foglalt Pont')).toBeDefined();
    expect(await t.db.select().from(roleGrants).where(eq(roleGrants.pointId, point.id))).toHaveLength(1);
  });

  it("refuses B's admin and A's coordinator", async () => {
    const point = await createPoint(t.db, x.centerA.id, { name: 'Védett Pont' });
    for (const persona of ['adminB', 'coordinatorA'] as const) {
      const client = await x.client(persona);
      expect((await client.get(`/admin/points/${point.id}/delete`)).statusCode).toBe(403);
      expect((await client.post(`/admin/points/${point.id}/delete`)).statusCode).toBe(403);
    }
    expect(await pointNamed('Védett Pont')).toBeDefined();
  });
});

describe("points: a center's list, in Hungarian order, exported", () => {
  it('lists, sorts and exports the points of the center', async () => {
    const center = await createCenter(t.db, { name: 'Rendező Központ' });
    const names = ['Zsámbék', 'Öttömös', 'Cegléd', 'Zala', 'Ózd', 'Csór'];
    for (const n of names) await createPoint(t.db, center.id, { name: `${n} pont` });
    await createPoint(t.db, center.id, { name: '@SUM(A1:A9) pont' });
    const client = await x.client('national');
    const body = (await client.get(`/admin/centers/${center.id}`)).body;
    const inOrder = [...names].sort((a, b) => body.indexOf(`${a} pont`) - body.indexOf(`${b} pont`));
    expect(inOrder).toEqual(['Cegléd', 'Csór', 'Ózd', 'Öttömös', 'Zala', 'Zsámbék']);
    expect(body).toContain(`href="/admin/centers/${center.id}?format=csv"`);

    const csv = await client.get(`/admin/centers/${center.id}?format=csv&sort=name&dir=desc`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.rawPayload.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Név,Önkéntes központ,Település,Vármegye,Cím,E-mail-cím,Telefonszám,Létrehozva,ID');
    expect(lines[1]).toMatch(/^Zsámbék pont,Rendező Központ,Baja,Bács-Kiskun,/);
    expect(lines.some((l) => l.startsWith("'@SUM(A1:A9) pont,"))).toBe(true);

    const xlsx = await client.get(`/admin/centers/${center.id}?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Név');
    // A typed string cell, as typed: XLSX never reads it as a formula.
    expect(sheet?.getRow(2).getCell(1).value).toBe('@SUM(A1:A9) pont');
    expect(sheet?.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getRow(3).getCell(1).value).toBe('Cegléd pont');
    expect(sheet?.rowCount).toBe(8);
  });

  it("never exports another center's points", async () => {
    const res = await (await x.client('adminB')).get(`/admin/centers/${x.centerA.id}?format=csv`);
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain(x.pointA.name);
  });
});
