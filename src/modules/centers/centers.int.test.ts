import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centers } from '../../db/schema/index.js';
import { createCenter, placeByName } from '../../test-support/factories.js';
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

const validCenter = (name: string) => ({
  name,
  county: 'Bács-Kiskun',
  place: 'Kecskemét',
  address: 'Fő utca 1.',
  email: 'Kozpont@Example.org',
  phone: '+36 76 123 4567',
});

describe('centers: who sees what', () => {
  it.each([
    ['national', 200, true, true],
    ['adminA', 200, true, false],
    ['adminB', 200, false, true],
    ['coordinatorA', 200, true, false],
    ['pointCoordinatorA', 403, false, false],
    ['volunteer', 403, false, false],
  ] as const)('%s gets %i on the list (A shown: %s, B shown: %s)', async (persona, status, seesA, seesB) => {
    const res = await (await x.client(persona)).get('/admin/centers?pageSize=200');
    expect(res.statusCode).toBe(status);
    expect(res.body.includes(x.centerA.name)).toBe(seesA);
    expect(res.body.includes(x.centerB.name)).toBe(seesB);
  });

  it.each([
    ['national', 200],
    ['adminA', 200],
    ['adminB', 403],
    ['coordinatorA', 200],
    ['pointCoordinatorA', 403],
    ['volunteer', 403],
  ] as const)('%s gets %i on center A and its edit form is national only', async (persona, status) => {
    const client = await x.client(persona);
    const res = await client.get(`/admin/centers/${x.centerA.id}`);
    expect(res.statusCode).toBe(status);
    if (status === 200) expect(res.body).toContain(x.pointA.name);
    const edit = await client.get(`/admin/centers/${x.centerA.id}/edit`);
    expect(edit.statusCode).toBe(persona === 'national' ? 200 : 403);
  });

  it('sends anonymous visitors to the login page', async () => {
    const client = await x.client('anonymous');
    for (const url of ['/admin/centers', `/admin/centers/${x.centerA.id}`, '/admin/centers/new']) {
      const res = await client.get(url);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/login?next=${encodeURIComponent(url)}`);
    }
  });

  it('answers 404 for an unknown or malformed center id', async () => {
    const client = await x.client('national');
    expect((await client.get('/admin/centers/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await client.get('/admin/centers/not-a-uuid')).statusCode).toBe(404);
  });
});

describe('centers: create and edit (national admin)', () => {
  it('offers the 19 counties and Budapest in Hungarian order', async () => {
    const res = await (await x.client('national')).get('/admin/centers/new');
    expect(res.statusCode).toBe(200);
    const counties = [...res.body.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
    expect(counties).toHaveLength(20);
    expect(counties[0]).toBe('Bács-Kiskun');
    expect(counties.indexOf('Baranya')).toBeGreaterThan(counties.indexOf('Bács-Kiskun'));
    expect(counties.indexOf('Csongrád-Csanád')).toBeGreaterThan(counties.indexOf('Budapest'));
  });

  it('creates a center, resolving the seat and recording the audit entry', async () => {
    const res = await (await x.client('national')).post('/admin/centers', validCenter('Új Vármegyei Önkéntes Központ'));
    expect(res.statusCode).toBe(303);
    const [row] = await t.db.select().from(centers).where(eq(centers.name, 'Új Vármegyei Önkéntes Központ'));
    expect(row).toBeDefined();
    expect(res.headers.location).toBe(`/admin/centers/${row?.id}`);
    expect(row?.placeId).toBe((await placeByName(t.db, 'Kecskemét')).id);
    expect(row?.email).toBe('kozpont@example.org');
    const audit = await auditRowsFor(t.db, 'center', row?.id as string);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actorUserId: x.users.national.id, centerId: row?.id });
  });

  it('shows Hungarian errors next to the fields and keeps what was typed', async () => {
    const res = await (await x.client('national')).post('/admin/centers', {
      name: '',
      county: 'Bács-Kiskun',
      place: 'Nincsilyenfalva',
      email: 'nem-email',
      phone: 'abc',
      address: 'Kossuth tér 3.',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Az alábbi mezőket javítani kell:');
    expect(res.body).toContain('id="f-name-error"');
    expect(res.body).toContain('Kötelező mező.');
    expect(res.body).toContain('Érvénytelen e-mail-cím.');
    expect(res.body).toContain('Érvénytelen telefonszám.');
    // The server's own rules run in the same round: the unknown seat is reported too.
    expect(res.body).toContain('Nem találtunk ilyen települést.');
    expect(res.body).toContain('value="Kossuth tér 3."');
  });

  it('resolves the seat on the server: unknown, ambiguous and out-of-county settlements are refused', async () => {
    const client = await x.client('national');
    const unknown = await client.post('/admin/centers', { ...validCenter('Seholsincs Központ'), place: 'Seholsincs' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body).toContain('Nem találtunk ilyen települést.');
    const outside = await client.post('/admin/centers', { ...validCenter('Rossz Vármegye Központ'), place: 'Gödöllő' });
    expect(outside.statusCode).toBe(422);
    expect(outside.body).toContain('A székhely nem Bács-Kiskun vármegyei település.');
    const badCounty = await client.post('/admin/centers', { ...validCenter('Kitalált Vármegye Központ'), county: 'Atlantisz' });
    expect(badCounty.statusCode).toBe(422);
    expect(badCounty.body).toContain('A felsorolt lehetőségek egyikét kell választani.');
    expect(await t.db.select().from(centers).where(eq(centers.name, 'Rossz Vármegye Központ'))).toHaveLength(0);
  });

  it('refuses a name already taken, whatever its case', async () => {
    const existing = await createCenter(t.db, { name: 'Foglalt Nevű Központ' });
    const res = await (await x.client('national')).post('/admin/centers', validCenter('foglalt nevű  KÖZPONT'));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Már van önkéntes központ ezzel a névvel.');
    expect(existing.id).toBeTruthy();
  });

  it("sets the hosts' answer deadline in working days (default 5, 1–30)", async () => {
    const center = await createCenter(t.db, { name: 'Határidős Központ' });
    const client = await x.client('national');
    expect((await client.get(`/admin/centers/${center.id}/edit`)).body).toMatch(/name="hostResponseDays"[^>]*value="5"/);
    const refused = await client.post(`/admin/centers/${center.id}`, { ...validCenter('Határidős Központ'), hostResponseDays: '0' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Adjon meg egy egész számot 1 és 30 között.');
    const saved = await client.post(`/admin/centers/${center.id}`, { ...validCenter('Határidős Központ'), hostResponseDays: '8' });
    expect(saved.statusCode).toBe(303);
    const [row] = await t.db.select().from(centers).where(eq(centers.id, center.id));
    expect(row?.hostResponseWorkingDays).toBe(8);
    const [audit] = await auditRowsFor(t.db, 'center', center.id);
    expect((audit?.after as { hostResponseWorkingDays: number } | undefined)?.hostResponseWorkingDays).toBe(8);
  });

  it('edits a center and records before and after', async () => {
    const center = await createCenter(t.db, { name: 'Szerkesztendő Központ' });
    const client = await x.client('national');
    const form = await client.get(`/admin/centers/${center.id}/edit`);
    expect(form.body).toContain('value="Szerkesztendő Központ"');
    expect(form.body).toContain('value="Kecskemét (Bács-Kiskun)"');
    const res = await client.post(`/admin/centers/${center.id}`, { ...validCenter('Szerkesztett Központ'), place: 'Baja (Bács-Kiskun)' });
    expect(res.statusCode).toBe(303);
    const [row] = await t.db.select().from(centers).where(eq(centers.id, center.id));
    expect(row?.name).toBe('Szerkesztett Központ');
    expect(row?.placeId).toBe((await placeByName(t.db, 'Baja')).id);
    const [audit] = await auditRowsFor(t.db, 'center', center.id);
    expect(audit).toMatchObject({ action: 'update', centerId: center.id });
    expect((audit?.before as { name: string } | undefined)?.name).toBe('Szerkesztendő Központ');
    expect((audit?.after as { name: string } | undefined)?.name).toBe('Szerkesztett Központ');
  });

  it.each(['adminA', 'coordinatorA', 'volunteer'] as const)('refuses creating and editing to %s', async (persona) => {
    const client = await x.client(persona);
    expect((await client.post('/admin/centers', validCenter(`Tiltott ${persona}`))).statusCode).toBe(403);
    expect((await client.post(`/admin/centers/${x.centerA.id}`, validCenter(`Tiltott ${persona}`))).statusCode).toBe(403);
    expect(
      await t.db
        .select()
        .from(centers)
        .where(eq(centers.name, `Tiltott ${persona}`)),
    ).toHaveLength(0);
  });
});

describe('centers: Hungarian order and exports', () => {
  const names = ['Zsámbék', 'Öttömös', 'Cegléd', 'Zala', 'Ózd', 'Csór'];
  beforeAll(async () => {
    for (const n of names) await createCenter(t.db, { name: `${n} Önkéntes Központ` });
    await createCenter(t.db, { name: '=HYPERLINK("http://evil.example","x")' });
  });

  it('lists centers in Hungarian alphabetical order, and reversed on request', async () => {
    const client = await x.client('national');
    const asc = (await client.get('/admin/centers?pageSize=200')).body;
    const order = (body: string) => names.map((n) => body.indexOf(`${n} Önkéntes Központ`));
    const expected = ['Cegléd', 'Csór', 'Ózd', 'Öttömös', 'Zala', 'Zsámbék'];
    const sortedByPosition = (body: string) => [...names].sort((a, b) => body.indexOf(`${a} Ö`) - body.indexOf(`${b} Ö`));
    expect(order(asc).every((i) => i > 0)).toBe(true);
    expect(sortedByPosition(asc)).toEqual(expected);
    const desc = (await client.get('/admin/centers?pageSize=200&sort=name&dir=desc')).body;
    expect(sortedByPosition(desc)).toEqual([...expected].reverse());
    expect(asc).toContain('aria-sort="ascending"');
    expect(desc).toContain('aria-sort="descending"');
  });

  it('pages the list', async () => {
    const client = await x.client('national');
    const first = await client.get('/admin/centers?pageSize=5');
    expect(first.body).toContain('rel="next"');
    const second = await client.get('/admin/centers?pageSize=5&page=2');
    expect(second.statusCode).toBe(200);
    expect(second.body).toContain('rel="prev"');
  });

  it('exports CSV with a BOM, a header row, known rows and neutralised formulas', async () => {
    const res = await (await x.client('national')).get('/admin/centers?format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="kapocs-kozpontok-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = res.rawPayload.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Név,Vármegye,Székhely (település),Cím,E-mail-cím,Telefonszám,Pontok,Létrehozva,ID');
    expect(lines.some((l) => l.startsWith('Cegléd Önkéntes Központ,Bács-Kiskun,Kecskemét,'))).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(text).not.toMatch(/(^|\n|,)"?=HYPERLINK/);
  });

  it('exports XLSX that reads back with the same rows', async () => {
    const res = await (await x.client('national')).get('/admin/centers?format=xlsx&sort=name&dir=asc');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Név');
    const values = (sheet?.getColumn(1).values ?? []).slice(2).map(String);
    expect(values).toContain('Csór Önkéntes Központ');
    // A typed string cell, as typed: XLSX never reads it as a formula.
    expect(values).toContain(`=HYPERLINK("http://evil.example","x")`);
    expect(values.indexOf('Cegléd Önkéntes Központ')).toBeLessThan(values.indexOf('Csór Önkéntes Központ'));
  });

  it("exports only the actor's own centers", async () => {
    const text = (await (await x.client('adminA')).get('/admin/centers?format=csv')).rawPayload.toString('utf8');
    expect(text).toContain(x.centerA.name);
    expect(text).not.toContain(x.centerB.name);
    expect(text).not.toContain('Cegléd Önkéntes Központ');
  });
});
