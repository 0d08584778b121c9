import { and, asc, eq, exists, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { applicationEvents, applications, opportunities, organizations, places, shifts, users, volunteers } from '../../db/schema/index.js';
import { shiftCancelledNote } from './cancelled-shift.js';

/** What a calendar entry of a shift shows; the application's id makes the event's UID. */
const calendarEntryColumns = {
  applicationId: applications.id,
  shiftId: shifts.id,
  startsAt: shifts.startsAt,
  endsAt: shifts.endsAt,
  revision: shifts.revision,
  title: opportunities.title,
  description: opportunities.description,
  address: opportunities.address,
  remote: opportunities.remote,
  placeName: places.name,
  organizationName: organizations.name,
  /** The volunteer's address (their own, else their account's): the ATTENDEE of a cancellation mail's .ics. */
  volunteerEmail: sql<string | null>`coalesce(${volunteers.email}, ${users.email})`,
};

/** The statuses that hold a seat, i.e. whose shift the volunteer can download as .ics. */
const seatedStatuses = ['accepted', 'active'];

/** A volunteer's applications with their shift, opportunity, organization and place: one calendar entry each. */
function calendarEntries(db: Queryable) {
  return db
    .select(calendarEntryColumns)
    .from(applications)
    .innerJoin(shifts, eq(shifts.id, applications.shiftId))
    .innerJoin(opportunities, eq(opportunities.id, applications.opportunityId))
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .innerJoin(volunteers, eq(volunteers.id, applications.volunteerId))
    .leftJoin(users, eq(users.id, volunteers.userId))
    .leftJoin(places, eq(places.id, opportunities.placeId));
}

/** The shifts a volunteer holds a seat on (accepted or active), for the .ics file and the feed. */
export async function seatedShiftsOfVolunteer(db: Queryable, volunteerId: string, options: { shiftId?: string; since?: Date } = {}) {
  return calendarEntries(db)
    .where(
      and(
        eq(applications.volunteerId, volunteerId),
        inArray(applications.status, seatedStatuses),
        isNull(shifts.cancelledAt),
        options.shiftId ? eq(shifts.id, options.shiftId) : undefined,
        options.since ? sql`${shifts.endsAt} >= ${options.since}` : undefined,
      ),
    )
    .orderBy(asc(shifts.startsAt))
    .limit(500);
}
export type SeatedShift = Awaited<ReturnType<typeof seatedShiftsOfVolunteer>>[number];

/**
 * The entries of a cancelled shift for the volunteers who held a seat on it when it was cancelled (so
 * they could download its live .ics), or for one of them. The cancellation ends such an application
 * as withdrawn with its own timeline note, which tells it apart from a volunteer who withdrew earlier
 * (their shift stopped being theirs then) and from the waitlist (never had a seat). The .ics download
 * and the cancellation mail both read this, so they carry the same event (same UID) as the live file.
 */
export async function cancelledShiftEntries(db: Queryable, shiftId: string, options: { volunteerId?: string } = {}): Promise<SeatedShift[]> {
  return calendarEntries(db)
    .where(
      and(
        options.volunteerId ? eq(applications.volunteerId, options.volunteerId) : undefined,
        eq(shifts.id, shiftId),
        isNotNull(shifts.cancelledAt),
        eq(applications.status, 'withdrawn'),
        exists(
          db
            .select({ one: sql`1` })
            .from(applicationEvents)
            .where(
              and(
                eq(applicationEvents.applicationId, applications.id),
                inArray(applicationEvents.fromStatus, seatedStatuses),
                eq(applicationEvents.toStatus, 'withdrawn'),
                eq(applicationEvents.note, shiftCancelledNote),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(applications.id));
}

/** The entries of a shift's seat holders (accepted or active), for the mails that move them to its new time. */
export async function seatedEntriesOfShift(db: Queryable, shiftId: string): Promise<SeatedShift[]> {
  return calendarEntries(db)
    .where(and(eq(shifts.id, shiftId), inArray(applications.status, seatedStatuses)))
    .orderBy(asc(applications.id));
}

/** The calendar entry of one application's shift, whatever its status (for the mail that moves or cancels it). */
export async function calendarEntryOfApplication(db: Queryable, applicationId: string): Promise<SeatedShift | undefined> {
  const [row] = await calendarEntries(db).where(eq(applications.id, applicationId)).limit(1);
  return row;
}

export async function findVolunteerIdByCalendarTokenHash(db: Queryable, hash: string): Promise<string | undefined> {
  const [row] = await db.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.calendarTokenHash, hash)).limit(1);
  return row?.id;
}

export async function setCalendarTokenHash(tx: Queryable, volunteerId: string, hash: string): Promise<void> {
  await tx.update(volunteers).set({ calendarTokenHash: hash, updatedAt: new Date() }).where(eq(volunteers.id, volunteerId));
}
