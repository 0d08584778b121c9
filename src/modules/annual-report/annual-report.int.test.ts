import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advocacyActions, annualReports, auditLog, inquiries } from '../../db/schema/index.js';
import { createPoint } from '../../test-support/factories.js';
import { pdfText } from '../../test-support/pdf-reader.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { staffWithLogin } from '../placements/placements-test-support.js';
import { insertHours, placedVolunteer, reportScene } from '../reports/reports-test-support.js';
import { type BuildAnnualReport, buildAnnualReport, runAnnualReportJobOnce, staleRunningMinutes } from './job.js';
import { currentYearOf } from './service.js';

/**
 * The annual report end to end on both engines: a coordinator requests it, the job makes it (progress,
 * PDF with the sections that have data and the forint value, XLSX with a sheet per section), a second
 * request for the same year waits, other tenants and point coordinators are refused, a failure is kept.
 */
let t: TestApp;
let scene: Awaited<ReturnType<typeof reportScene>>;
let otherAdmin: Awaited<ReturnType<typeof staffWithLogin>>;
let pointCoordinator: Awaited<ReturnType<typeof staffWithLogin>>;
const year = 2025;
const listUrl = () => `/center/annual-reports?center=${scene.center.id}`;

beforeAll(async () => {
  t = await createTestApp();
  scene = await reportScene(t);
  // Five volunteers with 10 approved hours each in March 2025: 50 h × 1 817,5 Ft (290 800 Ft / 160) = 90 875 Ft.
  for (let i = 0; i < 5; i++) {
    const placed = await placedVolunteer(t, scene);
    await insertHours(t, placed, scene.organization.id, { activityDay: `${year}-03-1${i}`, minutes: 600, activity: 'Faültetés' });
  }
  await t.db.insert(inquiries).values({
    centerId: scene.center.id,
    channel: 'email',
    askerKind: 'anonymous',
    question: 'Hol lehet önkénteskedni?',
    receivedAt: new Date(`${year}-05-05T10:00:00Z`),
  });
  const otherScene = await reportScene(t);
  otherAdmin = await staffWithLogin(t, [{ role: 'center_admin', centerId: otherScene.center.id }]);
  const point = await createPoint(t.db, scene.center.id);
  pointCoordinator = await staffWithLogin(t, [{ role: 'point_coordinator', centerId: scene.center.id, pointId: point.id }]);
});
afterAll(async () => {
  await t?.close();
});

