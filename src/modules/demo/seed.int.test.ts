import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connection.js';
import { queryRows } from '../../db/database.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { demoAccounts } from './demo-accounts.js';
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

describe('demo seed', () => {
  // Its speed is measured by the benchmark, not asserted here (timed tests fail on a busy machine).
  it('seeds only once', async () => {
    expect(await seedDemoData(handle.db)).toBe(false);
    expect(await count(sql`select count(*) as n from users where email like '%@kapocs.example'`)).toBe(demoAccounts.length);
  });

  it('has organizations of several Köt. host types, most approved, some in the vetting queue', async () => {
    expect(await count(sql`select count(*) as n from organizations`)).toBe(30);
    expect(await count(sql`select count(distinct host_type) as n from organizations`)).toBeGreaterThanOrEqual(6);
    expect(await count(sql`select count(*) as n from organizations where status = 'approved'`)).toBeGreaterThanOrEqual(25);
    expect(await count(sql`select count(*) as n from organizations where status = 'submitted'`)).toBeGreaterThanOrEqual(2);
    expect(await count(sql`select count(*) as n from organizations where status = 'needs_changes'`)).toBeGreaterThanOrEqual(1);
    const [admin] = await queryRows<{ name: string; role: string }>(
      handle.db,
      sql`select o.name, m.role from organization_members m join organizations o on o.id = m.organization_id
          join users u on u.id = m.user_id where u.email = 'szervezet@kapocs.example'`,
    );
    expect(admin).toEqual({ name: 'Zöld Homok Környezetvédő Egyesület', role: 'admin' });
  });

  it('has ~300 volunteers across the county with minors, guardian consents and walk-ins', async () => {
    expect(await count(sql`select count(*) as n from volunteers`)).toBe(300);
    expect(await count(sql`select count(distinct home_place_id) as n from volunteers`)).toBeGreaterThanOrEqual(15);
    expect(await count(sql`select count(*) as n from volunteers v join places p on p.id = v.home_place_id where p.county <> 'Bács-Kiskun'`)).toBe(0);
    expect(await count(sql`select count(*) as n from volunteers where birth_date > current_date - interval '18 years'`)).toBe(30);
    const under16 = await count(sql`select count(*) as n from volunteers where birth_date > current_date - interval '16 years'`);
    const under16Consented = await count(
      sql`select count(*) as n from volunteers where birth_date > current_date - interval '16 years' and guardian_consent_at is not null`,
    );
    expect(under16).toBeGreaterThan(0);
    expect(under16Consented).toBeGreaterThan(0);
    expect(under16Consented).toBeLessThan(under16);
    expect(await count(sql`select count(*) as n from volunteers where email is null and phone is not null`)).toBeGreaterThanOrEqual(20);
    expect(await count(sql`select count(*) as n from volunteers where cardinality(causes) = 0 or cardinality(availability) = 0`)).toBe(0);
    const [demo] = await queryRows<{ family_name: string; given_name: string }>(
      handle.db,
      sql`select v.family_name, v.given_name from volunteers v join users u on u.id = v.user_id where u.email = 'onkentes@kapocs.example'`,
    );
    expect(demo).toEqual({ family_name: 'Molnár', given_name: 'Dóra' });
    expect(await count(sql`select count(*) as n from volunteer_consents where kind = 'data_processing' and granted`)).toBe(300);
    // The demo guardian is linked to a minor under 16 whose consent waits for them.
    expect(
      await count(
        sql`select count(*) as n from guardian_links l join users u on u.id = l.guardian_user_id join volunteers v on v.id = l.volunteer_id
            where u.email = 'gondviselo@kapocs.example' and l.confirmed_at is not null and v.guardian_consent_at is null
              and v.birth_date > current_date - interval '16 years'`,
      ),
    ).toBe(1);
  });

  it('has ~80 opportunities, mostly published, with consistent shifts over the next 8 weeks', async () => {
    expect(await count(sql`select count(*) as n from opportunities`)).toBe(80);
    const published = await count(sql`select count(*) as n from opportunities where status = 'published'`);
    expect(published).toBeGreaterThanOrEqual(60);
    expect(await count(sql`select count(*) as n from opportunities where status in ('draft', 'submitted')`)).toBeGreaterThanOrEqual(6);
    expect(await count(sql`select count(*) as n from opportunities o join organizations g on g.id = o.organization_id where g.status <> 'approved'`)).toBe(0);
    expect(await count(sql`select count(*) as n from opportunities where status = 'published' and published_at is null`)).toBe(0);
    expect(await count(sql`select count(*) as n from shifts`)).toBeGreaterThan(100);
    // Brokering shifts; a company's team days (team_capacity set) include a past one (demo-companies.ts).
    expect(
      await count(sql`select count(*) as n from shifts where team_capacity is null and (starts_at < now() or starts_at > now() + interval '9 weeks')`),
    ).toBe(0);
    expect(await count(sql`select count(*) as n from shifts where seats_taken > capacity or ends_at <= starts_at`)).toBe(0);
    // Accessible through the Hungarian, accent-insensitive search index.
    expect(await count(sql`select count(*) as n from opportunities where search @@ to_tsquery('hu_unaccent', 'faultetes:*')`)).toBeGreaterThan(0);
  });

  it('has applications in several states with timelines, and seats counted on the shifts', async () => {
    expect(await count(sql`select count(distinct status) as n from applications`)).toBeGreaterThanOrEqual(7);
    expect(await count(sql`select count(*) as n from applications a where not exists (select 1 from application_events e where e.application_id = a.id)`)).toBe(
      0,
    );
    expect(
      await count(
        // A team day's shift also holds the seats its teams signed up for and members have not confirmed yet.
        sql`select count(*) as n from shifts s where s.seats_taken <> (select count(*) from applications a where a.shift_id = s.id and a.holds_seat)
              + (select coalesce(sum(ts.seats), 0) from team_signups ts where ts.shift_id = s.id and ts.status = 'active')
              - (select count(*) from team_signup_members m join team_signups ts on ts.id = m.signup_id
                 where ts.shift_id = s.id and ts.status = 'active' and m.status = 'confirmed')`,
      ),
    ).toBe(0);
    expect(
      await count(
        sql`select count(*) as n from applications a join volunteers v on v.id = a.volunteer_id join users u on u.id = v.user_id where u.email = 'onkentes@kapocs.example'
              and not exists (select 1 from team_signup_members m where m.application_id = a.id)`,
      ),
    ).toBe(3);
  });

  it('gives the demo volunteer a placement at the demo organization with hours, a benefit, a signed contract and a register entry; one erasure request waits', async () => {
    const mine = sql`select a.id from applications a join volunteers v on v.id = a.volunteer_id join users u on u.id = v.user_id
                     join opportunities o on o.id = a.opportunity_id join organization_members m on m.organization_id = o.organization_id
                     join users staff on staff.id = m.user_id
                     where u.email = 'onkentes@kapocs.example' and staff.email = 'szervezet@kapocs.example' and a.status = 'active'`;
    expect(await count(sql`select count(*) as n from (${mine}) x`)).toBe(1);
    expect(await count(sql`select count(*) as n from hour_entries where application_id in (${mine}) and status = 'approved'`)).toBe(3);
    expect(await count(sql`select count(*) as n from hour_entries where application_id in (${mine}) and status = 'submitted'`)).toBe(1);
    expect(await count(sql`select count(*) as n from benefits where application_id in (${mine})`)).toBe(1);
    expect(await count(sql`select count(*) as n from volunteer_contracts where application_id in (${mine}) and status = 'signed'`)).toBe(1);
    expect(
      await count(sql`select count(*) as n from register_entries r join organizations o on o.id = r.organization_id
                           where r.application_id in (${mine}) and o.kot_registration_number is not null`),
    ).toBe(1);
    expect(await count(sql`select count(*) as n from erasure_requests where status = 'requested'`)).toBe(1);
  });

  it('is deterministic: the same names and titles every time', async () => {
    const other = await createTestDatabase();
    try {
      await seedDemoData(other.db);
      const names = (db: DatabaseHandle) =>
        queryRows<{ k: string }>(
          db.db,
          sql`select family_name || ' ' || given_name || ' ' || coalesce(email, '-') as k from volunteers order by sort_key collate "C", k`,
        );
      const titles = (db: DatabaseHandle) => queryRows<{ k: string }>(db.db, sql`select title || ' ' || status as k from opportunities order by k`);
      expect(await names(other)).toEqual(await names(handle));
      expect(await titles(other)).toEqual(await titles(handle));
    } finally {
      await other.close();
    }
  }, 60_000);
});
