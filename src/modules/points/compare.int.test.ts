import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationEvents, applications, inquiries, places, trainingCourses, trainingSessions } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { createOpportunity, createOrganization, createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createPoint, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor, staffWithLogin } from '../placements/placements-test-support.js';
import { insertHours } from '../reports/reports-test-support.js';
import { compareFigures } from './compare-service.js';

/**
 * The points comparison against records made by hand: a county of five settlements (a meridian, one
 * degree of latitude ≈ 111.2 km), two working points, a closed one and a candidate.
 */
let t: TestApp;
const now = new Date('2026-06-01T10:00:00Z');
const period = { from: '2025-01-01', to: '2025-06-30' };
const ids: Record<string, string> = {};
const actorOf = (userId: string, role: 'center_admin' | 'national_admin', centerId: string | null) => ({
  userId,
  email: '',
  familyName: '',
  givenName: '',
  emailConfirmed: true,
  grants: [{ role, centerId, pointId: null }],
});

async function settlement(name: string, lat: number, population: number) {
  const [row] = await t.db
    .insert(places)
    .values({
      kshCode: `T${name}`,
      officialName: name,
      name,
      county: 'Próbamegye',
      postalCodes: ['9999'],
      lat,
      lon: 19,
      settlementType: 'község',
      population,
      searchKeys: [name.toLowerCase()],
      sortKey: hungarianSortKey(name),
    })
    .returning();
  if (!row) throw new Error('place missing');
  return row;
}

/** An application accepted at `acceptedAt` at the organization, with approved hours on the given days. */
async function placement(centerId: string, pointId: string, opportunity: { id: string }, org: { id: string }, acceptedAt: string, hours: [string, number][]) {
  const volunteer = await createVolunteer(t.db, { centerId, pointId, createdAt: new Date('2024-06-01T10:00:00Z') });
  const [application] = await t.db
    .insert(applications)
    .values({ volunteerId: volunteer.id, opportunityId: opportunity.id, centerId, origin: 'volunteer', status: 'accepted' })
    .returning();
  if (!application) throw new Error('application missing');
  await t.db.insert(applicationEvents).values({ applicationId: application.id, fromStatus: 'applied', toStatus: 'accepted', at: new Date(acceptedAt) });
  for (const [activityDay, minutes] of hours) await insertHours(t, { application }, org.id, { activityDay, minutes, activity: 'Segítség' });
  return application;
}

