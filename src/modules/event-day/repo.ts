import { and, asc, eq, getTableColumns, inArray, or, type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import {
  centers,
  eventDayAssignments,
  eventDays,
  eventDayTasks,
  eventDayVolunteers,
  programs,
  volunteerQualifications,
  volunteers,
} from '../../db/schema/index.js';

export type EventDayRecord = typeof eventDays.$inferSelect;
export type EventDayRow = EventDayRecord & { centerName: string; programName: string | null; taskCount: number; volunteerCount: number };
export type TaskRecord = typeof eventDayTasks.$inferSelect;
export type EventVolunteerRecord = typeof eventDayVolunteers.$inferSelect;
export type AssignmentRecord = typeof eventDayAssignments.$inferSelect;

/** A volunteer of the event day with what the hard rules and the rosters need. */
export type EventVolunteerRow = EventVolunteerRecord & {
  familyName: string;
  givenName: string;
  email: string | null;
  birthDate: string | null;
  guardianConsentAt: Date | null;
  qualifications: { name: string; validUntil: string | null }[];
};

const reachWhere = (reach: 'all' | string[]): SQL | undefined => (reach === 'all' ? undefined : reach.length ? inArray(eventDays.centerId, reach) : sql`false`);

/** Every event day of the centers in reach, with counts (a center has tens of them: sorted and paged by the service). */
export async function findEventDays(db: Queryable, reach: 'all' | string[]): Promise<EventDayRow[]> {
  return db
    .select({
      ...getTableColumns(eventDays),
      centerName: centers.name,
      programName: programs.name,
      taskCount: sql<number>`(select count(*)::int from event_day_tasks t where t.event_day_id = ${eventDays.id})`,
      volunteerCount: sql<number>`(select count(*)::int from event_day_volunteers v where v.event_day_id = ${eventDays.id})`,
    })
    .from(eventDays)
    .innerJoin(centers, eq(centers.id, eventDays.centerId))
    .leftJoin(programs, eq(programs.id, eventDays.programId))
    .where(reachWhere(reach));
}

export async function findEventDay(db: Queryable, id: string): Promise<(EventDayRecord & { centerName: string; programName: string | null }) | undefined> {
  const [row] = await db
    .select({ ...getTableColumns(eventDays), centerName: centers.name, programName: programs.name })
    .from(eventDays)
    .innerJoin(centers, eq(centers.id, eventDays.centerId))
    .leftJoin(programs, eq(programs.id, eventDays.programId))
    .where(eq(eventDays.id, id));
  return row;
}

export async function lockEventDay(db: Queryable, id: string): Promise<void> {
  await db.execute(sql`select id from event_days where id = ${id} for update`);
}

export type EventDayValues = Pick<EventDayRecord, 'name' | 'day' | 'place' | 'programId'>;

export async function insertEventDay(db: Queryable, values: EventDayValues & { centerId: string; createdBy: string | null }): Promise<EventDayRecord> {
  const [row] = await db.insert(eventDays).values(values).returning();
  return row as EventDayRecord;
}

export async function updateEventDayRow(db: Queryable, id: string, values: Partial<EventDayRecord>): Promise<EventDayRecord> {
  const [row] = await db
    .update(eventDays)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(eventDays.id, id))
    .returning();
  return row as EventDayRecord;
}

export function findTasks(db: Queryable, eventDayId: string): Promise<TaskRecord[]> {
  return db
    .select()
    .from(eventDayTasks)
    .where(eq(eventDayTasks.eventDayId, eventDayId))
    .orderBy(asc(eventDayTasks.startsAt), asc(eventDayTasks.name), asc(eventDayTasks.id));
}

export async function findTask(db: Queryable, eventDayId: string, taskId: string): Promise<TaskRecord | undefined> {
  const [row] = await db
    .select()
    .from(eventDayTasks)
    .where(and(eq(eventDayTasks.eventDayId, eventDayId), eq(eventDayTasks.id, taskId)));
  return row;
}

export type TaskValues = Pick<TaskRecord, 'name' | 'startsAt' | 'endsAt' | 'capacity' | 'requiredSeats' | 'requiredQualifications' | 'minAge'>;

export async function insertTask(db: Queryable, eventDayId: string, values: TaskValues): Promise<TaskRecord> {
  const [row] = await db
    .insert(eventDayTasks)
    .values({ ...values, eventDayId })
    .returning();
  return row as TaskRecord;
}

export async function updateTaskRow(db: Queryable, taskId: string, values: TaskValues): Promise<TaskRecord> {
  const [row] = await db.update(eventDayTasks).set(values).where(eq(eventDayTasks.id, taskId)).returning();
  return row as TaskRecord;
}

