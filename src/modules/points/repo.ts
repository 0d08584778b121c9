import { and, count, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { centers, places, points, roleGrants } from '../../db/schema/index.js';
import type { PointSort } from './schema.js';

export type PointRow = {
  id: string;
  centerId: string;
  centerName: string;
  name: string;
  placeId: number;
  placeName: string;
  placeCounty: string;
  address: string | null;
  email: string | null;
  phone: string | null;
  status: string;
  openingHours: string | null;
  createdAt: Date;
  updatedAt: Date;
};

const pointColumns = {
  id: points.id,
  centerId: points.centerId,
  centerName: centers.name,
  name: points.name,
  placeId: points.placeId,
  placeName: places.name,
  placeCounty: places.county,
  address: points.address,
  email: points.email,
  phone: points.phone,
  status: points.status,
  openingHours: points.openingHours,
  createdAt: points.createdAt,
  updatedAt: points.updatedAt,
};

function orderOf(sort: PointSort, dir: 'asc' | 'desc'): SQL[] {
  const d = sql.raw(dir);
  // sort_key in the "C" collation is Hungarian alphabetical order on both engines (ADR 005).
  const byName = sql`${points.sortKey} collate "C" ${d}`;
  if (sort === 'place') return [sql`${places.sortKey} collate "C" ${d}`, byName, sql`${points.id}`];
  if (sort === 'created') return [sql`${points.createdAt} ${d}`, byName, sql`${points.id}`];
  return [byName, sql`${points.id}`];
}

function selectPoints(db: Queryable) {
  return db.select(pointColumns).from(points).innerJoin(centers, eq(centers.id, points.centerId)).innerJoin(places, eq(places.id, points.placeId));
}

export async function findPointsOfCenter(
  db: Queryable,
  centerId: string,
  order: { sort: PointSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
  status?: string,
): Promise<PointRow[]> {
  return selectPoints(db)
    .where(and(eq(points.centerId, centerId), status ? eq(points.status, status) : undefined))
    .orderBy(...orderOf(order.sort, order.dir))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countPointsOfCenters(db: Queryable, centerIds: 'all' | string[], status?: string): Promise<number> {
  if (centerIds !== 'all' && centerIds.length === 0) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(points)
    .where(and(centerIds === 'all' ? undefined : inArray(points.centerId, centerIds), status ? eq(points.status, status) : undefined));
  return row?.n ?? 0;
}

export async function findPointById(db: Queryable, id: string): Promise<PointRow | undefined> {
  const [row] = await selectPoints(db).where(eq(points.id, id));
  return row;
}

export async function findPointsByIds(db: Queryable, ids: string[]): Promise<PointRow[]> {
  if (ids.length === 0) return [];
  return selectPoints(db)
    .where(inArray(points.id, ids))
    .orderBy(...orderOf('name', 'asc'));
}

/** Points of the given centers in Hungarian order of center, then point (for the grant form). */
export async function findPointsOfCenters(db: Queryable, centerIds: 'all' | string[]): Promise<PointRow[]> {
  if (centerIds !== 'all' && centerIds.length === 0) return [];
  return selectPoints(db)
    .where(centerIds === 'all' ? undefined : inArray(points.centerId, centerIds))
    .orderBy(sql`${centers.sortKey} collate "C"`, ...orderOf('name', 'asc'));
}

/** Another point of the same center with this name (case and spacing ignored). */
export async function findPointIdByName(db: Queryable, centerId: string, name: string, exceptId?: string): Promise<string | undefined> {
  const sameName = sql`lower(regexp_replace(${points.name}, '\\s+', ' ', 'g')) = lower(regexp_replace(${name}, '\\s+', ' ', 'g'))`;
  const [row] = await db
    .select({ id: points.id })
    .from(points)
    .where(and(eq(points.centerId, centerId), sameName, exceptId ? ne(points.id, exceptId) : undefined));
  return row?.id;
}

/** Role grants held in the point: while any exists, the point cannot be deleted. */
export async function countGrantsOfPoint(db: Queryable, pointId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(roleGrants).where(eq(roleGrants.pointId, pointId));
  return row?.n ?? 0;
}

export type PointValues = {
  name: string;
  sortKey: string;
  placeId: number;
  address: string | null;
  email: string | null;
  phone: string | null;
};

export async function insertPoint(db: Queryable, centerId: string, values: PointValues) {
  const [row] = await db
    .insert(points)
    .values({ ...values, centerId })
    .returning();
  if (!row) throw new Error('point insert returned nothing');
  return row;
}

export async function updatePointRow(db: Queryable, id: string, values: PointValues) {
  const [row] = await db
    .update(points)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(points.id, id))
    .returning();
  return row;
}

export async function deletePointRow(db: Queryable, id: string) {
  const [row] = await db.delete(points).where(eq(points.id, id)).returning();
  return row;
}

/** The stored row as it is, for the audit trail's "before". */
export async function findPointRecord(db: Queryable, id: string) {
  const [row] = await db.select().from(points).where(eq(points.id, id));
  return row;
}
