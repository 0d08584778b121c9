import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, ForbiddenError, mayActForOrganization, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { FieldValidationError } from '../../platform/validation.js';
import { logTimedHours, MinorLimitError } from '../hours/service.js';
import { organizationFacts } from '../organizations/service.js';
import { type CheckInWindow, checkInWindow, looksLikeCheckInCode, newCheckInCode } from './code.js';
import {
  type CheckInRow,
  type CheckInShift,
  closeCheckIn,
  findLatestCheckIn,
  findPlacementForShift,
  findShiftByCode,
  findShiftById,
  findVolunteerIdOfUser,
  insertCheckIn,
  listCheckIns,
  lockOpenCheckIn,
  setCheckInCode,
} from './repo.js';

/**
 * QR check-in on shifts. The host organization's members (and the coordinators of its center or
 * Volunteer Point) show the shift's code; a volunteer with an accepted/active placement on the
 * opportunity (for that shift or without one) checks in from 60 minutes before the start until the
 * end, and checks out; the check-out logs a start–end hour entry through the hours module (so the
 * Köt. 5. § minors' limits apply), which the organization then approves as any other.
 */

/** The organization's members and its center's/point's coordinators; anyone else learns nothing (404). */
async function shiftForHost(db: Queryable, actor: Actor | null, shiftId: string): Promise<{ actor: Actor; shift: CheckInShift }> {
  const a = requireActor(actor);
  const shift = await findShiftById(db, shiftId);
  if (!shift) throw new NotFoundError('shift');
  const facts = await organizationFacts(db, a, { id: shift.organizationId, centerId: shift.centerId, pointId: shift.organizationPointId });
  if (!mayActForOrganization(a, 'followPlacements', facts)) throw new NotFoundError('shift');
  return { actor: a, shift };
}

export type HostCheckInPage = { shift: CheckInShift & { checkInCode: string }; checkIns: CheckInRow[] };

/** The organization's check-in page: the code is made (and audited) on the first visit. */
export async function getHostCheckInPage(db: Database, actor: Actor | null, shiftId: string): Promise<HostCheckInPage> {
  const { actor: a, shift } = await shiftForHost(db, actor, shiftId);
  let code = shift.checkInCode;
  if (!code) {
    code = await db.transaction(async (tx) => {
      const fresh = newCheckInCode();
      if (await setCheckInCode(tx, shift.id, fresh, true)) {
        await recordAudit(tx, { actorUserId: a.userId, centerId: shift.centerId, action: 'create:check_in_code', entityType: 'shift', entityId: shift.id });
        return fresh;
      }
      // Someone else's first visit made it meanwhile.
      return (await findShiftById(tx, shift.id))?.checkInCode ?? fresh;
    });
  }
  return { shift: { ...shift, checkInCode: code }, checkIns: await listCheckIns(db, shift.id) };
}

/** A new code for the shift: the old QR stops working at once. Audited. */
export async function regenerateCheckInCode(db: Database, actor: Actor | null, shiftId: string): Promise<void> {
  const { actor: a, shift } = await shiftForHost(db, actor, shiftId);
  await db.transaction(async (tx) => {
    await setCheckInCode(tx, shift.id, newCheckInCode(), false);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: shift.centerId,
      action: 'regenerate:check_in_code',
      entityType: 'shift',
      entityId: shift.id,
      after: { hadCode: shift.checkInCode != null },
    });
  });
}

/** For the routes: whether the actor may see the shift's host page (404 otherwise). */
export async function requireShiftHost(db: Queryable, actor: Actor | null, shiftId: string): Promise<void> {
  await shiftForHost(db, actor, shiftId);
}

/** Where the volunteer stands with the shift. */
export type VolunteerCheckInState =
  | { kind: 'noPlacement' }
  | { kind: 'cancelled' }
  | { kind: 'tooEarly' | 'ended' }
  | { kind: 'canCheckIn' }
  | { kind: 'checkedIn'; checkedInAt: Date }
  | { kind: 'done'; checkedInAt: Date; checkedOutAt: Date };

export type VolunteerCheckIn = { shift: CheckInShift; state: VolunteerCheckInState };

async function shiftOfCode(db: Queryable, code: unknown): Promise<CheckInShift> {
  const shift = looksLikeCheckInCode(code) ? await findShiftByCode(db, code) : undefined;
  if (!shift) throw new NotFoundError('check-in code');
  return shift;
}

