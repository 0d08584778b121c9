import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Queryable, queryRows } from '../../db/database.js';
import { benefits, users } from '../../db/schema/index.js';

export type BenefitRecord = typeof benefits.$inferSelect;
export type BenefitInsert = typeof benefits.$inferInsert;

export type { PlacementSummary as Placement } from '../placements/placement-summary.js';

export async function findBenefit(db: Queryable, id: string) {
  const [row] = await db.select().from(benefits).where(eq(benefits.id, id)).limit(1);
  return row;
}

/** The benefit row again, locked for the correction (two corrections at once: the second sees it deleted). */
export async function lockBenefit(tx: Queryable, id: string): Promise<BenefitRecord | undefined> {
  await tx.execute(sql`select id from benefits where id = ${id} for update`);
  return findBenefit(tx, id);
}

/**
 * The volunteer's rewards in a calendar year that still count (not deleted), from every host
 * organization, each with whether it is `organizationId`'s own.
 */
export async function rewardsOfYear(db: Queryable, volunteerId: string, year: number, organizationId: string) {
  return queryRows<{ amountHuf: number; own: boolean }>(
    db,
    sql`select amount_huf as "amountHuf", (organization_id = ${organizationId}) as own
        from benefits
        where volunteer_id = ${volunteerId} and type = 'reward' and deleted_at is null
          and given_on between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`,
  );
}

export async function insertBenefit(tx: Queryable, values: BenefitInsert): Promise<BenefitRecord> {
  const [row] = await tx.insert(benefits).values(values).returning();
  if (!row) throw new Error('benefit insert returned nothing');
  return row;
}

export async function markDeleted(tx: Queryable, id: string, by: { userId: string; reason: string; at: Date }): Promise<BenefitRecord> {
  const [row] = await tx
    .update(benefits)
    .set({ deletedAt: by.at, deletedByUserId: by.userId, deletionReason: by.reason })
    .where(and(eq(benefits.id, id), isNull(benefits.deletedAt)))
    .returning();
  if (!row) throw new Error('benefit already deleted');
  return row;
}

const recordedBy = alias(users, 'recorded_by');
const deletedBy = alias(users, 'deleted_by');

const ledgerColumns = {
  benefit: benefits,
  recordedByFamilyName: recordedBy.familyName,
  recordedByGivenName: recordedBy.givenName,
  deletedByFamilyName: deletedBy.familyName,
  deletedByGivenName: deletedBy.givenName,
};
export type LedgerRow = {
  benefit: BenefitRecord;
  recordedByFamilyName: string | null;
  recordedByGivenName: string | null;
  deletedByFamilyName: string | null;
  deletedByGivenName: string | null;
};

/** A placement's ledger, newest day first; deleted (corrected) rows are kept and marked. */
export async function listLedger(db: Queryable, applicationId: string, page: { limit: number; offset: number }): Promise<LedgerRow[]> {
  return db
    .select(ledgerColumns)
    .from(benefits)
    .leftJoin(recordedBy, eq(recordedBy.id, benefits.recordedByUserId))
    .leftJoin(deletedBy, eq(deletedBy.id, benefits.deletedByUserId))
    .where(eq(benefits.applicationId, applicationId))
    .orderBy(desc(benefits.givenOn), desc(benefits.createdAt), asc(benefits.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countLedger(db: Queryable, applicationId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(benefits).where(eq(benefits.applicationId, applicationId));
  return row?.n ?? 0;
}

/** Totals of a placement per calendar year and type, deleted rows left out. */
export async function yearlyTotalsOfPlacement(db: Queryable, applicationId: string) {
  return queryRows<{ year: number; type: string; entries: number; amountHuf: number }>(
    db,
    sql`select extract(year from given_on)::int as year, type, count(*)::int as entries, coalesce(sum(amount_huf), 0)::int as "amountHuf"
        from benefits where application_id = ${applicationId} and deleted_at is null
        group by 1, 2 order by 1 desc, 2`,
  );
}
