import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpportunity, createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createPoint, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor } from '../placements/placements-test-support.js';
import { centerFigures } from '../statistics/center-figures.js';
import { legalAmountsOn } from '../volunteer-law/legal-amounts.js';
import { loadMinimumWageTable } from '../volunteer-law/legal-data-service.js';
import { applicationWithHistory, approvedMinutes, registeredVolunteer } from './center-reports-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const year2025 = { from: '2025-01-01', to: '2025-12-31' };

/**
 * Center C: two organizations (the second at point P), five volunteers with hand-made histories;
 * center D: one placement with hours (never counted for C).
 */
async function scene() {
  const center = await createCenter(t.db);
  const point = await createPoint(t.db, center.id);
  const org1 = await createOrganization(t.db, center.id, { name: 'Ábel Egyesület' });
  const org2 = await createOrganization(t.db, center.id, { name: 'Zöld Pont Alapítvány', pointId: point.id });
  const opp1 = await createOpportunity(t.db, org1, { causes: ['kornyezetvedelem', 'oktatas'] });
  const opp2 = await createOpportunity(t.db, org2, { causes: ['szocialis'], place: 'Baja' });
  // v1: placed within the deadline (2 days), hours in March, completed.
  const v1 = await registeredVolunteer(t, center.id, '2025-02-01T10:00:00Z');
  const a1 = await applicationWithHistory(t, v1, opp1, '2025-03-03T09:00:00Z', [
    ['accepted', '2025-03-05T09:00:00Z'],
    ['active', '2025-03-06T09:00:00Z'],
    ['completed', '2025-06-30T09:00:00Z'],
  ]);
  await approvedMinutes(t, a1, org1.id, '2025-03-10', 120);
  // v2: a minor of point P, placed at the point's organization in 4 days (deadline 2025-04-08).
  const v2 = await registeredVolunteer(t, center.id, '2025-02-10T10:00:00Z', { pointId: point.id, birthDate: '2009-06-01' });
  const a2 = await applicationWithHistory(t, v2, opp2, '2025-04-01T08:00:00Z', [['accepted', '2025-04-05T08:00:00Z']]);
  await approvedMinutes(t, a2, org2.id, '2025-04-10', 60);
  // v3: applied on Monday 2025-03-03, never answered.
  const v3 = await registeredVolunteer(t, center.id, '2025-03-01T10:00:00Z');
  await applicationWithHistory(t, v3, opp1, '2025-03-03T10:00:00Z');
  // v4: registered only.
  await registeredVolunteer(t, center.id, '2025-03-05T10:00:00Z');
  // v5: registered in 2024; applied on Easter Monday 2025-04-21 (deadline 2025-04-28), accepted late after 10 days.
  const v5 = await registeredVolunteer(t, center.id, '2024-12-01T10:00:00Z');
  const a5 = await applicationWithHistory(t, v5, opp1, '2025-04-21T08:00:00Z', [['accepted', '2025-05-01T08:00:00Z']]);
  await approvedMinutes(t, a5, org1.id, '2025-05-02', 30);

  const other = await createCenter(t.db);
  const otherOrg = await createOrganization(t.db, other.id);
  const otherOpp = await createOpportunity(t.db, otherOrg);
  const w = await registeredVolunteer(t, other.id, '2025-02-01T10:00:00Z');
  const b = await applicationWithHistory(t, w, otherOpp, '2025-03-03T09:00:00Z', [['accepted', '2025-03-04T09:00:00Z']]);
  await approvedMinutes(t, b, otherOrg.id, '2025-03-12', 600);
  return { center, point, org1, org2, other };
}

let s: Awaited<ReturnType<typeof scene>>;
beforeAll(async () => {
  s = await scene();
});

