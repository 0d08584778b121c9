import { and, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Queryable, queryRows } from '../../db/database.js';
import { centers, erasureRequests, organizationMembers, roleGrants, users, volunteers } from '../../db/schema/index.js';
import type { Role } from '../../platform/authz.js';

export type ErasureRequestRow = typeof erasureRequests.$inferSelect;
export const erasureStatuses = ['requested', 'completed', 'rejected', 'cancelled'] as const;
export type ErasureStatus = (typeof erasureStatuses)[number];
export type RequestKind = ErasureRequestRow['kind'];
/** 'deadline': soonest deadline first; the deadline grows with the request time, so it sorts by that. */
export type ErasureSort = 'deadline' | 'requestedAt' | 'name';

/** The centers whose requests a list shows: every one, or these. */
export type CenterReach = 'all' | string[];

export async function findRequest(db: Queryable, id: string): Promise<ErasureRequestRow | undefined> {
  const [row] = await db.select().from(erasureRequests).where(eq(erasureRequests.id, id)).limit(1);
  return row;
}

/** The request again, locked: two decisions at once cannot both pass the status check. */
export async function lockRequest(tx: Queryable, id: string): Promise<ErasureRequestRow | undefined> {
  await tx.execute(sql`select id from erasure_requests where id = ${id} for update`);
  return findRequest(tx, id);
}

/** A volunteer's latest request of the kind (open or decided), for their own page. */
export async function latestRequestOfKind(db: Queryable, volunteerId: string, kind: RequestKind): Promise<ErasureRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(erasureRequests)
    .where(and(eq(erasureRequests.volunteerId, volunteerId), eq(erasureRequests.kind, kind)))
    .orderBy(sql`${erasureRequests.requestedAt} desc`, sql`${erasureRequests.id}`)
    .limit(1);
  return row;
}

export async function openRequestOf(db: Queryable, volunteerId: string, kind: RequestKind): Promise<ErasureRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(erasureRequests)
    .where(and(eq(erasureRequests.volunteerId, volunteerId), eq(erasureRequests.kind, kind), eq(erasureRequests.status, 'requested')))
    .limit(1);
  return row;
}

export async function insertRequest(tx: Queryable, values: typeof erasureRequests.$inferInsert): Promise<ErasureRequestRow> {
  const [row] = await tx.insert(erasureRequests).values(values).returning();
  if (!row) throw new Error('erasure request insert returned nothing');
  return row;
}

export async function updateRequest(tx: Queryable, id: string, values: Partial<typeof erasureRequests.$inferInsert>): Promise<ErasureRequestRow> {
  const [row] = await tx.update(erasureRequests).set(values).where(eq(erasureRequests.id, id)).returning();
  if (!row) throw new Error('erasure request vanished');
  return row;
}

function reachCondition(reach: CenterReach): SQL | undefined {
  if (reach === 'all') return undefined;
  return reach.length === 0 ? sql`false` : inArray(erasureRequests.centerId, reach);
}

const decidedBy = alias(users, 'decided_by');
const volunteerAccount = alias(users, 'volunteer_account');
const requestedBy = alias(users, 'requested_by');

const listColumns = {
  request: erasureRequests,
  familyName: volunteers.familyName,
  givenName: volunteers.givenName,
  erasedAt: volunteers.erasedAt,
  centerName: centers.name,
};
export type ErasureListRow = {
  request: ErasureRequestRow;
  familyName: string;
  givenName: string;
  erasedAt: Date | null;
  centerName: string | null;
};

