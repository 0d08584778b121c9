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

describe('demo corporate volunteering', () => {
  it('has the company with its coordinator, a team of five (the demo volunteer among them, one unnamed) and a skills offer', async () => {
    expect(
      await count(
        sql`select count(*) as n from companies c join company_members m on m.company_id = c.id join users u on u.id = m.user_id
            where c.name = 'Gyakorló Gépgyártó Kft. (demó)' and u.email = 'ceg@kapocs.example'`,
      ),
    ).toBe(1);
    expect(await count(sql`select count(*) as n from company_team_members where joined_at is not null`)).toBe(5);
    expect(await count(sql`select count(*) as n from company_team_members where joined_at is not null and names_consent_at is null`)).toBe(1);
    expect(
      await count(
        sql`select count(*) as n from company_team_members m join volunteers v on v.id = m.volunteer_id join users u on u.id = v.user_id
            where u.email = 'onkentes@kapocs.example'`,
      ),
    ).toBe(1);
    expect(await count(sql`select count(*) as n from company_skill_offers where active`)).toBe(1);
    expect(await count(sql`select count(*) as n from programs where slug = 'ceges-onkentesseg' and kind = 'corporate' and status = 'published'`)).toBe(1);
    expect(await count(sql`select count(*) as n from program_partners pp join programs p on p.id = pp.program_id where p.slug = 'ceges-onkentesseg'`)).toBe(2);
  });

  it('has a past team day with approved hours and an upcoming one with confirmed and pending members; seats add up', async () => {
    expect(
      await count(
        sql`select count(*) as n from hour_entries h join team_signup_members sm on sm.application_id = h.application_id where h.status = 'approved'`,
      ),
    ).toBe(4);
    const [next] = await queryRows<{ seats: number; seats_taken: number; confirmed: string; pending: string }>(
      handle.db,
      sql`select ts.seats, s.seats_taken,
            (select count(*) from team_signup_members sm where sm.signup_id = ts.id and sm.status = 'confirmed') as confirmed,
            (select count(*) from team_signup_members sm where sm.signup_id = ts.id and sm.status = 'invited') as pending
          from team_signups ts join shifts s on s.id = ts.shift_id where s.starts_at > now()`,
    );
    expect(next).toMatchObject({ seats: 4, seats_taken: 4 });
    expect(Number(next?.confirmed)).toBe(2);
    expect(Number(next?.pending)).toBe(3);
  });
});