describe('center figures (issue 15)', () => {
  it('count the records made: funnel, median, hours, value, responsiveness, minors', async () => {
    const f = await centerFigures(t.db, { centerIds: [s.center.id], ...year2025 }, { today: '2026-01-15' });
    expect(f.funnel).toEqual({ registered: 4, applied: 3, placed: 2, active: 2, completed: 1 });
    // Placements in 2025: 2, 4 and 10 days.
    expect(f.timeToPlacement).toEqual({ medianDays: 4, placements: 3 });
    expect(f.totals.minutes).toBe(210);
    expect(f.byMonth.filter((m) => m.minutes > 0).map((m) => `${m.month}:${m.minutes}`)).toEqual(['2025-03:120', '2025-04:60', '2025-05:30']);
    expect(f.byMonth).toHaveLength(12);
    expect(f.byCause.map((c) => `${c.nameHu}:${c.minutes}`)).toEqual(['környezetvédelem:150', 'oktatás:150', 'szociális:60']);
    expect(f.bySettlement.map((x) => `${x.name}:${x.minutes}`)).toEqual(['Baja:60', 'Kecskemét:150']);
    const wage = legalAmountsOn('2025-03-01', await loadMinimumWageTable(t.db));
    if (wage) expect(f.value.valueFt).toBe(Math.round((wage.monthlyMinimumWageFt * 210) / (160 * 60)));
    expect(f.responsiveness.organizations.map((o) => [o.organizationName, o.within, o.late, o.unanswered, o.pending])).toEqual([
      ['Ábel Egyesület', 1, 1, 1, 0],
      ['Zöld Pont Alapítvány', 1, 0, 0, 0],
    ]);
    expect(f.responsiveness.total).toEqual({ within: 2, late: 1, unanswered: 1, pending: 0 });
    expect(f.minors).toMatchObject({ minors: 1, volunteers: 3 });
    expect(f.minors.share).toBeCloseTo(1 / 3);
  });

  it('a wait whose deadline has not passed is pending, not unanswered', async () => {
    const f = await centerFigures(t.db, { centerIds: [s.center.id], from: '2025-03-01', to: '2025-03-31' }, { today: '2025-03-05' });
    expect(f.responsiveness.total).toEqual({ within: 1, late: 0, unanswered: 0, pending: 1 });
  });

  it('narrows to a point and to a period', async () => {
    const p = await centerFigures(t.db, { centerIds: [s.center.id], pointId: s.point.id, ...year2025 }, { today: '2026-01-15' });
    expect(p.funnel).toEqual({ registered: 1, applied: 1, placed: 1, active: 1, completed: 0 });
    expect(p.timeToPlacement).toEqual({ medianDays: 4, placements: 1 });
    expect(p.totals.minutes).toBe(60);
    expect(p.responsiveness.organizations.map((o) => o.organizationName)).toEqual(['Zöld Pont Alapítvány']);
    expect(p.minors).toMatchObject({ minors: 1, volunteers: 1 });

    const march = await centerFigures(t.db, { centerIds: [s.center.id], from: '2025-03-01', to: '2025-03-31' }, { today: '2026-01-15' });
    expect(march.funnel).toEqual({ registered: 2, applied: 1, placed: 0, active: 0, completed: 0 });
    expect(march.totals.minutes).toBe(120);
    expect(march.timeToPlacement).toEqual({ medianDays: 2, placements: 1 });
    expect(march.byMonth.map((m) => m.month)).toEqual(['2025-03']);
  });
});

