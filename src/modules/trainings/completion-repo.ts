import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { volunteerQualifications } from '../../db/schema/index.js';

export type GrantedQualification = typeof volunteerQualifications.$inferSelect;

/** The qualification a completion grants, on the volunteer's record (what eligibility reads). */
export async function insertGrantedQualification(
  tx: Queryable,
  values: { volunteerId: string; name: string; validUntil: string | null; recordedBy: string },
): Promise<GrantedQualification> {
  const [row] = await tx.insert(volunteerQualifications).values(values).returning();
  if (!row) throw new Error('qualification insert returned nothing');
  return row;
}

/** Removes a qualification a completion granted; undefined when it is already gone. */
export async function deleteGrantedQualification(tx: Queryable, id: string): Promise<GrantedQualification | undefined> {
  const [row] = await tx.delete(volunteerQualifications).where(eq(volunteerQualifications.id, id)).returning();
  return row;
}

export async function findGrantedQualification(db: Queryable, id: string): Promise<GrantedQualification | undefined> {
  const [row] = await db.select().from(volunteerQualifications).where(eq(volunteerQualifications.id, id));
  return row;
}
