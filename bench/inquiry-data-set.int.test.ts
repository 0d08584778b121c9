import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/connection.js';
import { queryRows } from '../src/db/database.js';
import { currentYear, inquiryStats } from '../src/modules/inquiries/stats-service.js';
import type { Actor } from '../src/platform/authz.js';
import { createCenter, createPoint } from '../src/test-support/factories.js';
import { createTestDatabase } from '../src/test-support/test-database.js';
import { generateInquiryDataSet } from './inquiry-data-set.js';

/** The inquiry generator at a tiny scale on both engines: spread over the centers, with topics, counted by the statistics, once. */
let handle: DatabaseHandle;
let centerId: string;
beforeAll(async () => {
  handle = await createTestDatabase();
  centerId = (await createCenter(handle.db)).id;
  await createPoint(handle.db, centerId);
  await createCenter(handle.db);
  expect(await generateInquiryDataSet(handle.db, 600)).toBe(true);
});
afterAll(async () => {
  await handle.close();
});

const n = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: number | string }>(handle.db, query))[0]?.n);

describe('inquiry bench data set', () => {
  it('adds inquiries over every center, each with a topic, that the statistics count; once', async () => {
    expect(await n(sql`select count(*) as n from inquiries where question like 'Mérési kérdés %'`)).toBe(600);
    expect(await n(sql`select count(distinct center_id) as n from inquiries`)).toBe(await n(sql`select count(*) as n from centers`));
    expect(await n(sql`select count(*) as n from inquiries i where not exists (select 1 from inquiry_topic_links l where l.inquiry_id = i.id)`)).toBe(0);
    expect(await n(sql`select count(*) as n from inquiries where point_id is not null and center_id = ${centerId}`)).toBeGreaterThan(0);
    expect(await n(sql`select count(distinct channel) as n from inquiries`)).toBe(5);

    const actor: Actor = {
      userId: '00000000-0000-4000-8000-000000000000',
      email: '',
      familyName: '',
      givenName: '',
      emailConfirmed: true,
      grants: [{ role: 'center_coordinator', centerId, pointId: null }],
    };
    const year = currentYear();
    const stats = await inquiryStats(handle.db, actor, { year });
    const expected = await n(
      sql`select count(*) as n from inquiries
          where center_id = ${centerId} and extract(year from received_at at time zone 'Europe/Budapest') = ${year}`,
    );
    expect(expected).toBeGreaterThan(0);
    expect(stats.total).toBe(expected);
    expect(stats.channels.reduce((sum, c) => sum + c.count, 0)).toBe(expected);
    expect(stats.byPoint.reduce((sum, p) => sum + p.count, 0)).toBe(expected);
    expect(stats.topics.reduce((sum, x) => sum + x.count, 0)).toBeGreaterThanOrEqual(expected);

    expect(await generateInquiryDataSet(handle.db, 600)).toBe(false);
  });
});