beforeAll(async () => {
  t = await createTestApp();
  const [s1, , , s4, s5] = [
    await settlement('Próbafalva', 46.0, 1000),
    await settlement('Próbaszer', 46.1, 200),
    await settlement('Próbahegy', 46.2, 300),
    await settlement('Próbavár', 46.3, 400),
    await settlement('Próbatanya', 46.5, 50),
  ];
  const center = await createCenter(t.db, { county: 'Próbamegye', placeId: s1?.id });
  const other = await createCenter(t.db);
  ids.center = center.id;
  ids.other = other.id;
  // Areas (15 km): Déli gets Próbafalva and Próbaszer (1 200), Északi Próbahegy and Próbavár (700); Próbatanya is 22 km from Északi.
  const south = await createPoint(t.db, center.id, { name: 'Déli Pont', placeId: s1?.id });
  const north = await createPoint(t.db, center.id, { name: 'Északi Pont', placeId: s4?.id });
  const closed = await createPoint(t.db, center.id, { name: 'Megszűnt Pont', placeId: s5?.id, status: 'closed' });
  await createPoint(t.db, center.id, { name: 'Jelölt Pont', placeId: s5?.id, status: 'candidate' });
  Object.assign(ids, { south: south.id, north: north.id, closed: closed.id });

  // New volunteers: two at Déli in March, one at Északi in May; one in July (outside the period).
  for (const [pointId, at] of [
    [south.id, '2025-03-01T10:00:00Z'],
    [south.id, '2025-03-02T10:00:00Z'],
    [north.id, '2025-05-10T10:00:00Z'],
    [south.id, '2025-07-15T10:00:00Z'],
  ] as const) {
    await createVolunteer(t.db, { centerId: center.id, pointId, createdAt: new Date(at) });
  }
  const southOrg = await createOrganization(t.db, center.id, { pointId: south.id });
  const northOrg = await createOrganization(t.db, center.id, { pointId: north.id });
  const southOpp = await createOpportunity(t.db, southOrg);
  const northOpp = await createOpportunity(t.db, northOrg);
  // Déli: accepted in March (90 min + 600 min in August) and one accepted in 2024 (150 min in April); Északi: one in May (120 min).
  await placement(center.id, south.id, southOpp, southOrg, '2025-03-10T09:00:00Z', [
    ['2025-03-15', 90],
    ['2025-08-01', 600],
  ]);
  await placement(center.id, south.id, southOpp, southOrg, '2024-11-01T09:00:00Z', [['2025-04-02', 150]]);
  await placement(center.id, north.id, northOpp, northOrg, '2025-05-20T09:00:00Z', [['2025-05-25', 120]]);

  // Inquiries: one at Déli in February, two at Északi (one in June, one in 2024), one of the center itself.
  for (const [pointId, at] of [
    [south.id, '2025-02-01T10:00:00Z'],
    [north.id, '2025-06-10T10:00:00Z'],
    [north.id, '2024-06-10T10:00:00Z'],
    [null, '2025-02-01T10:00:00Z'],
  ] as const) {
    await t.db
      .insert(inquiries)
      .values({ centerId: center.id, pointId, channel: 'phone', askerKind: 'anonymous', question: 'Kérdés', receivedAt: new Date(at) });
  }

  // Trainings held at Északi's settlement: one in April, one cancelled, one online; one at Déli's in 2024.
  const [course] = await t.db
    .insert(trainingCourses)
    .values({
      centerId: center.id,
      slug: 'proba-kepzes',
      title: 'Próba',
      sortKey: 'proba',
      audience: 'volunteer',
      summary: 'x',
      description: 'x',
      durationMinutes: 60,
    })
    .returning();
  const session = (startsAt: string, placeId: number | undefined, extra: Partial<typeof trainingSessions.$inferInsert> = {}) => ({
    courseId: course?.id as string,
    centerId: center.id,
    startsAt: new Date(startsAt),
    endsAt: new Date(Date.parse(startsAt) + 3_600_000),
    placeId,
    trainerName: 'Oktató',
    capacity: 10,
    ...extra,
  });
  await t.db
    .insert(trainingSessions)
    .values([
      session('2025-04-10T08:00:00Z', s4?.id),
      session('2025-04-11T08:00:00Z', s4?.id, { cancelledAt: new Date('2025-04-01T08:00:00Z') }),
      session('2025-04-12T08:00:00Z', s4?.id, { online: true }),
      session('2024-04-10T08:00:00Z', s1?.id),
    ]);

  const admin = await createUser(t.db, { grants: [{ role: 'center_admin', centerId: center.id }] });
  const national = await createUser(t.db, { grants: [{ role: 'national_admin' }] });
  Object.assign(ids, { admin: admin.id, national: national.id });
});
afterAll(async () => {
  await t?.close();
});