export async function listRequests(
  db: Queryable,
  reach: CenterReach,
  filter: { status?: ErasureStatus },
  order: { sort: ErasureSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
): Promise<ErasureListRow[]> {
  const d = sql.raw(order.dir);
  // sort_key in the "C" collation is Hungarian alphabetical order on both engines (ADR 005).
  const orderBy =
    order.sort === 'name'
      ? [sql`${volunteers.sortKey} collate "C" ${d}`, sql`${erasureRequests.requestedAt} desc`, sql`${erasureRequests.id}`]
      : [sql`${erasureRequests.requestedAt} ${d}`, sql`${volunteers.sortKey} collate "C"`, sql`${erasureRequests.id}`];
  return db
    .select(listColumns)
    .from(erasureRequests)
    .innerJoin(volunteers, eq(volunteers.id, erasureRequests.volunteerId))
    .leftJoin(centers, eq(centers.id, erasureRequests.centerId))
    .where(and(reachCondition(reach), filter.status ? eq(erasureRequests.status, filter.status) : undefined))
    .orderBy(...orderBy)
    .limit(page.limit)
    .offset(page.offset);
}

export async function countRequests(db: Queryable, reach: CenterReach, filter: { status?: ErasureStatus }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(erasureRequests)
    .where(and(reachCondition(reach), filter.status ? eq(erasureRequests.status, filter.status) : undefined));
  return row?.n ?? 0;
}

/** One request with the volunteer, the center and the people who asked and decided. */
export async function findRequestDetail(db: Queryable, id: string) {
  const [row] = await db
    .select({
      request: erasureRequests,
      volunteer: {
        id: volunteers.id,
        familyName: volunteers.familyName,
        givenName: volunteers.givenName,
        email: volunteers.email,
        userId: volunteers.userId,
        erasedAt: volunteers.erasedAt,
        /** The account's language for the result mail (a walk-in without an account: null). */
        locale: volunteerAccount.locale,
        accountEmail: volunteerAccount.email,
      },
      centerName: centers.name,
      requestedByFamilyName: requestedBy.familyName,
      requestedByGivenName: requestedBy.givenName,
      decidedByFamilyName: decidedBy.familyName,
      decidedByGivenName: decidedBy.givenName,
    })
    .from(erasureRequests)
    .innerJoin(volunteers, eq(volunteers.id, erasureRequests.volunteerId))
    .leftJoin(centers, eq(centers.id, erasureRequests.centerId))
    .leftJoin(volunteerAccount, eq(volunteerAccount.id, volunteers.userId))
    .leftJoin(requestedBy, eq(requestedBy.id, erasureRequests.requestedByUserId))
    .leftJoin(decidedBy, eq(decidedBy.id, erasureRequests.decidedByUserId))
    .where(eq(erasureRequests.id, id))
    .limit(1);
  return row;
}
export type ErasureDetailRow = NonNullable<Awaited<ReturnType<typeof findRequestDetail>>>;

/** What the erasure will touch, counted (shown before the center confirms). */
export async function recordCountsOf(db: Queryable, volunteerId: string) {
  const [row] = await queryRows<{ placements: number; hour_entries: number; certificates: number; contracts: number; register_entries: number }>(
    db,
    sql`select
          (select count(*) from applications where volunteer_id = ${volunteerId})::int as placements,
          (select count(*) from hour_entries where volunteer_id = ${volunteerId})::int as hour_entries,
          (select count(*) from certificates where volunteer_id = ${volunteerId})::int as certificates,
          (select count(*) from volunteer_contracts where volunteer_id = ${volunteerId})::int as contracts,
          (select count(*) from register_entries where volunteer_id = ${volunteerId})::int as register_entries`,
  );
  return {
    placements: Number(row?.placements ?? 0),
    hourEntries: Number(row?.hour_entries ?? 0),
    certificates: Number(row?.certificates ?? 0),
    contracts: Number(row?.contracts ?? 0),
    registerEntries: Number(row?.register_entries ?? 0),
  };
}
export type RecordCounts = Awaited<ReturnType<typeof recordCountsOf>>;

/** The roles and organization memberships a login holds (the refusal rule looks at them). */
export async function accountHoldings(db: Queryable, userId: string): Promise<{ roles: Role[]; organizationMemberships: number }> {
  const grants = await db.select({ role: roleGrants.role }).from(roleGrants).where(eq(roleGrants.userId, userId));
  const [members] = await db.select({ n: count() }).from(organizationMembers).where(eq(organizationMembers.userId, userId));
  return { roles: grants.map((g) => g.role as Role), organizationMemberships: members?.n ?? 0 };
}

/** Who hears of a center's data requests: its center admins, or, when it has none, the national admins. */
export type AdminRecipient = { email: string; locale: string };

async function activeAdmins(db: Queryable, role: Role, centerId: string | null): Promise<AdminRecipient[]> {
  const rows = await db
    .selectDistinct({ email: users.email, locale: users.locale })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.role, role),
        centerId ? eq(roleGrants.centerId, centerId) : undefined,
        sql`${users.disabledAt} is null`,
        sql`${users.erasedAt} is null`,
      ),
    )
    .orderBy(users.email);
  return rows;
}

export async function requestAdminRecipients(db: Queryable, centerId: string | null): Promise<AdminRecipient[]> {
  const centerAdmins = centerId ? await activeAdmins(db, 'center_admin', centerId) : [];
  return centerAdmins.length > 0 ? centerAdmins : activeAdmins(db, 'national_admin', null);
}

/**
 * The open, not yet reminded request received earliest, at or before `receivedBy`, claimed (FOR
 * UPDATE SKIP LOCKED) so that two processes never remind of the same request.
 */
export async function claimReminderCandidate(tx: Queryable, receivedBy: Date): Promise<ErasureRequestRow | undefined> {
  const [claimed] = await queryRows<{ id: string }>(
    tx,
    sql`select id from erasure_requests
        where status = 'requested' and reminder_sent_at is null and requested_at <= ${receivedBy.toISOString()}
        order by requested_at, id limit 1 for update skip locked`,
  );
  return claimed ? findRequest(tx, claimed.id) : undefined;
}
