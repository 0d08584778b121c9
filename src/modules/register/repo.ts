import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { benefits, hourEntries, organizations, registerEntries } from '../../db/schema/index.js';
import { liveContractOf } from '../contracts/repo.js';
import { findApplicationView } from '../placements/service.js';
import { yearBounds } from './register-rules.js';

export type RegisterEntry = typeof registerEntries.$inferSelect;
export type RegisterEntryInsert = typeof registerEntries.$inferInsert;
export type RegisterOrganization = { id: string; name: string; centerId: string; pointId: string | null; kotRegistrationNumber: string | null };

const organizationColumns = {
  id: organizations.id,
  name: organizations.name,
  centerId: organizations.centerId,
  pointId: organizations.pointId,
  kotRegistrationNumber: organizations.kotRegistrationNumber,
};

export async function findOrganization(db: Queryable, organizationId: string): Promise<RegisterOrganization | undefined> {
  const [row] = await db.select(organizationColumns).from(organizations).where(eq(organizations.id, organizationId)).limit(1);
  return row;
}

export async function findEntryOfApplication(db: Queryable, applicationId: string): Promise<RegisterEntry | undefined> {
  const [row] = await db.select().from(registerEntries).where(eq(registerEntries.applicationId, applicationId)).limit(1);
  return row;
}

/**
 * What the form is prefilled with when there is no entry yet: the placement's opportunity (activity,
 * place), its shift's day, the volunteer's guardian; and the live (not void) written contract, whose
 * Köt. 6. § (1) a)–c), start and end are the register's items 4–6 — read through the placements and
 * the contracts modules, which own them.
 */
export async function findPrefillSources(db: Queryable, applicationId: string) {
  const [placement, contract] = await Promise.all([findApplicationView(db, applicationId), liveContractOf(db, applicationId)]);
  return { placement, contract };
}

/** Serialises the creation of a placement's one entry (the unique index would fail the second). */
export async function lockApplication(tx: Queryable, applicationId: string): Promise<void> {
  await tx.execute(sql`select id from applications where id = ${applicationId} for update`);
}

export async function insertEntry(tx: Queryable, values: RegisterEntryInsert): Promise<RegisterEntry> {
  const [row] = await tx.insert(registerEntries).values(values).returning();
  if (!row) throw new Error('register entry insert returned nothing');
  return row;
}

export async function updateEntry(tx: Queryable, id: string, values: Partial<RegisterEntryInsert>): Promise<RegisterEntry> {
  const [row] = await tx.update(registerEntries).set(values).where(eq(registerEntries.id, id)).returning();
  if (!row) throw new Error('register entry vanished');
  return row;
}

/** Entries of the organization active in the year: started on or before 31 December, not ended before 1 January. */
function activeInYear(organizationId: string, year: number) {
  const { first, last } = yearBounds(year);
  return and(
    eq(registerEntries.organizationId, organizationId),
    lte(registerEntries.startsOn, last),
    or(isNull(registerEntries.endsOn), gte(registerEntries.endsOn, first)),
  );
}

export type RegisterSort = 'name' | 'start';

/** Hungarian alphabetical order through the sort key (binary "C" order), then the start; or the other way round. */
function orderOf(sort: RegisterSort, dir: 'asc' | 'desc') {
  const d = dir === 'desc' ? sql`desc` : sql`asc`;
  const byName = sql`${registerEntries.sortKey} collate "C" ${d}`;
  const byStart = sql`${registerEntries.startsOn} ${d}`;
  return sort === 'start' ? [byStart, byName, asc(registerEntries.id)] : [byName, byStart, asc(registerEntries.id)];
}

export async function listEntriesOfYear(
  db: Queryable,
  organizationId: string,
  year: number,
  order: { sort: RegisterSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
): Promise<RegisterEntry[]> {
  return db
    .select()
    .from(registerEntries)
    .where(activeInYear(organizationId, year))
    .orderBy(...orderOf(order.sort, order.dir))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countEntriesOfYear(db: Queryable, organizationId: string, year: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(registerEntries).where(activeInYear(organizationId, year));
  return row?.n ?? 0;
}

/** The years the year picker offers: every year some entry of the organization started in. */
export async function findEntryStartYears(db: Queryable, organizationId: string): Promise<number[]> {
  const rows = await queryRows<{ year: number }>(
    db,
    sql`select distinct extract(year from starts_on)::int as year from register_entries where organization_id = ${organizationId} order by 1 desc`,
  );
  return rows.map((r) => Number(r.year));
}

/** Item 7: approved minutes per placement and day in the year (the under-18 days are picked in the service). */
export async function approvedMinutesByDay(db: Queryable, applicationIds: string[], year: number) {
  if (applicationIds.length === 0) return [];
  const { first, last } = yearBounds(year);
  const rows = await db
    .select({ applicationId: hourEntries.applicationId, day: hourEntries.activityDay, minutes: sql<number>`sum(${hourEntries.minutes})::int` })
    .from(hourEntries)
    .where(
      and(
        inArray(hourEntries.applicationId, applicationIds),
        eq(hourEntries.status, 'approved'),
        gte(hourEntries.activityDay, first),
        lte(hourEntries.activityDay, last),
      ),
    )
    .groupBy(hourEntries.applicationId, hourEntries.activityDay);
  return rows.map((r) => ({ ...r, minutes: Number(r.minutes) }));
}

/** Item 8: benefits given in the year per placement and type (corrected, i.e. deleted, ones left out). */
export async function benefitsByType(db: Queryable, applicationIds: string[], year: number) {
  if (applicationIds.length === 0) return [];
  const { first, last } = yearBounds(year);
  const rows = await db
    .select({
      applicationId: benefits.applicationId,
      type: benefits.type,
      entries: sql<number>`count(*)::int`,
      amountHuf: sql<number>`coalesce(sum(${benefits.amountHuf}), 0)::int`,
    })
    .from(benefits)
    .where(and(inArray(benefits.applicationId, applicationIds), isNull(benefits.deletedAt), gte(benefits.givenOn, first), lte(benefits.givenOn, last)))
    .groupBy(benefits.applicationId, benefits.type);
  return rows.map((r) => ({ ...r, entries: Number(r.entries), amountHuf: Number(r.amountHuf) }));
}

/** Every ended entry of the organization (the retention rule picks the ones to delete). */
export async function listEndedEntries(db: Queryable, organizationId: string): Promise<RegisterEntry[]> {
  return db
    .select()
    .from(registerEntries)
    .where(and(eq(registerEntries.organizationId, organizationId), isNotNull(registerEntries.endsOn)))
    .orderBy(sql`${registerEntries.sortKey} collate "C"`, asc(registerEntries.startsOn), asc(registerEntries.id));
}

export async function deleteEntries(tx: Queryable, organizationId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .delete(registerEntries)
    .where(and(eq(registerEntries.organizationId, organizationId), inArray(registerEntries.id, ids)))
    .returning({ id: registerEntries.id });
  return rows.map((r) => r.id);
}
