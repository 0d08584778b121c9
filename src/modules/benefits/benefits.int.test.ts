import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benefitTypes } from '../../db/schema/benefits.js';
import { applications, auditLog, benefits } from '../../db/schema/index.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor, hostScene, staffWithLogin, volunteerWithLogin } from '../placements/placements-test-support.js';
import { legalAmountsOn } from '../volunteer-law/legal-amounts.js';
import { loadMinimumWageTable } from '../volunteer-law/legal-data-service.js';
import { formatFt } from './amount-text.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const nb = '\u00a0';
const ft = (text: string) => `${text.replace(/ /g, nb)}${nb}Ft`;

/** A placement (accepted by default) of a volunteer with a login at an organization with one member. */
async function scene(options: { status?: string; volunteer?: Awaited<ReturnType<typeof volunteerWithLogin>> } = {}) {
  const host = await hostScene(t);
  const volunteer = options.volunteer ?? (await volunteerWithLogin(t, { centerId: host.center.id }));
  const [application] = await t.db
    .insert(applications)
    .values({
      volunteerId: volunteer.volunteer.id,
      opportunityId: host.opportunity.id,
      centerId: host.center.id,
      origin: 'volunteer',
      status: options.status ?? 'accepted',
    })
    .returning();
  if (!application) throw new Error('application missing');
  return { ...host, volunteer, application, url: `/applications/${application.id}/benefits` };
}

const rowsOf = (applicationId: string) => t.db.select().from(benefits).where(eq(benefits.applicationId, applicationId)).orderBy(benefits.createdAt);
const auditOf = (id: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'benefit'), eq(auditLog.entityId, id)))
    .orderBy(auditLog.id);

