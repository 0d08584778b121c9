import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { checkInWindow, looksLikeCheckInCode, newCheckInCode } from '../check-in/code.js';
import {
  type AttendanceSession,
  findAttendanceSession,
  findSessionByCheckInCode,
  listRoster,
  type RosterRow,
  setSessionCheckInCode,
  updateRegistration,
} from './attendance-repo.js';
import { sessionForAttendance } from './attendance-session.js';
import { findOwnRegistration } from './check-in-repo.js';

/**
 * QR check-in on training sessions, the shift check-in's rules (check-in/code.ts): staff or the
 * trainer show the session's code; a participant with a confirmed registration scans it while
 * logged in, from an hour before the start until the end, and is recorded as attended (with the
 * time). A session's code is made on the first visit of its check-in page, and can be replaced.
 */

export type SessionCheckInPage = { session: AttendanceSession & { checkInCode: string }; checkedIn: RosterRow[] };

/** The staff's check-in page: the code is made (and audited) on the first visit. */
export async function getSessionCheckInPage(db: Database, actor: Actor | null, sessionId: string): Promise<SessionCheckInPage> {
  const { actor: a, session } = await sessionForAttendance(db, actor, sessionId);
  let code = session.checkInCode;
  if (!code) {
    code = await db.transaction(async (tx) => {
      const fresh = newCheckInCode();
      if (await setSessionCheckInCode(tx, session.id, fresh, true)) {
        await recordAudit(tx, {
          actorUserId: a.userId,
          centerId: session.centerId,
          action: 'create:check_in_code',
          entityType: 'training_session',
          entityId: session.id,
        });
        return fresh;
      }
      // Someone else's first visit made it meanwhile.
      return (await findAttendanceSession(tx, session.id))?.checkInCode ?? fresh;
    });
  }
  const checkedIn = (await listRoster(db, session.id))
    .filter((r) => r.checkedInAt)
    .sort((x, y) => (x.checkedInAt as Date).getTime() - (y.checkedInAt as Date).getTime());
  return { session: { ...session, checkInCode: code }, checkedIn };
}

/** A new code for the session: the old QR stops working at once. Audited. */
export async function regenerateSessionCheckInCode(db: Database, actor: Actor | null, sessionId: string): Promise<void> {
  const { actor: a, session } = await sessionForAttendance(db, actor, sessionId);
  await db.transaction(async (tx) => {
    await setSessionCheckInCode(tx, session.id, newCheckInCode(), false);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: session.centerId,
      action: 'regenerate:check_in_code',
      entityType: 'training_session',
      entityId: session.id,
      after: { hadCode: session.checkInCode != null },
    });
  });
}

/** For the routes: whether the actor may run the session's check-in (404 otherwise). */
export async function requireSessionCheckInHost(db: Queryable, actor: Actor | null, sessionId: string): Promise<void> {
  await sessionForAttendance(db, actor, sessionId);
}

/** Where the participant stands with the session they scanned. */
export type ParticipantCheckInState =
  | { kind: 'notRegistered' }
  | { kind: 'cancelled' }
  | { kind: 'tooEarly' | 'ended' }
  | { kind: 'canCheckIn' }
  | { kind: 'checkedIn'; at: Date | null }
  | { kind: 'completed' };

export type ParticipantCheckIn = { session: AttendanceSession; state: ParticipantCheckInState };

async function sessionOfCode(db: Queryable, code: unknown): Promise<AttendanceSession> {
  const session = looksLikeCheckInCode(code) ? await findSessionByCheckInCode(db, code) : undefined;
  if (!session) throw new NotFoundError('check-in code');
  return session;
}

function stateOf(session: AttendanceSession, registration: { status: string; checkedInAt: Date | null } | undefined, now: Date): ParticipantCheckInState {
  if (!registration) return { kind: 'notRegistered' };
  if (registration.status === 'completed') return { kind: 'completed' };
  if (registration.status === 'attended') return { kind: 'checkedIn', at: registration.checkedInAt };
  if (session.cancelledAt) return { kind: 'cancelled' };
  const window = checkInWindow(session, now);
  return window === 'open' ? { kind: 'canCheckIn' } : { kind: window };
}

/** The scanned page: the session and what the participant may do now. An unknown code is 404. */
export async function getParticipantCheckIn(db: Queryable, actor: Actor | null, code: unknown, now = new Date()): Promise<ParticipantCheckIn> {
  const a = requireActor(actor);
  const session = await sessionOfCode(db, code);
  return { session, state: stateOf(session, await findOwnRegistration(db, session.id, a.userId), now) };
}

/** Refused check-in, with the state to show. */
export class SessionCheckInRefusedError extends Error {
  readonly statusCode: number;
  constructor(readonly state: ParticipantCheckInState) {
    super(`training check-in refused: ${state.kind}`);
    this.statusCode = state.kind === 'notRegistered' ? 403 : 422;
  }
}

/**
 * The one button: checks the participant in (attended, with the time). Checking in again, or after
 * staff marked them attended or completed, changes nothing. Returns the state after.
 */
export async function checkInToSession(db: Database, actor: Actor | null, code: unknown, now = new Date()): Promise<ParticipantCheckInState> {
  const a = requireActor(actor);
  const session = await sessionOfCode(db, code);
  return db.transaction(async (tx) => {
    const registration = await findOwnRegistration(tx, session.id, a.userId, true);
    const state = stateOf(session, registration, now);
    if (state.kind === 'checkedIn' || state.kind === 'completed') return state;
    if (state.kind !== 'canCheckIn' || !registration) throw new SessionCheckInRefusedError(state);
    const after = await updateRegistration(tx, registration.id, { status: 'attended', checkedInAt: now });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: session.centerId,
      action: 'check_in',
      entityType: 'training_registration',
      entityId: registration.id,
      before: { status: registration.status, checkedInAt: registration.checkedInAt },
      after: { status: after.status, checkedInAt: after.checkedInAt },
    });
    return { kind: 'checkedIn', at: now } as const;
  });
}
