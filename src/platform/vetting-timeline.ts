import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/database.js';
import { users, vettingEvents } from '../db/schema/index.js';

/** What the center vets: organizations and opportunities share one timeline table. */
export type VettingSubject = 'organization' | 'opportunity';

export type VettingEventInput = {
  subjectId: string;
  fromStatus: string | null;
  toStatus: string;
  reason: string | null;
  actorUserId: string;
};

export type VettingEventRow = {
  id: number;
  fromStatus: string | null;
  toStatus: string;
  reason: string | null;
  at: Date;
  actorFamilyName: string | null;
  actorGivenName: string | null;
};

/** One status change with its reason and who made it; call it in the same transaction as the change. */
export async function recordVettingEvent(db: Queryable, subjectType: VettingSubject, event: VettingEventInput): Promise<void> {
  await db.insert(vettingEvents).values({ subjectType, ...event });
}

/** The subject's vetting timeline, oldest first, with who acted. */
export async function findVettingEvents(db: Queryable, subjectType: VettingSubject, subjectId: string): Promise<VettingEventRow[]> {
  return db
    .select({
      id: vettingEvents.id,
      fromStatus: vettingEvents.fromStatus,
      toStatus: vettingEvents.toStatus,
      reason: vettingEvents.reason,
      at: vettingEvents.at,
      actorFamilyName: users.familyName,
      actorGivenName: users.givenName,
    })
    .from(vettingEvents)
    .leftJoin(users, eq(users.id, vettingEvents.actorUserId))
    .where(and(eq(vettingEvents.subjectType, subjectType), eq(vettingEvents.subjectId, subjectId)))
    .orderBy(asc(vettingEvents.at), asc(vettingEvents.id));
}