describe('recording benefits', () => {
  it('the organization records each type; amounts shown as "12 500 Ft", audited, totals per year and type', async () => {
    const s = await scene();
    for (const [i, type] of benefitTypes.entries()) {
      const res = await s.memberClient.post(s.url, { type, givenOn: '2025-03-10', amount: `${(i + 1) * 1000}`, description: `Tétel ${type}` });
      expect(res.statusCode, type).toBe(303);
      expect(res.headers.location).toBe(s.url);
    }
    const rows = await rowsOf(s.application.id);
    expect(rows.map((r) => r.type).sort()).toEqual([...benefitTypes].sort());
    const travel = rows.find((r) => r.type === 'travel');
    expect(travel).toMatchObject({
      amountHuf: 1000,
      volunteerId: s.volunteer.volunteer.id,
      organizationId: s.organization.id,
      centerId: s.center.id,
      recordedByUserId: s.member.id,
      reimbursement: false,
    });
    expect((await auditOf(travel?.id as string)).map((a) => a.action)).toEqual(['create']);
    expect((await s.memberClient.post(s.url, { type: 'travel', givenOn: '2025-03-11', amount: '12 500', reimbursement: 'on' })).statusCode).toBe(303);
    const page = await s.memberClient.get(s.url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(ft('12 500'));
    expect(page.body).toContain('Igazolt költség megtérítése');
    expect(page.body).toContain('Munkaruha, védőfelszerelés, anyagok');
    // Travel in 2025: 1 000 + 12 500; all of 2025: 36 000 + 12 500.
    expect(page.body).toContain(`2 tétel, ${ft('13 500')}`);
    expect(page.body).toContain(ft('48 500'));
  });

  it('refuses negative, fractional and huge amounts with Hungarian messages (422, nothing saved)', async () => {
    const s = await scene();
    const negative = await s.memberClient.post(s.url, { type: 'meals', givenOn: '2025-03-10', amount: '-500' });
    expect(negative.statusCode).toBe(422);
    expect(negative.body).toContain('Az összeg nem lehet negatív.');
    const fraction = await s.memberClient.post(s.url, { type: 'meals', givenOn: '2025-03-10', amount: '1500,50' });
    expect(fraction.statusCode).toBe(422);
    expect(fraction.body).toContain('Egész forintot adjon meg, fillér nélkül.');
    const huge = await s.memberClient.post(s.url, { type: 'meals', givenOn: '2025-03-10', amount: '99999999999' });
    expect(huge.statusCode).toBe(422);
    expect(huge.body).toContain('Egy tétel legfeljebb 10 000 000 Ft lehet.');
    expect(await rowsOf(s.application.id)).toHaveLength(0);
  });

  it('refuses a placement that is only applied for', async () => {
    const s = await scene({ status: 'applied' });
    const res = await s.memberClient.post(s.url, { type: 'meals', givenOn: '2025-03-10', amount: '500' });
    expect(res.statusCode).toBe(422);
    expect(await rowsOf(s.application.id)).toHaveLength(0);
  });
});

describe('the yearly reward cap (2025: 290 800 Ft × 20 % = 58 160 Ft)', () => {
  it('saves a reward within the cap and refuses one over it, with the cap, used and remaining next to the amount', async () => {
    const s = await scene();
    expect((await s.memberClient.post(s.url, { type: 'reward', givenOn: '2025-04-01', amount: '50000' })).statusCode).toBe(303);
    const over = await s.memberClient.post(s.url, { type: 'reward', givenOn: '2025-09-01', amount: '8161' });
    expect(over.statusCode).toBe(422);
    expect(over.body).toContain(
      `A jutalom évente legfeljebb a havi minimálbér 20%-a (2025: ${ft('58 160')}); ebben az évben már ${ft('50 000')}-ot kapott, legfeljebb ${ft('8 160')} adható még.`,
    );
    expect(await rowsOf(s.application.id)).toHaveLength(1);
    expect((await s.memberClient.post(s.url, { type: 'reward', givenOn: '2025-09-01', amount: '8160' })).statusCode).toBe(303);
    // A reward in another year has its own cap.
    expect((await s.memberClient.post(s.url, { type: 'reward', givenOn: '2026-01-05', amount: '1000' })).statusCode).toBe(303);
  });

  it('warns at 80 % on the list (each year with entries) and next to the form (the current year)', async () => {
    const s = await scene();
    expect((await s.memberClient.post(s.url, { type: 'reward', givenOn: '2025-04-01', amount: '46527' })).statusCode).toBe(303);
    expect((await s.memberClient.get(s.url)).body).not.toContain('elérték az éves keret 80%-át');
    expect((await s.memberClient.post(s.url, { type: 'reward', givenOn: '2025-04-02', amount: '1' })).statusCode).toBe(303);
    const page = await s.memberClient.get(s.url);
    expect(page.body).toContain(`Figyelem: a jutalmak elérték az éves keret 80%-át (${ft('46 528')} / ${ft('58 160')}).`);

    // This year's cap (from the newest configured minimum wage) also warns above the record form.
    const today = budapestDay(new Date());
    const cap = legalAmountsOn(today, await loadMinimumWageTable(t.db))?.yearlyRewardCapFt as number;
    const near = Math.ceil(cap * 0.8);
    expect((await s.memberClient.post(s.url, { type: 'reward', givenOn: `${today.slice(0, 4)}-01-01`, amount: String(near) })).statusCode).toBe(303);
    const body = (await s.memberClient.get(s.url)).body;
    const warning = `Figyelem: a jutalmak elérték az éves keret 80%-át (${formatFt(near)} / ${formatFt(cap)}).`;
    const thisYearPanel = body.slice(body.indexOf(`id="reward-cap-${today.slice(0, 4)}"`), body.indexOf('id="reward-cap-2025"'));
    expect(thisYearPanel).toContain(warning);
    expect(body.indexOf(warning, body.indexOf('id="record-benefit"'))).toBeGreaterThan(0);
  });

  it('counts rewards from another organization, shown to this one only as a sum', async () => {
    const volunteer = await volunteerWithLogin(t);
    const other = await scene({ volunteer });
    const mine = await scene({ volunteer });
    expect(
      (await other.memberClient.post(other.url, { type: 'reward', givenOn: '2025-05-01', amount: '40000', description: 'Titkos jutalom' })).statusCode,
    ).toBe(303);
    const refused = await mine.memberClient.post(mine.url, { type: 'reward', givenOn: '2025-06-01', amount: '20000' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain(`már ${ft('40 000')}-ot kapott, legfeljebb ${ft('18 160')} adható még.`);
    expect((await mine.memberClient.post(mine.url, { type: 'reward', givenOn: '2025-06-01', amount: '18160' })).statusCode).toBe(303);
    const page = await mine.memberClient.get(mine.url);
    expect(page.body).toContain('Más szervezetektől (összesen)');
    expect(page.body).toContain(ft('40 000'));
    expect(page.body).not.toContain('Titkos jutalom');
  });
});

describe('corrections', () => {
  it('soft-deletes with a reason after confirmation: audited, kept and marked, left out of the totals and the cap', async () => {
    const s = await scene();
    expect((await s.memberClient.post(s.url, { type: 'reward', givenOn: '2025-04-01', amount: '50000' })).statusCode).toBe(303);
    const [row] = await rowsOf(s.application.id);
    const deleteUrl = `/benefits/${row?.id}/delete`;
    expect((await s.memberClient.get(deleteUrl)).body).toContain('A törlés oka');
    const noConfirm = await s.memberClient.post(deleteUrl, { reason: 'Téves összeg' });
    expect(noConfirm.statusCode).toBe(422);
    const noReason = await s.memberClient.post(deleteUrl, { confirm: 'on', reason: '' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('Adja meg a törlés okát.');
    const res = await s.memberClient.post(deleteUrl, { confirm: 'on', reason: 'Téves összeg' });
    expect(res.statusCode).toBe(303);
    const [deleted] = await rowsOf(s.application.id);
    expect(deleted).toMatchObject({ deletionReason: 'Téves összeg', deletedByUserId: s.member.id });
    expect(deleted?.deletedAt).not.toBeNull();
    const audits = await auditOf(row?.id as string);
    expect(audits.map((a) => a.action)).toEqual(['create', 'delete']);
    expect(audits[1]?.actorUserId).toBe(s.member.id);
    const page = await s.memberClient.get(s.url);
    expect(page.body).toContain('Téves összeg');
    expect(page.body).toContain('Nincs még összesíthető juttatás.');
    // The deleted reward no longer uses the cap.
    expect((await s.memberClient.post(s.url, { type: 'reward', givenOn: '2025-05-01', amount: '58160' })).statusCode).toBe(303);
    // A second deletion is refused.
    expect((await s.memberClient.post(deleteUrl, { confirm: 'on', reason: 'Még egyszer' })).statusCode).toBe(422);
  });
});

describe('who sees what', () => {
  it('the volunteer sees their own ledger read-only (no form, no delete link) and cannot record', async () => {
    const s = await scene();
    expect((await s.memberClient.post(s.url, { type: 'meals', givenOn: '2025-03-10', amount: '1500' })).statusCode).toBe(303);
    const [row] = await rowsOf(s.application.id);
    const page = await s.volunteer.client.get(s.url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(ft('1 500'));
    expect(page.body).toContain('Itt látod, milyen juttatásokat');
    expect(page.body).not.toContain(`action="${s.url}"`);
    expect(page.body).not.toContain(`/benefits/${row?.id}/delete`);
    expect((await s.volunteer.client.post(s.url, { type: 'reward', givenOn: '2025-03-10', amount: '100' })).statusCode).toBe(403);
    expect((await s.volunteer.client.get(`/benefits/${row?.id}/delete`)).statusCode).toBe(403);
    expect((await s.volunteer.client.post(`/benefits/${row?.id}/delete`, { confirm: 'on', reason: 'x' })).statusCode).toBe(403);
    expect(await rowsOf(s.application.id)).toHaveLength(1);
  });

  it('a coordinator of the placement’s center sees the ledger read-only and cannot record', async () => {
    const s = await scene();
    expect((await s.memberClient.post(s.url, { type: 'meals', givenOn: '2025-03-10', amount: '1500' })).statusCode).toBe(303);
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: s.center.id }]);
    const page = await coordinator.client.get(s.url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(ft('1 500'));
    expect(page.body).not.toContain(`action="${s.url}"`);
    expect((await coordinator.client.post(s.url, { type: 'meals', givenOn: '2025-03-10', amount: '100' })).statusCode).toBe(403);
  });

  it('another organization’s member, another volunteer and a center-B admin get 404 for the ledger and the entry', async () => {
    const s = await scene();
    expect((await s.memberClient.post(s.url, { type: 'meals', givenOn: '2025-03-10', amount: '1500' })).statusCode).toBe(303);
    const [row] = await rowsOf(s.application.id);
    const foreignMember = await createUser(t.db);
    await createOrganization(t.db, s.center.id, { memberUserIds: [foreignMember.id] });
    const centerB = await createCenter(t.db);
    const outsiders = [
      await clientFor(t, foreignMember.id),
      (await volunteerWithLogin(t, { centerId: s.center.id })).client,
      (await staffWithLogin(t, [{ role: 'center_admin', centerId: centerB.id }])).client,
    ];
    for (const client of outsiders) {
      expect((await client.get(s.url)).statusCode).toBe(404);
      expect((await client.get(`${s.url}?format=csv`)).statusCode).toBe(404);
      expect((await client.post(s.url, { type: 'meals', givenOn: '2025-03-10', amount: '100' })).statusCode).toBe(404);
      expect((await client.get(`/benefits/${row?.id}/delete`)).statusCode).toBe(404);
      expect((await client.post(`/benefits/${row?.id}/delete`, { confirm: 'on', reason: 'x' })).statusCode).toBe(404);
    }
    expect(await rowsOf(s.application.id)).toHaveLength(1);
    expect((await rowsOf(s.application.id))[0]?.deletedAt).toBeNull();
  });
});

describe('export', () => {
  it('CSV and XLSX of a placement’s ledger, read back by real parsers: each entry, a corrected one with its reason, then the yearly totals as the page shows them', async () => {
    const s = await scene();
    await s.memberClient.post(s.url, { type: 'travel', givenOn: '2025-03-10', amount: '2500', description: 'Vonatjegy', reimbursement: 'on' });
    await s.memberClient.post(s.url, { type: 'meals', givenOn: '2025-03-11', amount: '1800' });
    await s.memberClient.post(s.url, { type: 'meals', givenOn: '2025-03-09', amount: '900' });
    await s.memberClient.post(s.url, { type: 'meals', givenOn: '2024-12-20', amount: '1200' });
    const wrong = (await rowsOf(s.application.id)).find((r) => r.amountHuf === 900);
    expect((await s.memberClient.post(`/benefits/${wrong?.id}/delete`, { confirm: 'on', reason: 'Kétszer rögzítve' })).statusCode).toBe(303);

    const res = await s.memberClient.get(`${s.url}?format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const records = parse(res.body, { bom: true }) as string[][];
    expect(records[0]).toEqual(['Dátum', 'Juttatás típusa', 'Összeg', 'Tételek száma', 'Forma', 'Leírás', 'Rögzítette', 'Helyesbítés']);
    expect(records.slice(1, 5).map((r) => [r[0], r[2], r[7]])).toEqual([
      ['2025-03-11', '1800', ''],
      ['2025-03-10', '2500', ''],
      ['2025-03-09', '900', 'Kétszer rögzítve'],
      ['2024-12-20', '1200', ''],
    ]);
    // The totals leave the corrected 900 Ft out, as the page does.
    expect(records.slice(5).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['', '2025. év összesen: Étkezés', '1800', '1'],
      ['', '2025. év összesen: Utazás', '2500', '1'],
      ['', '2025. év összesen', '4300', ''],
      ['', '2024. év összesen: Étkezés', '1200', '1'],
      ['', '2024. év összesen', '1200', ''],
    ]);

    const xlsx = await s.volunteer.client.get(`${s.url}?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('sheet missing');
    expect(sheet.rowCount).toBe(1 + 4 + 5);
    expect(sheet.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    expect(sheet.getRow(2).getCell(3).value).toBe(1800);
    const yearTotal = sheet.getRow(8);
    expect([yearTotal.getCell(2).value, yearTotal.getCell(3).value]).toEqual(['2025. év összesen', 4300]);
    expect(yearTotal.getCell(1).type).toBe(ExcelJS.ValueType.Null);
    expect(yearTotal.getCell(3).type).toBe(ExcelJS.ValueType.Number);
  });
});
