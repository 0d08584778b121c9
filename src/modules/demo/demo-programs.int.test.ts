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
}, 120_000);
afterAll(async () => {
  await handle.close();
});

const count = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: string }>(handle.db, query))[0]?.n);

describe('demo programs', () => {
  it('has the published Idősbarát program with three published opportunities and their hosts as partners', async () => {
    const [program] = await queryRows<{ id: string; status: string; kind: string }>(
      handle.db,
      sql`select id, status, kind from programs where slug = 'idosbarat-program'`,
    );
    expect(program).toMatchObject({ status: 'published', kind: 'other' });
    const id = program?.id as string;
    expect(
      await count(
        sql`select count(*) as n from program_opportunities po join opportunities o on o.id = po.opportunity_id where po.program_id = ${id} and o.status = 'published'`,
      ),
    ).toBe(3);
    expect(await count(sql`select count(*) as n from program_partners where program_id = ${id} and partner_kind = 'organization'`)).toBeGreaterThan(0);
  });

  it('has four IKSZ-eligible published opportunities, each with areas of 133. § (2)', async () => {
    expect(
      await count(sql`select count(*) as n from opportunities where iksz_eligible and status = 'published' and cardinality(iksz_areas) > 0`),
    ).toBeGreaterThanOrEqual(4);
    expect(await count(sql`select count(*) as n from opportunities where iksz_eligible and cardinality(iksz_areas) = 0`)).toBe(0);
  });
});
