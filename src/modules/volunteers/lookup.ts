import { eq } from 'drizzle-orm';
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
