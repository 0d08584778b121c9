import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { centers, places, points } from '../../db/schema/index.js';

/** The settlements of a county (not the Budapest summary row), with location and population. */
export function findCountySettlements(db: Queryable, county: string) {
  return db
    .select({ id: places.id, name: places.name, sortKey: places.sortKey, lat: places.lat, lon: places.lon, population: places.population })
    .from(places)
    .where(and(eq(places.county, county), eq(places.isSummary, false)));
}

/** Active points (of one center, or of all) with their settlement's location: the public face of the network. */
export function findActivePoints(db: Queryable, centerId?: string) {
  return db
    .select({
      id: points.id,
      name: points.name,
      sortKey: points.sortKey,
      centerName: centers.name,
      placeName: places.name,
      placeSortKey: places.sortKey,
      county: places.county,
      lat: places.lat,
      lon: places.lon,
      address: points.address,
      openingHours: points.openingHours,
      contactName: points.contactName,
      email: points.email,
      phone: points.phone,
    })
    .from(points)
    .innerJoin(places, eq(places.id, points.placeId))
    .innerJoin(centers, eq(centers.id, points.centerId))
    .where(and(eq(points.status, 'active'), centerId ? eq(points.centerId, centerId) : undefined))
    .orderBy(sql`${places.sortKey} collate "C"`, sql`${points.sortKey} collate "C"`, points.id);
}
export type ActivePointRow = Awaited<ReturnType<typeof findActivePoints>>[number];

export async function findCoverageKm(db: Queryable, centerId: string): Promise<number> {
  const [row] = await db.select({ km: centers.pointCoverageKm }).from(centers).where(eq(centers.id, centerId));
  return row?.km ?? 15;
}

export async function updateCoverageKm(db: Queryable, centerId: string, km: number) {
  const [row] = await db
    .update(centers)
    .set({ pointCoverageKm: km, updatedAt: new Date() })
    .where(eq(centers.id, centerId))
    .returning({ id: centers.id, pointCoverageKm: centers.pointCoverageKm });
  return row;
}
