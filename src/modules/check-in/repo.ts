import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { applications, opportunities, organizations, shiftCheckIns, shifts, volunteers } from '../../db/schema/index.js';

/** A shift with what the check-in pages show and check: its opportunity and host organization. */
export type CheckInShift = {
  id: string;
  opportunityId: string;
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
  checkInCode: string | null;
  opportunityTitle: string;
  organizationId: string;
  organizationName: string;
  centerId: string;
  organizationPointId: string | null;
};

const shiftColumns = {
  id: shifts.id,
  opportunityId: shifts.opportunityId,
  startsAt: shifts.startsAt,
  endsAt: shifts.endsAt,
  cancelledAt: shifts.cancelledAt,
  checkInCode: shifts.checkInCode,
  opportunityTitle: opportunities.title,
  organizationId: organizations.id,
  organizationName: organizations.name,
  centerId: organizations.centerId,
  organizationPointId: organizations.pointId,
};

function shiftQuery(db: Queryable) {
  return db
    .select(shiftColumns)
    .from(shifts)
    .innerJoin(opportunities, eq(opportunities.id, shifts.opportunityId))
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId));
}

export async function findShiftById(db: Queryable, shiftId: string): Promise<CheckInShift | undefined> {
  const [row] = await shiftQuery(db).where(eq(shifts.id, shiftId));
  return row;
}

export async function findShiftByCode(db: Queryable, code: string): Promise<CheckInShift | undefined> {
  const [row] = await shiftQuery(db).where(eq(shifts.checkInCode, code));
  return row;
}

/** Sets the code; with `onlyIfMissing` only when none exists yet (two first visits agree on one code). */
export async function setCheckInCode(db: Queryable, shiftId: string, code: string, onlyIfMissing: boolean): Promise<boolean> {
  const rows = await db
    .update(shifts)
    .set({ checkInCode: code })
    .where(onlyIfMissing ? and(eq(shifts.id, shiftId), isNull(shifts.checkInCode)) : eq(shifts.id, shiftId))
    .returning({ id: shifts.id });
  return rows.length > 0;
}

export async function findVolunteerIdOfUser(db: Queryable, userId: string): Promise<string | undefined> {
  const [row] = await db.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.userId, userId));
  return row?.id;
}

/** The volunteer's accepted/active placement for this shift, or for the opportunity without a shift (the shift's own first). */
export async function findPlacementForShift(db: Queryable, volunteerId: string, shift: { id: string; opportunityId: string }) {
  const rows = await db
    .select({ id: applications.id, shiftId: applications.shiftId })
    .from(applications)
    .where(
      and(
        eq(applications.volunteerId, volunteerId),
        eq(applications.opportunityId, shift.opportunityId),
        inArray(applications.status, ['accepted', 'active']),
        or(eq(applications.shiftId, shift.id), isNull(applications.shiftId)),
      ),
    );
  return rows.find((r) => r.shiftId === shift.id) ?? rows[0];
}

/** The volunteer's latest check-in on the shift (open or closed). */
export async function findLatestCheckIn(db: Queryable, shiftId: string, volunteerId: string) {
  const [row] = await db
    .select()
    .from(shiftCheckIns)
    .where(and(eq(shiftCheckIns.shiftId, shiftId), eq(shiftCheckIns.volunteerId, volunteerId)))
    .orderBy(desc(shiftCheckIns.checkedInAt))
    .limit(1);
  return row;
}

/** The open check-in, locked until the transaction ends (a double tap checks out once). */
export async function lockOpenCheckIn(db: Queryable, shiftId: string, volunteerId: string) {
  const [row] = await db
    .select()
    .from(shiftCheckIns)
    .where(and(eq(shiftCheckIns.shiftId, shiftId), eq(shiftCheckIns.volunteerId, volunteerId), isNull(shiftCheckIns.checkedOutAt)))
    .for('update');
  return row;
}

export async function insertCheckIn(db: Queryable, values: typeof shiftCheckIns.$inferInsert) {
  const [row] = await db.insert(shiftCheckIns).values(values).onConflictDoNothing().returning();
  return row;
}

export async function closeCheckIn(db: Queryable, id: string, checkedOutAt: Date, hourEntryId: string) {
  const [row] = await db.update(shiftCheckIns).set({ checkedOutAt, hourEntryId }).where(eq(shiftCheckIns.id, id)).returning();
  return row;
}

export type CheckInRow = { id: string; familyName: string; givenName: string; checkedInAt: Date; checkedOutAt: Date | null };

/** Everyone who checked in to the shift, in check-in order. */
export async function listCheckIns(db: Queryable, shiftId: string): Promise<CheckInRow[]> {
  return db
    .select({
      id: shiftCheckIns.id,
      familyName: volunteers.familyName,
      givenName: volunteers.givenName,
      checkedInAt: shiftCheckIns.checkedInAt,
      checkedOutAt: shiftCheckIns.checkedOutAt,
    })
    .from(shiftCheckIns)
    .innerJoin(volunteers, eq(volunteers.id, shiftCheckIns.volunteerId))
    .where(eq(shiftCheckIns.shiftId, shiftId))
    .orderBy(asc(shiftCheckIns.checkedInAt));
}

/** One volunteer signed up for the shift, with their latest hour entry for it that still counts (not rejected). */
export type RosterRow = {
  applicationId: string;
  familyName: string;
  givenName: string;
  sortKey: string;
  status: string;
  entryId: string | null;
  entryStatus: string | null;
  entryMinutes: number | null;
};

/** The shift's roster: its sign-ups that the organization agreed to (or marked a no-show), in Hungarian order. */
export function listRoster(db: Queryable, shiftId: string): Promise<RosterRow[]> {
  return queryRows<RosterRow>(
    db,
    sql`select a.id as "applicationId", v.family_name as "familyName", v.given_name as "givenName", v.sort_key as "sortKey", a.status,
               h.id as "entryId", h.status as "entryStatus", h.minutes as "entryMinutes"
          from applications a
          join volunteers v on v.id = a.volunteer_id
          left join lateral (
            select e.id, e.status, e.minutes from hour_entries e
             where e.application_id = a.id and e.shift_id = ${shiftId} and e.status <> 'rejected'
             order by e.created_at desc limit 1
          ) h on true
         where a.shift_id = ${shiftId} and a.status in ('accepted', 'active', 'completed', 'no_show')
         order by v.sort_key collate "C", a.id`,
  );
}