describe('GET /center/reports', () => {
  const url = (centerId: string, extra = '') => `/center/reports?center=${centerId}&from=2025-01-01&to=2025-12-31${extra}`;

  it("shows the center's figures to its coordinator, each table downloadable", async () => {
    const coordinator = await clientFor(t, (await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: s.center.id }] })).id);
    const page = await coordinator.get('/center/reports?from=2025-01-01&to=2025-12-31');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Az önkéntesek útja');
    expect(page.body).toContain('<svg');
    expect(page.body).toContain('Zöld Pont Alapítvány');
    expect(page.body).toContain('2025. 01. 01.');

    const funnel = await coordinator.get(`${url(s.center.id)}&format=csv&table=funnel`);
    expect(funnel.statusCode).toBe(200);
    expect(funnel.headers['content-type']).toContain('text/csv');
    expect(funnel.body).toContain('Regisztrált,4,100');
    expect(funnel.body).toContain('Befejezte,1,25');
    const months = await coordinator.get(`${url(s.center.id)}&format=csv&table=months`);
    expect(months.body).toContain('2025. március,2,1');
    const responsiveness = await coordinator.get(`${url(s.center.id)}&format=csv&table=responsiveness`);
    expect(responsiveness.body).toContain('Ábel Egyesület,1,1,1,0');
    expect(responsiveness.body).toContain('Összesen,2,1,1,0');
    const ages = await coordinator.get(`${url(s.center.id)}&format=xlsx&table=ages`);
    expect(ages.statusCode).toBe(200);
    expect(ages.headers['content-type']).toContain('spreadsheetml');

    const pointOnly = await coordinator.get(`${url(s.center.id, `&point=${s.point.id}`)}&format=csv&table=settlements`);
    expect(pointOnly.body).toContain('Baja');
    expect(pointOnly.body).not.toContain('Kecskemét,');
  });

  it('says what is wrong with a bad period (422) and shows the default period', async () => {
    const admin = await clientFor(t, (await createUser(t.db, { grants: [{ role: 'center_admin', centerId: s.center.id }] })).id);
    const res = await admin.get('/center/reports?from=2025-12-31&to=2025-01-01');
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Az időszak vége nem lehet korábbi a kezdeténél.');
  });

  it('keeps other centers and point coordinators out; the national admin chooses any center', async () => {
    const foreign = await clientFor(t, (await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: s.other.id }] })).id);
    expect((await foreign.get(url(s.center.id))).statusCode).toBe(404);
    const foreignOwn = await foreign.get('/center/reports?from=2025-01-01&to=2025-12-31&format=csv&table=months');
    expect(foreignOwn.body).toContain('2025. március,10,1');
    const pointCoordinator = await clientFor(
      t,
      (await createUser(t.db, { grants: [{ role: 'point_coordinator', centerId: s.center.id, pointId: s.point.id }] })).id,
    );
    expect((await pointCoordinator.get(url(s.center.id))).statusCode).toBe(403);

    const national = await clientFor(t, (await createUser(t.db, { grants: [{ role: 'national_admin' }] })).id);
    const chooser = await national.get('/center/reports');
    expect(chooser.statusCode).toBe(200);
    expect(chooser.body).toContain('Válassza ki, melyik központ');
    const chosen = await national.get(url(s.center.id));
    expect(chosen.statusCode).toBe(200);
    expect(chosen.body).toContain(s.center.name);
    expect((await national.get(url(s.center.id, '&point=00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
  });
});

describe('GET /national/reports', () => {
  it('one row per center, totals the sum of the centers, downloadable; national admins only', async () => {
    const national = await clientFor(t, (await createUser(t.db, { grants: [{ role: 'national_admin' }] })).id);
    const res = await national.get('/national/reports?from=2025-01-01&to=2025-12-31&format=csv');
    expect(res.statusCode).toBe(200);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    const rows = lines.slice(1).map((l) => l.split(','));
    const total = rows.at(-1) ?? [];
    expect(total[0]).toBe('Összesen');
    const centers = rows.slice(0, -1);
    const column = (i: number) => centers.reduce((sum, r) => sum + Number(r[i] || 0), 0);
    expect(Number(total[1])).toBe(column(1));
    expect(Number(total[3])).toBe(column(3));
    expect(Number(total[4])).toBeCloseTo(column(4));
    expect(Number(total[5])).toBe(column(5));
    const mine = centers.find((r) => r[0] === s.center.name);
    expect(mine?.slice(1, 5)).toEqual(['4', '3', '3', '3.5']);

    const page = await national.get('/national/reports?from=2025-01-01&to=2025-12-31&sort=hours&dir=desc');
    expect(page.statusCode).toBe(200);
    expect(page.body.indexOf(s.other.name)).toBeLessThan(page.body.indexOf(s.center.name));
    expect(page.body).toContain('Jóváhagyott órák központonként');

    const centerAdmin = await clientFor(t, (await createUser(t.db, { grants: [{ role: 'center_admin', centerId: s.center.id }] })).id);
    expect((await centerAdmin.get('/national/reports')).statusCode).toBe(403);
  });
});
