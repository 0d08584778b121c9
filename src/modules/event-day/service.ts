import { inArray } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.js';
import { centers } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, centersVisibleTo, refusalFor, requireActor, requirePermission } from '../../platform/authz.js';
import { budapestToInstant, toBudapestLocal } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { hungarianCollator } from '../../platform/i18n.js';
import { type ListParams, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import type { Choice } from '../inquiries/choices-repo.js';
import {
  deleteEventVolunteer,
  deleteTaskRow,
  type EventDayRecord,
  type EventDayRow,
  findCenterPrograms,
  findCenterVolunteer,
  findEventDay,
  findEventDays,
  findEventVolunteer,
  findTask,
  insertEventDay,
  insertTask,
  lockEventDay,
  moveEventDayTimes,
  type TaskValues,
  updateEventDayRow,
  updateTaskRow,
  upsertEventVolunteers,
} from './repo.js';
import type { EventDayInput, EventDaySort, EventVolunteerInput, TaskInput } from './schema.js';

/**
 * Event days (issue 16, ADR 026): a center's coordinators (permission programs.manage) prepare the
 * tasks × time slots and the volunteers' wishes, run the optimal assignment (run-service.ts), pin,
 * re-run and publish. Another center's event day answers 404, as if it did not exist.
 */

export type EventDay = NonNullable<Awaited<ReturnType<typeof findEventDay>>>;

const permission = 'programs.manage' as const;

/** The centers whose event days the actor manages. */
export function eventDayReach(actor: Actor | null): 'all' | string[] {
  requirePermission(actor, permission);
  return centersVisibleTo(actor, permission);
}

/** The event day, if the actor may manage it; 404 otherwise (stranger policy). */
export async function requireEventDay(db: Queryable, actor: Actor | null, id: string): Promise<EventDay> {
  const reach = eventDayReach(actor);
  const row = await findEventDay(db, id);
  if (!row || (reach !== 'all' && !reach.includes(row.centerId))) throw refusalFor(false, 'event day');
  return row;
}

const sorters: Record<EventDaySort, (a: EventDayRow, b: EventDayRow) => number> = {
  day: (a, b) => a.day.localeCompare(b.day),
  name: (a, b) => hungarianCollator.compare(a.name, b.name),
  status: (a, b) => a.status.localeCompare(b.status),
};

/** Sorted in Hungarian order in memory: a center holds tens of event days, not thousands. */
async function sortedEventDays(db: Queryable, actor: Actor | null, params: ListParams<EventDaySort>): Promise<EventDayRow[]> {
  const rows = await findEventDays(db, eventDayReach(actor));
  const sign = params.dir === 'desc' ? -1 : 1;
  return rows.sort((a, b) => sign * (sorters[params.sort](a, b) || hungarianCollator.compare(a.name, b.name)) || a.id.localeCompare(b.id));
}

export async function listEventDays(db: Queryable, actor: Actor | null, params: ListParams<EventDaySort>): Promise<Page<EventDayRow>> {
  const rows = await sortedEventDays(db, actor, params);
  const start = (params.page - 1) * params.pageSize;
  return pageOf(rows.slice(start, start + params.pageSize), rows.length, params);
}

export const exportEventDays = sortedEventDays;

/** The centers in which the actor may create an event day. */
export async function eventDayCenters(db: Queryable, actor: Actor | null): Promise<Choice[]> {
  const reach = eventDayReach(actor);
  const rows = await db
    .select({ id: centers.id, name: centers.name })
    .from(centers)
    .where(reach === 'all' ? undefined : inArray(centers.id, reach.length ? reach : ['00000000-0000-0000-0000-000000000000']));
  return rows.sort((a, b) => hungarianCollator.compare(a.name, b.name));
}

export async function programChoices(db: Queryable, centerId: string): Promise<Choice[]> {
  return findCenterPrograms(db, centerId);
}

async function checkedProgram(db: Queryable, centerId: string, programId: string | undefined): Promise<string | null> {
  if (!programId) return null;
  if (!(await findCenterPrograms(db, centerId)).some((p) => p.id === programId))
    throw new FieldValidationError({ programId: { key: 'eventDay.error.program' } });
  return programId;
}

export async function createEventDay(db: Database, actor: Actor | null, center: Choice, input: EventDayInput): Promise<string> {
  const a = requireActor(actor);
  const reach = eventDayReach(actor);
  if (reach !== 'all' && !reach.includes(center.id)) throw refusalFor(false, 'center');
  const programId = await checkedProgram(db, center.id, input.programId);
  return db.transaction(async (tx) => {
    const row = await insertEventDay(tx, { centerId: center.id, name: input.name, day: input.day, place: input.place ?? null, programId, createdBy: a.userId });
    await recordAudit(tx, { actorUserId: a.userId, centerId: center.id, action: 'create', entityType: 'event_day', entityId: row.id, after: row });
    return row.id;
  });
}

export async function updateEventDay(db: Database, actor: Actor | null, id: string, input: EventDayInput): Promise<void> {
  const before = await requireEventDay(db, actor, id);
  const a = requireActor(actor);
  const programId = await checkedProgram(db, before.centerId, input.programId);
  await db.transaction(async (tx) => {
    // A new date moves the tasks and the volunteers' hours with it: the times stay as entered. A
    // published assignment goes back to solved, so the volunteers hear of the new date when it is published again.
    const moved = input.day !== before.day;
    if (moved) await moveEventDayTimes(tx, id, before.day, input.day);
    const status = moved && before.status === 'published' ? 'solved' : before.status;
    const after = await updateEventDayRow(tx, id, { name: input.name, day: input.day, place: input.place ?? null, programId, status });
    await recordAudit(tx, { actorUserId: a.userId, centerId: before.centerId, action: 'update', entityType: 'event_day', entityId: id, before, after });
  });
}

/** A time of the event's day ("08:30", Budapest) as an instant. */
export const atTime = (day: string, time: string) => budapestToInstant(day, time);
/** An instant as "08:30" on the Budapest wall clock. */
export const timeOf = (instant: Date) => toBudapestLocal(instant).slice(11, 16);

function taskValues(eventDay: EventDayRecord, input: TaskInput): TaskValues {
  return {
    name: input.name,
    startsAt: atTime(eventDay.day, input.startsAt),
    endsAt: atTime(eventDay.day, input.endsAt),
    capacity: input.capacity,
    requiredSeats: input.requiredSeats,
    requiredQualifications: input.requiredQualifications,
    minAge: input.minAge ?? null,
  };
}

export async function addTask(db: Database, actor: Actor | null, id: string, input: TaskInput): Promise<void> {
  const eventDay = await requireEventDay(db, actor, id);
  const a = requireActor(actor);
  await db.transaction(async (tx) => {
    const row = await insertTask(tx, id, taskValues(eventDay, input));
    await recordAudit(tx, { actorUserId: a.userId, centerId: eventDay.centerId, action: 'create', entityType: 'event_day_task', entityId: row.id, after: row });
  });
}

export async function requireTask(db: Queryable, actor: Actor | null, id: string, taskId: string) {
  const eventDay = await requireEventDay(db, actor, id);
  const task = await findTask(db, id, taskId);
  if (!task) throw new NotFoundError('event day task');
  return { eventDay, task };
}

export async function updateTask(db: Database, actor: Actor | null, id: string, taskId: string, input: TaskInput): Promise<void> {
  const { eventDay, task } = await requireTask(db, actor, id, taskId);
  const a = requireActor(actor);
  await db.transaction(async (tx) => {
    const after = await updateTaskRow(tx, taskId, taskValues(eventDay, input));
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: eventDay.centerId,
      action: 'update',
      entityType: 'event_day_task',
      entityId: taskId,
      before: task,
      after,
    });
  });
}