async function stateOf(db: Queryable, actor: Actor, shift: CheckInShift, now: Date) {
  const volunteerId = await findVolunteerIdOfUser(db, actor.userId);
  if (!volunteerId) return { state: { kind: 'noPlacement' } as VolunteerCheckInState };
  // A check-in already made decides first: checking out stays possible even if the placement moved on.
  const latest = await findLatestCheckIn(db, shift.id, volunteerId);
  if (latest && !latest.checkedOutAt) return { volunteerId, state: { kind: 'checkedIn', checkedInAt: latest.checkedInAt } as VolunteerCheckInState };
  if (latest?.checkedOutAt)
    return { volunteerId, state: { kind: 'done', checkedInAt: latest.checkedInAt, checkedOutAt: latest.checkedOutAt } as VolunteerCheckInState };
  const placement = await findPlacementForShift(db, volunteerId, shift);
  if (!placement) return { volunteerId, state: { kind: 'noPlacement' } as VolunteerCheckInState };
  if (shift.cancelledAt) return { volunteerId, placement, state: { kind: 'cancelled' } as VolunteerCheckInState };
  const window: CheckInWindow = checkInWindow(shift, now);
  const state: VolunteerCheckInState = window === 'open' ? { kind: 'canCheckIn' } : { kind: window };
  return { volunteerId, placement, state };
}

/** The scanned page: the shift and what the volunteer may do now. An unknown code is 404. */
export async function getVolunteerCheckIn(db: Queryable, actor: Actor | null, code: unknown, now = new Date()): Promise<VolunteerCheckIn> {
  const a = requireActor(actor);
  const shift = await shiftOfCode(db, code);
  return { shift, state: (await stateOf(db, a, shift, now)).state };
}

/** Refused check-in or check-out, with the state to show (and the minors' rules broken, if any). */
export class CheckInRefusedError extends Error {
  readonly statusCode: number;
  constructor(
    readonly reason: 'noPlacement' | 'cancelled' | 'tooEarly' | 'ended' | 'done' | 'tooShort' | 'hoursRefused',
    readonly detail: { minor?: MinorLimitError; errors?: FieldValidationError } = {},
  ) {
    super(`check-in refused: ${reason}`);
    this.statusCode = reason === 'noPlacement' ? 403 : 422;
  }
}

/**
 * The one button: checks in, or checks out (logging the hours). A refused hour entry (e.g. a
 * minors' limit) leaves the check-in open, for a coordinator to resolve. Returns what happened.
 */
export async function checkInOrOut(db: Database, actor: Actor | null, code: unknown, now = new Date()): Promise<'checkedIn' | 'checkedOut'> {
  const a = requireActor(actor);
  const shift = await shiftOfCode(db, code);
  const { volunteerId, placement, state } = await stateOf(db, a, shift, now);
  if (!volunteerId || state.kind === 'noPlacement') throw new CheckInRefusedError('noPlacement');
  if (state.kind === 'canCheckIn') {
    if (!placement) throw new CheckInRefusedError('noPlacement');
    return db.transaction(async (tx) => {
      const row = await insertCheckIn(tx, { shiftId: shift.id, applicationId: placement.id, volunteerId, checkedInAt: now });
      // A double tap: the first one checked in.
      if (!row) return 'checkedIn' as const;
      await recordAudit(tx, { actorUserId: a.userId, centerId: shift.centerId, action: 'create', entityType: 'shift_check_in', entityId: row.id, after: row });
      return 'checkedIn' as const;
    });
  }
  if (state.kind !== 'checkedIn') throw new CheckInRefusedError(state.kind);
  if (now.getTime() - state.checkedInAt.getTime() < 60_000) throw new CheckInRefusedError('tooShort');
  try {
    return await db.transaction(async (tx) => {
      const open = await lockOpenCheckIn(tx, shift.id, volunteerId);
      if (!open) throw new CheckInRefusedError('done');
      const hourEntryId = await logTimedHours(tx, a, open.applicationId, {
        startsAt: open.checkedInAt,
        endsAt: now,
        activity: shift.opportunityTitle,
        shiftId: shift.id,
      });
      const closed = await closeCheckIn(tx, open.id, now, hourEntryId);
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: shift.centerId,
        action: 'update',
        entityType: 'shift_check_in',
        entityId: open.id,
        before: open,
        after: closed,
      });
      return 'checkedOut' as const;
    });
  } catch (err) {
    if (err instanceof MinorLimitError) throw new CheckInRefusedError('hoursRefused', { minor: err });
    if (err instanceof FieldValidationError) throw new CheckInRefusedError('hoursRefused', { errors: err });
    if (err instanceof ForbiddenError) throw new CheckInRefusedError('noPlacement');
    throw err;
  }
}
