import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { applications, opportunities, organizations, places, shifts, volunteers } from '../../db/schema/index.js';

/** The shifts a volunteer holds a seat on (accepted or active), for the .ics file and the feed. */
export async function seatedShiftsOfVolunteer(db: Queryable, volunteerId: string, options: { shiftId?: string; since?: Date } = {}) {
  return db
    .select({
      applicationId: applications.id,
      shiftId: shifts.id,
      startsAt: shifts.startsAt,
      endsAt: shifts.endsAt,
      title: opportunities.title,
      description: opportunities.description,
      address: opportunities.address,
      remote: opportunities.remote,
      placeName: places.name,
      organizationName: organizations.name,
    })
    .from(applications)
    .innerJoin(shifts, eq(shifts.id, applications.shiftId))
    .innerJoin(opportunities, eq(opportunities.id, applications.opportunityId))
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .leftJoin(places, eq(places.id, opportunities.placeId))
    .where(
      and(
        eq(applications.volunteerId, volunteerId),
        inArray(applications.status, ['accepted', 'active']),
        isNull(shifts.cancelledAt),
        options.shiftId ? eq(shifts.id, options.shiftId) : undefined,
        options.since ? sql`${shifts.endsAt} >= ${options.since}` : undefined,
      ),
    )
    .orderBy(asc(shifts.startsAt))
    .limit(500);
}
export type SeatedShift = Awaited<ReturnType<typeof seatedShiftsOfVolunteer>>[number];

export async function findVolunteerIdByCalendarTokenHash(db: Queryable, hash: string): Promise<string | undefined> {
  const [row] = await db.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.calendarTokenHash, hash)).limit(1);
  return row?.id;
}

export async function setCalendarTokenHash(tx: Queryable, volunteerId: string, hash: string): Promise<void> {
  await tx.update(volunteers).set({ calendarTokenHash: hash, updatedAt: new Date() }).where(eq(volunteers.id, volunteerId));
}
