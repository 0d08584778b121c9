import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleGrants, sessions, users } from '../../db/schema/index.js';
import { createUser, sessionFor } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { type AdminTenants, auditRowsFor, createAdminTenants, grantsOf } from '../admin/admin-test-tenants.js';

let t: TestApp;
let x: AdminTenants;
beforeAll(async () => {
  t = await createTestApp();
  x = await createAdminTenants(t);
});
afterAll(async () => {
  await t.close();
});

const listOf = async (persona: Parameters<AdminTenants['client']>[0], query = '') =>
  (await (await x.client(persona)).get(`/admin/users?pageSize=200${query}`)).body;

describe('users: who sees whom', () => {
  it.each(['coordinatorA', 'pointCoordinatorA', 'volunteer'] as const)('refuses %s (403)', async (persona) => {
    const client = await x.client(persona);
    expect((await client.get('/admin/users')).statusCode).toBe(403);
    expect((await client.get(`/admin/users/${x.users.coordinatorA.id}`)).statusCode).toBe(403);
  });

  it('sends anonymous visitors to the login page', async () => {
    const res = await (await x.client('anonymous')).get('/admin/users');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Fadmin%2Fusers');
  });

  it('shows a national admin everyone', async () => {
    const body = await listOf('national');
    for (const u of Object.values(x.users)) expect(body).toContain(u.email);
  });

  it("shows a center admin their center's staff only", async () => {
    const body = await listOf('adminA');
    expect(body).toContain(x.users.coordinatorA.email);
    expect(body).toContain(x.users.pointCoordinatorA.email);
    expect(body).not.toContain(x.users.adminB.email);
    expect(body).not.toContain(x.users.volunteer.email);
    expect(body).not.toContain(x.users.national.email);
  });

  it('finds a person without a role elsewhere by exact e-mail, but not another center’s staff', async () => {
    const link = (persona: keyof AdminTenants['users']) => `href="/admin/users/${x.users[persona].id}"`;
    const search = (q: string) => listOf('adminA', `&q=${encodeURIComponent(q)}`);
    expect(await search(x.users.volunteer.email)).toContain(link('volunteer'));
    expect(await search(x.users.volunteer.email.toUpperCase())).toContain(link('volunteer'));
    expect(await search(x.users.volunteer.email.slice(0, 12))).not.toContain(link('volunteer'));
    expect(await search(x.users.adminB.email)).not.toContain(link('adminB'));
    expect(await search(x.users.national.email)).not.toContain(link('national'));
  });

  it.each([
    ['national', 'coordinatorA', 200],
    ['adminA', 'coordinatorA', 200],
    ['adminA', 'volunteer', 200],
    ['adminA', 'adminB', 403],
    ['adminA', 'national', 403],
    ['adminB', 'coordinatorA', 403],
    ['adminB', 'pointCoordinatorA', 403],
  ] as const)('%s opening %s gets %i', async (viewer, target, status) => {
    const res = await (await x.client(viewer)).get(`/admin/users/${x.users[target].id}`);
    expect(res.statusCode).toBe(status);
    if (status === 200) expect(res.body).toContain(x.users[target].email);
  });

  it('answers 404 for unknown and malformed user ids', async () => {
    const client = await x.client('national');
    expect((await client.get('/admin/users/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await client.get('/admin/users/nobody')).statusCode).toBe(404);
  });
});

describe('users: search, filter, sort', () => {
  it('searches names without caring about accents or case, and e-mail parts', async () => {
    const kovacs = await createUser(t.db, { familyName: 'Kovács', givenName: 'Örs' });
    const link = `href="/admin/users/${kovacs.id}"`;
    expect(await listOf('national', '&q=kovacs%20ors')).toContain(link);
    expect(await listOf('national', '&q=%C3%B6rs%20kov')).toContain(link);
    expect(await listOf('national', '&q=KOV%C3%81CS')).toContain(link);
    expect(await listOf('national', `&q=${kovacs.email.slice(5, 13)}`)).toContain(link);
    expect(await listOf('national', '&q=kovacsne')).not.toContain(link);
  });

  it('filters by role', async () => {
    const body = await listOf('national', '&role=point_coordinator');
    expect(body).toContain(x.users.pointCoordinatorA.email);
    expect(body).not.toContain(x.users.coordinatorA.email);
  });

  it('sorts by name in Hungarian order, and by registration date', async () => {
    const names = ['Zsámbék', 'Öttömös', 'Cegléd', 'Zala', 'Ózd', 'Csór'];
    for (const n of names) await createUser(t.db, { familyName: n, givenName: 'Rendezett' });
    const asc = await listOf('national', '&q=rendezett');
    const order = (body: string) => [...names].sort((a, b) => body.indexOf(`${a} Rendezett`) - body.indexOf(`${b} Rendezett`));
    expect(order(asc)).toEqual(['Cegléd', 'Csór', 'Ózd', 'Öttömös', 'Zala', 'Zsámbék']);
    await t.db
      .update(users)
      .set({ createdAt: new Date('2020-01-01T10:00:00Z') })
      .where(eq(users.familyName, 'Zala'));
    const byCreated = await listOf('national', '&q=rendezett&sort=created&dir=asc');
    expect(order(byCreated)[0]).toBe('Zala');
  });
});

describe('users: granting roles', () => {
  it("lets A's admin give a newcomer a center role in A, recorded under A", async () => {
    const newcomer = await createUser(t.db, { grants: [{ role: 'volunteer' }] });
    const res = await (await x.client('adminA')).post(`/admin/users/${newcomer.id}/grants`, {
      role: 'center_coordinator',
      centerId: x.centerA.id,
      pointId: '',
    });
    expect(res.statusCode).toBe(303);
    const grant = (await grantsOf(t.db, newcomer.id)).find((g) => g.role === 'center_coordinator');
    expect(grant).toMatchObject({ centerId: x.centerA.id, pointId: null, grantedBy: x.users.adminA.id });
    const [audit] = await auditRowsFor(t.db, 'role_grant', grant?.id as string);
    expect(audit).toMatchObject({ action: 'grant', centerId: x.centerA.id, actorUserId: x.users.adminA.id });
  });

  it('takes the center of a point role from the point', async () => {
    const newcomer = await createUser(t.db);
    const res = await (await x.client('adminA')).post(`/admin/users/${newcomer.id}/grants`, { role: 'point_coordinator', pointId: x.pointA.id });
    expect(res.statusCode).toBe(303);
    expect(await grantsOf(t.db, newcomer.id)).toMatchObject([{ role: 'point_coordinator', centerId: x.centerA.id, pointId: x.pointA.id }]);
  });

  it('never lets a center admin grant national_admin or grant in another center', async () => {
    const newcomer = await createUser(t.db);
    const client = await x.client('adminA');
    const attempts: [Record<string, string>, number][] = [
      [{ role: 'national_admin', centerId: '', pointId: '' }, 403],
      [{ role: 'center_admin', centerId: x.centerB.id, pointId: '' }, 403],
      [{ role: 'point_coordinator', centerId: '', pointId: x.pointB.id }, 403],
      // A point of B under center A: refused as inconsistent before any tenant is considered.
      [{ role: 'point_coordinator', centerId: x.centerA.id, pointId: x.pointB.id }, 422],
    ];
    for (const [form, status] of attempts) {
      expect((await client.post(`/admin/users/${newcomer.id}/grants`, form)).statusCode).toBe(status);
    }
    expect(await grantsOf(t.db, newcomer.id)).toHaveLength(0);
    const page = await client.get(`/admin/users/${newcomer.id}`);
    expect(page.body).not.toContain('<option value="national_admin"');
    expect(page.body).not.toContain(`<option value="${x.centerB.id}"`);
    expect(page.body).not.toContain(`<option value="${x.pointB.id}"`);
  });

  it("refuses B's admin on A's staff before reading the form", async () => {
    const res = await (await x.client('adminB')).post(`/admin/users/${x.users.coordinatorA.id}/grants`, {});
    expect(res.statusCode).toBe(403);
  });

  it('lets a national admin grant national_admin', async () => {
    const newcomer = await createUser(t.db);
    const res = await (await x.client('national')).post(`/admin/users/${newcomer.id}/grants`, { role: 'national_admin' });
    expect(res.statusCode).toBe(303);
    expect(await grantsOf(t.db, newcomer.id)).toMatchObject([{ role: 'national_admin', centerId: null, pointId: null }]);
  });

  it('explains in Hungarian what is missing or duplicated', async () => {
    const client = await x.client('adminA');
    const target = x.users.coordinatorA.id;
    const noRole = await client.post(`/admin/users/${target}/grants`, { role: '' });
    expect(noRole.statusCode).toBe(422);
    expect(noRole.body).toContain('Kötelező mező.');
    const noCenter = await client.post(`/admin/users/${target}/grants`, { role: 'center_admin', centerId: '' });
    expect(noCenter.statusCode).toBe(422);
    expect(noCenter.body).toContain('Ehhez a szerepkörhöz válasszon központot.');
    const noPoint = await client.post(`/admin/users/${target}/grants`, { role: 'point_coordinator' });
    expect(noPoint.body).toContain('Ehhez a szerepkörhöz válasszon önkéntes pontot.');
    const twice = await client.post(`/admin/users/${target}/grants`, { role: 'center_coordinator', centerId: x.centerA.id });
    expect(twice.statusCode).toBe(422);
    expect(twice.body).toContain('A felhasználónak már megvan ez a szerepköre ugyanitt.');
    expect(await grantsOf(t.db, target)).toHaveLength(1);
  });
});

describe('users: revoking roles', () => {
  it('confirms, revokes and records the revocation under the center', async () => {
    const holder = await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: x.centerA.id }] });
    const [grant] = await grantsOf(t.db, holder.id);
    const client = await x.client('adminA');
    const confirm = await client.get(`/admin/users/${holder.id}/grants/${grant?.id}/delete`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Biztosan visszavonja');
    expect(confirm.body).toContain('Központi koordinátor');
    const res = await client.post(`/admin/users/${holder.id}/grants/${grant?.id}/delete`);
    expect(res.statusCode).toBe(303);
    expect(await grantsOf(t.db, holder.id)).toHaveLength(0);
    const [audit] = await auditRowsFor(t.db, 'role_grant', grant?.id as string);
    expect(audit).toMatchObject({ action: 'revoke', centerId: x.centerA.id });
  });

  it("refuses B's admin, and a grant id of another user", async () => {
    const holder = await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: x.centerA.id }] });
    const [grant] = await grantsOf(t.db, holder.id);
    expect((await (await x.client('adminB')).post(`/admin/users/${holder.id}/grants/${grant?.id}/delete`)).statusCode).toBe(403);
    const mismatch = await (await x.client('adminA')).post(`/admin/users/${x.users.coordinatorA.id}/grants/${grant?.id}/delete`);
    expect(mismatch.statusCode).toBe(404);
    expect(await grantsOf(t.db, holder.id)).toHaveLength(1);
  });

  it('never lets an admin revoke their own admin role', async () => {
    const [own] = await grantsOf(t.db, x.users.adminA.id);
    const client = await x.client('adminA');
    const confirm = await client.get(`/admin/users/${x.users.adminA.id}/grants/${own?.id}/delete`);
    expect(confirm.body).toContain('Saját adminisztrátori szerepkörét nem vonhatja vissza');
    const res = await client.post(`/admin/users/${x.users.adminA.id}/grants/${own?.id}/delete`);
    expect(res.statusCode).toBe(409);
    expect(await grantsOf(t.db, x.users.adminA.id)).toHaveLength(1);
  });
});

