import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { ikszOccasions, schools } from '../../db/schema/index.js';

/**
 * The IKSZ block of the center reports (ADR 025: IKSZ is a ledger of its own, shown apart from Köt.
 * volunteering): per school of the center, the accepted IKSZ hours of occasions in the period and
 * the number of students they belong to.
 */
export type IkszReportRow = { schoolId: string; schoolName: string; students: number; minutes: number };

export async function ikszReportOf(db: Queryable, centerId: string, period: { from: string; to: string }): Promise<IkszReportRow[]> {
  const rows = await db
    .select({
      schoolId: schools.id,
      schoolName: schools.name,
      students: sql<number>`count(distinct ${ikszOccasions.studentId})::int`,
      minutes: sql<number>`coalesce(sum(${ikszOccasions.minutes}), 0)::int`,
    })
    .from(ikszOccasions)
    .innerJoin(schools, eq(schools.id, ikszOccasions.schoolId))
    .where(
      and(
        eq(schools.centerId, centerId),
        eq(ikszOccasions.status, 'accepted'),
        gte(ikszOccasions.activityDay, period.from),
        lte(ikszOccasions.activityDay, period.to),
      ),
    )
    .groupBy(schools.id, schools.name, schools.sortKey)
    .orderBy(asc(sql`${schools.sortKey} collate "C"`));
  return rows.map((r) => ({ ...r, students: Number(r.students), minutes: Number(r.minutes) }));
}
