import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connection.js';
import { queryRows } from '../../db/database.js';
import { addDays, budapestDay } from '../../platform/budapest-time.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { schoolYearOf } from '../volunteer-law/school-calendar.js';
import { demoSchoolOmId } from './demo-schools.js';
import { seedDemoData } from './seed.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  expect(await seedDemoData(handle.db)).toBe(true);
}, 120_000);
afterAll(async () => {
  await handle.close();
});

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(handle.db, query);

describe('the schools demo', () => {
  it('has the school with its coordinator and the class teacher of 10.B', async () => {
    const members = await rows<{ email: string; role: string; classNames: string[] }>(
      sql`select u.email, m.role, m.class_names as "classNames" from schools s join school_members m on m.school_id = s.id
          join users u on u.id = m.user_id where s.om_id = ${demoSchoolOmId} order by u.email`,
    );
    expect(members).toEqual([
      { email: 'iskola@kapocs.example', role: 'coordinator', classNames: [] },
      { email: 'osztalyfonok@kapocs.example', role: 'class_teacher', classNames: ['10.B'] },
    ]);
  });

  it('has students in grades 9–11 with the guardian’s minor, most with this year’s agreement, one SNI exemption', async () => {
    const year = schoolYearOf(budapestDay(new Date())).label;
    const students = await rows<{ grade: number; exemptReason: string | null; agreed: boolean; guardian: boolean }>(
      sql`select st.grade, st.exempt_reason as "exemptReason",
            exists (select 1 from iksz_guardian_agreements ga where ga.student_id = st.id and ga.school_year = ${year}) as agreed,
            exists (select 1 from guardian_links l join users u on u.id = l.guardian_user_id
                    where l.volunteer_id = st.volunteer_id and u.email = 'gondviselo@kapocs.example') as guardian
          from iksz_students st join schools s on s.id = st.school_id where s.om_id = ${demoSchoolOmId}`,
    );
    expect(students.length).toBeGreaterThanOrEqual(6);
    expect(new Set(students.map((s) => s.grade))).toEqual(new Set([9, 10, 11]));
    expect(students.filter((s) => s.guardian)).toHaveLength(1);
    expect(students.filter((s) => s.exemptReason === 'sni')).toHaveLength(1);
    expect(students.filter((s) => s.agreed).length).toBeGreaterThan(students.length / 2);
  });

  it('has caps, signed agreements with three hosts (one of them szervezet@’s, one ending within 30 days) and the IKSZ program', async () => {
    const caps = await rows<{ kind: string; maxHours: number; mode: string }>(
      sql`select c.kind, c.max_hours as "maxHours", c.mode from iksz_school_caps c join schools s on s.id = c.school_id
          where s.om_id = ${demoSchoolOmId} order by c.kind`,
    );
    expect(caps).toEqual([
      { kind: 'at_school', maxHours: 10, mode: 'refuse' },
      { kind: 'per_host', maxHours: 20, mode: 'warn' },
    ]);
    const today = budapestDay(new Date());
    const agreements = await rows<{ endsOn: string; signed: boolean; ownHost: boolean }>(
      sql`select a.ends_on::text as "endsOn", (a.school_signed_on is not null and a.host_signed_on is not null) as signed,
            exists (select 1 from organization_members m join users u on u.id = m.user_id
                    where m.organization_id = a.organization_id and u.email = 'szervezet@kapocs.example') as "ownHost"
          from iksz_agreements a join schools s on s.id = a.school_id where s.om_id = ${demoSchoolOmId}`,
    );
    expect(agreements).toHaveLength(3);
    expect(agreements.every((a) => a.signed)).toBe(true);
    expect(agreements.some((a) => a.ownHost)).toBe(true);
    expect(agreements.filter((a) => a.endsOn <= addDays(today, 30))).toHaveLength(1);
    const [program] = await rows<{ id: string; partners: number; opportunities: number; eligible: number }>(
      sql`select p.id, (select count(*)::int from program_partners pp where pp.program_id = p.id) as partners,
            (select count(*)::int from program_opportunities po where po.program_id = p.id) as opportunities,
            (select count(*)::int from program_opportunities po join opportunities o on o.id = po.opportunity_id
              where po.program_id = p.id and o.iksz_eligible and cardinality(o.iksz_areas) > 0) as eligible
          from programs p where p.slug = 'iksz-bacs-kiskun' and p.kind = 'iksz' and p.status = 'published'`,
    );
    expect(program?.partners).toBe(4);
    expect(program?.opportunities).toBeGreaterThan(0);
    expect(program?.eligible).toBe(program?.opportunities);
  });
});
