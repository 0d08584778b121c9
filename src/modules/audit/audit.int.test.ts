import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.js';
import { createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { type AdminTenants, createAdminTenants } from '../admin/admin-test-tenants.js';

let t: TestApp;
let x: AdminTenants;
let auditor: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  t = await createTestApp();
  x = await createAdminTenants(t);
  auditor = await createUser(t.db, { email: 'naplo.szuro@kapocs.example' });
  // Entries of a made-up entity type, at known instants, for the filter tests.
  await t.db.insert(auditLog).values([
    { at: new Date('2026-01-10T12:00:00Z'), actorUserId: auditor.id, centerId: x.centerA.id, action: 'frobnicate', entityType: 'widget', entityId: 'w-early' },
    // 00:30 on 15 January in Budapest (UTC+1), still the 14th in UTC.
    {
      at: new Date('2026-01-14T23:30:00Z'),
      actorUserId: auditor.id,
      centerId: x.centerA.id,
      action: 'frobnicate',
      entityType: 'widget',
      entityId: 'w-midnight',
    },
    { at: new Date('2026-01-20T12:00:00Z'), actorUserId: auditor.id, centerId: x.centerA.id, action: 'polish', entityType: 'widget', entityId: 'w-late' },
    {
      at: new Date('2026-01-21T12:00:00Z'),
      actorUserId: x.users.adminB.id,
      centerId: x.centerB.id,
      action: 'frobnicate',
      entityType: 'widget',
      entityId: 'w-of-b',
    },
    {
      at: new Date('2026-01-22T12:00:00Z'),
      actorUserId: null,
      centerId: x.centerA.id,
      action: 'create',
      entityType: 'gadget',
      entityId: '=2+3',
      after: { name: '<script>alert(1)</script>' },
    },
  ]);
});
afterAll(async () => {
  await t.close();
});

const widgetIds = (body: string) => ['w-early', 'w-midnight', 'w-late', 'w-of-b'].filter((id) => body.includes(`>${id}<`));

describe('audit log: who may read which entries', () => {
  it('records writes under their center: A’s admin sees A’s, B’s admin B’s, the national admin both', async () => {
    await (await x.client('adminA')).post(`/admin/centers/${x.centerA.id}/points`, { name: 'Naplózott A pont', place: 'Baja' });
    await (await x.client('adminB')).post(`/admin/centers/${x.centerB.id}/points`, { name: 'Naplózott B pont', place: 'Gödöllő' });
    const national = (await (await x.client('national')).get('/admin/audit?entityType=point')).body;
    expect(national).toContain('Naplózott A pont');
    expect(national).toContain('Naplózott B pont');
    const adminA = await (await x.client('adminA')).get('/admin/audit?entityType=point');
    expect(adminA.statusCode).toBe(200);
    expect(adminA.body).toContain('Naplózott A pont');
    expect(adminA.body).not.toContain('Naplózott B pont');
    const adminB = (await (await x.client('adminB')).get('/admin/audit?entityType=point')).body;
    expect(adminB).toContain('Naplózott B pont');
    expect(adminB).not.toContain('Naplózott A pont');
  });

  it.each(['coordinatorA', 'pointCoordinatorA', 'volunteer'] as const)('refuses %s (403)', async (persona) => {
    expect((await (await x.client(persona)).get('/admin/audit')).statusCode).toBe(403);
  });

  it('sends anonymous visitors to the login page', async () => {
    const res = await (await x.client('anonymous')).get('/admin/audit');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Fadmin%2Faudit');
  });

  it("never exports another center's entries", async () => {
    const csv = (await (await x.client('adminA')).get('/admin/audit?format=csv&entityType=widget')).rawPayload.toString('utf8');
    expect(csv).toContain('w-early');
    expect(csv).not.toContain('w-of-b');
  });
});

describe('audit log: filters', () => {
  const get = async (query: string) => (await (await x.client('national')).get(`/admin/audit?${query}`)).body;

  it('shows the newest first, the oldest first on request', async () => {
    expect(widgetIds(await get('entityType=widget'))).toEqual(['w-early', 'w-midnight', 'w-late', 'w-of-b']);
    const body = await get('entityType=widget');
    expect(body.indexOf('>w-of-b<')).toBeLessThan(body.indexOf('>w-early<'));
    const asc = await get('entityType=widget&sort=at&dir=asc');
    expect(asc.indexOf('>w-early<')).toBeLessThan(asc.indexOf('>w-of-b<'));
  });

  it('filters by action and by part of the actor’s e-mail', async () => {
    expect(widgetIds(await get('entityType=widget&action=polish'))).toEqual(['w-late']);
    expect(widgetIds(await get('entityType=widget&actor=NAPLO.SZURO'))).toEqual(['w-early', 'w-midnight', 'w-late']);
  });

  it('filters by whole days in Hungarian time, both ends included', async () => {
    expect(widgetIds(await get('entityType=widget&from=2026-01-15'))).toEqual(['w-midnight', 'w-late', 'w-of-b']);
    expect(widgetIds(await get('entityType=widget&to=2026-01-14'))).toEqual(['w-early']);
    expect(widgetIds(await get('entityType=widget&from=2026-01-15&to=2026-01-20'))).toEqual(['w-midnight', 'w-late']);
  });

  it('reports a bad date next to its field instead of failing', async () => {
    const res = await (await x.client('national')).get('/admin/audit?entityType=widget&from=2026-02-30&to=tegnap');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('id="f-from-error"');
    expect(res.body).toContain('Adjon meg érvényes dátumot (éééé-hh-nn).');
    expect(widgetIds(res.body)).toHaveLength(4);
    const reversed = await get('from=2026-01-20&to=2026-01-10');
    expect(reversed).toContain('A záró nap nem lehet korábbi a kezdő napnál.');
  });

  it('offers the entity types and actions seen as choices', async () => {
    const body = await get('');
    expect(body).toContain('<option value="widget"');
    expect(body).toContain('<option value="frobnicate"');
  });

  it('shows before/after JSON escaped', async () => {
    const body = await get('entityType=gadget');
    expect(body).toContain('&lt;script>alert(1)&lt;/script>');
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).toContain('Rendszer');
  });
});

describe('audit log: export', () => {
  it('exports CSV with the header row, known rows and neutralised formulas', async () => {
    const res = await (await x.client('national')).get('/admin/audit?format=csv&entityType=gadget');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('attachment; filename="kapocs-naplo-');
    const lines = res.rawPayload.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Időpont,Végrehajtó,Központ,Művelet,Adattípus,Azonosító,Előtte,Utána');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(`2026-01-22 13:00,,${x.centerA.name},create,gadget,'=2+3,,"{""name"":""<script>alert(1)</script>""}"`);
  });

  it('exports XLSX that reads back', async () => {
    const res = await (await x.client('national')).get('/admin/audit?format=xlsx&entityType=widget&action=polish');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Időpont');
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).getCell(2).value).toBe('naplo.szuro@kapocs.example');
    expect(sheet?.getRow(2).getCell(6).value).toBe('w-late');
  });
});