/**
 * The event day moved from `fromDay` to `toDay`: every task and every volunteer's availability keeps
 * its Budapest wall-clock time on the new day (daylight saving included).
 */
export async function moveEventDayTimes(db: Queryable, eventDayId: string, fromDay: string, toDay: string): Promise<void> {
  const moved = (column: SQL) =>
    sql`((${column} at time zone 'Europe/Budapest') + (${toDay}::date - ${fromDay}::date) * interval '1 day') at time zone 'Europe/Budapest'`;
  await db.execute(sql`update event_day_tasks set starts_at = ${moved(sql`starts_at`)}, ends_at = ${moved(sql`ends_at`)} where event_day_id = ${eventDayId}`);
  await db.execute(
    sql`update event_day_volunteers set available_from = ${moved(sql`available_from`)}, available_until = ${moved(sql`available_until`)}
        where event_day_id = ${eventDayId}`,
  );
}

export async function deleteTaskRow(db: Queryable, taskId: string): Promise<void> {
  await db.delete(eventDayTasks).where(eq(eventDayTasks.id, taskId));
}

export async function findEventVolunteers(db: Queryable, eventDayId: string): Promise<EventVolunteerRow[]> {
  const rows = await db
    .select({
      ...getTableColumns(eventDayVolunteers),
      familyName: volunteers.familyName,
      givenName: volunteers.givenName,
      email: volunteers.email,
      birthDate: volunteers.birthDate,
      guardianConsentAt: volunteers.guardianConsentAt,
      sortKey: volunteers.sortKey,
    })
    .from(eventDayVolunteers)
    .innerJoin(volunteers, eq(volunteers.id, eventDayVolunteers.volunteerId))
    .where(eq(eventDayVolunteers.eventDayId, eventDayId))
    .orderBy(sql`${volunteers.sortKey} collate "C"`, asc(volunteers.id));
  const ids = rows.map((r) => r.volunteerId);
  const held = ids.length
    ? await db
        .select({ volunteerId: volunteerQualifications.volunteerId, name: volunteerQualifications.name, validUntil: volunteerQualifications.validUntil })
        .from(volunteerQualifications)
        .where(inArray(volunteerQualifications.volunteerId, ids))
    : [];
  return rows.map(({ sortKey: _sortKey, ...r }) => ({
    ...r,
    qualifications: held.filter((q) => q.volunteerId === r.volunteerId).map((q) => ({ name: q.name, validUntil: q.validUntil })),
  }));
}

export async function findEventVolunteer(db: Queryable, eventDayId: string, volunteerId: string): Promise<EventVolunteerRecord | undefined> {
  const [row] = await db
    .select()
    .from(eventDayVolunteers)
    .where(and(eq(eventDayVolunteers.eventDayId, eventDayId), eq(eventDayVolunteers.volunteerId, volunteerId)));
  return row;
}

export type EventVolunteerValues = Pick<EventVolunteerRecord, 'rankedTasks' | 'availableFrom' | 'availableUntil' | 'friendVolunteerId' | 'maxSlots'>;

/** Adds volunteers or replaces their wishes (the form: one; an import: many, 500 rows a statement). */
export async function upsertEventVolunteers(db: Queryable, eventDayId: string, rows: (EventVolunteerValues & { volunteerId: string })[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(eventDayVolunteers)
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, eventDayId })))
      .onConflictDoUpdate({
        target: [eventDayVolunteers.eventDayId, eventDayVolunteers.volunteerId],
        set: {
          rankedTasks: sql`excluded.ranked_tasks`,
          availableFrom: sql`excluded.available_from`,
          availableUntil: sql`excluded.available_until`,
          friendVolunteerId: sql`excluded.friend_volunteer_id`,
          maxSlots: sql`excluded.max_slots`,
        },
      });
  }
}

/** The ids of the event day's volunteers. */
export async function eventVolunteerIds(db: Queryable, eventDayId: string): Promise<Set<string>> {
  const rows = await db.select({ id: eventDayVolunteers.volunteerId }).from(eventDayVolunteers).where(eq(eventDayVolunteers.eventDayId, eventDayId));
  return new Set(rows.map((r) => r.id));
}

/** The center's volunteers (not erased) with these e-mail addresses (the profile's or the account's), by lower-case address. */
export async function centerVolunteersByEmail(db: Queryable, centerId: string, emails: string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const rows = await queryRows<{ email: string; id: string }>(
    db,
    sql`select lower(coalesce(v.email, u.email)) as email, v.id from volunteers v left join users u on u.id = v.user_id
        where v.center_id = ${centerId} and v.erased_at is null and lower(coalesce(v.email, u.email)) = any(${arrayParam(emails, 'text')})`,
  );
  return new Map(rows.map((r) => [r.email, r.id]));
}

