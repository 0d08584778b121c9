import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { volunteers } from '../../db/schema/index.js';

export type VolunteerRow = typeof volunteers.$inferSelect;

export async function getVolunteerByUserId(db: Queryable, userId: string): Promise<VolunteerRow | undefined> {
  const [row] = await db.select().from(volunteers).where(eq(volunteers.userId, userId)).limit(1);
  return row;
}

export async function getVolunteerById(db: Queryable, id: string): Promise<VolunteerRow | undefined> {
  const [row] = await db.select().from(volunteers).where(eq(volunteers.id, id)).limit(1);
  return row;
}

/**
 * Locks the volunteer's row until the transaction ends: writes that check a sum over the volunteer's
 * records (the Köt. 5. § minors' limits, the yearly reward cap) run one after the other.
 */
export async function lockVolunteerRow(tx: Queryable, volunteerId: string): Promise<void> {
  await tx.execute(sql`select id from volunteers where id = ${volunteerId} for update`);
}