export async function removeTask(db: Database, actor: Actor | null, id: string, taskId: string): Promise<void> {
  const { eventDay, task } = await requireTask(db, actor, id, taskId);
  const a = requireActor(actor);
  await db.transaction(async (tx) => {
    await deleteTaskRow(tx, taskId);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: eventDay.centerId,
      action: 'delete',
      entityType: 'event_day_task',
      entityId: taskId,
      before: task,
    });
  });
}

/** A volunteer's wishes as stored: the times on the event's day (Budapest). The form and the import both use it. */
export function wishValues(eventDay: Pick<EventDayRecord, 'day'>, input: EventVolunteerInput) {
  return {
    rankedTasks: input.rankedTasks,
    availableFrom: input.availableFrom ? atTime(eventDay.day, input.availableFrom) : null,
    availableUntil: input.availableUntil ? atTime(eventDay.day, input.availableUntil) : null,
    friendVolunteerId: input.friendVolunteerId ?? null,
    maxSlots: input.maxSlots,
  };
}

/** Adds a volunteer of the event day's center, or changes their wishes. */
export async function saveEventVolunteer(db: Database, actor: Actor | null, id: string, input: EventVolunteerInput): Promise<void> {
  const eventDay = await requireEventDay(db, actor, id);
  const a = requireActor(actor);
  if (!(await findCenterVolunteer(db, eventDay.centerId, input.volunteerId)))
    throw new FieldValidationError({ volunteerId: { key: 'eventDay.error.volunteer' } });
  if (input.friendVolunteerId && !(await findEventVolunteer(db, id, input.friendVolunteerId))) {
    throw new FieldValidationError({ friendVolunteerId: { key: 'eventDay.error.friend' } });
  }
  const values = wishValues(eventDay, input);
  await db.transaction(async (tx) => {
    const before = await findEventVolunteer(tx, id, input.volunteerId);
    await upsertEventVolunteers(tx, id, [{ volunteerId: input.volunteerId, ...values }]);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: eventDay.centerId,
      action: before ? 'update' : 'create',
      entityType: 'event_day_volunteer',
      entityId: `${id}/${input.volunteerId}`,
      before,
      after: values,
    });
  });
}

export async function removeEventVolunteer(db: Database, actor: Actor | null, id: string, volunteerId: string): Promise<void> {
  const eventDay = await requireEventDay(db, actor, id);
  const a = requireActor(actor);
  const before = await findEventVolunteer(db, id, volunteerId);
  if (!before) throw new NotFoundError('event day volunteer');
  await db.transaction(async (tx) => {
    await lockEventDay(tx, id);
    await deleteEventVolunteer(tx, id, volunteerId);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: eventDay.centerId,
      action: 'delete',
      entityType: 'event_day_volunteer',
      entityId: `${id}/${volunteerId}`,
      before,
    });
  });
}
