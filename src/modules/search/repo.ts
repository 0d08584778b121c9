import { type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { type BoundingBox, earthRadiusKm } from './geo-distance.js';

/** What the search asks of the database, already checked and resolved by the service. */
export type SearchFilter = {
  /** A tsquery built by prefixTsQuery (letters, digits, `:*` and `&` only). */
  tsQuery?: string;
  causes: string[];
  skills: string[];
  near?: { lat: number; lon: number; radiusKm: number; box: BoundingBox };
  /** Calendar days in Budapest ("2026-11-24"), inclusive. */
  fromDay?: string;
  toDay?: string;
  remote: boolean;
  age?: number;
  groupFriendly: boolean;
};

export type SearchHitRow = {
  id: string;
  title: string;
  kind: string;
  remote: boolean;
  group_friendly: boolean;
  min_age: number | null;
  causes: string[];
  lat: number | null;
  lon: number | null;
  organization_id: string;
  organization_name: string;
  place_name: string | null;
  place_county: string | null;
  distance_km: number | null;
  next_shift_at: Date | string | null;
};

const textArray = (items: string[]) => arrayParam(items, 'text');

/**
 * Exact great-circle distance (km) of the opportunity aliased `o` from a point, the same formula as
 * geo-distance.ts (also the public IKSZ host list's distance from a school, programs/iksz-hosts-repo.ts).
 */
export function distanceFrom(near: { lat: number; lon: number }): SQL {
  const lat = sql`${near.lat}::float8`;
  const lon = sql`${near.lon}::float8`;
  return sql`(${earthRadiusKm}::float8 * 2 * asin(least(1, sqrt(
    power(sin(radians(o.lat - ${lat}) / 2), 2) +
    cos(radians(${lat})) * cos(radians(o.lat)) * power(sin(radians(o.lon - ${lon}) / 2), 2)))))`;
}

/** Start of the shift window: now, or midnight (Budapest) of the "from" day if that is later. */
function windowStart(f: SearchFilter): SQL {
  if (!f.fromDay) return sql`now()`;
  return sql`greatest(now(), (${f.fromDay}::date::timestamp at time zone 'Europe/Budapest'))`;
}

/** Shifts (as `alias`) in the search window: not cancelled, not begun, before the end of the "to" day. */
function inWindow(f: SearchFilter, alias: 's' | 's2'): SQL {
  const a = sql.raw(alias);
  const end = f.toDay ? sql` and ${a}.starts_at < ((${f.toDay}::date + 1)::timestamp at time zone 'Europe/Budapest')` : sql``;
  return sql`${a}.cancelled_at is null and ${a}.starts_at >= ${windowStart(f)}${end}`;
}

/** Shifts of `o` in the search window. */
function shiftInWindow(f: SearchFilter): SQL {
  return sql`s.opportunity_id = o.id and ${inWindow(f, 's')}`;
}

/**
 * Only published opportunities of approved organizations, ever. Every other condition is one
 * an index can serve: the tsvector (GIN; title, the names of the causes, skills, organization and
 * settlement, description — migration 0011), causes/skills (GIN, `&&`), the lat/lon box (btree
 * range) before the exact distance, and the shifts (opportunity_id, starts_at) index.
 */
export function whereOf(f: SearchFilter): SQL {
  const c: SQL[] = [sql`o.status = 'published'`, sql`org.status = 'approved'`];
  if (f.tsQuery) c.push(sql`o.search @@ to_tsquery('hu_unaccent', ${f.tsQuery})`);
  if (f.causes.length) c.push(sql`o.causes && ${textArray(f.causes)}`);
  if (f.skills.length) c.push(sql`o.skills && ${textArray(f.skills)}`);
  if (f.near) {
    const { box } = f.near;
    c.push(sql`o.lat between ${box.minLat}::float8 and ${box.maxLat}::float8`);
    c.push(sql`o.lon between ${box.minLon}::float8 and ${box.maxLon}::float8`);
    c.push(sql`${distanceFrom(f.near)} <= ${f.near.radiusKm}::float8`);
  }
  if (f.fromDay || f.toDay) c.push(sql`exists (select 1 from shifts s where ${shiftInWindow(f)})`);
  if (f.remote) c.push(sql`o.remote`);
  if (f.age !== undefined) c.push(sql`(o.min_age is null or o.min_age <= ${f.age}::int)`);
  if (f.groupFriendly) c.push(sql`o.group_friendly`);
  return sql.join(c, sql` and `);
}

export const fromPublic = sql`from opportunities o join organizations org on org.id = o.organization_id`;
const newestFirst = sql`o.published_at desc, o.id desc`;

/**
 * Ids of one page by relevance (ts_rank with a text query, else newest first) or by distance.
 * ts_rank weighs a title match (A) and a cause, skill, organization or settlement match (B) above
 * a description match (C), so a description-only match ranks below them.
 * Ties fall back to the newest (the opportunities_published_idx order), then the id, so paging
 * is stable.
 */
export async function findRankedHitIds(
  db: Queryable,
  f: SearchFilter,
  sort: 'relevance' | 'distance',
  page: { limit: number; offset: number },
): Promise<string[]> {
  let order = newestFirst;
  if (sort === 'distance' && f.near) order = sql`${distanceFrom(f.near)}, ${newestFirst}`;
  else if (f.tsQuery) order = sql`ts_rank(o.search, to_tsquery('hu_unaccent', ${f.tsQuery})) desc, ${newestFirst}`;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select o.id ${fromPublic} where ${whereOf(f)} order by ${order} limit ${page.limit} offset ${page.offset}`,
  );
  return rows.map((r) => r.id);
}

/**
 * Ids of matches that have a shift in the window, by their next shift. The scan walks the shifts
 * in time order (shifts_starts_idx) and keeps each opportunity's first shift only, so a page
 * costs about as many index steps as it has rows, not a minimum over every match.
 */
export async function findDatedHitIds(db: Queryable, f: SearchFilter, page: { limit: number; offset: number }): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select o.id from shifts s join opportunities o on o.id = s.opportunity_id join organizations org on org.id = o.organization_id
      where ${inWindow(f, 's')} and ${whereOf(f)}
        and not exists (select 1 from shifts s2 where s2.opportunity_id = s.opportunity_id and ${inWindow(f, 's2')}
          and (s2.starts_at < s.starts_at or (s2.starts_at = s.starts_at and s2.id < s.id)))
      order by s.starts_at, s.id limit ${page.limit} offset ${page.offset}`,
  );
  return rows.map((r) => r.id);
}

