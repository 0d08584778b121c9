import { sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail.js';
import { FieldValidationError } from '../../platform/validation.js';
import {
  closeWaitlist,
  findApplicationView,
  lockShift,
  moveLastAcceptedToWaitlist,
  offerFreeSeats,
  takeOffShift,
  updatedShiftMailCalendars,
  whoWouldMove,
} from '../placements/service.js';
import { loadOpportunity, requireForOpportunity } from './access.js';
import { shiftChangedMail } from './mails.js';
import { findShiftById, findShiftVolunteerContacts, type OpportunityRow, type ShiftRecord, updateShiftRow } from './repo.js';
import type { ShiftInput } from './schema.js';
import { shiftTimeErrors } from './shift-service.js';

type MailOptions = { baseUrl: string; mailFrom: string; now?: Date };

/** A future, not cancelled shift and its opportunity, for a member of the host (or the center's staff). */
export async function editableShift(db: Queryable, actor: Actor | null, shiftId: string, now = new Date()) {
  const shift = await findShiftById(db, shiftId);
  if (!shift) throw new NotFoundError('shift');
  const opportunity = await loadOpportunity(db, shift.opportunityId);
  const { actor: a } = await requireForOpportunity(db, actor, 'host', opportunity);
  const editable = !shift.cancelledAt && shift.startsAt.getTime() > now.getTime();
  return { shift, opportunity, actor: a, editable };
}

function assertEditable(editable: boolean): void {
  if (!editable) throw new FieldValidationError({ _form: { key: 'opportunities.error.shiftNotEditable' } });
}

export type EditShiftResult =
  | { kind: 'saved'; opportunityId: string }
  /** The new capacity is below the seats held: these would move to the waitlist (the page asks first). */
  | { kind: 'needsChoice'; opportunityId: string; moving: { name: string; status: string }[] };

/**
 * Changes a future shift's time, capacity and waitlist, with the shift row locked (as sign-ups lock
 * it), so no sign-up slips in between the seat count and the change: there is never overbooking.
 * A capacity below the seats held is saved only with `overCapacity: 'move'` (the organization chose
 * to move the last-accepted to the top of the waitlist); with 'ask' nothing is written and the ones
 * who would move are returned. More capacity offers the new seats to the waitlist; turning the
 * waitlist off ends the waiting applications (closeWaitlist); a new time moves every seat holder's
 * calendar entry (mail with the updated .ics) and tells everyone else who applied.
 */
export async function editShift(
  db: Database,
  actor: Actor | null,
  shiftId: string,
  input: ShiftInput,
  options: MailOptions & { overCapacity: 'ask' | 'move' },
): Promise<EditShiftResult> {
  const now = options.now ?? new Date();
  const { opportunity, actor: a, editable } = await editableShift(db, actor, shiftId, now);
  assertEditable(editable);
  const { errors, startsAt, endsAt } = shiftTimeErrors(input, now);
  if (Object.keys(errors).length || !startsAt || !endsAt) throw new FieldValidationError(errors);
  const ctx = { baseUrl: options.baseUrl, mailFrom: options.mailFrom, now, actorUserId: a.userId };
  return db.transaction(async (tx): Promise<EditShiftResult> => {
    const locked = await lockShift(tx, shiftId);
    if (!locked) throw new NotFoundError('shift');
    const before = (await findShiftById(tx, shiftId)) as ShiftRecord;
    assertEditable(!before.cancelledAt && before.startsAt.getTime() > now.getTime());
    if (input.capacity < locked.seats_taken) {
      if (!input.waitlist) throw new FieldValidationError({ capacity: { key: 'opportunities.error.capacityNeedsWaitlist' } });
      if (options.overCapacity === 'ask') {
        const { moving } = await whoWouldMove(tx, shiftId, input.capacity);
        return { kind: 'needsChoice', opportunityId: opportunity.id, moving: moving.map((m) => ({ name: m.name, status: m.status })) };
      }
      const moved = await moveLastAcceptedToWaitlist(tx, shiftId, input.capacity, ctx);
      if (!moved) throw new FieldValidationError({ capacity: { key: 'opportunities.error.capacityBelowCheckedIn' } });
    }
    const timeChanged = before.startsAt.getTime() !== startsAt.getTime() || before.endsAt.getTime() !== endsAt.getTime();
    const after = await updateShiftRow(
      tx,
      shiftId,
      { startsAt, endsAt, capacity: input.capacity, waitlistEnabled: input.waitlist, teamCapacity: input.teamCapacity },
      timeChanged,
    );
    // An offer never holds a seat past the start, also when the start moves earlier.
    if (timeChanged)
      await tx.execute(sql`update applications set offer_expires_at = least(offer_expires_at, ${startsAt}) where shift_id = ${shiftId} and status = 'offered'`);
    if (before.waitlistEnabled && !input.waitlist) await closeWaitlist(tx, shiftId, ctx);
    await recordAudit(tx, { actorUserId: a.userId, centerId: opportunity.centerId, action: 'update', entityType: 'shift', entityId: shiftId, before, after });
    await offerFreeSeats(tx, shiftId, ctx);
    if (timeChanged && after) await mailTimeChange(tx, after, opportunity, options);
    return { kind: 'saved', opportunityId: opportunity.id };
  });
}

async function mailTimeChange(tx: Queryable, shift: ShiftRecord, opportunity: OpportunityRow, options: MailOptions): Promise<void> {
  const calendars = await updatedShiftMailCalendars(tx, shift.id, options);
  for (const contact of await findShiftVolunteerContacts(tx, shift.id)) {
    await enqueueMail(tx, shiftChangedMail(contact, shift, opportunity, calendars.get(contact.email.toLowerCase())));
  }
}

/** The seat holder an organization may take off a future shift, for the removal page. */
export async function removalCandidate(db: Queryable, actor: Actor | null, applicationId: string, now = new Date()) {
  const view = await findApplicationView(db, applicationId);
  if (!view?.application.shiftId) throw new NotFoundError('application');
  const { shift, opportunity, editable } = await editableShift(db, actor, view.application.shiftId, now);
  const removable = editable && view.application.status === 'accepted';
  return { view, shift, opportunity, removable };
}

/**
 * Takes an accepted volunteer off a future shift with a reason: they are told (with the cancelling
 * .ics of their entry), the timeline and the audit log keep the reason, and the freed seat is offered
 * to the first on the waitlist. Under the shift lock, like every seat change.
 */
export async function removeFromShift(db: Database, actor: Actor | null, applicationId: string, reason: string, options: MailOptions): Promise<string> {
  const now = options.now ?? new Date();
  const { view, opportunity, removable } = await removalCandidate(db, actor, applicationId, now);
  const shiftId = view.application.shiftId as string;
  const a = (await requireForOpportunity(db, actor, 'host', opportunity)).actor;
  if (!removable) throw new FieldValidationError({ _form: { key: 'opportunities.error.notRemovable' } });
  await db.transaction(async (tx) => {
    await lockShift(tx, shiftId);
    const ctx = { baseUrl: options.baseUrl, mailFrom: options.mailFrom, now, actorUserId: a.userId };
    if (!(await takeOffShift(tx, shiftId, applicationId, reason, ctx))) throw new FieldValidationError({ _form: { key: 'opportunities.error.notRemovable' } });
  });
  return opportunity.id;
}
