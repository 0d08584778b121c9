import { type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import type { BoundingBox } from './distance.js';

/**
 * The SQL pre-filter of matching: narrow a national data set to a short list (a few hundred rows)
 * with indexed conditions — lat/lon range (volunteers_geo_idx, opportunities_geo_idx), status
 * (opportunities_center_status_idx), array overlap (GIN on causes/skills) — and a cheap order; the
 * code then applies every hard rule exactly and scores. Conditions here may let too much through,
 * never too little: anything they cannot decide exactly is left to rules.ts.
 */
const textArray = (items: readonly string[]) => arrayParam(items, 'text');
const uuidArray = (ids: readonly string[]) => arrayParam(ids, 'uuid');

/** Both drivers return timestamps either as Date or as text (milliseconds where a query asks for them); dates we cast to text in SQL. */
export function asDate(value: Date | string | number | null): Date | null {
  if (value == null) return null;
  return value instanceof Date ? value : new Date(value);
}

export type VolunteerMatchRow = {
  id: string;
  center_id: string | null;
  family_name: string;
  given_name: string;
  birth_date: string | null;
  guardian_consent_at: Date | string | null;
  lat: number | null;
  lon: number | null;
  travel_radius_km: number | null;
  remote_only: boolean;
  causes: string[];
  skills: string[];
  languages: string[];
  availability: string[];
  group_preference: string;
  health_status: string;
  conduct_status: string;
  place_name: string | null;
};

const volunteerColumns = sql`v.id, v.center_id, v.family_name, v.given_name, v.birth_date::text as birth_date,
  v.guardian_consent_at, v.lat, v.lon, v.travel_radius_km, v.remote_only, v.causes, v.skills, v.languages,
  v.availability, v.group_preference, v.health_status, v.conduct_status, p.name as place_name`;

export async function findVolunteerForMatching(db: Queryable, volunteerId: string): Promise<VolunteerMatchRow | undefined> {
  const [row] = await queryRows<VolunteerMatchRow>(
    db,
    sql`select ${volunteerColumns} from volunteers v left join places p on p.id = v.home_place_id where v.id = ${volunteerId}`,
  );
  return row;
}

export type QualificationRow = { volunteer_id: string; name: string; valid_until: string | null };

/** The volunteer with what the suggestions also need: the opportunities applied for, and the qualifications. */
export type VolunteerForSuggestions = VolunteerMatchRow & { applied_ids: string[]; qualifications: QualificationRow[] };

/** The volunteer (by id, or by the account's user id) with applications and qualifications, in one round trip. */
export async function findVolunteerForSuggestions(
  db: Queryable,
  who: { volunteerId: string } | { userId: string },
): Promise<VolunteerForSuggestions | undefined> {
  const where = 'userId' in who ? sql`v.user_id = ${who.userId}` : sql`v.id = ${who.volunteerId}`;
  const [row] = await queryRows<VolunteerForSuggestions>(
    db,
    sql`select ${volunteerColumns},
          array(select distinct a.opportunity_id::text from applications a where a.volunteer_id = v.id) as applied_ids,
          (select coalesce(json_agg(json_build_object('volunteer_id', q.volunteer_id, 'name', q.name, 'valid_until', q.valid_until::text)), '[]'::json)
            from volunteer_qualifications q where q.volunteer_id = v.id) as qualifications
        from volunteers v left join places p on p.id = v.home_place_id where ${where} limit 1`,
  );
  return row;
}

export async function findQualificationsOf(db: Queryable, volunteerIds: readonly string[]): Promise<QualificationRow[]> {
  if (volunteerIds.length === 0) return [];
  return queryRows<QualificationRow>(
    db,
    sql`select volunteer_id, name, valid_until::text as valid_until from volunteer_qualifications
        where volunteer_id = any(${uuidArray(volunteerIds)})`,
  );
}

/** Pairs of the given volunteers and opportunities that already have an application of any kind. */
export async function findAppliedPairs(
  db: Queryable,
  volunteerIds: readonly string[],
  opportunityIds: readonly string[],
): Promise<{ volunteer_id: string; opportunity_id: string }[]> {
  if (volunteerIds.length === 0 || opportunityIds.length === 0) return [];
  return queryRows(
    db,
    sql`select distinct volunteer_id, opportunity_id from applications
        where volunteer_id = any(${uuidArray(volunteerIds)}) and opportunity_id = any(${uuidArray(opportunityIds)})`,
  );
}

export type OpportunityMatchRow = {
  id: string;
  /** Its earliest upcoming shifts, when the query fetched them along (see upcomingShiftsOf). */
  upcoming_shifts?: ShiftRow[];
  title: string;
  center_id: string;
  /** The organization's Volunteer Point, whose coordinators broker for it. */
  point_id: string | null;
  organization_id: string;
  organization_name: string;
  organization_status: string;
  status: string;
  lat: number | null;
  lon: number | null;
  remote: boolean;
  min_age: number | null;
  required_qualifications: string[];
  requires_conduct: boolean;
  requires_health: boolean;
  causes: string[];
  skills: string[];
  languages: string[];
  group_friendly: boolean;
  published_at: Date | string | null;
  kind: string;
  place_name: string | null;
};

const opportunityColumns = sql`o.id, o.title, o.center_id, org.point_id, o.organization_id, org.name as organization_name,
  org.status as organization_status, o.status, o.lat, o.lon, o.remote, o.min_age, o.required_qualifications,
  o.requires_conduct, o.requires_health, o.causes, o.skills, o.languages, o.group_friendly, o.published_at,
  o.kind, p.name as place_name`;

export async function findOpportunityForMatching(db: Queryable, opportunityId: string): Promise<OpportunityMatchRow | undefined> {
  const [row] = await queryRows<OpportunityMatchRow>(
    db,
    sql`select ${opportunityColumns} from opportunities o join organizations org on org.id = o.organization_id
        left join places p on p.id = o.place_id where o.id = ${opportunityId}`,
  );
  return row;
}

export type OpportunityFilter = {
  volunteerId: string;
  now: Date;
  /** The volunteer's age a year from now: no shift in the coming year can need more (code checks the exact day). */
  maxAge: number | null;
  causes: readonly string[];
  skills: readonly string[];
  conductClear: boolean;
  healthFit: boolean;
  limit: number;
  /** How many upcoming shifts each row brings along. */
  shiftsPerOpportunity: number;
  /**
   * Only shifts from here on can be eligible (earliestActivityAllowed, never before `now`: a
   * 13-year-old without a guardian's consent gets no candidates at all); `now` for most volunteers.
   */
  earliestStart: Date;
};

/**
 * The earliest upcoming, not cancelled shifts of `o` (at most `perOpportunity`) as a JSON array in
 * the same row: the short list arrives with what the rules need, in one round trip.
 */
function upcomingShiftsOf(after: Date, perOpportunity: number): SQL {
  return sql`(select coalesce(json_agg(json_build_object('id', s.id, 'opportunity_id', s.opportunity_id,
      'starts_at', s.starts_at, 'ends_at', s.ends_at, 'capacity', s.capacity, 'seats_taken', s.seats_taken,
      'waitlist_enabled', s.waitlist_enabled, 'cancelled_at', s.cancelled_at) order by s.starts_at, s.id), '[]'::json)
    from (select * from shifts s where s.opportunity_id = o.id and s.starts_at > ${after} and s.cancelled_at is null
      order by s.starts_at, s.id limit ${perOpportunity}) s) as upcoming_shifts`;
}

/** The conditions an opportunity's own columns decide (all in opportunities_published_geo_idx). */
function cheapOpportunityConditions(f: OpportunityFilter): SQL {
  return sql`(${f.maxAge}::int is null or o.min_age is null or o.min_age <= ${f.maxAge}::int)
    and (not o.requires_conduct or ${f.conductClear}::boolean)
    and (not o.requires_health or ${f.healthFit}::boolean)`;
}

/**
 * The conditions that probe other tables: no application of this volunteer yet, and something to
 * join — an upcoming, not cancelled shift, or an ongoing opportunity that runs without shifts.
 */
function probedOpportunityConditions(f: OpportunityFilter, alias: SQL): SQL {
  // An ongoing opportunity without a shift is judged on today, so it is open only if today is allowed.
  const ongoingOpen = f.earliestStart.getTime() <= f.now.getTime();
  return sql`not exists (select 1 from applications a where a.volunteer_id = ${f.volunteerId} and a.opportunity_id = ${alias}.id)
    and ((${alias}.kind = 'ongoing' and ${ongoingOpen}::boolean) or exists (
      select 1 from shifts s where s.opportunity_id = ${alias}.id and s.cancelled_at is null and s.starts_at > ${f.earliestStart}))`;
}

function openOpportunityConditions(f: OpportunityFilter): SQL {
  return sql`o.status = 'published' and ${cheapOpportunityConditions(f)} and ${probedOpportunityConditions(f, sql`o`)}`;
}

/** Inside `box` but outside `inner` (the ring already searched). */
function inRing(alias: 'o' | 'v', box: BoundingBox, inner: BoundingBox | null): SQL {
  const lat = sql.raw(`${alias}.lat`);
  const lon = sql.raw(`${alias}.lon`);
  const outer = sql`${lat} between ${box.minLat} and ${box.maxLat} and ${lon} between ${box.minLon} and ${box.maxLon}`;
  if (!inner) return outer;
  return sql`${outer} and not (${lat} between ${inner.minLat} and ${inner.maxLat} and ${lon} between ${inner.minLon} and ${inner.maxLon})`;
}

/** On-site opportunities in the ring around the volunteer's home, best overlapping and newest first. */
export async function findNearbyOpportunities(
  db: Queryable,
  f: OpportunityFilter,
  box: BoundingBox,
  inner: BoundingBox | null = null,
): Promise<OpportunityMatchRow[]> {
  // Three steps, so that a dense box (a Budapest volunteer's 10 km hold ~4,000 opportunities) stays
  // cheap: (1) the box's rows in score order from opportunities_published_geo_idx alone (index-only,
  // no heap, no join); `offset 0` keeps that a sorted subquery; (2) the checks that cost an index
  // probe each (an upcoming shift, no application, the organization approved) only until the short
  // list is full; (3) the columns of the short list's rows.
  return queryRows<OpportunityMatchRow>(
    db,
    sql`select ${opportunityColumns}, ${upcomingShiftsOf(f.earliestStart, f.shiftsPerOpportunity)} from (
        select c.* from (
          select o.id, o.organization_id, o.kind, o.published_at,
            (o.causes && ${textArray(f.causes)}) as cause_hit, (o.skills && ${textArray(f.skills)}) as skill_hit
          from opportunities o
          where o.status = 'published' and not o.remote and ${inRing('o', box, inner)} and ${cheapOpportunityConditions(f)}
          order by cause_hit desc, skill_hit desc, o.published_at desc nulls last, o.id
          offset 0
        ) c
        where ${probedOpportunityConditions(f, sql`c`)}
          and exists (select 1 from organizations org where org.id = c.organization_id and org.status = 'approved')
        order by c.cause_hit desc, c.skill_hit desc, c.published_at desc nulls last, c.id
        limit ${f.limit}
      ) top
      join opportunities o on o.id = top.id
      join organizations org on org.id = o.organization_id
      left join places p on p.id = o.place_id
      order by top.cause_hit desc, top.skill_hit desc, top.published_at desc nulls last, top.id`,
  );
}

/**
 * Remote opportunities anywhere, newest first: the order follows opportunities_published_idx
 * (status, published_at), so the scan stops after `limit` rows instead of sorting every remote one.
 */
export async function findRemoteOpportunities(db: Queryable, f: OpportunityFilter): Promise<OpportunityMatchRow[]> {
  return queryRows<OpportunityMatchRow>(
    db,
    sql`select ${opportunityColumns}, ${upcomingShiftsOf(f.earliestStart, f.shiftsPerOpportunity)} from opportunities o
        join organizations org on org.id = o.organization_id and org.status = 'approved'
        left join places p on p.id = o.place_id
        where o.remote and ${openOpportunityConditions(f)}
        order by o.published_at desc
        limit ${f.limit}`,
  );
}

/** What "opportunities for a volunteer" reads of an opportunity (no center or point: the coordinators' side needs those). */
export type SuggestionRow = Omit<OpportunityMatchRow, 'center_id' | 'point_id'>;

/** What the in-process index does not hold of an opportunity (the rest of a SuggestionRow comes from it). */
export type OpportunityRulesRow = Pick<OpportunityMatchRow, 'id' | 'status' | 'required_qualifications' | 'languages' | 'published_at'>;

/** Milliseconds since 1970, truncated as the drivers truncate a timestamp's microseconds: a number parses faster than a timestamp. */
const epochMs = (column: SQL) => sql`floor(extract(epoch from ${column}) * 1000)::float8`;

/** A shift as findRulesAndShifts sends it: [id, starts_at, ends_at, capacity, seats_taken, waitlist_enabled, cancelled_at]. */
type PackedShift = [string, number, number, number, number, boolean, number | null];

/**
 * Those columns of the given opportunities (a short list chosen from the in-process index) and the
 * given shifts (the index knows which) with their seats as they are now: primary-key lookups, in
 * one round trip — each opportunity with its shifts as one JSON array, in start order.
 */
export async function findRulesAndShifts(
  db: Queryable,
  opportunityIds: readonly string[],
  shiftIds: readonly string[],
): Promise<(OpportunityRulesRow & { shifts: ShiftRow[] })[]> {
  if (opportunityIds.length === 0) return [];
  const rows = await queryRows<OpportunityRulesRow & { shifts: PackedShift[] | string | null }>(
    db,
    sql`select o.id, o.status, o.required_qualifications, o.languages, o.published_at, picked.shifts
        from opportunities o
        left join (
          select s.opportunity_id, json_agg(json_build_array(s.id, ${epochMs(sql`s.starts_at`)}, ${epochMs(sql`s.ends_at`)}, s.capacity,
                   s.seats_taken, s.waitlist_enabled, ${epochMs(sql`s.cancelled_at`)}) order by s.starts_at, s.id) as shifts
            from shifts s where s.id = any(${uuidArray(shiftIds)})
            group by s.opportunity_id
        ) picked on picked.opportunity_id = o.id
        where o.id = any(${uuidArray(opportunityIds)})`,
  );
  return rows.map((r) => {
    // node-postgres parses json; a driver that hands it over as text is read the same way.
    const packed: PackedShift[] = r.shifts == null ? [] : typeof r.shifts === 'string' ? JSON.parse(r.shifts) : r.shifts;
    return {
      id: r.id,
      status: r.status,
      required_qualifications: r.required_qualifications,
      languages: r.languages,
      published_at: r.published_at,
      shifts: packed.map(([id, startsAt, endsAt, capacity, seatsTaken, waitlistEnabled, cancelledAt]) => ({
        id,
        opportunity_id: r.id,
        starts_at: startsAt,
        ends_at: endsAt,
        capacity,
        seats_taken: seatsTaken,
        waitlist_enabled: waitlistEnabled,
        cancelled_at: cancelledAt,
      })),
    };
  });
}

export type ShiftRow = {
  id: string;
  opportunity_id: string;
  starts_at: Date | string | number;
  ends_at: Date | string | number;
  capacity: number;
  seats_taken: number;
  waitlist_enabled: boolean;
  cancelled_at: Date | string | number | null;
};

/**
 * The earliest upcoming, not cancelled shifts of each opportunity (at most `perOpportunity`): one
 * short index range scan per opportunity on shifts_opportunity_idx (opportunity_id, starts_at).
 */
export async function findUpcomingShifts(db: Queryable, opportunityIds: readonly string[], now: Date, perOpportunity: number): Promise<ShiftRow[]> {
  if (opportunityIds.length === 0) return [];
  return queryRows<ShiftRow>(
    db,
    sql`select s.id, s.opportunity_id, s.starts_at, s.ends_at, s.capacity, s.seats_taken, s.waitlist_enabled, s.cancelled_at
        from unnest(${uuidArray(opportunityIds)}) as wanted(id)
        cross join lateral (
          select * from shifts s where s.opportunity_id = wanted.id and s.starts_at > ${now} and s.cancelled_at is null
          order by s.starts_at, s.id limit ${perOpportunity}
        ) s`,
  );
}

export type VolunteerFilter = {
  opportunityId: string;
  /** The opportunity's place and the ring to search; null for a remote opportunity. */
  near: { lat: number; lon: number; box: BoundingBox; inner: BoundingBox | null } | null;
  /** Born on or before this day (YYYY-MM-DD): old enough for the minimum age on the first shift day at the latest. */
  bornOnOrBefore: string | null;
  causes: readonly string[];
  skills: readonly string[];
  requiresConduct: boolean;
  requiresHealth: boolean;
  /**
   * Data protection (GDPR Art. 6, HUNGARY.md §4): a volunteer is shown to an organization only after
   * agreeing to be contacted; coordinators also see their own center's volunteers.
   */
  visibleCenterId: string | null;
  /** A point coordinator's reach instead: the volunteers of these Volunteer Points (and who consented). */
  visiblePointIds: string[];
  /**
   * 'required': only volunteers sharing a cause or skill (GIN-indexed `&&`), searched first;
   * 'excluded': the others, searched next; 'any' when the opportunity names no cause or skill.
   */
  overlap: 'required' | 'excluded' | 'any';
  limit: number;
  maxRadiusKm: number;
  defaultRadiusKm: number;
};

/** Exact great-circle distance in SQL (the same formula as distance.ts) from the opportunity to `v`. */
function distanceToVolunteer(lat: number, lon: number): SQL {
  return sql`(6371.0088 * 2 * asin(least(1, sqrt(
    power(sin(radians(v.lat - ${lat}::float8) / 2), 2) +
    cos(radians(${lat}::float8)) * cos(radians(v.lat)) * power(sin(radians(v.lon - ${lon}::float8) / 2), 2)))))`;
}

/**
 * Who may be shown (GDPR Art. 6, HUNGARY.md §4): volunteers who agreed to be contacted, and the
 * coordinator's own — the center's for center staff, the point's for a point coordinator, the same
 * reach as the volunteer list.
 */
function visibleVolunteers(f: { visibleCenterId: string | null; visiblePointIds: string[] }): SQL {
  const consent = sql`coalesce((select c.granted from volunteer_consents c where c.volunteer_id = v.id and c.kind = 'contact'
    order by c.at desc, c.id desc limit 1), false)`;
  if (f.visibleCenterId) return sql`(v.center_id = ${f.visibleCenterId} or ${consent})`;
  if (f.visiblePointIds.length > 0) return sql`(v.point_id = any(${uuidArray(f.visiblePointIds)}) or ${consent})`;
  return consent;
}

/** Volunteers for an opportunity: within their own travel radius of it (or any, for remote work). */
export async function findCandidateVolunteers(db: Queryable, f: VolunteerFilter): Promise<VolunteerMatchRow[]> {
  const where: SQL[] = [
    sql`v.birth_date is not null`,
    visibleVolunteers(f),
    sql`not exists (select 1 from applications a where a.volunteer_id = v.id and a.opportunity_id = ${f.opportunityId})`,
  ];
  if (f.bornOnOrBefore) where.push(sql`v.birth_date <= ${f.bornOnOrBefore}::date`);
  if (f.requiresConduct) where.push(sql`v.conduct_status = 'clear'`);
  if (f.requiresHealth) where.push(sql`v.health_status = 'fit'`);
  const overlaps = sql`(v.causes && ${textArray(f.causes)} or v.skills && ${textArray(f.skills)})`;
  if (f.overlap === 'required') where.push(overlaps);
  if (f.overlap === 'excluded') where.push(sql`not ${overlaps}`);
  // No ORDER BY on purpose: the ring (distance) and the overlap phase already rank coarsely, the
  // code scores exactly, and without a sort the scan stops after `limit` rows even in a big city.
  if (!f.near) {
    return queryRows<VolunteerMatchRow>(
      db,
      sql`select ${volunteerColumns} from volunteers v left join places p on p.id = v.home_place_id
          where ${sql.join(where, sql` and `)} limit ${f.limit}`,
    );
  }
  // In a ring the volunteers come from volunteers_geo_idx first (`offset 0` keeps the subquery
  // planned apart). Left to combine indexes, the planner also read the GIN index of a common cause
  // (135,000 of a million volunteers) to intersect it with the ring's few thousand: 38 ms, not 12.
  const distance = distanceToVolunteer(f.near.lat, f.near.lon);
  where.push(sql`${distance} <= least(coalesce(v.travel_radius_km, ${f.defaultRadiusKm}::int), ${f.maxRadiusKm}::int)`);
  return queryRows<VolunteerMatchRow>(
    db,
    sql`select ${volunteerColumns}
        from (select * from volunteers v where not v.remote_only and ${inRing('v', f.near.box, f.near.inner)} offset 0) v
        left join places p on p.id = v.home_place_id
        where ${sql.join(where, sql` and `)} limit ${f.limit}`,
  );
}

/** Volunteers living near the opportunity whom the hard rules may have excluded (for "why not?"). */
export async function findNearbyVolunteers(
  db: Queryable,
  f: { near: { lat: number; lon: number; box: BoundingBox } | null; visibleCenterId: string | null; visiblePointIds: string[]; limit: number },
): Promise<VolunteerMatchRow[]> {
  const where: SQL[] = [visibleVolunteers(f)];
  if (f.near) where.push(inRing('v', f.near.box, null));
  // Unsorted, so a city's thousands of neighbours are not sorted to show a few; the code orders them.
  return queryRows<VolunteerMatchRow>(
    db,
    sql`select ${volunteerColumns} from volunteers v left join places p on p.id = v.home_place_id
        where ${sql.join(where, sql` and `)} limit ${f.limit}`,
  );
}

export type VocabularyRow = { kind: 'cause' | 'skill'; slug: string; name_hu: string; name_en: string };

/** Names of causes and skills, to write reasons in the reader's language. */
export async function findVocabulary(db: Queryable): Promise<VocabularyRow[]> {
  return queryRows<VocabularyRow>(
    db,
    sql`select 'cause' as kind, slug, name_hu, name_en from causes union all select 'skill' as kind, slug, name_hu, name_en from skills`,
  );
}
