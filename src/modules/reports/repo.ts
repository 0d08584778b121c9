import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { hourEntries, organizations, volunteers } from '../../db/schema/index.js';
import type { ApprovedMinutes } from './aggregate.js';

export type ReportOrganization = { id: string; name: string; centerId: string; pointId: string | null };

export async function findReportOrganization(db: Queryable, organizationId: string): Promise<ReportOrganization | undefined> {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, centerId: organizations.centerId, pointId: organizations.pointId })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .limit(1);
  return row;
}

/**
 * The organization's APPROVED minutes in a calendar year, summed per day, volunteer and exact
 * activity text (the case-insensitive grouping happens in aggregate.ts).
 */
export async function findApprovedMinutes(db: Queryable, organizationId: string, year: number): Promise<ApprovedMinutes[]> {
  const minutes = sql<number>`sum(${hourEntries.minutes})::int`;
  const rows = await db
    .select({
      activityDay: hourEntries.activityDay,
      volunteerId: hourEntries.volunteerId,
      birthDate: volunteers.birthDate,
      activity: hourEntries.activity,
      minutes,
    })
    .from(hourEntries)
    .innerJoin(volunteers, eq(volunteers.id, hourEntries.volunteerId))
    .where(
      and(
        eq(hourEntries.organizationId, organizationId),
        eq(hourEntries.status, 'approved'),
        gte(hourEntries.activityDay, `${year}-01-01`),
        lte(hourEntries.activityDay, `${year}-12-31`),
      ),
    )
    .groupBy(hourEntries.activityDay, hourEntries.volunteerId, volunteers.birthDate, hourEntries.activity)
    .orderBy(asc(hourEntries.activityDay));
  return rows.map((r) => ({ ...r, minutes: Number(r.minutes) }));
}

/** The years in which the organization has approved hours, newest first. */
export async function findYearsWithApprovedHours(db: Queryable, organizationId: string): Promise<number[]> {
  const year = sql<number>`extract(year from ${hourEntries.activityDay})::int`;
  const rows = await db
    .selectDistinct({ year })
    .from(hourEntries)
    .where(and(eq(hourEntries.organizationId, organizationId), eq(hourEntries.status, 'approved')))
    .orderBy(sql`1 desc`);
  return rows.map((r) => Number(r.year));
}
