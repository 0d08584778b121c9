import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/db/database.js';
import { hungarianSortKey } from '../src/platform/hungarian-sort-key.js';

const marker = 'bench_hours_data_set';

/** Issue 15's size: 5 million approved hour entries, 50 per placement, and 200 points in the measured center. */
export type HoursSize = { entries: number; entriesPerPlacement: number; points: number };
export const nationalHoursSize: HoursSize = { entries: 5_000_000, entriesPerPlacement: 50, points: 200 };
export const scaledHoursSize = (scale: number): HoursSize => ({ ...nationalHoursSize, entries: Math.max(500, Math.round(nationalHoursSize.entries * scale)) });

/** The center the report scenarios read: the demo coordinator's (the bench's own centers otherwise). */
const measuredCenter = sql`coalesce(
  (select g.center_id from role_grants g join users u on u.id = g.user_id where u.email = 'koordinator@kapocs.example' and g.center_id is not null limit 1),
  (select id from centers order by created_at, id limit 1))`;

/**
 * Approved volunteer hours at national scale over the brokering data set (bench/brokering-data-set.ts
 * runs first): placements of the bench's volunteers at its opportunities (accepted on a day of 2025,
 * with the event the time-to-placement median reads), `entries` approved hour entries spread over
 * 2025-01-01 … 2026-11-30, and the measured center brought to `points` active Volunteer Points in its
 * county with its organizations spread over them. The rows are inserted with the summary trigger off
 * and the summary is then rebuilt once (rebuild_approved_hour_months, ADR 024): the same rows the
 * trigger would have written, in seconds instead of minutes. Marked in app_meta; done once.
 */
export async function generateHoursDataSet(db: Database, size: HoursSize, log: (m: string) => void = () => {}): Promise<boolean> {
  if ((await queryRows(db, sql`select 1 from app_meta where key = ${marker}`)).length > 0) return false;
  const step = async (label: string, query: ReturnType<typeof sql>) => {
    const t = Date.now();
    await db.execute(query);
    log(`${label} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  const placements = Math.max(1, Math.round(size.entries / size.entriesPerPlacement));
  const [center] = await queryRows<{ id: string; county: string; points: number }>(
    db,
    sql`select c.id, c.county, (select count(*)::int from points p where p.center_id = c.id) as points from centers c where c.id = ${measuredCenter}`,
  );
  if (!center) throw new Error('hours data set: no center');
  const places = await queryRows<{ id: number; name: string }>(
    db,
    sql`select id, name from places where county = ${center.county} and not is_summary order by population desc, id`,
  );
  const newPoints = Array.from({ length: Math.max(0, size.points - center.points) }, (_, i) => {
    const place = places[i % places.length] as { id: number; name: string };
    const name = `Mérési pont ${String(i + 1).padStart(3, '0')} – ${place.name}`;
    return sql`(${center.id}::uuid, ${name}, ${hungarianSortKey(name)}, ${place.id}, 'active', 'Hétfő–péntek 9–17')`;
  });
  if (newPoints.length > 0) {
    await step(
      `${newPoints.length} points`,
      sql`insert into points (center_id, name, sort_key, place_id, status, opening_hours) values ${sql.join(newPoints, sql`, `)}`,
    );
  }
  await step(
    "the measured center's organizations at its points",
    sql`with p as (select array_agg(id order by id) as ids from points where center_id = ${center.id})
        update organizations o set point_id = p.ids[1 + (hashtext(o.id::text) & 2147483647) % cardinality(p.ids)]
        from p where o.center_id = ${center.id} and o.name like 'Mérési szervezet %'`,
  );
  await db.execute(sql`drop table if exists bh_vols, bh_opps, bh_placements`);
  await db.execute(sql`create table bh_vols as select (row_number() over (order by id) - 1)::int as idx, id from volunteers where family_name = 'Mérési'`);
  await db.execute(sql`create table bh_opps as
    select (row_number() over (order by o.id) - 1)::int as idx, o.id, o.center_id from opportunities o join organizations org on org.id = o.organization_id
    where org.name like 'Mérési szervezet %'`);
  const [counts] = await queryRows<{ vols: number; opps: number }>(
    db,
    sql`select (select count(*)::int from bh_vols) as vols, (select count(*)::int from bh_opps) as opps`,
  );
  if (!counts || counts.vols < placements * 2 || counts.opps === 0)
    throw new Error('hours data set: run the brokering data set first (too few bench volunteers)');
  // The second half of the bench volunteers: the brokering data set's applications use the first ones.
  await step(
    `${placements} placements`,
    sql`insert into applications (volunteer_id, opportunity_id, center_id, origin, status, created_at, updated_at)
        select v.id, o.id, o.center_id, 'volunteer', (array['accepted', 'active', 'completed'])[1 + g % 3],
               timestamptz '2025-01-01 09:00+01' + (g % 300) * interval '1 day', now()
        from generate_series(0, ${placements - 1}) g
        join bh_vols v on v.idx = ${Math.floor(counts.vols / 2)} + g
        join bh_opps o on o.idx = (hashint8(g::bigint * 31 + 7) & 2147483647) % ${counts.opps}`,
  );
  await db.execute(sql`create table bh_placements as
    select (row_number() over (order by a.id) - 1)::int as idx, a.id, a.volunteer_id, o.organization_id, a.center_id, a.created_at
    from applications a join opportunities o on o.id = a.opportunity_id
    where a.volunteer_id in (select id from bh_vols where idx >= ${Math.floor(counts.vols / 2)})`);
  await step(
    'placement events',
    sql`insert into application_events (application_id, from_status, to_status, at)
        select id, 'applied', 'accepted', created_at + (1 + idx % 20) * interval '1 day' from bh_placements`,
  );
  await db.execute(sql`alter table hour_entries disable trigger hour_entries_approved_months`);
  try {
    await step(
      `${size.entries} approved hour entries`,
      sql`insert into hour_entries (application_id, volunteer_id, organization_id, center_id, activity_day, minutes, activity, status, decided_at)
          select p.id, p.volunteer_id, p.organization_id, p.center_id,
                 date '2025-01-01' + ((hashint8(g::bigint * 131 + 3) & 2147483647) % 699)::int,
                 60 + 30 * ((hashint8(g::bigint * 17 + 5) & 2147483647) % 7)::int,
                 (array['Ételosztás', 'Korrepetálás', 'Kertészkedés', 'Idősek látogatása', 'Rendezvény'])[1 + g % 5], 'approved', now()
          from generate_series(0, ${size.entries - 1}) g
          join bh_placements p on p.idx = g % ${placements}`,
    );
  } finally {
    await db.execute(sql`alter table hour_entries enable trigger hour_entries_approved_months`);
  }
  await step('approved hours summary (rebuilt once)', sql`select rebuild_approved_hour_months(date '2025-01-01')`);
  await db.execute(sql`insert into app_meta (key, value) values (${marker}, ${JSON.stringify(size)})`);
  await db.execute(sql`drop table bh_vols, bh_opps, bh_placements`);
  await step('vacuum analyze', sql`vacuum analyze`);
  return true;
}
