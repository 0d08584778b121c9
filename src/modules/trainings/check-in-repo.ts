import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { trainingRegistrations, volunteers } from '../../db/schema/index.js';
import { type LockedRegistration, rosterStatuses } from './attendance-repo.js';

/**
 * The signed-in person's confirmed registration for the session: as a volunteer (their profile's
 * registration) or as organization staff (their account's). Locked with `lock` until the
 * transaction ends.
 */
export async function findOwnRegistration(db: Queryable, sessionId: string, userId: string, lock = false): Promise<LockedRegistration | undefined> {
  const mine = or(
    eq(trainingRegistrations.userId, userId),
    inArray(trainingRegistrations.volunteerId, db.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.userId, userId))),
  );
  const query = db
    .select()
    .from(trainingRegistrations)
    .where(and(eq(trainingRegistrations.sessionId, sessionId), inArray(trainingRegistrations.status, [...rosterStatuses]), mine))
    .orderBy(sql`${trainingRegistrations.createdAt} desc`)
    .limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row;
}
