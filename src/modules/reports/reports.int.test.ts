import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { clientFor, staffWithLogin } from '../placements/placements-test-support.js';
import { insertHours, placedVolunteer, reportScene } from './reports-test-support.js';
import { organizationYearReport } from './service.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

/** 2025's configured minimum wage (HUNGARY.md §1.7): 290,800 Ft / 160 = 1,817.5 Ft per hour. */
const hourValue2025 = 290_800 / 160;
const hourValue2026 = 322_800 / 160;
/** Hungarian digit grouping: a no-break space. */
const g = '\u00a0';

/**
 * Two volunteers, approved hours in March and June 2025 in two activities (one typed in another
 * case with spaces), plus a submitted and a rejected entry that must not count.
 */
async function yearWithHours() {
  const s = await reportScene(t);
  const anna = await placedVolunteer(t, s);
  const bela = await placedVolunteer(t, s);
  await insertHours(t, anna, s.organization.id, { activityDay: '2025-03-10', minutes: 120, activity: 'Kertészkedés' });
  await insertHours(t, bela, s.organization.id, { activityDay: '2025-03-15', minutes: 90, activity: ' kertészkedés ' });
  await insertHours(t, anna, s.organization.id, { activityDay: '2025-06-02', minutes: 45, activity: 'Ételosztás' });
  await insertHours(t, anna, s.organization.id, { activityDay: '2025-06-03', minutes: 300, activity: 'Ételosztás', status: 'submitted' });
  await insertHours(t, bela, s.organization.id, { activityDay: '2025-06-04', minutes: 200, activity: 'Raktár', status: 'rejected' });
  // Another year does not leak in.
  await insertHours(t, anna, s.organization.id, { activityDay: '2024-12-31', minutes: 60, activity: 'Kertészkedés' });
  return { s, anna, bela };
}