export async function deleteEventVolunteer(db: Queryable, eventDayId: string, volunteerId: string): Promise<void> {
  await db.delete(eventDayAssignments).where(and(eq(eventDayAssignments.eventDayId, eventDayId), eq(eventDayAssignments.volunteerId, volunteerId)));
  await db.delete(eventDayVolunteers).where(and(eq(eventDayVolunteers.eventDayId, eventDayId), eq(eventDayVolunteers.volunteerId, volunteerId)));
}

/** Volunteers of the center whose name or e-mail contains the text (not erased), for the add form. */
export function searchCenterVolunteers(db: Queryable, centerId: string, q: string) {
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ id: volunteers.id, familyName: volunteers.familyName, givenName: volunteers.givenName, email: volunteers.email })
    .from(volunteers)
    .where(
      and(
        eq(volunteers.centerId, centerId),
        sql`${volunteers.erasedAt} is null`,
        or(sql`${volunteers.email} ilike ${like}`, sql`(${volunteers.familyName} || ' ' || ${volunteers.givenName}) ilike ${like}`),
      ),
    )
    .orderBy(sql`${volunteers.sortKey} collate "C"`, asc(volunteers.id))
    .limit(20);
}

export async function findCenterVolunteer(db: Queryable, centerId: string, volunteerId: string) {
  const [row] = await db
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(and(eq(volunteers.id, volunteerId), eq(volunteers.centerId, centerId), sql`${volunteers.erasedAt} is null`));
  return row;
}

export function findCenterPrograms(db: Queryable, centerId: string) {
  return db
    .select({ id: programs.id, name: programs.name })
    .from(programs)
    .where(eq(programs.centerId, centerId))
    .orderBy(sql`${programs.sortKey} collate "C"`);
}

export function findAssignments(db: Queryable, eventDayId: string): Promise<AssignmentRecord[]> {
  return db.select().from(eventDayAssignments).where(eq(eventDayAssignments.eventDayId, eventDayId));
}

export async function replaceAssignments(db: Queryable, eventDayId: string, rows: Omit<AssignmentRecord, 'eventDayId' | 'createdAt'>[]): Promise<void> {
  await db.delete(eventDayAssignments).where(eq(eventDayAssignments.eventDayId, eventDayId));
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(eventDayAssignments).values(rows.slice(i, i + 500).map((r) => ({ ...r, eventDayId })));
  }
}

export async function setAssignmentPinned(db: Queryable, eventDayId: string, taskId: string, volunteerId: string, pinned: boolean) {
  const [row] = await db
    .update(eventDayAssignments)
    .set({ pinned })
    .where(and(eq(eventDayAssignments.eventDayId, eventDayId), eq(eventDayAssignments.taskId, taskId), eq(eventDayAssignments.volunteerId, volunteerId)))
    .returning();
  return row;
}

/** Upcoming event days of the centers (for the dashboard): how many, and how many are not assigned yet. */
export async function countUpcoming(db: Queryable, reach: 'all' | string[], today: string): Promise<{ count: number; draft: number }> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, draft: sql<number>`(count(*) filter (where ${eventDays.status} = 'draft'))::int` })
    .from(eventDays)
    .where(and(reachWhere(reach), sql`${eventDays.day} >= ${today}`));
  return row ?? { count: 0, draft: 0 };
}

/** The centers' event days from `today` on (soonest first, at most `limit`), with how many there are and how many are still drafts. */
export async function findUpcomingEventDays(db: Queryable, centerIds: string[], today: string, limit: number) {
  const upcoming = and(inArray(eventDays.centerId, centerIds), sql`${eventDays.day} >= ${today}`);
  const [rows, [totals]] = await Promise.all([
    db
      .select({ id: eventDays.id, name: eventDays.name, day: eventDays.day, status: eventDays.status })
      .from(eventDays)
      .where(upcoming)
      .orderBy(asc(eventDays.day), asc(eventDays.name), asc(eventDays.id))
      .limit(limit),
    db
      .select({ count: sql<number>`count(*)::int`, draft: sql<number>`(count(*) filter (where ${eventDays.status} = 'draft'))::int` })
      .from(eventDays)
      .where(upcoming),
  ]);
  return { rows, count: totals?.count ?? 0, draft: totals?.draft ?? 0 };
}
