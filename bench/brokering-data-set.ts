import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/db/database.js';
import { demoOpportunityTemplates } from '../src/modules/demo/brokering-texts.js';
import { causeSlugs as causes, skillSlugs as skills } from '../src/modules/demo/demo-vocabulary.js';

/**
 * The national-scale brokering data set: volunteers, host organizations, published opportunities
 * with shifts, contact consents and applications, spread over every real settlement (skewed to
 * the big ones). Each table is one `insert … select generate_series` statement; the "random"
 * values come from hashint8 of the row number, so the data set is the same on every run and
 * PostgreSQL may plan the statements freely (no volatile functions in joins).
 */
export type BrokeringSize = { volunteers: number; organizations: number; opportunities: number; shiftsPerOpportunity: number; applications: number };
export const nationalSize: BrokeringSize = {
  volunteers: 1_000_000,
  organizations: 10_000,
  opportunities: 100_000,
  shiftsPerOpportunity: 10,
  applications: 50_000,
};

export function scaledSize(scale: number): BrokeringSize {
  const at = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    ...nationalSize,
    volunteers: at(nationalSize.volunteers),
    organizations: at(nationalSize.organizations),
    opportunities: at(nationalSize.opportunities),
    applications: at(nationalSize.applications),
  };
}

const marker = 'bench_brokering_data_set';
const slots = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].flatMap((d) => ['morning', 'afternoon', 'evening'].map((p) => `${d}-${p}`));
const hostTypes = ['civil', 'civil', 'civil', 'local_government', 'budgetary_body', 'church', 'licensed_provider', 'nationality_self_government'];

const textArray = (items: string[]) => sql.raw(`array[${items.map((i) => `'${i.replace(/'/g, "''")}'`).join(',')}]::text[]`);
/** A uniform value in [0, 1) for row g, stream k. */
const r = (k: number, g: SQL = sql`g`) => sql`((hashint8(${g}::bigint * 97 + ${sql.raw(String(k))}) & 2147483647)::float8 / 2147483648.0)`;
/** An integer in [0, n). */
const ri = (k: number, n: number, g?: SQL) => sql`floor(${r(k, g)} * ${sql.raw(String(n))})::int`;
/**
 * 1 to 3 distinct items of `items`: the first at a random index, the others at offsets from it
 * (from two disjoint offset ranges, so they never repeat), each present with the given odds.
 */
function someOf(items: string[], k: number, odds: [number, number, number]): SQL {
  const n = items.length;
  const half = Math.floor((n - 1) / 2);
  const at = (offset: SQL) => sql`(${textArray(items)})[1 + (${ri(k, n)} + ${offset}) % ${sql.raw(String(n))}]`;
  const maybe = (p: number, kk: number, offset: SQL) => (p >= 1 ? at(offset) : sql`case when ${r(kk)} < ${sql.raw(String(p))} then ${at(offset)} end`);
  return sql`array_remove(array[
    ${maybe(odds[0], k + 1, sql`0`)},
    ${maybe(odds[1], k + 2, sql`(1 + ${ri(k + 3, half)})`)},
    ${maybe(odds[2], k + 4, sql`(1 + ${sql.raw(String(half))} + ${ri(k + 5, half)})`)}], null)`;
}

