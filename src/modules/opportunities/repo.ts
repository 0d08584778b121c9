import { and, asc, count, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { causes, opportunities, organizationMembers, organizations, places, shifts, skills, users } from '../../db/schema/index.js';
import { findVettingEvents as findTimeline, recordVettingEvent, type VettingEventInput, type VettingEventRow } from '../../platform/vetting-timeline.js';

export type OpportunityRecord = typeof opportunities.$inferSelect;
export type OpportunityValues = Omit<
  typeof opportunities.$inferInsert,
  'id' | 'organizationId' | 'centerId' | 'status' | 'createdAt' | 'updatedAt' | 'createdBy'
>;
export type ShiftRecord = typeof shifts.$inferSelect;

/** What this module needs to know of a host organization (its tenant and whether it may publish). */
export type OrganizationRef = { id: string; name: string; centerId: string; pointId: string | null; status: string };

export async function findOrganizationRef(db: Queryable, organizationId: string): Promise<OrganizationRef | undefined> {
  const [row] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      centerId: organizations.centerId,
      pointId: organizations.pointId,
      status: organizations.status,
    })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row;
}

/** Addresses of the organization's staff, to tell them the center's decision. */
export async function findMemberEmails(db: Queryable, organizationId: string): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organizationId));
  return rows.map((r) => r.email);
}

export type ListChoice = { slug: string; nameHu: string; nameEn: string };

export async function findActiveCauses(db: Queryable): Promise<ListChoice[]> {
  return db
    .select({ slug: causes.slug, nameHu: causes.nameHu, nameEn: causes.nameEn })
    .from(causes)
    .where(eq(causes.active, true))
    .orderBy(asc(causes.position), asc(causes.slug));
}

export async function findActiveSkills(db: Queryable): Promise<ListChoice[]> {
  return db
    .select({ slug: skills.slug, nameHu: skills.nameHu, nameEn: skills.nameEn })
    .from(skills)
    .where(eq(skills.active, true))
    .orderBy(asc(skills.position), asc(skills.slug));
}

export type OpportunityRow = OpportunityRecord & {
  organizationName: string;
  organizationStatus: string;
  organizationPointId: string | null;
  placeName: string | null;
  placeCounty: string | null;
};

