import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizationReadiness } from '../../db/schema/index.js';
import { createOrganization } from '../../test-support/brokering-factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { type TrainingStaffScene, trainingStaffScene } from './readiness-test-support.js';

let t: TestApp;
let s: TrainingStaffScene;
let ids: { agota: string; azur: string; bagoly: string; rejected: string };

const allYes = { coordinator: 'yes', induction: 'yes', insurance: 'yes', contract: 'yes', register: 'yes', supervision: 'yes', recognition: 'yes' } as const;

beforeAll(async () => {
  t = await createTestApp();
  s = await trainingStaffScene(t);
  // Hungarian order puts "Ágota" before "Azúr" (á sorts with a), which byte order would put last.
  const agota = await createOrganization(t.db, s.centerA.id, { name: 'Ágota Alapítvány' });
  const azur = await createOrganization(t.db, s.centerA.id, { name: 'Azúr Egyesület' });
  const bagoly = await createOrganization(t.db, s.centerA.id, { name: 'Bagoly Kör' });
  const rejected = await createOrganization(t.db, s.centerA.id, { name: 'Elutasított Egyesület', status: 'rejected' });
  ids = { agota: agota.id, azur: azur.id, bagoly: bagoly.id, rejected: rejected.id };
  const day = 86_400_000;
  await t.db.insert(organizationReadiness).values([
    // Ágota: an old submission with a coordinator gap, then a newer one without: only the newer counts.
    { organizationId: agota.id, answers: { ...allYes, coordinator: 'no' }, gaps: ['coordinator'], submittedAt: new Date(Date.now() - 90 * day) },
    { organizationId: agota.id, answers: { ...allYes, recognition: 'partly' }, gaps: ['recognition'], submittedAt: new Date(Date.now() - 10 * day) },
    {
      organizationId: azur.id,
      answers: { ...allYes, coordinator: 'no', insurance: 'no' },
      gaps: ['coordinator', 'insurance'],
      submittedAt: new Date(Date.now() - 5 * day),
    },
    { organizationId: s.organizationB.id, answers: { ...allYes, coordinator: 'no' }, gaps: ['coordinator'], submittedAt: new Date(Date.now() - 5 * day) },
  ]);
});
afterAll(async () => {
  await t?.close();
});

const names = (body: string) => [...body.matchAll(/<th scope="row"><a href="\/organizations\/[^/]+\/readiness">([^<]+)<\/a>/g)].map((m) => m[1]);

describe('the center view of readiness', () => {
  it("lists the center's organizations (never-assessed too, rejected not) in Hungarian order, with each answer in words", async () => {
    const coordinator = await s.client('coordinatorA');
    const page = await coordinator.get('/readiness');
    expect(page.statusCode).toBe(200);
    const listed = names(page.body);
    expect(listed.filter((n) => ['Ágota Alapítvány', 'Azúr Egyesület', 'Bagoly Kör'].includes(n as string))).toEqual([
      'Ágota Alapítvány',
      'Azúr Egyesület',
      'Bagoly Kör',
    ]);
    expect(listed).not.toContain('Elutasított Egyesület');
    expect(page.body).not.toContain(s.organizationB.name);
    expect(page.body).toContain('Nem töltötte ki');
    expect(page.body).toContain('<span class="status-submitted">Részben</span>');
    // 5 organizations of A (the scene's two, Ágota, Azúr, Bagoly); 2 assessed.
    expect(page.body).toContain('5 szervezetből 2 töltötte ki az önértékelést, 3 még nem.');
  });

  it('filters by a gap (the latest answers only) and by "not filled in", and sorts by the number of gaps', async () => {
    const coordinator = await s.client('coordinatorA');
    expect(names((await coordinator.get('/readiness?gap=coordinator')).body)).toEqual(['Azúr Egyesület']);
    expect(names((await coordinator.get('/readiness?gap=recognition')).body)).toEqual(['Ágota Alapítvány']);
    expect((await coordinator.get('/readiness?gap=supervision')).body).toContain('Nincs a szűrésnek megfelelő szervezet.');
    const notAssessed = names((await coordinator.get('/readiness?state=notAssessed')).body);
    expect(notAssessed).toContain('Bagoly Kör');
    expect(notAssessed).not.toContain('Azúr Egyesület');
    expect(names((await coordinator.get('/readiness?state=assessed&sort=gaps&dir=desc')).body)).toEqual(['Azúr Egyesület', 'Ágota Alapítvány']);
    expect(names((await coordinator.get('/readiness?q=azur')).body)).toEqual(['Azúr Egyesület']);
    // Bad values read as no filter.
    expect((await coordinator.get('/readiness?gap=%3Cscript%3E&state=x&sort=%3Bdrop&page=-1')).statusCode).toBe(200);
  });

  it('pages the list', async () => {
    const coordinator = await s.client('coordinatorA');
    const first = await coordinator.get('/readiness?pageSize=5&sort=name');
    expect(names(first.body)).toHaveLength(5);
    const more = await createOrganization(t.db, s.centerA.id, { name: 'Zsálya Egyesület' });
    const second = await coordinator.get('/readiness?pageSize=5&sort=name&page=2');
    expect(names(second.body)).toEqual(['Zsálya Egyesület']);
    expect(more.id).toBeTruthy();
  });

  it('exports the filtered list as CSV and XLSX', async () => {
    const coordinator = await s.client('coordinatorA');
    const csv = await coordinator.get('/readiness?format=csv&gap=coordinator');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Azúr Egyesület');
    expect(csv.body).toContain('Önkéntes-koordinátor, Biztosítás');
    expect(csv.body).not.toContain('Ágota Alapítvány');
    const xlsx = await coordinator.get('/readiness?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells = book.worksheets[0]?.getColumn(1).values.map(String) ?? [];
    expect(cells).toContain('Bagoly Kör');
  });

  it('gives the national admin every center with a center filter', async () => {
    const national = await s.client('national');
    const all = await national.get('/readiness');
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('name="centerId"');
    const onlyB = await national.get(`/readiness?centerId=${s.centerB.id}`);
    expect(names(onlyB.body)).toEqual([s.organizationB.name]);
  });

  it('refuses those without trainings.manage: a point coordinator, organization staff, a volunteer', async () => {
    for (const persona of ['pointCoordinatorA', 'member', 'volunteer'] as const) {
      const client = await s.client(persona);
      expect((await client.get('/readiness')).statusCode, persona).toBe(403);
      expect((await client.get('/readiness?format=csv')).statusCode, persona).toBe(403);
    }
    // Another center's coordinator sees only their own center, even when asking for A's.
    const other = await s.client('coordinatorB');
    const page = await other.get(`/readiness?centerId=${s.centerA.id}`);
    expect(page.statusCode).toBe(200);
    expect(names(page.body)).toEqual([]);
    expect(names((await other.get('/readiness')).body)).toEqual([s.organizationB.name]);
    expect(ids.rejected).toBeTruthy();
  });
});