export async function generateBrokeringDataSet(db: Database, size: BrokeringSize, log: (m: string) => void = () => {}): Promise<boolean> {
  const done = await queryRows(db, sql`select 1 from app_meta where key = ${marker}`);
  if (done.length > 0) return false;
  const step = async (label: string, query: SQL) => {
    const t = Date.now();
    await db.execute(query);
    log(`${label} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  // Plain tables (not temporary): each step is its own statement and transaction, so a run that
  // is stopped half-way leaves the steps done; the marker is written last and the helpers dropped.
  await db.execute(sql`drop table if exists bb_places, bb_centers, bb_orgs, bb_opps, bb_vols`);
  await step(
    'places',
    sql`create table bb_places as
    select (row_number() over (order by population desc, id) - 1)::int as idx, id, name, lat, lon from places where not is_summary`,
  );
  const [{ n: placeCount } = { n: 0 }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from bb_places`);
  await db.execute(sql`create table bb_centers as select (row_number() over (order by id) - 1)::int as idx, id from centers`);
  const [{ n: centerCount } = { n: 0 }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from bb_centers`);
  // Settlements skewed to the big ones: index = n·u² (a third of picks among the top tenth).
  const placeOf = (k: number) => sql`floor(power(${r(k)}, 2) * ${placeCount})::int`;

  await step(
    `${size.organizations} organizations`,
    sql`
    insert into organizations (center_id, name, sort_key, host_type, place_id, causes, description, email, status, created_at)
    select c.id, 'Mérési szervezet ' || lpad(g::text, 6, '0'), 'meresi szervezet ' || lpad(g::text, 6, '0'),
           (${textArray(hostTypes)})[1 + ${ri(1, hostTypes.length)}], p.id, ${someOf(causes, 10, [1, 0.6, 0.2])},
           'Mérési adat: fiktív fogadó szervezet.', 'bench-org-' || g || '@kapocs.example', 'approved', now() - interval '1 year'
    from generate_series(1, ${size.organizations}) g
    join bb_places p on p.idx = ${placeOf(2)}
    join bb_centers c on c.idx = g % ${centerCount}`,
  );
  await db.execute(sql`create table bb_orgs as
    select (row_number() over (order by id) - 1)::int as idx, id, center_id from organizations where name like 'Mérési szervezet %'`);

  const titles = textArray(demoOpportunityTemplates.map((t) => t.title));
  const descriptions = textArray(demoOpportunityTemplates.map((t) => t.description));
  const nt = demoOpportunityTemplates.length;
  await step(
    `${size.opportunities} opportunities`,
    sql`
    insert into opportunities (organization_id, center_id, title, description, causes, skills, place_id, address, lat, lon, remote, kind,
                               group_friendly, min_age, requires_conduct, requires_health, languages, status, published_at, vetted_at,
                               created_at, updated_at)
    select o.id, o.center_id, (${titles})[1 + g % ${nt}] || ' – ' || p.name, (${descriptions})[1 + g % ${nt}],
           ${someOf(causes, 20, [1, 0.5, 0.1])}, ${someOf(skills, 30, [0.7, 0.3, 0.1])},
           case when ${r(40)} < 0.05 then null else p.id end, 'Mérő utca ' || (g % 90 + 1) || '.',
           case when ${r(40)} < 0.05 then null else p.lat end, case when ${r(40)} < 0.05 then null else p.lon end, ${r(40)} < 0.05,
           (array['one_off', 'regular', 'regular', 'ongoing'])[1 + ${ri(41, 4)}], ${r(42)} < 0.3,
           (array[null, null, 10, 14, 16, 18]::int[])[1 + ${ri(43, 6)}], ${r(44)} < 0.15, ${r(45)} < 0.1,
           case when ${r(46)} < 0.1 then array['hu', 'en'] else array['hu'] end, 'published',
           now() - ${r(47)} * interval '60 days', now() - ${r(47)} * interval '60 days', now() - interval '70 days', now() - interval '1 day'
    from generate_series(1, ${size.opportunities}) g
    join bb_orgs o on o.idx = ${ri(48, size.organizations)}
    join bb_places p on p.idx = ${placeOf(49)}`,
  );
  await db.execute(sql`create table bb_opps as
    select (row_number() over (order by id) - 1)::int as idx, id, center_id from opportunities where organization_id in (select id from bb_orgs)`);

  await step(
    `${size.opportunities * size.shiftsPerOpportunity} shifts`,
    sql`
    insert into shifts (opportunity_id, starts_at, ends_at, capacity, seats_taken)
    select o.id, s.starts_at, s.starts_at + interval '3 hours', s.capacity, least(s.capacity, s.taken)
    from bb_opps o cross join generate_series(0, ${size.shiftsPerOpportunity - 1}) k
    cross join lateral (select date_trunc('day', now()) + (1 + k * 6 + ${ri(50, 6, sql`(o.idx * 16 + k)`)}) * interval '1 day'
                                 + (8 + ${ri(51, 10, sql`(o.idx * 16 + k)`)}) * interval '1 hour' as starts_at,
                               5 + ${ri(52, 20, sql`(o.idx * 16 + k)`)} as capacity, ${ri(53, 6, sql`(o.idx * 16 + k)`)} as taken) s`,
  );

  await step(
    `${size.volunteers} volunteers`,
    sql`
    insert into volunteers (center_id, family_name, given_name, sort_key, birth_date, email, home_place_id, lat, lon, travel_radius_km,
                            remote_only, causes, skills, languages, availability, group_preference, health_status, conduct_status,
                            alert_frequency, created_at)
    select c.id, 'Mérési', 'Önkéntes ' || g, 'meresi onkentes ' || lpad(g::text, 7, '0'),
           date '2014-06-01' - ${ri(60, 24_000)}, case when ${r(61)} < 0.9 then 'bench-v' || g || '@kapocs.example' end,
           p.id, p.lat, p.lon, (array[5, 10, 15, 25, 40, 60])[1 + ${ri(62, 6)}], ${r(63)} < 0.03,
           ${someOf(causes, 70, [1, 0.6, 0.3])}, ${someOf(skills, 80, [0.6, 0.4, 0.2])},
           case when ${r(90)} < 0.35 then array['hu', 'en'] else array['hu'] end, ${someOf(slots, 100, [1, 1, 1])},
           (array['any', 'any', 'individual', 'group'])[1 + ${ri(91, 4)}],
           case when ${r(92)} < 0.3 then 'fit' else 'unknown' end, case when ${r(93)} < 0.25 then 'clear' else 'unknown' end,
           (array['none', 'none', 'daily', 'weekly'])[1 + ${ri(94, 4)}], now() - ${r(95)} * interval '2 years'
    from generate_series(1, ${size.volunteers}) g
    join bb_places p on p.idx = ${placeOf(96)}
    join bb_centers c on c.idx = g % ${centerCount}`,
  );
  await step(
    'volunteer index',
    sql`create table bb_vols as
    select (row_number() over (order by id) - 1)::int as idx, id from volunteers where family_name = 'Mérési'`,
  );
  await step(
    'contact consents (70 %)',
    sql`
    insert into volunteer_consents (volunteer_id, kind, granted, text_version, at)
    select v.id, 'contact', true, '2026-11', now() - interval '30 days' from bb_vols v where ${r(110, sql`v.idx`)} < 0.7`,
  );
  await step(
    `${size.applications} applications`,
    sql`
    insert into applications (volunteer_id, opportunity_id, center_id, origin, status, created_at)
    select v.id, o.id, o.center_id, 'volunteer', (array['applied', 'accepted', 'declined', 'withdrawn'])[1 + ${ri(120, 4)}], now() - interval '3 days'
    from generate_series(0, ${Math.min(size.applications, size.volunteers) - 1}) g
    join bb_vols v on v.idx = g
    join bb_opps o on o.idx = ${ri(121, size.opportunities)}`,
  );
  await db.execute(sql`insert into app_meta (key, value) values (${marker}, ${JSON.stringify(size)})`);
  await db.execute(sql`drop table bb_places, bb_centers, bb_orgs, bb_opps, bb_vols`);
  // What autovacuum does on a live database: statistics, and the visibility map index-only scans need.
  await step('vacuum analyze', sql`vacuum analyze`);
  return true;
}