/** Matches with a shift in the window (to know where the undated ones begin). */
export async function countDatedHits(db: Queryable, f: SearchFilter): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*) as n ${fromPublic} where ${whereOf(f)} and exists (select 1 from shifts s where ${shiftInWindow(f)})`,
  );
  return Number(row?.n ?? 0);
}

/** Ids of matches with no shift in the window, newest first (they follow the dated ones). */
export async function findUndatedHitIds(db: Queryable, f: SearchFilter, page: { limit: number; offset: number }): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select o.id ${fromPublic} where ${whereOf(f)} and not exists (select 1 from shifts s where ${shiftInWindow(f)})
      order by ${newestFirst} limit ${page.limit} offset ${page.offset}`,
  );
  return rows.map((r) => r.id);
}

/** What the list shows of the given hits (any order; the caller keeps its own). */
export async function findHitDetails(db: Queryable, f: SearchFilter, ids: string[]): Promise<SearchHitRow[]> {
  if (ids.length === 0) return [];
  const distance = f.near ? distanceFrom(f.near) : sql`null::float8`;
  const idList = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return queryRows<SearchHitRow>(
    db,
    sql`select o.id, o.title, o.kind, o.remote, o.group_friendly, o.min_age, o.causes, o.lat, o.lon,
      org.id as organization_id, org.name as organization_name,
      p.name as place_name, p.county as place_county,
      ${distance} as distance_km, next_shift.starts_at as next_shift_at
    ${fromPublic}
    left join places p on p.id = o.place_id
    left join lateral (
      select s.starts_at from shifts s where ${shiftInWindow(f)} order by s.starts_at limit 1
    ) next_shift on true
    where o.id in (${idList})`,
  );
}

