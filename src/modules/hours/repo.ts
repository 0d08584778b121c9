import { asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Queryable, queryRows } from '../../db/database.js';
import { hourEntries, organizations, users } from '../../db/schema/index.js';

export type HourEntryRecord = typeof hourEntries.$inferSelect;
export type HourEntryInsert = typeof hourEntries.$inferInsert;

export type { PlacementSummary as Placement } from '../placements/placement-summary.js';

export async function findOrganization(db: Queryable, organizationId: string) {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, centerId: organizations.centerId, pointId: organizations.pointId })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .limit(1);
  return row;
}

export async function findHourEntry(db: Queryable, id: string, options: { lock?: boolean } = {}) {
  if (options.lock) {
    const [row] = await queryRows<{ id: string }>(db, sql`select id from hour_entries where id = ${id} for update`);
    if (!row) return undefined;
  }
  const [row] = await db.select().from(hourEntries).where(eq(hourEntries.id, id)).limit(1);
  return row;
}

export async function insertHourEntry(tx: Queryable, values: HourEntryInsert): Promise<HourEntryRecord> {
  const [row] = await tx.insert(hourEntries).values(values).returning();
  if (!row) throw new Error('hour entry not inserted');
  return row;
}

export async function updateHourEntry(tx: Queryable, id: string, patch: Partial<HourEntryInsert>): Promise<HourEntryRecord | undefined> {
  const [row] = await tx
    .update(hourEntries)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(hourEntries.id, id))
    .returning();
  return row;
}

export async function deleteHourEntry(tx: Queryable, id: string): Promise<void> {
  await tx.delete(hourEntries).where(eq(hourEntries.id, id));
}

/** The placement's still-submitted entries, locked for a bulk decision. */
export async function lockSubmittedOfPlacement(tx: Queryable, applicationId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select id from hour_entries where application_id = ${applicationId} and status = 'submitted' order by id for update`,
  );
  return rows.map((r) => r.id);
}

const loggedBy = alias(users, 'logged_by');
const decidedBy = alias(users, 'decided_by');

/** An entry as lists show it: with who logged and who decided. */
const entryColumns = {
  entry: hourEntries,
  loggedByFamilyName: loggedBy.familyName,
  loggedByGivenName: loggedBy.givenName,
  decidedByFamilyName: decidedBy.familyName,
  decidedByGivenName: decidedBy.givenName,
};
export type HourEntryListRow = {
  entry: HourEntryRecord;
  loggedByFamilyName: string | null;
  loggedByGivenName: string | null;
  decidedByFamilyName: string | null;
  decidedByGivenName: string | null;
};

export async function listEntriesOfPlacement(db: Queryable, applicationId: string, page: { limit: number; offset: number }): Promise<HourEntryListRow[]> {
  return db
    .select(entryColumns)
    .from(hourEntries)
    .leftJoin(loggedBy, eq(loggedBy.id, hourEntries.loggedByUserId))
    .leftJoin(decidedBy, eq(decidedBy.id, hourEntries.decidedByUserId))
    .where(eq(hourEntries.applicationId, applicationId))
    .orderBy(desc(hourEntries.activityDay), desc(hourEntries.startsAt), desc(hourEntries.createdAt), asc(hourEntries.id))
    .limit(page.limit)
    .offset(page.offset);
}

/** Entries and minutes of a placement by status (submitted, approved, rejected). */
export async function totalsOfPlacement(db: Queryable, applicationId: string) {
  return queryRows<{ status: string; entries: number; minutes: number }>(
    db,
    sql`select status, count(*)::int as entries, coalesce(sum(minutes), 0)::int as minutes
        from hour_entries where application_id = ${applicationId} group by status`,
  );
}

/** Rows of the organization's and the coordinators' lists: the entry with its placement's names. */
export type ReviewRow = {
  id: string;
  applicationId: string;
  activityDay: string;
  startsAt: Date | null;
  endsAt: Date | null;
  minutes: number;
  activity: string;
  createdAt: Date;
  volunteerFamilyName: string;
  volunteerGivenName: string;
  organizationName: string;
  opportunityTitle: string;
};

export const reviewSorts = ['logged', 'day', 'volunteer', 'organization'] as const;
export type ReviewSort = (typeof reviewSorts)[number];

const reviewOrder: Record<ReviewSort, SQL> = {
  logged: sql`h.created_at`,
  day: sql`h.activity_day`,
  // Names sort by their Hungarian sort key (hungarian-sort-key.ts), byte order: "Cs" after "Cz", "Ö" after "O".
  volunteer: sql`v.sort_key collate "C"`,
  organization: sql`o.sort_key collate "C"`,
};

const reviewJoins = sql`
  from hour_entries h
  join applications a on a.id = h.application_id
  join volunteers v on v.id = h.volunteer_id
  join opportunities op on op.id = a.opportunity_id
  join organizations o on o.id = h.organization_id`;

export async function findReviewRows(
  db: Queryable,
  where: SQL,
  order: { sort: ReviewSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
): Promise<ReviewRow[]> {
  const dir = order.dir === 'desc' ? sql`desc` : sql`asc`;
  return queryRows<ReviewRow>(
    db,
    sql`select h.id, h.application_id as "applicationId", h.activity_day::text as "activityDay", h.starts_at as "startsAt",
          h.ends_at as "endsAt", h.minutes, h.activity, h.created_at as "createdAt",
          v.family_name as "volunteerFamilyName", v.given_name as "volunteerGivenName",
          o.name as "organizationName", op.title as "opportunityTitle"
        ${reviewJoins}
        where ${where}
        order by ${reviewOrder[order.sort]} ${dir}, h.created_at, h.id
        limit ${page.limit} offset ${page.offset}`,
  );
}

export async function countReviewRows(db: Queryable, where: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n ${reviewJoins} where ${where}`);
  return row?.n ?? 0;
}

/** Still-submitted entries of one organization. */
export const submittedOfOrganization = (organizationId: string): SQL => sql`h.organization_id = ${organizationId} and h.status = 'submitted'`;

/** Whose entries a coordinator sees: every center ('all'), some centers, and/or organizations of some Volunteer Points. */
export type HoursReach = { centers: 'all' | string[]; points: string[] };

function reachCondition(reach: HoursReach): SQL {
  if (reach.centers === 'all') return sql`true`;
  const parts: SQL[] = [];
  if (reach.centers.length)
    parts.push(
      sql`h.center_id in (${sql.join(
        reach.centers.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  if (reach.points.length)
    parts.push(
      sql`o.point_id in (${sql.join(
        reach.points.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/** Submitted entries logged before `cutoff`, in the coordinator's reach. */
export const staleInReach = (reach: HoursReach, cutoff: Date): SQL =>
  sql`h.status = 'submitted' and h.created_at < ${cutoff.toISOString()}::timestamptz and ${reachCondition(reach)}`;
