import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connection.js';
import { queryRows } from '../../db/database.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { demoSchoolOmId } from './demo-schools.js';
import { seedDemoData } from './seed.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  expect(await seedDemoData(handle.db)).toBe(true);
}, 180_000);
afterAll(async () => {
  await handle.close();
});

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(handle.db, query);

describe('the IKSZ log demo', () => {
  it('one student has the 50 hours accepted (preparation and closing included), another is behind', async () => {
    const students = await rows<{ accepted: number; pending: number; sessions: number }>(
      sql`select coalesce(sum(o.minutes) filter (where o.status = 'accepted'), 0)::int as accepted,
                 coalesce(sum(o.minutes) filter (where o.status in ('logged', 'certified')), 0)::int as pending,
                 count(*) filter (where o.kind <> 'service')::int as sessions
          from iksz_students st join schools s on s.id = st.school_id join iksz_occasions o on o.student_id = st.id
          where s.om_id = ${demoSchoolOmId} group by st.id order by accepted desc`,
    );
    const [complete, ...others] = students;
    expect(complete?.accepted).toBeGreaterThanOrEqual(50 * 60);
    expect(complete?.sessions).toBeGreaterThan(0);
    expect(others.some((s) => s.accepted < 50 * 60 && s.pending > 0)).toBe(true);
  });

  it('the guardian’s minor has occasions certified (waiting for the school) and logged at szervezet@’s organization', async () => {
    const occasions = await rows<{ status: string; ownHost: boolean }>(
      sql`select o.status, exists (select 1 from organization_members m join users u on u.id = m.user_id
                                   where m.organization_id = o.organization_id and u.email = 'szervezet@kapocs.example') as "ownHost"
          from iksz_occasions o join iksz_students st on st.id = o.student_id
          join guardian_links l on l.volunteer_id = st.volunteer_id join users g on g.id = l.guardian_user_id
          where g.email = 'gondviselo@kapocs.example' order by o.serial`,
    );
    expect(occasions.some((o) => o.status === 'certified')).toBe(true);
    expect(occasions.some((o) => o.status === 'logged' && o.ownHost)).toBe(true);
  });

  it('serial numbers run from 1 per student, and no IKSZ occasion became an hour entry', async () => {
    const gaps = await rows<{ n: number }>(
      sql`select count(*)::int as n from (select student_id, max(serial) as m, count(*) as c from iksz_occasions group by student_id) x where m <> c`,
    );
    expect(gaps[0]?.n).toBe(0);
    const mixed = await rows<{ n: number }>(
      sql`select count(*)::int as n from hour_entries h join iksz_students st on st.volunteer_id = h.volunteer_id
          where h.activity like '%iskolában%'`,
    );
    expect(mixed[0]?.n).toBe(0);
  });
});
