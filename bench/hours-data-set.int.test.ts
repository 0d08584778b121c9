import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/connection.js';
import { queryRows } from '../src/db/database.js';
import { createCenter } from '../src/test-support/factories.js';
import { createTestDatabase } from '../src/test-support/test-database.js';
import { generateBrokeringDataSet } from './brokering-data-set.js';
import { generateHoursDataSet } from './hours-data-set.js';

/** The hours generator at a tiny scale on both engines: approved entries, points, the summary equal to the entries; once. */
let handle: DatabaseHandle;
let centerId: string;
beforeAll(async () => {
  handle = await createTestDatabase();
  centerId = (await createCenter(handle.db, { county: 'Baranya' })).id;
  await createCenter(handle.db);
  await generateBrokeringDataSet(handle.db, { volunteers: 2000, organizations: 20, opportunities: 100, shiftsPerOpportunity: 1, applications: 50 });
  expect(await generateHoursDataSet(handle.db, { entries: 600, entriesPerPlacement: 6, points: 4 })).toBe(true);
}, 120_000);
afterAll(async () => {
  await handle.close();
});

const one = async (query: SQL) => Number((await queryRows<{ n: string }>(handle.db, query))[0]?.n);

describe('hours bench data set', () => {
  it('adds approved entries over placements, points in the center, and a summary equal to the entries; once', async () => {
    expect(await one(sql`select count(*) as n from hour_entries where status = 'approved'`)).toBe(600);
    expect(await one(sql`select count(distinct application_id) as n from hour_entries`)).toBe(100);
    expect(await one(sql`select count(*) as n from points where center_id = ${centerId} and status = 'active'`)).toBe(4);
    expect(
      await one(sql`select count(*) as n from points p join places pl on pl.id = p.place_id where p.center_id = ${centerId} and pl.county <> 'Baranya'`),
    ).toBe(0);
    expect(await one(sql`select count(*) as n from application_events where to_status = 'accepted'`)).toBe(100);
    const raw = await one(sql`select sum(minutes) as n from hour_entries where status = 'approved'`);
    expect(await one(sql`select sum(minutes) as n from approved_hour_months`)).toBe(raw);
    expect(await one(sql`select sum(entries) as n from approved_hour_months`)).toBe(600);
    expect(await generateHoursDataSet(handle.db, { entries: 600, entriesPerPlacement: 6, points: 4 })).toBe(false);
    expect(await one(sql`select count(*) as n from information_schema.tables where table_name like 'bh\\_%'`)).toBe(0);
    // The trigger is back on: a new approved entry reaches the summary.
    const [entry] = await queryRows<{ application_id: string; volunteer_id: string; organization_id: string; center_id: string }>(
      handle.db,
      sql`select application_id, volunteer_id, organization_id, center_id from hour_entries limit 1`,
    );
    await handle.db.execute(sql`insert into hour_entries (application_id, volunteer_id, organization_id, center_id, activity_day, minutes, activity, status)
      values (${entry?.application_id}, ${entry?.volunteer_id}, ${entry?.organization_id}, ${entry?.center_id}, '2026-06-01', 45, 'Teszt', 'approved')`);
    expect(await one(sql`select sum(minutes) as n from approved_hour_months`)).toBe(raw + 45);
  });
});