const row = (c: Awaited<ReturnType<typeof compareFigures>>, id: string) => {
  const found = c.rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('the points comparison', () => {
  it('counts each point’s records of the period, and per 1,000 inhabitants of its area', async () => {
    const c = await compareFigures(t.db, actorOf(ids.admin as string, 'center_admin', ids.center as string), period, { sort: 'name', dir: 'asc' }, now);
    expect(c.kind).toBe('points');
    // Hungarian order (Déli, Északi, Megszűnt), not byte order; the candidate is not listed.
    expect(c.rows.map((r) => r.name)).toEqual(['Déli Pont', 'Északi Pont', 'Megszűnt Pont']);
    const south = row(c, ids.south as string);
    expect(south.population).toBe(1200);
    expect(south.figures).toEqual({ newVolunteers: 2, activeVolunteers: 2, placements: 1, hours: 4, inquiries: 1, trainings: 0 });
    expect(south.per1000.newVolunteers).toBeCloseTo(1.6667, 3);
    expect(south.per1000.hours).toBeCloseTo(3.3333, 3);
    const north = row(c, ids.north as string);
    expect(north.population).toBe(700);
    expect(north.figures).toEqual({ newVolunteers: 1, activeVolunteers: 1, placements: 1, hours: 2, inquiries: 1, trainings: 1 });
    expect(north.per1000.hours).toBeCloseTo(2.8571, 3);
    const closed = row(c, ids.closed as string);
    expect(closed.population).toBe(0);
    expect(closed.per1000.hours).toBeNull();
  });

  it('filters by the period', async () => {
    const admin = actorOf(ids.admin as string, 'center_admin', ids.center as string);
    const c = await compareFigures(t.db, admin, { from: '2025-04-01', to: '2025-12-31' }, { sort: 'name', dir: 'asc' }, now);
    expect(row(c, ids.south as string).figures).toEqual({ newVolunteers: 1, activeVolunteers: 2, placements: 0, hours: 12.5, inquiries: 0, trainings: 0 });
    expect(row(c, ids.north as string).figures.inquiries).toBe(1);
  });

  it('sorts by any column, "–" last', async () => {
    const admin = actorOf(ids.admin as string, 'center_admin', ids.center as string);
    const names = async (sort: 'hours' | 'hoursPer1000' | 'name', dir: 'asc' | 'desc') =>
      (await compareFigures(t.db, admin, period, { sort, dir }, now)).rows.map((r) => r.name);
    expect(await names('hours', 'desc')).toEqual(['Déli Pont', 'Északi Pont', 'Megszűnt Pont']);
    expect(await names('hoursPer1000', 'asc')).toEqual(['Északi Pont', 'Déli Pont', 'Megszűnt Pont']);
    expect(await names('hoursPer1000', 'desc')).toEqual(['Déli Pont', 'Északi Pont', 'Megszűnt Pont']);
    expect(await names('name', 'desc')).toEqual(['Megszűnt Pont', 'Északi Pont', 'Déli Pont']);
  });

  it('shows the table and the charts, and exports the table as CSV and XLSX', async () => {
    const client = await clientFor(t, ids.admin as string);
    const url = `/center/points/compare?from=${period.from}&to=${period.to}&sort=hours&dir=desc`;
    const page = await client.get(url);
    expect(page.statusCode, page.body.slice(0, 500)).toBe(200);
    expect(page.body).toContain('Pontok összehasonlítása');
    expect(page.body).toMatch(/<td>1\s200<\/td>/u);
    expect(page.body).toContain('3 pont számai: 2025. 01. 01. – 2025. 06. 30.');
    expect(page.body).toContain('<td>3,33</td>');
    expect(page.body).toContain('aria-labelledby="compare-hours-title compare-hours-desc"');
    expect(page.body).toContain('aria-labelledby="compare-hours-per1000-title compare-hours-per1000-desc"');

    const csv = await client.get(`${url}&format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain('Pont,Állapot,Lakosság (terület),Új önkéntesek');
    expect(lines[1]).toBe('Déli Pont,Működik,1200,2,2,1,4,1,0,1.667,1.667,0.833,3.333,0.833,0');
    expect(lines[3]).toMatch(/^Megszűnt Pont,Megszűnt,0,0,0,0,0,0,0,,,,,,$/);

    const xlsx = await client.get(`${url}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(2).getCell(1).value).toBe('Déli Pont');
    expect(sheet?.getRow(2).getCell(7).value).toBe(4);
  });

  it('says what is wrong with a period that is not one', async () => {
    const client = await clientFor(t, ids.admin as string);
    const page = await client.get('/center/points/compare?from=2025-02-30&to=2025-01-01');
    expect(page.statusCode).toBe(422);
    expect(page.body).toContain('Adjon meg egy létező napot');
    const order = await client.get('/center/points/compare?from=2025-03-01&to=2025-01-01');
    expect(order.statusCode).toBe(422);
    expect(order.body).toContain('Az utolsó nap nem lehet korábbi az elsőnél.');
  });
});

describe('who may compare', () => {
  it('refuses another center’s coordinator, a point coordinator and a volunteer', async () => {
    const foreign = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: ids.other as string }]);
    expect((await foreign.client.get(`/center/points/compare?center=${ids.center}`)).statusCode).toBe(404);
    expect((await foreign.client.get('/center/points/compare?center=all')).statusCode).toBe(403);
    expect((await foreign.client.get('/center/points/compare')).statusCode).toBe(200);
    const pointCoordinator = await staffWithLogin(t, [{ role: 'point_coordinator', centerId: ids.center as string, pointId: ids.south as string }]);
    expect((await pointCoordinator.client.get(`/center/points/compare?center=${ids.center}`)).statusCode).toBe(403);
    const volunteer = await createUser(t.db);
    await createVolunteer(t.db, { userId: volunteer.id, centerId: ids.center as string });
    expect((await (await clientFor(t, volunteer.id)).get('/center/points/compare')).statusCode).toBe(403);
  });

  it('shows a national admin the centers side by side, each center’s county as its area', async () => {
    const national = actorOf(ids.national as string, 'national_admin', null);
    const c = await compareFigures(t.db, national, period, { sort: 'name', dir: 'asc' }, now);
    expect(c.kind).toBe('centers');
    const center = row(c, ids.center as string);
    expect(center.population).toBe(1950);
    // The center's own inquiry counts too (3 in the period); the two sessions not cancelled include the online one.
    expect(center.figures).toEqual({ newVolunteers: 3, activeVolunteers: 3, placements: 2, hours: 6, inquiries: 3, trainings: 2 });
    expect(center.per1000.hours).toBeCloseTo((6 / 1950) * 1000, 6);
    expect(row(c, ids.other as string).figures.hours).toBe(0);
    const page = await (await clientFor(t, ids.national as string)).get(`/center/points/compare?from=${period.from}&to=${period.to}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Központok összehasonlítása');
    const one = await (await clientFor(t, ids.national as string)).get(`/center/points/compare?center=${ids.center}`);
    expect(one.body).toContain('Déli Pont');
  });
});