describe('users: disabling accounts', () => {
  it('disables after confirmation, ends every session, and enables again', async () => {
    const staff = await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: x.centerA.id }] });
    const staffBrowser = new TestClient(t.app, t.config.secretKey).setSession(await sessionFor(t.db, staff.id));
    await sessionFor(t.db, staff.id);
    expect((await staffBrowser.get('/admin')).statusCode).toBe(200);

    const admin = await x.client('adminA');
    const confirm = await admin.get(`/admin/users/${staff.id}/disable`);
    expect(confirm.body).toContain('Minden munkamenete azonnal megszűnik');
    const res = await admin.post(`/admin/users/${staff.id}/disable`);
    expect(res.statusCode).toBe(303);
    const [row] = await t.db.select().from(users).where(eq(users.id, staff.id));
    expect(row?.disabledAt).toBeInstanceOf(Date);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, staff.id))).toHaveLength(0);
    expect((await staffBrowser.get('/admin')).statusCode).toBe(303);
    const [audit] = await auditRowsFor(t.db, 'user', staff.id);
    expect(audit).toMatchObject({ action: 'disable', centerId: x.centerA.id, actorUserId: x.users.adminA.id });

    expect((await admin.post(`/admin/users/${staff.id}/enable`)).statusCode).toBe(303);
    const [enabled] = await t.db.select().from(users).where(eq(users.id, staff.id));
    expect(enabled?.disabledAt).toBeNull();
    expect((await auditRowsFor(t.db, 'user', staff.id)).map((a) => a.action)).toEqual(['disable', 'enable']);
  });

  it('never lets anyone disable themselves', async () => {
    const client = await x.client('national');
    const res = await client.post(`/admin/users/${x.users.national.id}/disable`);
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('Saját fiókját nem tilthatja le.');
    const [row] = await t.db.select().from(users).where(eq(users.id, x.users.national.id));
    expect(row?.disabledAt).toBeNull();
  });

  it("keeps a center admin's hands off other centers' staff and people who are not staff", async () => {
    const client = await x.client('adminA');
    expect((await client.post(`/admin/users/${x.users.adminB.id}/disable`)).statusCode).toBe(403);
    expect((await client.post(`/admin/users/${x.users.volunteer.id}/disable`)).statusCode).toBe(403);
    const both = await createUser(t.db, {
      grants: [
        { role: 'center_coordinator', centerId: x.centerA.id },
        { role: 'center_coordinator', centerId: x.centerB.id },
      ],
    });
    expect((await client.post(`/admin/users/${both.id}/disable`)).statusCode).toBe(403);
    const page = await client.get(`/admin/users/${both.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(x.centerB.name);
    for (const id of [x.users.adminB.id, x.users.volunteer.id, both.id]) {
      const [row] = await t.db.select().from(users).where(eq(users.id, id));
      expect(row?.disabledAt).toBeNull();
    }
  });
});

describe('users: export', () => {
  it('exports the filtered list as CSV and XLSX with formulas neutralised', async () => {
    const tricky = await createUser(t.db, {
      familyName: '=cmd|calc',
      givenName: 'Exportált',
      grants: [{ role: 'center_coordinator', centerId: x.centerA.id }],
    });
    const client = await x.client('adminA');
    const csv = await client.get('/admin/users?format=csv&q=export');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.rawPayload.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Családi név,Utónév,E-mail-cím,Szerepkörök,Állapot,Regisztrált,ID');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(`'=cmd|calc,Exportált,${tricky.email},Központi koordinátor,Aktív,${lines[1]?.split(',')[5]},${tricky.id}`);

    const xlsx = await client.get('/admin/users?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toContain('E-mail-cím');
    const emails = (sheet?.getColumn(3).values ?? []).map(String);
    expect(emails).toContain(tricky.email);
    expect(emails).not.toContain(x.users.adminB.email);
    // XLSX cells are typed: the name is a string cell as typed, never a formula (no CSV apostrophe).
    const tricksterCell = sheet?.getColumn(1).values.indexOf('=cmd|calc') ?? -1;
    expect(tricksterCell).toBeGreaterThan(1);
    expect(sheet?.getRow(tricksterCell).getCell(1).type).toBe(ExcelJS.ValueType.String);
  });
});

describe('users: role grants table stays consistent', () => {
  it('keeps grants unique per user, role and tenant', async () => {
    const rows = await t.db.select().from(roleGrants).where(eq(roleGrants.userId, x.users.coordinatorA.id));
    expect(rows).toHaveLength(1);
  });
});