describe('an organization’s yearly report', () => {
  it('counts only approved hours: totals, 12 months, activities and the value in whole forints are exact', async () => {
    const { s } = await yearWithHours();
    const actor = { userId: s.member.id, email: '', familyName: '', givenName: '', emailConfirmed: true, grants: [] };
    const report = await organizationYearReport(t.db, actor, s.organization.id, 2025, 2026);
    expect(report.volunteers).toBe(2);
    expect(report.minutes).toBe(255);
    expect(report.months.map((m) => m.minutes)).toEqual([0, 0, 210, 0, 0, 45, 0, 0, 0, 0, 0, 0]);
    expect(report.months.map((m) => m.volunteers)).toEqual([0, 0, 2, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(report.activities).toEqual([
      { activity: 'Kertészkedés', minutes: 210 },
      { activity: 'Ételosztás', minutes: 45 },
    ]);
    const expectedFt = Math.round((255 / 60) * hourValue2025); // 7,724.375 → 7,724
    expect(expectedFt).toBe(7724);
    expect(report.valueFt).toBe(expectedFt);
    expect(report.hourValues).toEqual([expect.objectContaining({ effectiveFrom: '2025-01-01', hourValueFt: 1817.5, minutes: 255 })]);
    expect(report.outdatedAmountYear).toBeNull();
    expect(report.minorMinutes).toBe(0);
    expect(report.years).toEqual([2026, 2025, 2024]);

    const page = await s.memberClient.get(`${s.reportUrl}?year=2025`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('4 óra 15 perc');
    expect(page.body).toContain(`7${g}724 Ft`);
    expect(page.body).toContain(`1${g}817,5 Ft/óra (minimálbér 290${g}800 Ft / 160`);
    expect(page.body).toContain('minimálbér / 160');
    expect(page.body).toContain('role="img"');
    expect(page.body).toContain('<title id="report-chart-title">Jóváhagyott órák havonta, 2025</title>');
    expect(page.body).toContain('3 óra 30 perc'); // March in the table
    expect(page.body).toContain('Kertészkedés');
    expect(page.body).not.toContain('Raktár');
    expect(page.body).not.toContain('még nincs beállítva');
  });

  it('formats large totals with Hungarian grouping ("1 234 óra 30 perc") and the coordinator of the center sees it too', async () => {
    const s = await reportScene(t);
    const v = await placedVolunteer(t, s);
    // 1,234 h 30 min = 74,070 minutes, at most 1,440 per entry.
    for (let i = 0; i < 51; i++)
      await insertHours(t, v, s.organization.id, {
        activityDay: `2025-0${1 + (i % 9)}-${String(1 + Math.floor(i / 9)).padStart(2, '0')}`,
        minutes: 1440,
        activity: 'Ügyelet',
      });
    await insertHours(t, v, s.organization.id, { activityDay: '2025-10-01', minutes: 74_070 - 51 * 1440, activity: 'Ügyelet' });
    const page = await s.coordinator.client.get(`${s.reportUrl}?year=2025`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`1${g}234 óra 30 perc`);
  });

  it('warns when the year is newer than the newest configured minimum wage, and values it with that amount', async () => {
    const s = await reportScene(t);
    const v = await placedVolunteer(t, s);
    await insertHours(t, v, s.organization.id, { activityDay: '2027-02-03', minutes: 60, activity: 'Főzés' });
    const page = await s.memberClient.get(`${s.reportUrl}?year=2027`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('A 2027. évi minimálbér még nincs beállítva; a 2026. évi értékkel számoltunk.');
    expect(Math.round(hourValue2026)).toBe(2018);
    expect(page.body).toContain(`<strong>2${g}018 Ft</strong>`);
    // The 2026 amount's source cites two articles: each is its own link, none is the whole citation.
    const hrefs = [...page.body.matchAll(/<a href="(https?:[^"]*)"/g)].map((m) => m[1] as string);
    expect(hrefs).toContain('https://mandiner.hu/belfold/2025/12/emelkedik-a-minimalber-ezek-az-allami-juttatasok-kovetik');
    expect(hrefs).toContain('https://www.kontrolloffice.hu/l/minimalber-emeles-2026');
    for (const href of hrefs) expect(URL.canParse(href) && !/\s|;/.test(href), href).toBe(true);
  });

  it('keeps a separate monthly total of minors’ hours (under 18 on the activity day)', async () => {
    const s = await reportScene(t);
    const minor = await placedVolunteer(t, s, '2008-09-01'); // 18 on 2026-09-01
    const adult = await placedVolunteer(t, s);
    await insertHours(t, minor, s.organization.id, { activityDay: '2026-08-31', minutes: 90, activity: 'Táboroztatás' });
    await insertHours(t, minor, s.organization.id, { activityDay: '2026-09-01', minutes: 60, activity: 'Táboroztatás' });
    await insertHours(t, adult, s.organization.id, { activityDay: '2026-08-20', minutes: 120, activity: 'Táboroztatás' });
    const actor = { userId: s.member.id, email: '', familyName: '', givenName: '', emailConfirmed: true, grants: [] };
    const report = await organizationYearReport(t.db, actor, s.organization.id, 2026, 2026);
    expect(report.minorMinutes).toBe(90);
    expect(report.months.map((m) => m.minorMinutes)).toEqual([0, 0, 0, 0, 0, 0, 0, 90, 0, 0, 0, 0]);
    expect((await s.memberClient.get(`${s.reportUrl}?year=2026`)).body).toContain('1 óra 30 perc');
  });

  it('shows an empty state for a year without approved hours (the current year by default)', async () => {
    const s = await reportScene(t);
    const v = await placedVolunteer(t, s);
    await insertHours(t, v, s.organization.id, { activityDay: '2025-05-05', minutes: 60, activity: 'Főzés', status: 'submitted' });
    const page = await s.memberClient.get(s.reportUrl);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/A\(z\) \d{4}\. évben még nincs jóváhagyott önkéntes óra\./);
    expect(page.body).not.toContain('role="img"');
    expect((await s.memberClient.get(`${s.reportUrl}?year=2025`)).body).toContain('A(z) 2025. évben még nincs jóváhagyott önkéntes óra.');
  });

  it('refuses a malformed year with a field error next to the field (422)', async () => {
    const s = await reportScene(t);
    for (const year of ['abc', '20255', '1999']) {
      const page = await s.memberClient.get(`${s.reportUrl}?year=${year}`);
      expect(page.statusCode).toBe(422);
      expect(page.body).toContain('Adjon meg egy évet 2000 és 2100 között');
      expect(page.body).toContain('id="f-year-error"');
    }
  });

  it('exports the by-month and by-activity tables with the year’s totals and value as typed XLSX and CSV', async () => {
    const { s } = await yearWithHours();
    const xlsx = await s.memberClient.get(`${s.reportUrl}?year=2025&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('sheet missing');
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push(Array.from({ length: 7 }, (_, i) => r.getCell(i + 1).value)));
    expect(rows[0]).toEqual(['Típus', 'Megnevezés', 'Percek', 'Órák', 'Önkéntesek', '18 év alattiak percei', 'Gazdasági érték (Ft)']);
    expect(rows).toHaveLength(1 + 12 + 2 + 1);
    expect(rows[3]).toEqual(['Hónap', 'március', 210, 3.5, 2, 0, null]);
    // The activity rows have no volunteer or minor figures: empty cells, not empty strings.
    expect(rows[13]).toEqual(['Tevékenység', 'Kertészkedés', 210, 3.5, null, null, null]);
    expect(rows[14]).toEqual(['Tevékenység', 'Ételosztás', 45, 0.75, null, null, null]);
    // As the page's summary: 4 h 15 min, 2 volunteers (not 2 + 1 from the months), 7 724 Ft.
    expect(rows[15]).toEqual(['Összesen', 'Összesítés, 2025', 255, 4.25, 2, 0, 7724]);
    const total = sheet.getRow(16);
    for (const col of [3, 4, 5, 6, 7]) expect(total.getCell(col).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getRow(15).getCell(5).type).toBe(ExcelJS.ValueType.Null);

    const csv = await s.memberClient.get(`${s.reportUrl}?year=2025&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const records = parse(csv.body, { bom: true }) as string[][];
    expect(records).toHaveLength(16);
    expect(records).toContainEqual(['Hónap', 'június', '45', '0.75', '1', '0', '']);
    expect(records).toContainEqual(['Tevékenység', 'Kertészkedés', '210', '3.5', '', '', '']);
    expect(records[15]).toEqual(['Összesen', 'Összesítés, 2025', '255', '4.25', '2', '0', '7724']);
  });

  it('leaves the value empty in the export when no minimum wage is configured, as the page shows "–"', async () => {
    const s = await reportScene(t);
    const v = await placedVolunteer(t, s, '1970-05-01');
    await insertHours(t, v, s.organization.id, { activityDay: '2001-03-10', minutes: 60, activity: 'Főzés' });
    const actor = { userId: s.member.id, email: '', familyName: '', givenName: '', emailConfirmed: true, grants: [] };
    const report = await organizationYearReport(t.db, actor, s.organization.id, 2001, 2026);
    const records = parse((await s.memberClient.get(`${s.reportUrl}?year=2001&format=csv`)).body, { bom: true }) as string[][];
    expect(report.valueFt).toBeNull();
    expect(records.at(-1)).toEqual(['Összesen', 'Összesítés, 2001', '60', '1', '1', '0', '']);
  });

  it('is not for another organization’s member, a coordinator of another center or a volunteer; anonymous visitors log in first', async () => {
    const { s, anna } = await yearWithHours();
    const otherMember = await createUser(t.db);
    await createOrganization(t.db, s.center.id, { memberUserIds: [otherMember.id] });
    const centerB = await createCenter(t.db);
    const coordinatorB = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: centerB.id }]);
    for (const client of [await clientFor(t, otherMember.id), coordinatorB.client, anna.client]) {
      for (const url of [`${s.reportUrl}?year=2025`, `${s.reportUrl}?year=2025&format=xlsx`, `${s.reportUrl}?year=abc`]) {
        expect([403, 404]).toContain((await client.get(url)).statusCode);
      }
    }
    const anonymous = await new TestClient(t.app, t.config.secretKey).get(`${s.reportUrl}?year=2025`);
    expect(anonymous.statusCode).toBe(303);
    expect(String(anonymous.headers.location)).toMatch(/^\/login/);
  });

  it('is linked from the organization’s page for its members', async () => {
    const s = await reportScene(t);
    const page = await s.memberClient.get(`/organizations/${s.organization.id}`);
    expect(page.body).toContain(`href="${s.reportUrl}"`);
  });
});
