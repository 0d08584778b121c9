import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/database.js';
import { hourEntries, legalAmounts, opportunities, organizations } from '../../db/schema/index.js';
import { createPoint, placeByName } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { hostScene } from '../placements/placements-test-support.js';
import { yearFigures } from '../reports/aggregate.js';
import { insertHours, placedVolunteer, reportScene } from '../reports/reports-test-support.js';
import { legalAmountsOn } from '../volunteer-law/legal-amounts.js';
import { loadMinimumWageTable } from '../volunteer-law/legal-data-service.js';
import { approvedHoursBy, approvedHourTotals, approvedMinutesByPeriod, volunteersByAgeGroup } from './approved-hours-repo.js';
import { economicValue } from './economic-value.js';
import type { FigureScope } from './scope.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

type Row = { application_id: string; month: string; minutes: number };

/** The summary and the same sums straight from the approved hour entries, per placement and month. */
async function summaryAndRaw(applicationIds: string[]) {
  const ids = sql.join(
    applicationIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const summary = await queryRows<Row>(
    t.db,
    sql`select application_id::text, to_char(month, 'YYYY-MM') as month, sum(minutes)::int as minutes from approved_hour_months
        where application_id in (${ids}) group by 1, 2 order by 1, 2`,
  );
  const raw = await queryRows<Row>(
    t.db,
    sql`select application_id::text, to_char(activity_day, 'YYYY-MM') as month, sum(minutes)::int as minutes from hour_entries
        where status = 'approved' and application_id in (${ids}) group by 1, 2 order by 1, 2`,
  );
  return { summary, raw };
}

const centerScope = (centerId: string, year = 2025): FigureScope => ({ centerIds: [centerId], from: `${year}-01-01`, to: `${year}-12-31` });

describe('approved_hour_months (ADR 024)', () => {
  it('follows every write of hour entries: insert, approve, reject, change and delete', async () => {
    const s = await reportScene(t);
    const anna = await placedVolunteer(t, s);
    const bela = await placedVolunteer(t, s);
    const a1 = await insertHours(t, anna, s.organization.id, { activityDay: '2025-03-10', minutes: 120, activity: 'Kert' });
    await insertHours(t, anna, s.organization.id, { activityDay: '2025-03-20', minutes: 60, activity: 'Kert' });
    const b1 = await insertHours(t, bela, s.organization.id, { activityDay: '2025-04-02', minutes: 90, activity: 'Kert', status: 'submitted' });
    const b2 = await insertHours(t, bela, s.organization.id, { activityDay: '2025-04-03', minutes: 30, activity: 'Kert' });
    const ids = [anna.application.id, bela.application.id];
    expect((await summaryAndRaw(ids)).summary.map((r) => r.minutes).sort((a, b) => a - b)).toEqual([30, 180]);

    await t.db.update(hourEntries).set({ status: 'approved' }).where(eq(hourEntries.id, b1.id));
    await t.db.update(hourEntries).set({ status: 'rejected' }).where(eq(hourEntries.id, b2.id));
    await t.db.update(hourEntries).set({ minutes: 100, activityDay: '2025-05-01' }).where(eq(hourEntries.id, a1.id));
    let both = await summaryAndRaw(ids);
    expect(both.summary).toEqual(both.raw);
    expect(both.summary.map((r) => `${r.month}:${r.minutes}`).sort()).toEqual(['2025-03:60', '2025-04:90', '2025-05:100']);

    await t.db.delete(hourEntries).where(eq(hourEntries.id, a1.id));
    both = await summaryAndRaw(ids);
    expect(both.summary).toEqual(both.raw);
    expect(await approvedHourTotals(t.db, centerScope(s.center.id))).toEqual({ minutes: 150, volunteers: 2, organizations: 1, placements: 2 });
  });

  it("follows a change of the opportunity's settlement and causes and the organization's point", async () => {
    const s = await hostScene(t, { opportunity: { causes: ['kornyezet'] } });
    const placed = await placedVolunteer(t, s as Awaited<ReturnType<typeof reportScene>>);
    await insertHours(t, placed, s.organization.id, { activityDay: '2025-06-01', minutes: 60, activity: 'Kert' });
    const baja = await placeByName(t.db, 'Baja');
    const point = await createPoint(t.db, s.center.id);
    await t.db
      .update(opportunities)
      .set({ placeId: baja.id, causes: ['szocialis', 'oktatas'] })
      .where(eq(opportunities.id, s.opportunity.id));
    await t.db.update(organizations).set({ pointId: point.id }).where(eq(organizations.id, s.organization.id));
    const scope = centerScope(s.center.id);
    expect(await approvedHoursBy(t.db, scope, 'place')).toEqual([{ key: String(baja.id), minutes: 60, volunteers: 1 }]);
    expect((await approvedHoursBy(t.db, scope, 'cause')).map((g) => g.key).sort()).toEqual(['oktatas', 'szocialis']);
    expect(await approvedHoursBy(t.db, { ...scope, pointId: point.id }, 'point')).toEqual([{ key: point.id, minutes: 60, volunteers: 1 }]);
    expect((await approvedHourTotals(t.db, { ...scope, place: { kind: 'county', county: baja.county } })).minutes).toBe(60);
    expect((await approvedHourTotals(t.db, { ...scope, place: { kind: 'district', county: baja.county, district: baja.district ?? '' } })).minutes).toBe(60);
    expect((await approvedHourTotals(t.db, { ...scope, cause: 'kornyezet' })).minutes).toBe(0);
  });

  it('values the hours exactly as the organization report does, also when a minimum wage starts mid-month', async () => {
    const s = await reportScene(t);
    const anna = await placedVolunteer(t, s, '2010-02-01');
    const days = ['2031-03-02', '2031-03-14', '2031-03-15', '2031-03-30', '2031-04-01'];
    for (const [i, day] of days.entries()) await insertHours(t, anna, s.organization.id, { activityDay: day, minutes: 37 + i, activity: 'Kert' });
    const [added] = await t.db
      .insert(legalAmounts)
      .values({ kind: 'monthly_minimum_wage', effectiveFrom: '2031-03-15', amountHuf: 999_999, source: 'teszt' })
      .returning();
    try {
      const table = await loadMinimumWageTable(t.db);
      const scope = centerScope(s.center.id, 2031);
      const periods = await approvedMinutesByPeriod(t.db, scope);
      expect(periods.map((p) => p.periodStart)).toEqual(['2031-03-01', '2031-03-15', '2031-04-01']);
      const perDay = yearFigures(
        days.map((day, i) => ({ activityDay: day, volunteerId: anna.volunteer.id, birthDate: '2010-02-01', activity: 'Kert', minutes: 37 + i })),
        (day) => legalAmountsOn(day, table),
      );
      expect(economicValue(periods, table).valueFt).toBe(perDay.valueFt);
      expect((await volunteersByAgeGroup(t.db, scope, '2031-12-31'))['18_29']).toBe(1);
    } finally {
      await t.db.delete(legalAmounts).where(eq(legalAmounts.id, (added as { id: string }).id));
    }
    expect((await approvedMinutesByPeriod(t.db, centerScope(s.center.id, 2031))).map((p) => p.periodStart)).toEqual(['2031-03-01', '2031-04-01']);
  });
});
