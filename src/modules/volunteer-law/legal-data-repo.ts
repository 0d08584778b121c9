import { asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { type LegalAmountKind, legalAmounts, type SchoolPeriodKind, schoolCalendarPeriods } from '../../db/schema/index.js';

/** The legal-data tables (ADR 016): the amounts of volunteer law and the school calendar. */

export type LegalAmountRecord = typeof legalAmounts.$inferSelect;
export type SchoolPeriodRecord = typeof schoolCalendarPeriods.$inferSelect;
export type LegalAmountValues = { kind: LegalAmountKind; effectiveFrom: string; amountHuf: number; source: string };
export type SchoolPeriodValues = { kind: SchoolPeriodKind; name: string; startsOn: string; endsOn: string; source: string };

export async function findLegalAmountsOfKind(db: Queryable, kind: LegalAmountKind): Promise<LegalAmountRecord[]> {
  return db.select().from(legalAmounts).where(eq(legalAmounts.kind, kind)).orderBy(asc(legalAmounts.effectiveFrom));
}

export async function findAllSchoolPeriods(db: Queryable): Promise<SchoolPeriodRecord[]> {
  return db.select().from(schoolCalendarPeriods).orderBy(asc(schoolCalendarPeriods.startsOn), asc(schoolCalendarPeriods.id));
}

export type LegalAmountSort = 'effective' | 'amount';
export type SchoolPeriodSort = 'starts' | 'name';
type Order<S> = { sort: S; dir: 'asc' | 'desc' };
type Window = { limit: number; offset: number };

function amountOrder(order: Order<LegalAmountSort>): SQL[] {
  const by = order.dir === 'asc' ? asc : desc;
  const first = order.sort === 'amount' ? by(legalAmounts.amountHuf) : by(legalAmounts.effectiveFrom);
  return [first, asc(legalAmounts.kind), asc(legalAmounts.id)];
}

export async function findLegalAmountPage(db: Queryable, order: Order<LegalAmountSort>, window: Window): Promise<LegalAmountRecord[]> {
  return db
    .select()
    .from(legalAmounts)
    .orderBy(...amountOrder(order))
    .limit(window.limit)
    .offset(window.offset);
}

export async function countLegalAmounts(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(legalAmounts);
  return Number(row?.n ?? 0);
}

export async function findLegalAmount(db: Queryable, id: string): Promise<LegalAmountRecord | undefined> {
  const [row] = await db.select().from(legalAmounts).where(eq(legalAmounts.id, id));
  return row;
}

export async function findLegalAmountIdOn(db: Queryable, kind: LegalAmountKind, effectiveFrom: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: legalAmounts.id })
    .from(legalAmounts)
    .where(sql`${legalAmounts.kind} = ${kind} and ${legalAmounts.effectiveFrom} = ${effectiveFrom}`);
  return row?.id;
}

export async function insertLegalAmount(db: Queryable, values: LegalAmountValues, userId: string): Promise<LegalAmountRecord> {
  const [row] = await db
    .insert(legalAmounts)
    .values({ ...values, updatedByUserId: userId })
    .returning();
  if (!row) throw new Error('legal amount not inserted');
  return row;
}

export async function updateLegalAmountRow(db: Queryable, id: string, values: LegalAmountValues, userId: string): Promise<LegalAmountRecord | undefined> {
  const [row] = await db
    .update(legalAmounts)
    .set({ ...values, updatedByUserId: userId, updatedAt: new Date() })
    .where(eq(legalAmounts.id, id))
    .returning();
  return row;
}

export async function deleteLegalAmountRow(db: Queryable, id: string): Promise<void> {
  await db.delete(legalAmounts).where(eq(legalAmounts.id, id));
}

function periodOrder(order: Order<SchoolPeriodSort>): SQL[] {
  const by = order.dir === 'asc' ? asc : desc;
  const first = order.sort === 'name' ? by(schoolCalendarPeriods.name) : by(schoolCalendarPeriods.startsOn);
  return [first, asc(schoolCalendarPeriods.id)];
}

export async function findSchoolPeriodPage(db: Queryable, order: Order<SchoolPeriodSort>, window: Window): Promise<SchoolPeriodRecord[]> {
  return db
    .select()
    .from(schoolCalendarPeriods)
    .orderBy(...periodOrder(order))
    .limit(window.limit)
    .offset(window.offset);
}

export async function countSchoolPeriods(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(schoolCalendarPeriods);
  return Number(row?.n ?? 0);
}

export async function findSchoolPeriod(db: Queryable, id: string): Promise<SchoolPeriodRecord | undefined> {
  const [row] = await db.select().from(schoolCalendarPeriods).where(eq(schoolCalendarPeriods.id, id));
  return row;
}

export async function insertSchoolPeriod(db: Queryable, values: SchoolPeriodValues, userId: string): Promise<SchoolPeriodRecord> {
  const [row] = await db
    .insert(schoolCalendarPeriods)
    .values({ ...values, updatedByUserId: userId })
    .returning();
  if (!row) throw new Error('school period not inserted');
  return row;
}

export async function updateSchoolPeriodRow(db: Queryable, id: string, values: SchoolPeriodValues, userId: string): Promise<SchoolPeriodRecord | undefined> {
  const [row] = await db
    .update(schoolCalendarPeriods)
    .set({ ...values, updatedByUserId: userId, updatedAt: new Date() })
    .where(eq(schoolCalendarPeriods.id, id))
    .returning();
  return row;
}

export async function deleteSchoolPeriodRow(db: Queryable, id: string): Promise<void> {
  await db.delete(schoolCalendarPeriods).where(eq(schoolCalendarPeriods.id, id));
}