/**
 * Matches, counted up to `cap` + 1: an exact count of a broad search reads most of the table,
 * while "more than 1,000" tells a visitor as much.
 */
export async function countSearchHits(db: Queryable, f: SearchFilter, cap: number): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from (select 1 ${fromPublic} where ${whereOf(f)} limit ${cap + 1}) capped`,
  );
  return Number(row?.n ?? 0);
}

export type PublishedOpportunityRow = {
  id: string;
  iksz_eligible: boolean;
  iksz_areas: string[];
  title: string;
  description: string;
  kind: string;
  causes: string[];
  skills: string[];
  remote: boolean;
  group_friendly: boolean;
  min_age: number | null;
  required_qualifications: string[];
  requires_conduct: boolean;
  requires_health: boolean;
  languages: string[];
  accessibility_notes: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  address: string | null;
  lat: number | null;
  lon: number | null;
  published_at: Date | string | null;
  updated_at: Date | string;
  organization_id: string;
  organization_name: string;
  organization_website: string | null;
  place_name: string | null;
  place_county: string | null;
  place_postal_codes: string[] | null;
};

/** A published opportunity of an approved organization; anything else is not public. */
export async function findPublishedOpportunity(db: Queryable, id: string): Promise<PublishedOpportunityRow | undefined> {
  const [row] = await queryRows<PublishedOpportunityRow>(
    db,
    sql`select o.id, o.title, o.description, o.kind, o.causes, o.skills, o.remote, o.group_friendly, o.min_age,
        o.required_qualifications, o.requires_conduct, o.requires_health, o.languages, o.accessibility_notes,
        o.contact_name, o.contact_email, o.contact_phone, o.address, o.lat, o.lon, o.published_at, o.updated_at,
        o.iksz_eligible, o.iksz_areas,
        org.id as organization_id, org.name as organization_name, org.website as organization_website,
        p.name as place_name, p.county as place_county, p.postal_codes as place_postal_codes
      from opportunities o
      join organizations org on org.id = o.organization_id
      left join places p on p.id = o.place_id
      where o.id = ${id}::uuid and o.status = 'published' and org.status = 'approved'`,
  );
  return row;
}

export type UpcomingShiftRow = {
  id: string;
  starts_at: Date | string;
  ends_at: Date | string;
  capacity: number;
  seats_taken: number;
  waitlist_enabled: boolean;
};

/** Shifts not cancelled and not yet begun, soonest first. */
export async function findUpcomingShifts(db: Queryable, opportunityId: string, limit: number): Promise<UpcomingShiftRow[]> {
  return queryRows<UpcomingShiftRow>(
    db,
    sql`select id, starts_at, ends_at, capacity, seats_taken, waitlist_enabled from shifts
      where opportunity_id = ${opportunityId}::uuid and cancelled_at is null and starts_at >= now()
      order by starts_at, id limit ${limit}`,
  );
}

export type ListEntryRow = { slug: string; name_hu: string; name_en: string };

/** The managed lists of causes and skills, in their set order. */
export async function findActiveListEntries(db: Queryable, list: 'causes' | 'skills'): Promise<ListEntryRow[]> {
  const table = list === 'causes' ? sql`causes` : sql`skills`;
  return queryRows<ListEntryRow>(db, sql`select slug, name_hu, name_en from ${table} where active order by position, slug`);
}

/** Every settlement's county and coordinates (the Budapest summary row left out), for the map. */
export async function findSettlementPoints(db: Queryable): Promise<{ county: string; lat: number; lon: number }[]> {
  return queryRows(db, sql`select county, lat, lon from places where not is_summary`);
}
