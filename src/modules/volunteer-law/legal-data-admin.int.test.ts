import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legalAmounts, schoolCalendarPeriods } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { type AdminTenants, auditRowsFor, createAdminTenants } from '../admin/admin-test-tenants.js';
import { entriesOf, placementScene } from '../hours/hours-test-support.js';
import { checkRewardCap } from './benefit-cap.js';
import { loadMinimumWageTable } from './legal-data-service.js';

let t: TestApp;
let x: AdminTenants;
beforeAll(async () => {
  t = await createTestApp();
  x = await createAdminTenants(t);
});
afterAll(async () => {
  await t?.close();
});

const capOn = async (onDay: string) => checkRewardCap({ onDay, givenFt: [], proposedFt: 0 }, await loadMinimumWageTable(t.db))?.capFt;
const futureWage = { kind: 'monthly_minimum_wage', effectiveFrom: '2031-07-01', amount: '400 000', source: 'Teszt: 999/2031. Korm. rendelet' };

describe('legal amounts admin (ADR 016)', () => {
  it('lists the seeded amounts with derived values, sorts and exports them, and warns about the school year without breaks', async () => {
    const national = await x.client('national');
    const page = await national.get('/admin/legal-amounts?sort=amount&dir=asc');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('322\u00a0800\u00a0Ft');
    expect(page.body).toContain('2\u00a0017,50\u00a0Ft'); // 322 800 / 160
    expect(page.body).toContain('64\u00a0560\u00a0Ft'); // 20 %
    expect(page.body.indexOf('290\u00a0800')).toBeLessThan(page.body.indexOf('322\u00a0800'));
    const csv = await national.get('/admin/legal-amounts?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('2026-01-01');
    expect((await national.get('/admin/legal-amounts?format=xlsx')).statusCode).toBe(200);
    const calendar = await national.get('/admin/school-calendar?format=csv');
    expect(calendar.body).toContain('őszi szünet 2025');
  });

  it('previews a future minimum wage without saving, then saves it on confirmation: the cap changes only from its day', async () => {
    const national = await x.client('national');
    const before = await t.db.select().from(legalAmounts);
    const preview = await national.post('/admin/legal-amounts', futureWage);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('Ellenőrizze a változást');
    expect(preview.body).toContain('64\u00a0560\u00a0Ft'); // old cap
    expect(preview.body).toContain('80\u00a0000\u00a0Ft'); // new cap
    expect(preview.body).toContain('<td>2\u00a0500\u00a0Ft</td>'); // new hour value (400 000 / 160)
    expect(await t.db.select().from(legalAmounts)).toHaveLength(before.length);

    const saved = await national.post('/admin/legal-amounts', { ...futureWage, confirmed: '1' });
    expect(saved.statusCode).toBe(303);
    const [row] = await t.db.select().from(legalAmounts).where(eq(legalAmounts.effectiveFrom, '2031-07-01'));
    expect(row).toMatchObject({ amountHuf: 400_000, source: futureWage.source });
    expect(await capOn('2031-06-30')).toBe(64_560);
    expect(await capOn('2031-07-01')).toBe(80_000);
    expect(await capOn('2026-05-01')).toBe(64_560);
    const audit = await auditRowsFor(t.db, 'legal_amount', row?.id as string);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', after: expect.objectContaining({ amountHuf: 400_000 }) });

    // Editing previews first and is audited with before and after; deleting needs the confirmation.
    const edit = { ...futureWage, amount: '410000', confirmed: '1' };
    expect((await national.post(`/admin/legal-amounts/${row?.id}`, edit)).statusCode).toBe(303);
    const updated = await auditRowsFor(t.db, 'legal_amount', row?.id as string);
    expect(updated.find((a) => a.action === 'update')).toMatchObject({
      before: expect.objectContaining({ amountHuf: 400_000 }),
      after: expect.objectContaining({ amountHuf: 410_000 }),
    });
    expect((await national.get(`/admin/legal-amounts/${row?.id}/delete`)).body).toContain('Végleges törlés');
    expect((await national.post(`/admin/legal-amounts/${row?.id}/delete`, {})).statusCode).toBe(303);
    expect(
      await t.db
        .select()
        .from(legalAmounts)
        .where(eq(legalAmounts.id, row?.id as string)),
    ).toHaveLength(1);
    expect((await national.post(`/admin/legal-amounts/${row?.id}/delete`, { confirmed: '1' })).statusCode).toBe(303);
    expect(
      await t.db
        .select()
        .from(legalAmounts)
        .where(eq(legalAmounts.id, row?.id as string)),
    ).toHaveLength(0);
    expect((await auditRowsFor(t.db, 'legal_amount', row?.id as string)).map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('shows Hungarian field errors next to the fields, and refuses a second row on the same day', async () => {
    const national = await x.client('national');
    const bad = await national.post('/admin/legal-amounts', { kind: 'monthly_minimum_wage', effectiveFrom: '2031-02-30', amount: '-5', source: '' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Adjon meg egy pozitív egész forintösszeget');
    const taken = await national.post('/admin/legal-amounts', { ...futureWage, effectiveFrom: '2026-01-01' });
    expect(taken.statusCode).toBe(422);
    expect(taken.body).toContain('Erre a napra már van ilyen összeg');
    const saturday = await national.post('/admin/school-calendar', {
      kind: 'teaching_saturday',
      name: 'x',
      startsOn: '2026-11-18',
      endsOn: '2026-11-18',
      source: 'x',
    });
    expect(saturday.statusCode).toBe(422);
    expect(saturday.body).toContain('Ez a nap nem szombat.');
  });

  it.each(['adminA', 'coordinatorA', 'volunteer'] as const)('refuses changes from %s (403), saving nothing', async (persona) => {
    const client = await x.client(persona);
    const count = (await t.db.select().from(legalAmounts)).length;
    expect((await client.post('/admin/legal-amounts', { ...futureWage, effectiveFrom: '2032-01-01', confirmed: '1' })).statusCode).toBe(403);
    expect((await client.get('/admin/legal-amounts/new')).statusCode).toBe(403);
    expect(
      (await client.post('/admin/school-calendar', { kind: 'holiday', name: 'x', startsOn: '2027-01-04', endsOn: '2027-01-05', source: 'x', confirmed: '1' }))
        .statusCode,
    ).toBe(403);
    expect(await t.db.select().from(legalAmounts)).toHaveLength(count);
  });
});

describe('school calendar admin (ADR 016)', () => {
  it('a break added by the national admin changes an under-16’s hour log from refused to allowed', async () => {
    const s = await placementScene(t, { birthDate: '2011-03-10' });
    const log = () => s.memberClient.post(s.hoursUrl, { day: '2026-11-17', durationHours: '3', activity: 'Délutáni foglalkozás' });
    expect((await log()).statusCode).toBe(422); // a school day of 2026/2027 (no breaks configured): 2 h

    const national = await x.client('national');
    expect((await national.get('/admin/school-calendar')).body).toContain('A 2026/2027. tanév szünetei nincsenek rögzítve');
    const period = { kind: 'holiday', name: 'teszt szünet 2026', startsOn: '2026-11-16', endsOn: '2026-11-20', source: 'Teszt: 99/2026. BM rendelet' };
    const preview = await national.post('/admin/school-calendar', period);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('tanítási nap → tanítási szünet');
    expect(await t.db.select().from(schoolCalendarPeriods).where(eq(schoolCalendarPeriods.name, period.name))).toHaveLength(0);

    expect((await national.post('/admin/school-calendar', { ...period, confirmed: '1' })).statusCode).toBe(303);
    const [row] = await t.db.select().from(schoolCalendarPeriods).where(eq(schoolCalendarPeriods.name, period.name));
    expect(await auditRowsFor(t.db, 'school_calendar_period', row?.id as string)).toHaveLength(1);
    expect((await national.get('/admin/school-calendar')).body).not.toContain('szünetei nincsenek rögzítve');
    expect((await log()).statusCode).toBe(303);
    expect(await entriesOf(t, s.application.id)).toHaveLength(1);
  });
});
