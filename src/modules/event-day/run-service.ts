import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { formatDate, formatPersonName, translator } from '../../platform/i18n.js';
import { enqueueMail, systemMailHeaders } from '../../platform/mail.js';
import { FieldValidationError } from '../../platform/validation.js';
import {
  type AssignmentRecord,
  type EventVolunteerRow,
  findAssignments,
  findEventVolunteers,
  findTasks,
  lockEventDay,
  replaceAssignments,
  setAssignmentPinned,
  type TaskRecord,
  updateEventDayRow,
} from './repo.js';
import { type EventDay, requireEventDay, timeOf } from './service.js';
import { solveEventDay } from './solver.js';
import type { PairRule, SolverInput, SolverResult, UnassignedReason } from './solver-types.js';

/** What `event_days.last_run` keeps of a run: the figures, the unassigned volunteers' reasons and the pins that no longer hold. */
export type LastRun = {
  at: string;
  ms: number;
  filled: number;
  requiredFilled: number;
  requiredSeats: number;
  preference: number;
  friendsTogether: number;
  optimal: boolean;
  volunteers: number;
  unassigned: { volunteerId: string; reason: UnassignedReason }[];
  droppedPins: { volunteerId: string; taskId: string; rule: PairRule }[];
};

export type EventDayState = {
  eventDay: EventDay;
  tasks: TaskRecord[];
  volunteers: EventVolunteerRow[];
  assignments: AssignmentRecord[];
  lastRun: LastRun | null;
};

export async function loadEventDayState(db: Queryable, actor: Actor | null, id: string): Promise<EventDayState> {
  const eventDay = await requireEventDay(db, actor, id);
  const [tasks, volunteers, assignments] = await Promise.all([findTasks(db, id), findEventVolunteers(db, id), findAssignments(db, id)]);
  return { eventDay, tasks, volunteers, assignments, lastRun: (eventDay.lastRun as LastRun | null) ?? null };
}

/** The solver's input from the stored event day (pure data; the pins are the pinned assignments). */
export function solverInputOf(state: Pick<EventDayState, 'tasks' | 'volunteers' | 'assignments'>): SolverInput {
  return {
    tasks: state.tasks.map((t) => ({
      id: t.id,
      name: t.name,
      startsAt: t.startsAt,
      endsAt: t.endsAt,
      capacity: t.capacity,
      requiredSeats: t.requiredSeats,
      requiredQualifications: t.requiredQualifications,
      minAge: t.minAge,
    })),
    volunteers: state.volunteers.map((v) => ({
      id: v.volunteerId,
      birthDate: v.birthDate,
      guardianConsentAt: v.guardianConsentAt,
      qualifications: v.qualifications,
      rankedTasks: v.rankedTasks,
      availableFrom: v.availableFrom,
      availableUntil: v.availableUntil,
      friendId: v.friendVolunteerId,
      maxSlots: v.maxSlots,
    })),
    pins: state.assignments.filter((a) => a.pinned).map((a) => ({ volunteerId: a.volunteerId, taskId: a.taskId })),
  };
}

/**
 * Runs the optimal assignment and stores it (the pinned assignments kept). A published day is
 * re-run only when the coordinator confirmed it (its rosters were sent).
 */
export async function runAssignment(db: Database, actor: Actor | null, id: string, options: { confirmed: boolean }): Promise<SolverResult> {
  const state = await loadEventDayState(db, actor, id);
  const a = requireActor(actor);
  if (state.eventDay.status === 'published' && !options.confirmed) throw new FieldValidationError({ confirm: { key: 'eventDay.error.confirm' } });
  const result = solveEventDay(solverInputOf(state));
  const lastRun: LastRun = {
    at: new Date().toISOString(),
    ms: Math.round(result.ms),
    filled: result.objective.filled,
    requiredFilled: result.objective.requiredFilled,
    requiredSeats: state.tasks.reduce((sum, t) => sum + t.requiredSeats, 0),
    preference: result.objective.preference,
    friendsTogether: result.objective.friendsTogether,
    optimal: result.optimal,
    volunteers: state.volunteers.length,
    unassigned: result.unassigned,
    droppedPins: result.droppedPins,
  };
  await db.transaction(async (tx) => {
    await lockEventDay(tx, id);
    await replaceAssignments(
      tx,
      id,
      result.assignments.map((r) => ({ taskId: r.taskId, volunteerId: r.volunteerId, pinned: r.pinned, reason: r.reason, score: r.score })),
    );
    await updateEventDayRow(tx, id, { lastRun, status: 'solved', solvedAt: new Date() });
    const { unassigned: _u, ...figures } = lastRun;
    await recordAudit(tx, { actorUserId: a.userId, centerId: state.eventDay.centerId, action: 'solve', entityType: 'event_day', entityId: id, after: figures });
  });
  return result;
}

