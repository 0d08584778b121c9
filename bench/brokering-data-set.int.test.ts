import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/connection.js';
import { queryRows } from '../src/db/database.js';
import { matchOpportunitiesForVolunteer, matchVolunteersForOpportunity } from '../src/modules/matching/service.js';
import { createCenter } from '../src/test-support/factories.js';
import { createTestDatabase } from '../src/test-support/test-database.js';
import { type BrokeringSize, generateBrokeringDataSet } from './brokering-data-set.js';

/** The generator at a tiny scale on both engines: row counts, plausible values, idempotence. */
const size: BrokeringSize = { volunteers: 3000, organizations: 30, opportunities: 300, shiftsPerOpportunity: 4, applications: 200 };
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await createCenter(handle.db);
  await createCenter(handle.db);
  expect(await generateBrokeringDataSet(handle.db, size)).toBe(true);
}, 120_000);
afterAll(async () => {
  await handle.close();
});

const one = async (query: SQL) => Number((await queryRows<{ n: string }>(handle.db, query))[0]?.n);

describe('brokering bench data set', () => {
  it('creates the asked numbers of rows once', async () => {
    expect(await one(sql`select count(*) as n from volunteers`)).toBe(size.volunteers);
    expect(await one(sql`select count(*) as n from organizations where status = 'approved'`)).toBe(size.organizations);
    expect(await one(sql`select count(*) as n from opportunities where status = 'published'`)).toBe(size.opportunities);
    expect(await one(sql`select count(*) as n from shifts`)).toBe(size.opportunities * size.shiftsPerOpportunity);
    expect(await one(sql`select count(*) as n from applications`)).toBe(size.applications);
    expect(await generateBrokeringDataSet(handle.db, size)).toBe(false);
    expect(await one(sql`select count(*) as n from volunteers`)).toBe(size.volunteers);
    expect(await one(sql`select count(*) as n from information_schema.tables where table_name like 'bb\\_%'`)).toBe(0);
  });

  it('spreads rows over real settlements, big ones more often', async () => {
    expect(await one(sql`select count(distinct home_place_id) as n from volunteers`)).toBeGreaterThan(300);
    const biggest = await one(sql`select id as n from places where not is_summary order by population desc, id limit 1`);
    const inBiggest = await one(sql`select count(*) as n from volunteers where home_place_id = ${biggest}`);
    expect(inBiggest).toBeGreaterThan(size.volunteers / 500);
    expect(await one(sql`select count(*) as n from volunteers v join places p on p.id = v.home_place_id where v.lat <> p.lat`)).toBe(0);
  });

  it('fills plausible arrays and values', async () => {
    expect(await one(sql`select count(*) as n from volunteers where cardinality(causes) = 0 or cardinality(availability) <> 3`)).toBe(0);
    expect(await one(sql`select count(*) as n from volunteers where cardinality(causes) <> cardinality(array(select distinct unnest(causes)))`)).toBe(0);
    expect(await one(sql`select count(*) as n from opportunities where not (causes <@ (select array_agg(slug) from causes))`)).toBe(0);
    expect(await one(sql`select count(distinct c) as n from volunteers, unnest(causes) c`)).toBe(14);
    expect(await one(sql`select count(*) as n from shifts where starts_at <= now() or seats_taken > capacity`)).toBe(0);
    expect(await one(sql`select count(*) as n from opportunities where remote`)).toBeGreaterThan(0);
    const consenting = await one(sql`select count(*) as n from volunteer_consents where kind = 'contact' and granted`);
    expect(consenting / size.volunteers).toBeGreaterThan(0.6);
    expect(consenting / size.volunteers).toBeLessThan(0.8);
    expect(await one(sql`select count(*) as n from opportunities where search @@ to_tsquery('hu_unaccent', 'korrepetalas:*')`)).toBeGreaterThan(0);
  });

  it('gives the matching engine something to find in both directions', async () => {
    const [volunteer] = await queryRows<{ id: string }>(
      handle.db,
      sql`select v.id from volunteers v join places p on p.id = v.home_place_id
          where not v.remote_only and v.birth_date < current_date - interval '20 years' order by p.population desc, v.id limit 1`,
    );
    const [opportunity] = await queryRows<{ id: string }>(
      handle.db,
      sql`select o.id from opportunities o join places p on p.id = o.place_id where o.min_age is null order by p.population desc, o.id limit 1`,
    );
    expect((await matchOpportunitiesForVolunteer(handle.db, volunteer?.id as string, { limit: 20 })).length).toBeGreaterThan(0);
    expect((await matchVolunteersForOpportunity(handle.db, opportunity?.id as string, { limit: 50 })).length).toBeGreaterThan(0);
  });
});
