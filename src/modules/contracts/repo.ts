import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { benefits, contractTemplates, organizations, places, shifts, volunteerContracts } from '../../db/schema/index.js';

export type ContractRecord = typeof volunteerContracts.$inferSelect;
export type ContractInsert = typeof volunteerContracts.$inferInsert;
export type TemplateRecord = typeof contractTemplates.$inferSelect;

export async function findTemplate(db: Queryable, organizationId: string): Promise<TemplateRecord | undefined> {
  const [row] = await db.select().from(contractTemplates).where(eq(contractTemplates.organizationId, organizationId)).limit(1);
  return row;
}

export async function upsertTemplate(
  tx: Queryable,
  values: { organizationId: string; introText: string; dutiesText: string; closingText: string; updatedByUserId: string },
): Promise<TemplateRecord> {
  const now = new Date();
  const [row] = await tx
    .insert(contractTemplates)
    .values({ ...values, updatedAt: now })
    .onConflictDoUpdate({
      target: contractTemplates.organizationId,
      set: {
        introText: values.introText,
        dutiesText: values.dutiesText,
        closingText: values.closingText,
        updatedByUserId: values.updatedByUserId,
        updatedAt: now,
      },
    })
    .returning();
  if (!row) throw new Error('template upsert returned nothing');
  return row;
}

/** The organization as a contract party: name, seat (settlement and address), tax and Köt. registration numbers. */
export async function findOrganizationParty(db: Queryable, organizationId: string) {
  const [row] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      centerId: organizations.centerId,
      address: organizations.address,
      settlement: places.name,
      taxNumber: organizations.taxNumber,
      kotRegistrationNumber: organizations.kotRegistrationNumber,
    })
    .from(organizations)
    .innerJoin(places, eq(places.id, organizations.placeId))
    .where(eq(organizations.id, organizationId))
    .limit(1);
  return row;
}
export type OrganizationParty = NonNullable<Awaited<ReturnType<typeof findOrganizationParty>>>;

/** The first start and last end of an opportunity's shifts that are not cancelled (null without shifts). */
export async function shiftRangeOf(db: Queryable, opportunityId: string): Promise<{ from: Date; to: Date } | null> {
  const [row] = await db
    .select({ from: sql<string | null>`min(${shifts.startsAt})`, to: sql<string | null>`max(${shifts.endsAt})` })
    .from(shifts)
    .where(and(eq(shifts.opportunityId, opportunityId), isNull(shifts.cancelledAt)));
  return row?.from && row.to ? { from: new Date(row.from), to: new Date(row.to) } : null;
}

/** The distinct benefit types in a placement's ledger, corrected (deleted) entries left out. */
export async function ledgerBenefitTypes(db: Queryable, applicationId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ type: benefits.type })
    .from(benefits)
    .where(and(eq(benefits.applicationId, applicationId), isNull(benefits.deletedAt)))
    .orderBy(asc(benefits.type));
  return rows.map((r) => r.type);
}

export async function findContract(db: Queryable, id: string): Promise<ContractRecord | undefined> {
  const [row] = await db.select().from(volunteerContracts).where(eq(volunteerContracts.id, id)).limit(1);
  return row;
}

/** Every contract of a placement, newest first. */
export async function contractsOfPlacement(db: Queryable, applicationId: string): Promise<ContractRecord[]> {
  return db
    .select()
    .from(volunteerContracts)
    .where(eq(volunteerContracts.applicationId, applicationId))
    .orderBy(desc(volunteerContracts.createdAt), asc(volunteerContracts.id));
}

/** Serialises generation per placement (with the unique index as the last line of defence). */
export async function lockPlacement(tx: Queryable, applicationId: string): Promise<void> {
  await tx.execute(sql`select id from applications where id = ${applicationId} for update`);
}

export async function liveContractOf(db: Queryable, applicationId: string): Promise<ContractRecord | undefined> {
  const [row] = await db
    .select()
    .from(volunteerContracts)
    .where(and(eq(volunteerContracts.applicationId, applicationId), ne(volunteerContracts.status, 'void')))
    .limit(1);
  return row;
}

export async function insertContract(tx: Queryable, values: ContractInsert): Promise<ContractRecord> {
  const [row] = await tx.insert(volunteerContracts).values(values).returning();
  if (!row) throw new Error('contract insert returned nothing');
  return row;
}

/** The contract row again, locked for a state change (two at once: the second sees the first's result). */
export async function lockContract(tx: Queryable, id: string): Promise<ContractRecord | undefined> {
  await tx.execute(sql`select id from volunteer_contracts where id = ${id} for update`);
  return findContract(tx, id);
}

export async function updateContract(tx: Queryable, id: string, values: Partial<ContractInsert>): Promise<ContractRecord> {
  const [row] = await tx
    .update(volunteerContracts)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(volunteerContracts.id, id))
    .returning();
  if (!row) throw new Error('contract update returned nothing');
  return row;
}