/** Pins or unpins one assignment: a pinned one is kept as it is by the next run. */
export async function setPinned(db: Database, actor: Actor | null, id: string, taskId: string, volunteerId: string, pinned: boolean): Promise<void> {
  const eventDay = await requireEventDay(db, actor, id);
  const a = requireActor(actor);
  await db.transaction(async (tx) => {
    const row = await setAssignmentPinned(tx, id, taskId, volunteerId, pinned);
    if (!row) throw new NotFoundError('assignment');
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: eventDay.centerId,
      action: pinned ? 'pin' : 'unpin',
      entityType: 'event_day_assignment',
      entityId: `${id}/${taskId}/${volunteerId}`,
    });
  });
}

/** One line of the rosters: a volunteer's task-slot. */
export type RosterLine = { task: TaskRecord; volunteer: EventVolunteerRow; assignment: AssignmentRecord };

export function rosterLines(state: EventDayState): RosterLine[] {
  const tasks = new Map(state.tasks.map((t) => [t.id, t]));
  const volunteers = new Map(state.volunteers.map((v) => [v.volunteerId, v]));
  return state.assignments.flatMap((assignment) => {
    const task = tasks.get(assignment.taskId);
    const volunteer = volunteers.get(assignment.volunteerId);
    return task && volunteer ? [{ task, volunteer, assignment }] : [];
  });
}

/**
 * Publishes the assignment: each assigned volunteer with an e-mail address gets their task-slots and
 * times (informal Hungarian, through the outbox) in the same transaction as the status change.
 */
export async function publishAssignment(db: Database, actor: Actor | null, id: string): Promise<number> {
  const state = await loadEventDayState(db, actor, id);
  const a = requireActor(actor);
  if (state.eventDay.status === 'draft' || state.assignments.length === 0) throw new FieldValidationError({ confirm: { key: 'eventDay.publish.needsRun' } });
  const t = translator('hu');
  const { eventDay } = state;
  const day = formatDate('hu', new Date(`${eventDay.day}T12:00:00Z`));
  const byVolunteer = new Map<string, RosterLine[]>();
  for (const line of rosterLines(state)) byVolunteer.set(line.volunteer.volunteerId, [...(byVolunteer.get(line.volunteer.volunteerId) ?? []), line]);
  let sent = 0;
  await db.transaction(async (tx) => {
    await lockEventDay(tx, id);
    for (const lines of byVolunteer.values()) {
      const volunteer = (lines[0] as RosterLine).volunteer;
      if (!volunteer.email) continue;
      lines.sort((x, y) => x.task.startsAt.getTime() - y.task.startsAt.getTime());
      const text = [
        t('eventDay.mail.greeting', { name: volunteer.givenName }),
        '',
        t('eventDay.mail.intro', { name: eventDay.name, day, place: eventDay.place ? `, ${eventDay.place}` : '' }),
        ...lines.map((l) => t('eventDay.mail.line', { task: l.task.name, time: `${timeOf(l.task.startsAt)}–${timeOf(l.task.endsAt)}` })),
        '',
        t('eventDay.mail.closing'),
      ].join('\n');
      await enqueueMail(tx, { to: volunteer.email, subject: t('eventDay.mail.subject', { name: eventDay.name, day }), text, headers: systemMailHeaders });
      sent += 1;
    }
    await updateEventDayRow(tx, id, { status: 'published', publishedAt: new Date() });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: eventDay.centerId,
      action: 'publish',
      entityType: 'event_day',
      entityId: id,
      after: { mails: sent },
    });
  });
  return sent;
}

export const volunteerName = (v: Pick<EventVolunteerRow, 'familyName' | 'givenName'>) => formatPersonName(v.familyName, v.givenName);
