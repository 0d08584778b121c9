import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/database.js';
import { appMeta, centers, points } from '../src/db/schema/index.js';
import { demoFamilyNames, demoGivenNames } from '../src/modules/demo/demo-people-texts.js';
import { hungarianSortKey } from '../src/platform/hungarian-sort-key.js';
import { hashPassword } from '../src/platform/passwords.js';

/** How big the generated data set is; the defaults are a county network with a busy year behind it. */
export type DataSetSize = { centers: number; pointsPerCenter: number; users: number; auditEntries: number; outboxMessages: number };
export const defaultSize: DataSetSize = { centers: 20, pointsPerCenter: 10, users: 20_000, auditEntries: 50_000, outboxMessages: 5_000 };

// 20 × 20 name combinations, from the demo's fictional names.
const familyNames = demoFamilyNames.slice(0, 20);
const givenNames = demoGivenNames.slice(0, 20);
const marker = 'bench_data_set';

/**
 * Fills the database with a large, plausible data set. Bulk rows come from `insert … select
 * generate_series` (one statement each, fast on both engines); only the few centers and points are
 * built in JS, because their sort keys need the Hungarian collation.
 */
export async function generateDataSet(db: Database, size: DataSetSize = defaultSize): Promise<boolean> {
  const done = await db.execute(sql`select 1 from app_meta where key = ${marker}`);
  if ((done as unknown as { rows: unknown[] }).rows.length > 0) return false;
  const passwordHash = await hashPassword('Bench-jelszo-2026');
  await db.transaction(async (tx) => {
    const [seat] = ((await tx.execute(sql`select id from places where name = 'Kecskemét' limit 1`)) as unknown as { rows: { id: number }[] }).rows;
    const placeIds = (
      (await tx.execute(sql`select id from places where not is_summary order by population desc limit 400`)) as unknown as {
        rows: { id: number }[];
      }
    ).rows.map((r) => r.id);
    const centerRows = await tx
      .insert(centers)
      .values(
        Array.from({ length: size.centers }, (_, i) => {
          const name = `Mérési Önkéntes Központ ${String(i + 1).padStart(2, '0')}`;
          return { name, sortKey: hungarianSortKey(name), county: 'Bács-Kiskun', placeId: seat?.id ?? null, address: `Mérő utca ${i + 1}.` };
        }),
      )
      .returning({ id: centers.id });
    await tx.insert(points).values(
      centerRows.flatMap((c, ci) =>
        Array.from({ length: size.pointsPerCenter }, (_, pi) => {
          const name = `Mérési Önkéntes Pont ${ci + 1}/${pi + 1}`;
          return { centerId: c.id, name, sortKey: hungarianSortKey(name), placeId: placeIds[(ci * size.pointsPerCenter + pi) % placeIds.length] as number };
        }),
      ),
    );

    // Name combinations with their collation keys, joined into the bulk user insert.
    await tx.execute(sql`create temporary table bench_names (idx integer primary key, family text, given text, sort_key text) on commit drop`);
    const combos = familyNames.flatMap((f, fi) =>
      givenNames.map((g, gi) => sql`(${fi * givenNames.length + gi}, ${f}, ${g}, ${hungarianSortKey(`${f} ${g}`)})`),
    );
    await tx.execute(sql`insert into bench_names values ${sql.join(combos, sql`, `)}`);
    await tx.execute(sql`
      insert into users (email, password_hash, family_name, given_name, sort_key, signup_kind, email_confirmed_at, created_at)
      select 'bench-' || g || '@kapocs.example', ${passwordHash}, n.family, n.given, n.sort_key,
             case when g % 10 = 0 then 'organization' else 'volunteer' end,
             now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day'
      from generate_series(1, ${size.users}) g
      join bench_names n on n.idx = g % ${combos.length}`);

    // Roles: most users volunteer; some staff of a center, some coordinators of a point.
    await tx.execute(sql`create temporary table bench_centers on commit drop as
      select row_number() over (order by id) - 1 as idx, id from centers where name like 'Mérési %'`);
    await tx.execute(sql`create temporary table bench_points on commit drop as
      select row_number() over (order by id) - 1 as idx, id, center_id from points where name like 'Mérési %'`);
    await tx.execute(sql`
      insert into role_grants (user_id, role, center_id, point_id)
      select u.id,
             case when n % 20 = 0 then 'center_coordinator' when n % 20 = 1 then 'point_coordinator'
                  when n % 10 = 2 then 'org_staff' else 'volunteer' end,
             case when n % 20 in (0, 1) or n % 10 = 2 then p.center_id end,
             case when n % 20 = 1 then p.id end
      from (select id, substring(email from 7 for position('@' in email) - 7)::int as n from users where email like 'bench-%') u
      join bench_points p on p.idx = u.n % ${size.centers * size.pointsPerCenter}`);
    await tx.execute(sql`
      insert into audit_log (at, actor_user_id, center_id, action, entity_type, entity_id, after)
      select now() - (g % 720) * interval '1 hour', null, c.id, 'update', 'point', g::text, jsonb_build_object('n', g)
      from generate_series(1, ${size.auditEntries}) g join bench_centers c on c.idx = g % ${size.centers}`);
    await tx.execute(sql`
      insert into outbox (to_address, subject, text_body, created_at, sent_at)
      select 'bench-' || g || '@kapocs.example', 'Mérési üzenet ' || g, 'https://kapocs.example/x/' || g,
             now() - (g % 30) * interval '1 day', case when g % 3 = 0 then null else now() end
      from generate_series(1, ${size.outboxMessages}) g`);
    await tx.insert(appMeta).values({ key: marker, value: JSON.stringify(size) });
  });
  await db.execute(sql`analyze`);
  return true;
}
