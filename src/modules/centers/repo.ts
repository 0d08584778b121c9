import { count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { centers, places, points } from '../../db/schema/index.js';
import type { CenterSort } from './schema.js';

/** Which centers a query may return: every one, or only these ids (ADR 003). */
export type CenterVisibility = 'all' | string[];

export type CenterRow = {
  id: string;
  name: string;
  county: string;
  placeId: number | null;
  placeName: string | null;
  placeCounty: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  hostResponseWorkingDays: number;
  pointCount: number;
  createdAt: Date;
  updatedAt: Date;
};

const centerColumns = {
  id: centers.id,
  name: centers.name,
  county: centers.county,
  placeId: centers.placeId,
  placeName: places.name,
  placeCounty: places.county,
  address: centers.address,
  email: centers.email,
  phone: centers.phone,
  hostResponseWorkingDays: centers.hostResponseWorkingDays,
  pointCount: sql<number>`(select count(*)::int from ${points} where ${points.centerId} = ${centers.id})`,
  createdAt: centers.createdAt,
  updatedAt: centers.updatedAt,
};

function visibleWhere(visible: CenterVisibility): SQL | undefined {
  if (visible === 'all') return undefined;
  return visible.length ? inArray(centers.id, visible) : sql`false`;
}

function orderOf(sort: CenterSort, dir: 'asc' | 'desc'): SQL[] {
  const d = sql.raw(dir);
  // sort_key in the "C" collation is Hungarian alphabetical order on both engines (ADR 005).
  const byName = sql`${centers.sortKey} collate "C" ${d}`;
  if (sort === 'created') return [sql`${centers.createdAt} ${d}`, byName, sql`${centers.id}`];
  return [byName, sql`${centers.id}`];
}

export async function findCenters(
  db: Queryable,
  visible: CenterVisibility,
  order: { sort: CenterSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
): Promise<CenterRow[]> {
  return db
    .select(centerColumns)
    .from(centers)
    .leftJoin(places, eq(places.id, centers.placeId))
    .where(visibleWhere(visible))
    .orderBy(...orderOf(order.sort, order.dir))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countCenters(db: Queryable, visible: CenterVisibility): Promise<number> {
  const [row] = await db.select({ n: count() }).from(centers).where(visibleWhere(visible));
  return row?.n ?? 0;
}

export async function findCenterById(db: Queryable, id: string): Promise<CenterRow | undefined> {
  const [row] = await db.select(centerColumns).from(centers).leftJoin(places, eq(places.id, centers.placeId)).where(eq(centers.id, id));
  return row;
}

export async function findCenterIdByName(db: Queryable, name: string): Promise<string | undefined> {
  // Names differing only in case or spacing would confuse people, so they count as taken.
  const [row] = await db
    .select({ id: centers.id })
    .from(centers)
    .where(sql`lower(regexp_replace(${centers.name}, '\\s+', ' ', 'g')) = lower(regexp_replace(${name}, '\\s+', ' ', 'g'))`);
  return row?.id;
}

/** Id and name of the visible centers, in Hungarian order (for selects). */
export async function findCenterNames(db: Queryable, visible: CenterVisibility): Promise<{ id: string; name: string }[]> {
  return db.select({ id: centers.id, name: centers.name }).from(centers).where(visibleWhere(visible)).orderBy(sql`${centers.sortKey} collate "C"`, centers.id);
}

export async function findCenterNamesByIds(db: Queryable, ids: string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db.select({ id: centers.id, name: centers.name }).from(centers).where(inArray(centers.id, ids));
}

export type CenterValues = {
  name: string;
  sortKey: string;
  county: string;
  placeId: number;
  address: string | null;
  email: string | null;
  phone: string | null;
  hostResponseWorkingDays: number;
};

export async function insertCenter(db: Queryable, values: CenterValues) {
  const [row] = await db.insert(centers).values(values).returning();
  if (!row) throw new Error('center insert returned nothing');
  return row;
}

export async function updateCenterRow(db: Queryable, id: string, values: CenterValues) {
  const [row] = await db
    .update(centers)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(centers.id, id))
    .returning();
  return row;
}

/** The stored row as it is, for the audit trail's "before". */
export async function findCenterRecord(db: Queryable, id: string) {
  const [row] = await db.select().from(centers).where(eq(centers.id, id));
  return row;
}