const reportsOf = (centerId: string) => t.db.select().from(annualReports).where(eq(annualReports.centerId, centerId)).orderBy(desc(annualReports.id));
const request = (y: number) => scene.coordinator.client.post('/center/annual-reports', { center: scene.center.id, year: String(y) });
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('requesting and making the annual report', () => {
  it('queues a report (audited), shows its progress and refreshes itself while it is made', async () => {
    const res = await request(year);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(listUrl());
    const [row] = await reportsOf(scene.center.id);
    expect(row).toMatchObject({ year, status: 'queued', progress: 0, requestedByUserId: scene.coordinator.user.id });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(row?.id)));
    expect(audit).toMatchObject({ action: 'annual_report.request', centerId: scene.center.id, actorUserId: scene.coordinator.user.id });

    const page = await scene.coordinator.client.get(listUrl());
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('A beszámoló elkészítését sorba állítottuk.');
    expect(page.body).toContain('<meta http-equiv="refresh" content="5"/>');
    expect(page.body).toContain('hx-trigger="every 5s"');
    // The years offered: from the first year with data (the hours of 2025) to the current one.
    const offered = [...page.body.matchAll(/<option value="(\d{4})"/g)].map((m) => Number(m[1]));
    expect(offered).toEqual(Array.from({ length: currentYearOf(new Date()) - year + 1 }, (_, i) => currentYearOf(new Date()) - i));
    expect(page.body).toMatch(/<label for="annual-report-progress-\d+">Sorban áll<\/label> <progress id="annual-report-progress-\d+" max="100" value="0">/);
  });

  it('refuses a second request for the same year while the first waits, in Hungarian', async () => {
    const res = await request(year);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Erre az évre már készül beszámoló ennek a központnak');
    expect(await reportsOf(scene.center.id)).toHaveLength(1);
  });

  it('makes it in one run of the job: done at 100 %, the PDF with the sections that have data and the forint value, the XLSX', async () => {
    expect(await runAnnualReportJobOnce(t.db, new Date())).toEqual({ made: 1, failed: 0 });
    const [row] = await reportsOf(scene.center.id);
    expect(row).toMatchObject({ status: 'done', progress: 100, step: 'done', error: null });
    expect(row?.startedAt).toBeInstanceOf(Date);

    const page = await scene.coordinator.client.get(listUrl());
    expect(page.body).not.toContain('http-equiv="refresh"');
    expect(page.body).toContain(`href="/center/annual-reports/${row?.id}/pdf"`);

    const pdf = await scene.coordinator.client.get(`/center/annual-reports/${row?.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = flat(await pdfText(pdf.rawPayload));
    expect(text).toContain(`${scene.center.name} – éves beszámoló, ${year}`);
    for (const heading of ['Közvetítés és gazdasági érték', 'Az önkéntes munka gazdasági értéke', 'Tájékoztatás', 'Az év kiemelkedő történetei']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('90 875 Ft');
    expect(text).toContain('Jóváhagyott órák havonta');
    expect(text).toContain(scene.opportunity.title);
    for (const absent of ['Képzések', 'Érdekérvényesítés', 'Népszerűsítés', 'Önkéntes Pontok hálózata']) expect(text).not.toContain(absent);

    const xlsx = await scene.coordinator.client.get(`/center/annual-reports/${row?.id}/xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheets = workbook.worksheets.map((s) => s.name);
    expect(sheets).toEqual(['Összefoglaló', 'Közvetítés és gazdasági érték', 'Az önkéntes munka gazdasági ért', 'Tájékoztatás', 'Az év kiemelkedő történetei']);
    const valueSheet = workbook.getWorksheet('Az önkéntes munka gazdasági ért');
    const values = valueSheet?.getSheetValues().flat() ?? [];
    expect(values).toContain(90875);
  });

  it('keeps a failed build with its error, and shows it', async () => {
    expect((await request(2024)).statusCode).toBe(303);
    const failing = async () => {
      throw new Error('a próba hibája');
    };
    expect(await runAnnualReportJobOnce(t.db, new Date(), { build: failing })).toEqual({ made: 0, failed: 1 });
    const [row] = await reportsOf(scene.center.id);
    expect(row).toMatchObject({ year: 2024, status: 'failed', error: 'a próba hibája' });
    expect((await scene.coordinator.client.get(listUrl())).body).toContain('Hiba: a próba hibája');
    expect((await scene.coordinator.client.get(`/center/annual-reports/${row?.id}/pdf`)).statusCode).toBe(404);
  });

  it('takes over a report left running by a dead process after 30 minutes, not before', async () => {
    expect((await request(2023)).statusCode).toBe(303);
    const [row] = await reportsOf(scene.center.id);
    const id = row?.id as number;
    const startedAt = new Date(Date.now() - (staleRunningMinutes - 1) * 60_000);
    await t.db.update(annualReports).set({ status: 'running', progress: 40, startedAt }).where(eq(annualReports.id, id));
    expect(await runAnnualReportJobOnce(t.db, new Date())).toEqual({ made: 0, failed: 0 });
    expect(await runAnnualReportJobOnce(t.db, new Date(Date.now() + 2 * 60_000))).toEqual({ made: 1, failed: 0 });
    expect((await reportsOf(scene.center.id))[0]).toMatchObject({ id, status: 'done', progress: 100 });
  });
  it('adds the advocacy section and the outcomes among the top stories once there are some, with the progress stored step by step', async () => {
    await t.db.insert(advocacyActions).values({
      centerId: scene.center.id,
      kind: 'proposal',
      title: 'Ifjúsági önkéntes program javaslata',
      goal: 'Közös program a várossal',
      heldOn: `${year}-09-15`,
      outcome: 'A testület elfogadta',
    });
    expect((await request(year)).statusCode).toBe(303);
    const seen: string[] = [];
    const watching: BuildAnnualReport = (db, report, now, progress) =>
      buildAnnualReport(db, report, now, async (step) => {
        await progress(step);
        const [row] = await t.db.select().from(annualReports).where(eq(annualReports.id, report.id));
        seen.push(`${row?.status} ${row?.progress} ${row?.step}`);
      });
    expect(await runAnnualReportJobOnce(t.db, new Date(), { build: watching })).toEqual({ made: 1, failed: 0 });
    expect(seen).toEqual([
      'running 0 brokering',
      'running 11 information',
      'running 22 trainings',
      'running 33 promotion',
      'running 44 advocacy',
      'running 56 points',
      'running 67 topStories',
      'running 78 pdf',
      'running 89 xlsx',
    ]);
    const [row] = await reportsOf(scene.center.id);
    const text = flat(await pdfText((await scene.coordinator.client.get(`/center/annual-reports/${row?.id}/pdf`)).rawPayload));
    expect(text).toContain('Érdekérvényesítés');
    expect(text).toContain('Érdekérvényesítés eredményekkel');
    expect(text).toContain('A testület elfogadta');
  });
});

describe('who may have the annual reports', () => {
  it('answers 404 to the admin of another center, for the list, the request and the files', async () => {
    const [row] = await reportsOf(scene.center.id);
    expect((await otherAdmin.client.get(listUrl())).statusCode).toBe(404);
    expect((await otherAdmin.client.post('/center/annual-reports', { center: scene.center.id, year: String(year) })).statusCode).toBe(404);
    expect((await otherAdmin.client.get(`/center/annual-reports/${row?.id}/pdf`)).statusCode).toBe(404);
    expect((await otherAdmin.client.get(`/center/annual-reports/${row?.id}/xlsx`)).statusCode).toBe(404);
    expect((await otherAdmin.client.get('/center/annual-reports')).body).not.toContain(scene.center.name);
  });

  it('refuses a point coordinator (403)', async () => {
    const [row] = await reportsOf(scene.center.id);
    expect((await pointCoordinator.client.get(listUrl())).statusCode).toBe(403);
    expect((await pointCoordinator.client.post('/center/annual-reports', { center: scene.center.id, year: String(year) })).statusCode).toBe(403);
    expect((await pointCoordinator.client.get(`/center/annual-reports/${row?.id}/pdf`)).statusCode).toBe(403);
  });
});
