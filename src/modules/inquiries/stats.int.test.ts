import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { type InquiryScene, inquiryForm, inquiryScene } from './inquiries-test-support.js';
import { inquiryStats } from './stats-service.js';

/** The statistics count a year on the Budapest calendar, by month, topic, channel and point, in the actor's reach only. */
let t: TestApp;
let s: InquiryScene;
beforeAll(async () => {
  t = await createTestApp();
  s = await inquiryScene(t);
  const log = async (receivedAt: string, channel: string, topicIds: string[], pointId = '') => {
    const res = await s.admin.client.post('/inquiries', inquiryForm(topicIds, { receivedAt, channel, pointId }));
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
  };
  const { contract, minors, opportunities } = s.topics;
  // 23:30 on 31 January in Budapest is still January (22:30 UTC); 00:30 on 1 March is March (23:30 UTC on 28 February).
  await log('2025-01-31T23:30', 'phone', [contract, minors], s.point.id);
  await log('2025-03-01T00:30', 'email', [contract]);
  await log('2025-03-15T10:00', 'event', [opportunities], s.point.id);
  await log('2025-07-04T09:00', 'in_person', [minors], s.otherPoint.id);
  await log('2024-12-31T23:30', 'phone', [contract]);
  await log('2026-01-01T00:10', 'phone', [contract]);
});
afterAll(async () => {
  await t?.close();
});

const now = new Date('2026-06-01T10:00:00Z');

describe('inquiry statistics', () => {
  it('counts a year by month, topic, channel and point', async () => {
    const stats = await inquiryStats(t.db, s.admin.actor, { year: 2025 }, now);
    expect(stats.total).toBe(4);
    expect(stats.months.filter((m) => m.count > 0)).toEqual([
      { month: 1, count: 1 },
      { month: 3, count: 2 },
      { month: 7, count: 1 },
    ]);
    expect(Object.fromEntries(stats.channels.map((c) => [c.channel, c.count]))).toEqual({ phone: 1, email: 1, in_person: 1, event: 1, online_form: 0 });
    expect(Object.fromEntries(stats.topics.map((x) => [x.topicId, x.count]))).toEqual({
      [s.topics.contract]: 2,
      [s.topics.minors]: 2,
      [s.topics.opportunities]: 1,
    });
    expect(Object.fromEntries(stats.byPoint.map((p) => [p.pointId ?? 'center', p.count]))).toEqual({ [s.point.id]: 2, [s.otherPoint.id]: 1, center: 1 });
    expect(stats.byPoint.find((p) => p.pointId === s.point.id)?.name).toBe(s.point.name);
    expect(stats.years).toEqual([2026, 2025, 2024]);
  });

  it('narrows to one point, and a point coordinator counts only their own point', async () => {
    expect((await inquiryStats(t.db, s.admin.actor, { year: 2025, point: s.point.id }, now)).total).toBe(2);
    const own = await inquiryStats(t.db, s.pointCoordinator.actor, { year: 2025, point: s.otherPoint.id }, now);
    expect(own.total).toBe(2);
    expect(own.points.map((p) => p.id)).toEqual([s.point.id]);
    expect((await inquiryStats(t.db, s.foreignAdmin.actor, { year: 2025 }, now)).total).toBe(0);
    expect((await inquiryStats(t.db, s.nationalAdmin.actor, { year: 2025, center: s.center.id }, now)).total).toBe(4);
  });

  it('shows each breakdown as an accessible chart and a table, and exports them as CSV and XLSX', async () => {
    const page = await s.admin.client.get('/inquiries/stats?year=2025');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('2025: összesen 4 megkeresés.');
    for (const id of ['stats-month', 'stats-topic', 'stats-channel', 'stats-point']) {
      expect(page.body).toContain(`aria-labelledby="${id}-title ${id}-desc"`);
      expect(page.body).toContain(`<title id="${id}-title">`);
    }
    expect(page.body).toContain('<th scope="row">Önkéntes szerződés</th>');

    const csv = await s.admin.client.get('/inquiries/stats?year=2025&format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('statisztika-2025');
    expect(csv.body).toContain('Téma,Önkéntes szerződés,2');
    expect(csv.body).toContain('Csatorna,Telefon,1');
    expect(csv.body).toContain('Összesen,"2025, összesen",4');
    const xlsx = await s.admin.client.get('/inquiries/stats?year=2025&format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('says what is wrong with a year that is not one', async () => {
    const page = await s.admin.client.get('/inquiries/stats?year=20255');
    expect(page.statusCode).toBe(422);
    expect(page.body).toContain('Az év négy számjegy, 2000 és 2100 között.');
  });
});
