import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hourEntries } from '../../db/schema/index.js';
import { pdfText, readTaggedPdf } from '../../test-support/pdf-reader.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import type { TestClient } from '../../test-support/test-client.js';
import { staffMember } from '../inquiries/inquiries-test-support.js';
import { type EvidenceScene, evidenceScene, pageText, settlementPackUrl, volunteersWithHours } from './evidence-test-support.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

const kecskemet = 'Kecskemét (Bács-Kiskun)';

async function textOf(client: TestClient, url: string): Promise<string> {
  const res = await client.get(url);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return pageText(res.body);
}

/** The spreadsheet's lines as [item, this year, previous year] by the item's name. */
async function sheetOf(client: TestClient, url: string): Promise<Map<string, unknown[]>> {
  const res = await client.get(url);
  expect(res.statusCode).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const lines = new Map<string, unknown[]>();
  book.worksheets[0]?.eachRow((row) => {
    const values = row.values as unknown[];
    lines.set(String(values[2]), values.slice(3, 5));
  });
  return lines;
}

describe('the evidence pack of a settlement (2026 against 2025)', () => {
  let s: EvidenceScene;
  let approvedIn2026: number;

  beforeAll(async () => {
    s = await evidenceScene(t);
    const approved = await volunteersWithHours(t, s, {
      place: 'Kecskemét',
      count: 5,
      hours: [
        { day: '2026-03-10', minutes: 300 },
        { day: '2026-06-05', minutes: 300 },
        { day: '2026-06-06', minutes: 120, status: 'submitted' },
        { day: '2026-07-01', minutes: 60, status: 'rejected' },
        { day: '2025-05-01', minutes: 60 },
      ],
    });
    approvedIn2026 = approved['2026'] ?? 0;
  });

  it('counts only approved hours: the totals are the sum of the approved entries, with the trend and the value in forints', async () => {
    const [sum] = await t.db
      .select({ minutes: sql<string>`sum(${hourEntries.minutes})` })
      .from(hourEntries)
      .where(
        and(
          eq(hourEntries.organizationId, s.organization.id),
          eq(hourEntries.status, 'approved'),
          sql`${hourEntries.activityDay} between '2026-01-01' and '2026-12-31'`,
        ),
      );
    expect(Number(sum?.minutes)).toBe(approvedIn2026);
    expect(approvedIn2026).toBe(3000);

    const text = await textOf(s.coordinator.client, settlementPackUrl(kecskemet, 2026));
    expect(text).toContain('Bizonyítékcsomag: Kecskemét (Bács-Kiskun), 2026');
    expect(text).toContain('Önkéntesek 5 5 0 0 %');
    expect(text).toContain('Fogadó szervezetek 1 1 0 0 %');
    expect(text).toContain('Jóváhagyott órák 50 óra 5 óra +45 óra +900 %');
    // 50 hours × 322 800 Ft / 160 = 100 875 Ft (2025: 5 hours × 290 800 / 160 = 9 087,5 → 9 088 Ft).
    expect(text).toContain('Gazdasági érték (Ft) 100 875 Ft 9 088 Ft +91 787 Ft');
    expect(text).toContain('június 5 25 óra');
    expect(text).toContain('30–49 év 5');
    expect(text).toContain('2 017,5 Ft/óra');

    const sheet = await sheetOf(s.coordinator.client, settlementPackUrl(kecskemet, 2026, '&format=xlsx'));
    expect(sheet.get('Jóváhagyott órák (óra)')).toEqual([50, 5]);
    expect(sheet.get('Gazdasági érték (Ft)')).toEqual([100_875, 9_088]);
  });

  it('makes a PDF with the forint value and the figures', async () => {
    const res = await s.coordinator.client.get(settlementPackUrl(kecskemet, 2026, '&format=pdf'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(String(res.headers['content-disposition'])).toMatch(/bizonyitekcsomag-Kecskem.t-2026-\d{4}-\d{2}-\d{2}\.pdf/);
    const text = (await pdfText(res.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Bizonyítékcsomag: Kecskemét (Bács-Kiskun), 2026');
    expect(text).toContain('100 875 Ft');
    expect(text).toContain('Önkéntesek korcsoportonként');
    const tagged = await readTaggedPdf(res.rawPayload);
    expect(tagged).toMatchObject({ marked: true, lang: 'hu-HU', everyPageTagged: true, untagged: '' });
    if (process.env.EVIDENCE_PDF_OUT) (await import('node:fs')).writeFileSync(process.env.EVIDENCE_PDF_OUT, res.rawPayload);
  });

  it("shows another center's coordinator none of this center's hours, a national admin all centers', and refuses a volunteer", async () => {
    const text = await textOf(s.foreignCoordinator.client, settlementPackUrl(kecskemet, 2026));
    expect(text).toContain('Önkéntesek 0 0');
    expect(text).not.toContain('100 875');
    // A national admin counts every center's hours: these and any other center's.
    const national = await staffMember(t, [{ role: 'national_admin' }]);
    const hours = /Jóváhagyott órák (\d+) óra/.exec(await textOf(national.client, settlementPackUrl(kecskemet, 2026)))?.[1];
    expect(Number(hours)).toBeGreaterThanOrEqual(50);
    expect((await s.volunteer.client.get(settlementPackUrl(kecskemet, 2026))).statusCode).toBe(403);
    expect((await s.volunteer.client.get(settlementPackUrl(kecskemet, 2026, '&format=pdf'))).statusCode).toBe(403);
  });
});

describe('small numbers', () => {
  it('hides 3 volunteers and their hours on the page and in the spreadsheet, and shows 5', async () => {
    const s = await evidenceScene(t);
    await volunteersWithHours(t, s, { place: 'Kecskemét', count: 3, hours: [{ day: '2026-04-02', minutes: 240 }] });
    const url = settlementPackUrl(kecskemet, 2026);
    let text = await textOf(s.coordinator.client, url);
    expect(text).toContain('Önkéntesek < 5');
    expect(text).toContain('Jóváhagyott órák rejtve');
    expect(text).toContain('30–49 év < 5');
    expect(text).not.toContain('12 óra');
    expect(text).not.toContain('24 210');
    const sheet = await sheetOf(s.coordinator.client, `${url}&format=xlsx`);
    expect(sheet.get('Önkéntesek')?.[0]).toBe('< 5');
    expect(sheet.get('Jóváhagyott órák (óra)')?.[0]).toBe('rejtve');
    expect(sheet.get('Gazdasági érték (Ft)')?.[0]).toBe('rejtve');
    const pdf = (await pdfText((await s.coordinator.client.get(`${url}&format=pdf`)).rawPayload)).replace(/\s+/g, ' ');
    expect(pdf).toContain('< 5');
    expect(pdf).not.toContain('24 210');

    await volunteersWithHours(t, s, { place: 'Kecskemét', count: 2, hours: [{ day: '2026-04-03', minutes: 240 }] });
    text = await textOf(s.coordinator.client, url);
    expect(text).toContain('Önkéntesek 5 0');
    expect(text).toContain('Jóváhagyott órák 20 óra 0 óra');
    expect(text).not.toContain('< 5 ');
    expect((await sheetOf(s.coordinator.client, `${url}&format=xlsx`)).get('Önkéntesek')?.[0]).toBe(5);
  });
});

describe('scopes', () => {
  it('narrows to a cause, and widens to the district and the county', async () => {
    const s = await evidenceScene(t);
    await volunteersWithHours(t, s, { place: 'Kecskemét', count: 5, causes: ['kornyezetvedelem'], hours: [{ day: '2026-05-02', minutes: 120 }] });
    await volunteersWithHours(t, s, { place: 'Ballószög', count: 5, causes: ['oktatas'], hours: [{ day: '2026-05-03', minutes: 60 }] });
    await volunteersWithHours(t, s, { place: 'Baja', count: 5, causes: ['oktatas'], hours: [{ day: '2026-05-04', minutes: 180 }] });
    const hoursIn = async (query: string) => {
      const text = await textOf(s.coordinator.client, `/advocacy/evidence?${query}&year=2026`);
      return /Jóváhagyott órák (\d+) óra/.exec(text)?.[1];
    };
    expect(await hoursIn(`area=settlement&place=${encodeURIComponent(kecskemet)}`)).toBe('10');
    expect(await hoursIn(`area=district&district=${encodeURIComponent('Kecskeméti járás (Bács-Kiskun)')}`)).toBe('15');
    expect(await hoursIn('area=county&county=B%C3%A1cs-Kiskun')).toBe('30');
    expect(await hoursIn('area=county&county=B%C3%A1cs-Kiskun&cause=oktatas')).toBe('20');
    expect(await hoursIn('area=county&county=B%C3%A1cs-Kiskun&cause=kornyezetvedelem')).toBe('10');
    const county = await textOf(s.coordinator.client, '/advocacy/evidence?area=county&county=B%C3%A1cs-Kiskun&year=2026');
    expect(county).toContain('Bizonyítékcsomag: Bács-Kiskun vármegye, 2026');
    expect(county).toMatch(/oktatás 10 20 óra.*környezetvédelem 5 10 óra/);
  });

  it('explains what is missing or wrong next to the field', async () => {
    const s = await evidenceScene(t);
    const c = s.coordinator.client;
    const open = await c.get('/advocacy/evidence');
    expect(open.statusCode).toBe(200);
    expect(open.body).toContain('name="area"');
    const cases: [string, string][] = [
      ['area=settlement&place=', 'Adja meg a települést.'],
      ['area=settlement&place=Nincsilyenfalva', 'Nem találtunk ilyen települést.'],
      ['area=district', 'Válassza ki a járást.'],
      ['area=county&county=Atlantisz', 'A felsorolt lehetőségek egyikét kell választani.'],
      ['area=county&county=Baranya&year=1999', 'Adjon meg egy évet 2000 és 2100 között'],
      ['area=county&county=Baranya&cause=nincs', 'A felsorolt lehetőségek egyikét kell választani.'],
    ];
    for (const [query, message] of cases) {
      const res = await c.get(`/advocacy/evidence?${query}`);
      expect(res.statusCode, query).toBe(422);
      expect(pageText(res.body), query).toContain(message);
    }
  });
});
