import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connection.js';
import { queryRows } from '../../db/database.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { demoFirstAidQualification } from './demo-trainings.js';
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

describe('demo trainings', () => {
  it('has published courses with upcoming sessions (the hospital program’s induction course among them), one full with an offer and a waitlist', async () => {
    expect(await count(sql`select count(*) as n from training_courses where status = 'published'`)).toBe(3);
    expect(await count(sql`select count(distinct course_id) as n from training_sessions where starts_at > now()`)).toBe(2);
    const [full] = await queryRows<{ capacity: number; seats_taken: number; offered: string; waiting: string }>(
      handle.db,
      sql`select s.capacity, s.seats_taken,
                 (select count(*) from training_registrations r where r.session_id = s.id and r.status = 'offered') as offered,
                 (select count(*) from training_registrations r where r.session_id = s.id and r.status = 'waitlisted') as waiting
          from training_sessions s where s.seats_taken = s.capacity and s.starts_at > now()`,
    );
    expect(full).toMatchObject({ capacity: 8, seats_taken: 8 });
    expect(Number(full?.offered)).toBe(1);
    expect(Number(full?.waiting)).toBe(3);
    // The demo volunteer waits for a seat.
    expect(
      await count(
        sql`select count(*) as n from training_registrations r join volunteers v on v.id = r.volunteer_id join users u on u.id = v.user_id
            where u.email = 'onkentes@kapocs.example' and r.status = 'waitlisted'`,
      ),
    ).toBe(1);
    // Every session's seat count agrees with its seat holders.
    expect(
      await count(
        sql`select count(*) as n from training_sessions s
            where s.seats_taken <> (select count(*) from training_registrations r where r.session_id = s.id and r.holds_seat)`,
      ),
    ).toBe(0);
  });

  it('has a past session whose completions granted the qualification the opportunities require, for 36 months', async () => {
    const rows = await queryRows<{ name: string; valid_until: string; day: string }>(
      handle.db,
      sql`select q.name, q.valid_until::text as valid_until, (s.starts_at at time zone 'Europe/Budapest')::date::text as day
          from training_registrations r join volunteer_qualifications q on q.id = r.qualification_id
          join training_sessions s on s.id = r.session_id where r.status = 'completed'`,
    );
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      expect(row.name).toBe(demoFirstAidQualification);
      const [y, m, d] = row.day.split('-').map(Number) as [number, number, number];
      expect(row.valid_until).toBe(`${y + 3}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    }
    expect(await count(sql`select count(*) as n from opportunities where ${demoFirstAidQualification} = any(required_qualifications)`)).toBeGreaterThan(0);
  });
});
