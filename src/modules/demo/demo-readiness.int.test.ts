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

const count = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: string }>(handle.db, query))[0]?.n);

describe('demo readiness and experience-exchange meetings', () => {
  it("has self-assessments, the demo organization's with gaps, one due again, and most organizations without one", async () => {
    const [own] = await queryRows<{ gaps: string[] }>(
      handle.db,
      sql`select r.gaps from organization_readiness r join organization_members m on m.organization_id = r.organization_id
          join users u on u.id = m.user_id where u.email = 'szervezet@kapocs.example'`,
    );
    expect(own?.gaps).toEqual(['coordinator', 'insurance', 'supervision']);
    expect(await count(sql`select count(*) as n from organization_readiness`)).toBe(4);
    expect(await count(sql`select count(*) as n from organization_readiness where submitted_at < now() - interval '1 year'`)).toBe(1);
  });

  it('has a past meeting with attendance and follow-ups (one overdue, one done) and an upcoming one with invitations', async () => {
    expect(await count(sql`select count(*) as n from exchange_meetings where held_on < current_date`)).toBe(1);
    expect(await count(sql`select count(*) as n from exchange_meetings where held_on > current_date`)).toBe(1);
    expect(
      await count(
        sql`select count(*) as n from exchange_meeting_organizations i join exchange_meetings m on m.id = i.meeting_id where m.held_on < current_date and i.attended`,
      ),
    ).toBe(3);
    expect(
      await count(
        sql`select count(*) as n from exchange_meeting_organizations i join exchange_meetings m on m.id = i.meeting_id where m.held_on > current_date`,
      ),
    ).toBe(3);
    expect(await count(sql`select count(*) as n from exchange_meeting_actions where done_at is null and due_on < current_date`)).toBe(1);
    expect(await count(sql`select count(*) as n from exchange_meeting_actions where done_at is not null`)).toBe(1);
  });
});
