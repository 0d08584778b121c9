import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connection.js';
import { queryRows } from '../../db/database.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { seedDemoData } from './seed.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  expect(await seedDemoData(handle.db)).toBe(true);
}, 60_000);
afterAll(async () => {
  await handle.close();
});

describe('demo point network', () => {
  it('has points at every stage, opening hours on the active ones and one overdue consulting action', async () => {
    const statuses = await queryRows<{ status: string; n: string }>(handle.db, sql`select status, count(*) as n from points group by status order by status`);
    expect(Object.fromEntries(statuses.map((r) => [r.status, Number(r.n)]))).toEqual({ active: 3, candidate: 1, setting_up: 1 });
    const [hours] = await queryRows<{ n: string }>(handle.db, sql`select count(*) as n from points where status = 'active' and opening_hours is not null`);
    expect(Number(hours?.n)).toBe(3);
    const [setup] = await queryRows<{ n: string }>(
      handle.db,
      sql`select count(*) as n from point_setup_items i join points p on p.id = i.point_id where p.status = 'setting_up' and i.done_on is not null`,
    );
    expect(Number(setup?.n)).toBe(2);
    const [overdue] = await queryRows<{ n: string }>(
      handle.db,
      sql`select count(*) as n from point_consultation_actions where done_at is null and due_on < (now() at time zone 'Europe/Budapest')::date`,
    );
    expect(Number(overdue?.n)).toBe(1);
  });
});