function selectOpportunities(db: Queryable) {
  return db
    .select({
      opportunity: opportunities,
      organizationName: organizations.name,
      organizationStatus: organizations.status,
      organizationPointId: organizations.pointId,
      placeName: places.name,
      placeCounty: places.county,
    })
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .leftJoin(places, eq(places.id, opportunities.placeId));
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectOpportunities>['execute']>>[number];

function flatten(r: Selected): OpportunityRow {
  return {
    ...r.opportunity,
    organizationName: r.organizationName,
    organizationStatus: r.organizationStatus,
    organizationPointId: r.organizationPointId,
    placeName: r.placeName,
    placeCounty: r.placeCounty,
  };
}

export async function findOpportunityById(db: Queryable, id: string): Promise<OpportunityRow | undefined> {
  const [row] = await selectOpportunities(db).where(eq(opportunities.id, id));
  return row ? flatten(row) : undefined;
}

/**
 * All opportunities of one organization (an organization has tens, not thousands): the service
 * sorts them in Hungarian order in code, as titles have no sort key column.
 */
export async function findOpportunitiesOfOrganization(db: Queryable, organizationId: string, limit: number): Promise<OpportunityRow[]> {
  const rows = await selectOpportunities(db)
    .where(eq(opportunities.organizationId, organizationId))
    .orderBy(desc(opportunities.updatedAt), asc(opportunities.id))
    .limit(limit);
  return rows.map(flatten);
}

export type QueueSort = 'submitted' | 'organization';

/** Which of the center's opportunities a list shows: the vetting queue, or those now open to volunteers. */
export const centerListStatuses = ['submitted', 'published'] as const;
export type CenterListStatus = (typeof centerListStatuses)[number];

function queueWhere(centerIds: 'all' | string[], status: CenterListStatus) {
  return and(eq(opportunities.status, status), centerIds === 'all' ? undefined : inArray(opportunities.centerId, centerIds));
}

/** Submitted opportunities waiting for the center's decision, oldest first by default. */
export async function findVettingQueue(
  db: Queryable,
  centerIds: 'all' | string[],
  order: { sort: QueueSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
  status: CenterListStatus = 'submitted',
): Promise<OpportunityRow[]> {
  if (centerIds !== 'all' && centerIds.length === 0) return [];
  const d = sql.raw(order.dir);
  // Organization names have a Hungarian sort key ("C" collation = Hungarian order on both engines).
  const orderBy =
    order.sort === 'organization'
      ? [sql`${organizations.sortKey} collate "C" ${d}`, sql`${opportunities.updatedAt} asc`, sql`${opportunities.id}`]
      : [sql`${opportunities.updatedAt} ${d}`, sql`${opportunities.id}`];
  const rows = await selectOpportunities(db)
    .where(queueWhere(centerIds, status))
    .orderBy(...orderBy)
    .limit(page.limit)
    .offset(page.offset);
  return rows.map(flatten);
}

export async function countVettingQueue(db: Queryable, centerIds: 'all' | string[], status: CenterListStatus = 'submitted'): Promise<number> {
  if (centerIds !== 'all' && centerIds.length === 0) return 0;
  const [row] = await db.select({ n: count() }).from(opportunities).where(queueWhere(centerIds, status));
  return row?.n ?? 0;
}

export async function findOpportunityRecord(db: Queryable, id: string): Promise<OpportunityRecord | undefined> {
  const [row] = await db.select().from(opportunities).where(eq(opportunities.id, id));
  return row;
}

/** The row locked for a status change, so two decisions on one opportunity cannot interleave. */
export async function lockOpportunity(db: Queryable, id: string): Promise<OpportunityRecord | undefined> {
  const [row] = await db.select().from(opportunities).where(eq(opportunities.id, id)).for('update');
  return row;
}

export async function insertOpportunity(
  db: Queryable,
  values: OpportunityValues & { organizationId: string; centerId: string; createdBy: string },
): Promise<OpportunityRecord> {
  const [row] = await db
    .insert(opportunities)
    .values({ ...values, status: 'draft' })
    .returning();
  if (!row) throw new Error('opportunity insert returned nothing');
  return row;
}

export async function updateOpportunityRow(
  db: Queryable,
  id: string,
  values: Partial<typeof opportunities.$inferInsert>,
): Promise<OpportunityRecord | undefined> {
  const [row] = await db
    .update(opportunities)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(opportunities.id, id))
    .returning();
  return row;
}

/** The opportunity's vetting timeline lives in the shared table (platform/vetting-timeline.ts). */
export type { VettingEventRow } from '../../platform/vetting-timeline.js';

export function insertVettingEvent(db: Queryable, event: VettingEventInput): Promise<void> {
  return recordVettingEvent(db, 'opportunity', event);
}

export function findVettingEvents(db: Queryable, opportunityId: string): Promise<VettingEventRow[]> {
  return findTimeline(db, 'opportunity', opportunityId);
}

// ---- shifts ----

export async function findShiftsOfOpportunity(db: Queryable, opportunityId: string, page: { limit: number; offset: number }): Promise<ShiftRecord[]> {
  return db
    .select()
    .from(shifts)
    .where(eq(shifts.opportunityId, opportunityId))
    .orderBy(asc(shifts.startsAt), asc(shifts.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countShiftsOfOpportunity(db: Queryable, opportunityId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(shifts).where(eq(shifts.opportunityId, opportunityId));
  return row?.n ?? 0;
}

export async function findShiftById(db: Queryable, id: string): Promise<ShiftRecord | undefined> {
  const [row] = await db.select().from(shifts).where(eq(shifts.id, id));
  return row;
}

/** A shift's new time, capacity and waitlist; a new time raises its revision (the calendar SEQUENCE). */
export async function updateShiftRow(
  db: Queryable,
  id: string,
  values: { startsAt: Date; endsAt: Date; capacity: number; waitlistEnabled: boolean; teamCapacity?: number | null },
  timeChanged: boolean,
): Promise<ShiftRecord | undefined> {
  const [row] = await db
    .update(shifts)
    .set({ ...values, ...(timeChanged ? { revision: sql`${shifts.revision} + 1` } : {}) })
    .where(eq(shifts.id, id))
    .returning();
  return row;
}

export async function insertShifts(
  db: Queryable,
  rows: { opportunityId: string; startsAt: Date; endsAt: Date; capacity: number; waitlistEnabled: boolean; teamCapacity?: number | null }[],
): Promise<ShiftRecord[]> {
  if (rows.length === 0) return [];
  return db.insert(shifts).values(rows).returning();
}

/** Cancels a shift not yet cancelled; undefined if it already was (a second click changes nothing). */
export async function cancelShiftRow(db: Queryable, id: string): Promise<ShiftRecord | undefined> {
  const [row] = await db
    .update(shifts)
    .set({ cancelledAt: new Date() })
    .where(and(eq(shifts.id, id), isNull(shifts.cancelledAt)))
    .returning();
  return row;
}

/** Start instants of the opportunity's shifts in a window (cancelled ones too: never recreate them). */
export async function findShiftStartsBetween(db: Queryable, opportunityId: string, from: Date, to: Date): Promise<Date[]> {
  const rows = await db
    .select({ startsAt: shifts.startsAt })
    .from(shifts)
    .where(and(eq(shifts.opportunityId, opportunityId), gte(shifts.startsAt, from), lt(shifts.startsAt, to)));
  return rows.map((r) => r.startsAt);
}

/**
 * Who to tell that a shift was cancelled: volunteers with a live application for it (holding a seat,
 * waiting for a decision or on the waitlist), at the profile's address or their login's.
 */
export async function findShiftVolunteerContacts(db: Queryable, shiftId: string): Promise<{ email: string; givenName: string }[]> {
  return queryRows<{ email: string; givenName: string }>(
    db,
    sql`select distinct coalesce(v.email, u.email) as email, v.given_name as "givenName"
        from applications a
        join volunteers v on v.id = a.volunteer_id
        left join users u on u.id = v.user_id
        where a.shift_id = ${shiftId}
          and a.status in ('applied', 'proposed', 'invited', 'referred', 'waitlisted', 'offered', 'accepted', 'active')
          and coalesce(v.email, u.email) is not null
        order by 1`,
  );
}
