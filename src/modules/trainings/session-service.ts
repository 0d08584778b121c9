import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, can, refusalFor, requirePermission } from '../../platform/authz.js';
import { compareHungarian } from '../../platform/hungarian-sort-key.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { type FieldErrors, FieldValidationError, parseFormOrThrow } from '../../platform/validation.js';
import { shiftTimeErrors } from '../opportunities/shift-service.js';
import { resolvePlace } from '../places/service.js';
import { getCourseForEditing } from './course-service.js';
import { SessionClosedError } from './errors.js';
import { findParticipants, findUserByEmail, type ParticipantRow } from './participants-repo.js';
import { managedCenters, maySessionBeIn, requireSessionManager } from './policy.js';
import { lockOpenRegistrations, updateRegistrationRow } from './registration-repo.js';
import type { RegistrationOptions } from './registration-service.js';
import { queuedForSession } from './registration-service.js';
import { type ParticipantSort, type SessionInput, sessionFormSchema } from './schema.js';
import {
  countSessionsOfCourse,
  findSession,
  findSessionsOfCourse,
  insertSession,
  lockSession,
  markSessionCancelled,
  type SessionRow,
  type SessionValues,
  updateSessionRow,
} from './session-repo.js';
import { mailParticipant } from './training-mails.js';
import { offerFreeSeats } from './waitlist-offers.js';

/**
 * A course's sessions (issue 14), scheduled by the training staff of the center they are held in:
 * when (Budapest time), where (a settlement and address, or online), who trains, how many seats and
 * how long an offered seat is held. Every write is audited; seats change only under the session's lock.
 */
export type { ParticipantRow, SessionRow };

/** What the form's text becomes: instants, a resolved settlement, the trainer's account; every error at once. */
async function sessionValues(db: Queryable, input: SessionInput, now: Date): Promise<SessionValues> {
  const { errors, startsAt, endsAt } = shiftTimeErrors(input, now);
  const all: FieldErrors = { ...errors };
  let placeId: number | null = null;
  if (!input.online && input.place) {
    const resolved = await resolvePlace(db, input.place);
    if (resolved.kind === 'found') placeId = resolved.place.id;
    else all.place = { key: resolved.kind === 'ambiguous' ? 'places.error.ambiguous' : 'places.error.notFound' };
  }
  const trainer = input.trainerEmail ? await findUserByEmail(db, input.trainerEmail) : undefined;
  if (input.trainerEmail && !trainer) all.trainerEmail = { key: 'trainings.error.trainerNotFound' };
  if (Object.keys(all).length || !startsAt || !endsAt) throw new FieldValidationError(all);
  return {
    startsAt,
    endsAt,
    online: input.online,
    placeId,
    address: input.online ? null : input.address,
    onlineUrl: input.online ? (input.onlineUrl ?? null) : null,
    trainerUserId: trainer?.id ?? null,
    trainerName: input.trainerName ?? trainer?.name ?? '',
    capacity: input.capacity,
    holdHours: input.holdHours,
  };
}

/** The center a new session is held in: a center course's own; for a national course the one chosen, or the staff member's only one. */
function centerOfNewSession(actor: Actor | null, courseCenterId: string | null, chosen: string | undefined): string {
  if (courseCenterId) return courseCenterId;
  if (chosen) return chosen;
  const centers = managedCenters(actor);
  if (centers !== 'all' && centers.length === 1) return centers[0] as string;
  throw new FieldValidationError({ centerId: { key: 'trainings.error.centerRequired' } });
}

/** A new session of a course (not an archived one), held in a center whose training staff the actor is. */
export async function createSession(db: Database, actor: Actor | null, courseId: string, input: unknown, now = new Date()): Promise<string> {
  const { course } = await getCourseForEditing(db, actor, courseId);
  if (course.status === 'archived') throw new FieldValidationError({ _form: { key: 'trainings.error.courseArchived' } });
  const form = parseFormOrThrow(sessionFormSchema, input);
  const centerId = centerOfNewSession(actor, course.centerId, form.centerId);
  if (!maySessionBeIn(course.centerId, centerId)) throw new FieldValidationError({ centerId: { key: 'validation.choice' } });
  const a = requireSessionManager(actor, centerId);
  const values = await sessionValues(db, form, now);
  return db.transaction(async (tx) => {
    const row = await insertSession(tx, { ...values, courseId: course.id, centerId, createdBy: a.userId });
    await recordAudit(tx, { actorUserId: a.userId, centerId, action: 'create', entityType: 'training_session', entityId: row.id, after: row });
    return row.id;
  });
}

/** The session and the actor, when they are training staff of the center it is held in; else 404 (ADR 003). */
async function managedSession(db: Queryable, actor: Actor | null, sessionId: string): Promise<{ actor: Actor; session: SessionRow }> {
  const a = requirePermission(actor, 'trainings.manage');
  const session = await findSession(db, sessionId);
  if (!session || !can(a, 'trainings.manage', { centerId: session.centerId })) throw refusalFor(false, 'session');
  return { actor: a, session };
}

/** A session on the staff pages (its public facts are on the course page), for its center's training staff. */
export async function getSessionForStaff(db: Queryable, actor: Actor | null, sessionId: string): Promise<SessionRow> {
  return (await managedSession(db, actor, sessionId)).session;
}

/**
 * Saves an edited session before it starts. The capacity may not go below the seats taken (nobody
 * loses a seat they hold); a larger one offers the new seats to the waitlist at once.
 */
