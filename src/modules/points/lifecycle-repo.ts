import { asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { centers, places, pointSetupItems, pointStatusEvents, points, users } from '../../db/schema/index.js';

/** A point's life-cycle data besides its contact fields: host, status, opening hours, notes. */
export async function findPointLifecycle(db: Queryable, pointId: string) {
  const [row] = await db
    .select({
      id: points.id,
      centerId: points.centerId,
      centerName: centers.name,
      name: points.name,
      status: points.status,
      hostInstitution: points.hostInstitution,
      hostKind: points.hostKind,
      contactName: points.contactName,
      openingHours: points.openingHours,
      notes: points.notes,
      statusChangedAt: points.statusChangedAt,
      placeName: places.name,
      address: points.address,
    })
    .from(points)
    .innerJoin(centers, eq(centers.id, points.centerId))
    .innerJoin(places, eq(places.id, points.placeId))
    .where(eq(points.id, pointId));
  return row;
}
export type PointLifecycleRow = NonNullable<Awaited<ReturnType<typeof findPointLifecycle>>>;

/** The steps of a point, oldest first, with the name of who recorded each. */
export function findStatusEvents(db: Queryable, pointId: string) {
  return db
    .select({
      id: pointStatusEvents.id,
      fromStatus: pointStatusEvents.fromStatus,
      toStatus: pointStatusEvents.toStatus,
      on: pointStatusEvents.on,
      note: pointStatusEvents.note,
      actorFamilyName: users.familyName,
      actorGivenName: users.givenName,
    })
    .from(pointStatusEvents)
    .leftJoin(users, eq(users.id, pointStatusEvents.actorUserId))
    .where(eq(pointStatusEvents.pointId, pointId))
    .orderBy(asc(pointStatusEvents.on), asc(pointStatusEvents.at));
}
export type StatusEventRow = Awaited<ReturnType<typeof findStatusEvents>>[number];

/** The checklist items recorded so far: item → the day it was done (null: not yet). */
export async function findSetupItems(db: Queryable, pointId: string): Promise<Map<string, string | null>> {
  const rows = await db
    .select({ item: pointSetupItems.item, doneOn: pointSetupItems.doneOn })
    .from(pointSetupItems)
    .where(eq(pointSetupItems.pointId, pointId));
  return new Map(rows.map((r) => [r.item, r.doneOn]));
}

export async function upsertSetupItem(db: Queryable, pointId: string, item: string, doneOn: string | null) {
  const [row] = await db
    .insert(pointSetupItems)
    .values({ pointId, item, doneOn })
    .onConflictDoUpdate({ target: [pointSetupItems.pointId, pointSetupItems.item], set: { doneOn, updatedAt: new Date() } })
    .returning();
  return row;
}

/** Moves the point to `to` (the caller checked the step) and records the dated event. */
export async function recordStatusChange(
  db: Queryable,
  point: { id: string; status: string },
  change: { to: string; on: string; note: string | null; actorUserId: string },
) {
  const [updated] = await db
    .update(points)
    .set({ status: change.to, statusChangedAt: sql`now()`, updatedAt: new Date() })
    .where(eq(points.id, point.id))
    .returning();
  const [event] = await db
    .insert(pointStatusEvents)
    .values({ pointId: point.id, fromStatus: point.status, toStatus: change.to, on: change.on, note: change.note, actorUserId: change.actorUserId })
    .returning();
  return { updated, event };
}

export type CandidateValues = {
  name: string;
  sortKey: string;
  placeId: number;
  address: string | null;
  email: string | null;
  phone: string | null;
  hostInstitution: string;
  hostKind: string;
  contactName: string | null;
  notes: string | null;
};

/** A new candidate point and its first event (scouted on `on`). */
export async function insertCandidate(db: Queryable, centerId: string, values: CandidateValues, on: string, actorUserId: string) {
  const [row] = await db
    .insert(points)
    .values({ ...values, centerId, status: 'candidate', statusChangedAt: sql`now()` })
    .returning();
  if (!row) throw new Error('candidate insert returned nothing');
  await recordFirstStatus(db, row.id, 'candidate', on, actorUserId);
  return row;
}

/** The first event of a new point: scouted as a candidate, or recorded straight as active (the admin's point form). */
export async function recordFirstStatus(db: Queryable, pointId: string, status: 'candidate' | 'active', on: string, actorUserId: string) {
  await db.insert(pointStatusEvents).values({ pointId, fromStatus: null, toStatus: status, on, actorUserId });
}
