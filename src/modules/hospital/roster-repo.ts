import { and, eq, isNull, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { wardRosterSignups } from '../../db/schema/index.js';

/** A slot of one of the program's wards, with its ward and host. */
export type ProgramSlotRow = {
  id: string;
  wardId: string;
  wardName: string;
  organizationName: string;
  weekday: number;
  startsAt: string;
  endsAt: string;
  capacity: number;
  task: string | null;
  activeFrom: string;
  activeUntil: string | null;
};

const slotSelect = sql`select s.id, s.ward_id as "wardId", w.name as "wardName", o.name as "organizationName", s.weekday,
         s.starts_at::text as "startsAt", s.ends_at::text as "endsAt", s.capacity, s.task,
         s.active_from::text as "activeFrom", s.active_until::text as "activeUntil"
       from ward_roster_slots s join wards w on w.id = s.ward_id join organizations o on o.id = w.organization_id`;

export async function slotsOfProgram(db: Queryable, programId: string): Promise<ProgramSlotRow[]> {
  return queryRows<ProgramSlotRow>(
    db,
    sql`${slotSelect} where w.program_id = ${programId} order by o.sort_key collate "C", w.name, s.weekday, s.starts_at, s.id`,
  );
}

export async function slotsOfWardWithNames(db: Queryable, wardId: string): Promise<ProgramSlotRow[]> {
  return queryRows<ProgramSlotRow>(db, sql`${slotSelect} where s.ward_id = ${wardId} order by s.weekday, s.starts_at, s.id`);
}

/** A slot with its ward's program, for a sign-up. */
export async function findProgramSlot(db: Queryable, slotId: string): Promise<(ProgramSlotRow & { programId: string }) | undefined> {
  const [row] = await queryRows<ProgramSlotRow & { programId: string }>(
    db,
    sql`select x.*, w.program_id as "programId" from (${slotSelect} where s.id = ${slotId}) x join wards w on w.id = x."wardId"`,
  );
  return row;
}

/** An active sign-up with the volunteer's name (family name first, with the Hungarian sort key). */
export type SignupRow = {
  id: string;
  slotId: string;
  weekStart: string;
  volunteerId: string;
  familyName: string;
  givenName: string;
  sortKey: string;
};

/** The active sign-ups of these slots in these weeks, names in Hungarian order. */
export async function signupsOf(db: Queryable, slotIds: readonly string[], weeks: readonly string[]): Promise<SignupRow[]> {
  if (slotIds.length === 0 || weeks.length === 0) return [];
  return queryRows<SignupRow>(
    db,
    sql`select r.id, r.slot_id as "slotId", r.week_start::text as "weekStart", v.id as "volunteerId",
               v.family_name as "familyName", v.given_name as "givenName", v.sort_key as "sortKey"
        from ward_roster_signups r join volunteers v on v.id = r.volunteer_id
        where r.cancelled_at is null and r.slot_id = any(${arrayParam(slotIds, 'uuid')})
          and r.week_start = any(${arrayParam(weeks, 'text')}::date[])
        order by r.week_start, v.sort_key collate "C", v.id`,
  );
}

/** Locks the slot row: sign-ups to one slot are counted and added one at a time in every process. */
export async function lockSlot(tx: Queryable, slotId: string): Promise<{ capacity: number } | undefined> {
  const [row] = await queryRows<{ capacity: number }>(tx, sql`select capacity from ward_roster_slots where id = ${slotId} for update`);
  return row;
}

export async function countActiveSignups(tx: Queryable, slotId: string, weekStart: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from ward_roster_signups where slot_id = ${slotId} and week_start = ${weekStart} and cancelled_at is null`,
  );
  return row?.n ?? 0;
}

export async function findActiveSignup(tx: Queryable, slotId: string, volunteerId: string, weekStart: string) {
  const [row] = await tx
    .select({ id: wardRosterSignups.id })
    .from(wardRosterSignups)
    .where(
      and(
        eq(wardRosterSignups.slotId, slotId),
        eq(wardRosterSignups.volunteerId, volunteerId),
        eq(wardRosterSignups.weekStart, weekStart),
        isNull(wardRosterSignups.cancelledAt),
      ),
    )
    .limit(1);
  return row;
}

export async function insertSignup(tx: Queryable, values: typeof wardRosterSignups.$inferInsert) {
  const [row] = await tx.insert(wardRosterSignups).values(values).returning();
  if (!row) throw new Error('sign-up insert returned nothing');
  return row;
}

/** A sign-up with its slot, ward, program and volunteer, for a cancellation. */
export async function findSignupFacts(db: Queryable, id: string) {
  const [row] = await queryRows<{
    id: string;
    slotId: string;
    weekStart: string;
    cancelledAt: Date | null;
    volunteerId: string;
    volunteerUserId: string | null;
    wardId: string;
    programId: string;
    centerId: string;
    weekday: number;
    startsAt: string;
    endsAt: string;
    activeFrom: string;
    activeUntil: string | null;
  }>(
    db,
    sql`select r.id, r.slot_id as "slotId", r.week_start::text as "weekStart", r.cancelled_at as "cancelledAt",
               r.volunteer_id as "volunteerId", v.user_id as "volunteerUserId", s.ward_id as "wardId", w.program_id as "programId",
               p.center_id as "centerId", s.weekday, s.starts_at::text as "startsAt", s.ends_at::text as "endsAt",
               s.active_from::text as "activeFrom", s.active_until::text as "activeUntil"
        from ward_roster_signups r join ward_roster_slots s on s.id = r.slot_id join wards w on w.id = s.ward_id
             join programs p on p.id = w.program_id join volunteers v on v.id = r.volunteer_id
        where r.id = ${id}`,
  );
  return row;
}

export async function cancelSignupRow(tx: Queryable, id: string, at: Date) {
  const [row] = await tx
    .update(wardRosterSignups)
    .set({ cancelledAt: at })
    .where(and(eq(wardRosterSignups.id, id), isNull(wardRosterSignups.cancelledAt)))
    .returning();
  return row;
}

/** The volunteer's active sign-ups to the program's slots from `fromWeek` on. */
export async function signupsOfVolunteer(
  db: Queryable,
  volunteerId: string,
  programId: string,
  fromWeek: string,
): Promise<{ id: string; slotId: string; weekStart: string }[]> {
  return queryRows(
    db,
    sql`select r.id, r.slot_id as "slotId", r.week_start::text as "weekStart"
        from ward_roster_signups r join ward_roster_slots s on s.id = r.slot_id join wards w on w.id = s.ward_id
        where r.volunteer_id = ${volunteerId} and w.program_id = ${programId} and r.cancelled_at is null and r.week_start >= ${fromWeek}
        order by r.week_start`,
  );
}
