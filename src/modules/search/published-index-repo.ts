import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { type IndexedOpportunity, radiansPerDegree, type ShiftBlock, unpublishedUs, writeUuidBytes } from './published-index.js';
import type { SearchHitRow } from './repo.js';

/** What the in-process search index reads (ADR 021): published opportunities and the change log of migration 0018. */

type EntryRow = Omit<SearchHitRow, 'distance_km' | 'next_shift_at'> & {
  skills: string[];
  requires_conduct: boolean;
  requires_health: boolean;
  published_us: number | null;
  /** "<start µs> <shift id>,…" in (starts_at, id) order, or null without upcoming shifts. */
  shifts: string | null;
};

/**
 * One copy of each repeated value (an organization's id and name, a settlement, a kind, a list of
 * causes): 100,000 opportunities share about 10,000 organizations and 3,000 settlements.
 */
function interner() {
  const known = new Map<string, unknown>();
  const one = <T>(key: string, value: T): T => {
    const seen = known.get(key) as T | undefined;
    if (seen !== undefined) return seen;
    known.set(key, value);
    return value;
  };
  return {
    text: <T extends string | null>(value: T): T => (value === null ? value : one(`t:${value}`, value)),
    list: (values: string[]): string[] => one(`l:${values.join('\u0000')}`, values),
  };
}

type Interner = ReturnType<typeof interner>;

/** The shifts of a chunk's opportunities share one buffer of starts and one of ids; each knows its range. */
function shiftsOf(rows: EntryRow[]): { block: ShiftBlock; from: number; count: number }[] {
  const lists = rows.map((row) => (row.shifts ? row.shifts.split(',') : []));
  const total = lists.reduce((n, list) => n + list.length, 0);
  const block: ShiftBlock = { startsUs: new Float64Array(total), ids: new Uint8Array(total * 16) };
  let at = 0;
  return lists.map((list) => {
    const from = at;
    for (const shift of list) {
      const space = shift.indexOf(' ');
      block.startsUs[at] = Number(shift.slice(0, space));
      writeUuidBytes(shift.slice(space + 1), block.ids, at * 16);
      at += 1;
    }
    return { block, from, count: at - from };
  });
}

function entryOf(row: EntryRow, shifts: { block: ShiftBlock; from: number; count: number }, one: Interner): IndexedOpportunity {
  return {
    id: row.id,
    title: row.title,
    kind: one.text(row.kind),
    remote: row.remote,
    groupFriendly: row.group_friendly,
    minAge: row.min_age,
    requiresConduct: row.requires_conduct,
    requiresHealth: row.requires_health,
    causes: one.list(row.causes),
    skills: one.list(row.skills),
    lat: row.lat === null ? null : Number(row.lat),
    lon: row.lon === null ? null : Number(row.lon),
    cosLat: row.lat === null ? 0 : Math.cos(Number(row.lat) * radiansPerDegree),
    organizationId: one.text(row.organization_id),
    organizationName: one.text(row.organization_name),
    placeName: one.text(row.place_name),
    placeCounty: one.text(row.place_county),
    publishedUs: row.published_us === null ? unpublishedUs : Number(row.published_us),
    shifts: shifts.block,
    shiftFrom: shifts.from,
    shiftCount: shifts.count,
  };
}

const micros = (column: SQL) => sql`(extract(epoch from ${column}) * 1000000)`;

/** The published opportunities of approved organizations that match `where`, with their upcoming shifts. */
async function findEntries(db: Queryable, where: SQL, tail: SQL = sql``, one: Interner = interner()): Promise<IndexedOpportunity[]> {
  const rows = await queryRows<EntryRow>(
    db,
    sql`select o.id, o.title, o.kind, o.remote, o.group_friendly, o.min_age, o.causes, o.skills, o.lat, o.lon,
        o.requires_conduct, o.requires_health,
        ${micros(sql`o.published_at`)}::float8 as published_us,
        org.id as organization_id, org.name as organization_name, p.name as place_name, p.county as place_county,
        (select string_agg(${micros(sql`s.starts_at`)}::bigint::text || ' ' || s.id::text, ',' order by s.starts_at, s.id)
          from shifts s where s.opportunity_id = o.id and s.cancelled_at is null and s.starts_at >= now()) as shifts
      from opportunities o
      join organizations org on org.id = o.organization_id
      left join places p on p.id = o.place_id
      where o.status = 'published' and org.status = 'approved' and ${where} ${tail}`,
  );
  const shifts = shiftsOf(rows);
  return rows.map((row, i) => entryOf(row, shifts[i] as { block: ShiftBlock; from: number; count: number }, one));
}

/**
 * Small chunks: each result's rows die young, so building the index leaves little garbage in the
 * old generation (5,000-row chunks left 20–40 MB more resident after the build).
 */
const chunkSize = 1000;

/** Every published opportunity, read in chunks so no single result holds a million shifts. */
export async function findAllEntries(db: Queryable): Promise<IndexedOpportunity[]> {
  const all: IndexedOpportunity[] = [];
  const one = interner();
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const chunk = await findEntries(db, sql`o.id > ${after}::uuid`, sql`order by o.id limit ${chunkSize}`, one);
    all.push(...chunk);
    if (chunk.length < chunkSize) return all;
    after = (chunk[chunk.length - 1] as IndexedOpportunity).id;
  }
}

const uuidList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** The given opportunities and those of the given organizations, as far as they are public now. */
export async function findChangedEntries(db: Queryable, opportunityIds: string[], organizationIds: string[]): Promise<IndexedOpportunity[]> {
  const conditions: SQL[] = [];
  if (opportunityIds.length) conditions.push(sql`o.id in (${uuidList(opportunityIds)})`);
  if (organizationIds.length) conditions.push(sql`o.organization_id in (${uuidList(organizationIds)})`);
  if (conditions.length === 0) return [];
  return findEntries(db, sql`(${sql.join(conditions, sql` or `)})`);
}

export type SearchChangeRow = { seq: number; opportunity_id: string | null; organization_id: string | null };

/** Changes after `afterSeq`, and those of the `gaps` (numbers skipped earlier that a slower transaction may still commit). */
export async function findSearchChanges(db: Queryable, afterSeq: number, gaps: number[], limit: number): Promise<SearchChangeRow[]> {
  const inGaps = gaps.length
    ? sql` or seq in (${sql.join(
        gaps.map((g) => sql`${g}::bigint`),
        sql`, `,
      )})`
    : sql``;
  const rows = await queryRows<SearchChangeRow>(
    db,
    sql`select seq::float8 as seq, opportunity_id, organization_id from search_changes
      where seq > ${afterSeq}::bigint${inGaps} order by seq limit ${limit}`,
  );
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/** The latest change numbers, newest first. */
export async function findLatestSearchChangeSeqs(db: Queryable, limit: number): Promise<number[]> {
  const rows = await queryRows<{ seq: number }>(db, sql`select seq::float8 as seq from search_changes order by seq desc limit ${limit}`);
  return rows.map((r) => Number(r.seq));
}

/** Forgets changes older than the given hours: every process has long followed them. */
export async function pruneSearchChanges(db: Queryable, olderThanHours: number): Promise<void> {
  await db.execute(sql`delete from search_changes where changed_at < now() - make_interval(hours => ${olderThanHours}::int)`);
}
