import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connection.js';
import { queryRows } from '../../db/database.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { createSession, loadActor } from '../../platform/sessions.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { seedDemoData } from '../demo/seed.js';
import { hospitalDashboardFor } from './dashboard-part.js';
import { requireWardReader } from './policy.js';
import { requirementStatuses } from './requirement-state.js';

/** The demo hospital program: a ward roster with sign-ups, ready volunteers (one warned) and one blocked. */
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  expect(await seedDemoData(handle.db)).toBe(true);
}, 120_000);
afterAll(async () => {
  await handle.close();
});

describe('demo hospital program', () => {
  it('has a published program with its induction course, a partner hospital, an opportunity with the requirements and a ward with three slots', async () => {
    const [program] = await queryRows<{ id: string; slug: string; induction: string }>(
      handle.db,
      sql`select id, slug, induction_qualification as induction from programs where slug = 'korhazi-onkentesseg' and kind = 'hospital' and status = 'published'`,
    );
    expect(program).toBeDefined();
    const [course] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from training_courses where qualification_name = ${program?.induction}`,
    );
    expect(course?.n).toBe(1);
    const [opportunity] = await queryRows<{ required: string[]; added: string[] }>(
      handle.db,
      sql`select o.required_qualifications as required, po.added_qualifications as added
          from program_opportunities po join opportunities o on o.id = po.opportunity_id where po.program_id = ${program?.id}`,
    );
    expect(opportunity?.added).toHaveLength(3);
    expect(opportunity?.required).toEqual(expect.arrayContaining(opportunity?.added ?? []));
    const [slots] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from ward_roster_slots s join wards w on w.id = s.ward_id where w.program_id = ${program?.id} and w.name = 'Belgyógyászat'`,
    );
    expect(slots?.n).toBe(3);
  });

  it('signs up three ready volunteers (the demo volunteer warned of an expiring health check) and keeps one blocked', async () => {
    const [program] = await queryRows<{ id: string; slug: string; inductionQualification: string }>(
      handle.db,
      sql`select id, slug, induction_qualification as "inductionQualification" from programs where slug = 'korhazi-onkentesseg'`,
    );
    if (!program) throw new Error('program missing');
    const held = await queryRows<{ volunteerId: string; name: string; validUntil: string | null; email: string | null }>(
      handle.db,
      sql`select q.volunteer_id as "volunteerId", q.name, q.valid_until::text as "validUntil", u.email
          from volunteer_qualifications q join volunteers v on v.id = q.volunteer_id left join users u on u.id = v.user_id
          where q.name like ${`%(${program.slug})`}`,
    );
    const today = budapestDay(new Date());
    const byVolunteer = new Map<string, { email: string | null; states: string[] }>();
    for (const id of new Set(held.map((h) => h.volunteerId))) {
      const allHeld = await queryRows<{ name: string; validUntil: string | null }>(
        handle.db,
        sql`select name, valid_until::text as "validUntil" from volunteer_qualifications where volunteer_id = ${id}`,
      );
      byVolunteer.set(id, {
        email: held.find((h) => h.volunteerId === id)?.email ?? null,
        states: requirementStatuses(program, allHeld, today).map((s) => s.state),
      });
    }
    const states = [...byVolunteer.values()];
    expect(states).toHaveLength(4);
    expect(states.find((s) => s.email === 'onkentes@kapocs.example')?.states).toEqual(['ok', 'expiring', 'ok']);
    expect(states.filter((s) => s.states.every((x) => x === 'ok'))).toHaveLength(2);
    expect(states.filter((s) => s.states.includes('expired'))).toHaveLength(1);
    const [signups] = await queryRows<{ n: number; over: number }>(
      handle.db,
      sql`select count(*)::int as n,
                 (select count(*)::int from (select slot_id, week_start, count(*) c from ward_roster_signups group by 1, 2) x
                   join ward_roster_slots s on s.id = x.slot_id where x.c > s.capacity) as over
          from ward_roster_signups`,
    );
    expect(signups?.n).toBe(6);
    expect(signups?.over).toBe(0);
  });

  it('gives the head nurse (fonover@kapocs.example) a home: her ward and this week on the dashboard, the ward roster open to her', async () => {
    const [nurse] = await queryRows<{ id: string }>(handle.db, sql`select id from users where email = 'fonover@kapocs.example'`);
    if (!nurse) throw new Error('head nurse missing');
    const actor = await loadActor(handle.db, await createSession(handle.db, nurse.id));
    if (!actor) throw new Error('no actor');
    const section = await hospitalDashboardFor(handle.db, actor, new Date());
    expect(section?.wards.map((w) => w.name)).toEqual(['Belgyógyászat']);
    expect(section?.wards[0]?.seats).toBe(7);
    const access = await requireWardReader(handle.db, actor, section?.wards[0]?.id ?? '');
    expect(access.staff).toBe(false);
  });
});