export async function updateSession(db: Database, actor: Actor | null, sessionId: string, input: unknown, options: RegistrationOptions): Promise<void> {
  const { actor: a, session } = await managedSession(db, actor, sessionId);
  const now = options.now ?? new Date();
  const values = await sessionValues(db, parseFormOrThrow(sessionFormSchema, input), now);
  await queuedForSession(sessionId, () =>
    db.transaction(async (tx) => {
      const locked = await lockSession(tx, sessionId);
      if (!locked || locked.cancelledAt || locked.startsAt.getTime() <= now.getTime()) throw new SessionClosedError();
      if (values.capacity < locked.seatsTaken) {
        throw new FieldValidationError({ capacity: { key: 'trainings.error.capacityBelowTaken', params: { taken: locked.seatsTaken } } });
      }
      await updateSessionRow(tx, sessionId, values);
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: session.centerId,
        action: 'update',
        entityType: 'training_session',
        entityId: sessionId,
        before: locked,
        after: values,
      });
      await offerFreeSeats(tx, sessionId, { baseUrl: options.baseUrl, now, actorUserId: a.userId });
      if (movedOrRelocated(locked, values)) {
        // Everyone still expecting the session hears of the new time or place (the mail reads the saved row).
        for (const registration of await lockOpenRegistrations(tx, sessionId)) {
          await mailParticipant(tx, registration, 'sessionChanged', { baseUrl: options.baseUrl });
        }
      }
    }),
  );
}

type WhenAndWhere = { startsAt: Date; endsAt: Date; online: boolean; placeId: number | null; address: string | null; onlineUrl: string | null };

/** True when a session's time, place or online link changed: what its participants must be told. */
export function movedOrRelocated(before: WhenAndWhere, after: WhenAndWhere): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.online !== after.online ||
    before.placeId !== after.placeId ||
    (before.address ?? '') !== (after.address ?? '') ||
    (before.onlineUrl ?? '') !== (after.onlineUrl ?? '')
  );
}

/**
 * Cancels a session before it starts: every open registration (registered, offered, waitlisted)
 * ends as cancelled and its person gets a mail, the seats are freed; audited one by one.
 */
export async function cancelSession(db: Database, actor: Actor | null, sessionId: string, options: RegistrationOptions): Promise<number> {
  const { actor: a, session } = await managedSession(db, actor, sessionId);
  const now = options.now ?? new Date();
  return queuedForSession(sessionId, () =>
    db.transaction(async (tx) => {
      const locked = await lockSession(tx, sessionId);
      if (!locked || locked.cancelledAt || locked.startsAt.getTime() <= now.getTime()) throw new SessionClosedError();
      const open = await lockOpenRegistrations(tx, sessionId);
      for (const before of open) {
        const after = await updateRegistrationRow(tx, before.id, { status: 'cancelled', holdsSeat: false, offerExpiresAt: null });
        await recordAudit(tx, {
          actorUserId: a.userId,
          centerId: session.centerId,
          action: 'cancel:session_cancelled',
          entityType: 'training_registration',
          entityId: before.id,
          before,
          after,
        });
        await mailParticipant(tx, after, 'sessionCancelled', { baseUrl: options.baseUrl });
      }
      await markSessionCancelled(tx, sessionId, now);
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: session.centerId,
        action: 'cancel',
        entityType: 'training_session',
        entityId: sessionId,
        before: { cancelledAt: null, seatsTaken: locked.seatsTaken },
        after: { cancelledAt: now, seatsTaken: 0, registrationsCancelled: open.length },
      });
      return open.length;
    }),
  );
}

function participantComparer(sort: ParticipantSort): ((a: ParticipantRow, b: ParticipantRow) => number) | null {
  if (sort === 'name') return (a, b) => compareHungarian(a.participantName, b.participantName);
  if (sort === 'registered') return (a, b) => a.createdAt.getTime() - b.createdAt.getTime();
  return null;
}

/** Every registration of the session in the chosen order (the roster's own for 'status'). */
async function sortedParticipants(db: Queryable, actor: Actor | null, sessionId: string, order: Pick<ListParams<ParticipantSort>, 'sort' | 'dir'>) {
  const session = await getSessionForStaff(db, actor, sessionId);
  const rows = await findParticipants(db, session.id);
  const compare = participantComparer(order.sort);
  if (compare) rows.sort(compare);
  if (order.dir === 'desc') rows.reverse();
  return { session, rows };
}

/** The session's participants and waitlist, for its center's training staff, a page at a time. */
export async function listParticipants(
  db: Queryable,
  actor: Actor | null,
  sessionId: string,
  params: ListParams<ParticipantSort>,
): Promise<{ session: SessionRow; page: Page<ParticipantRow> }> {
  const { session, rows } = await sortedParticipants(db, actor, sessionId, params);
  const start = offsetOf(params);
  return { session, page: pageOf(rows.slice(start, start + params.pageSize), rows.length, params) };
}

/** The same, whole, for CSV/XLSX (the sign-in sheet's data). */
export function exportParticipants(db: Queryable, actor: Actor | null, sessionId: string, order: Pick<ListParams<ParticipantSort>, 'sort' | 'dir'>) {
  return sortedParticipants(db, actor, sessionId, order);
}

/** A course's sessions held in the actor's centers (every center for a national admin), a page at a time. */
export async function listCourseSessions(db: Queryable, actor: Actor | null, courseId: string, params: { page: number; pageSize: number }) {
  const managed = await getCourseForEditing(db, actor, courseId);
  const centers = managedCenters(actor);
  const [rows, total] = await Promise.all([
    findSessionsOfCourse(db, courseId, centers, { limit: params.pageSize, offset: offsetOf(params) }),
    countSessionsOfCourse(db, courseId, centers),
  ]);
  return { ...managed, sessions: pageOf(rows, total, params) };
}
