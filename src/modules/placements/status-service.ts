import type { Database, Queryable, Tx } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, mayOnPlacement, requireActor, requireOnPlacement } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { FieldValidationError } from '../../platform/validation.js';
import { getVolunteerByUserId } from '../volunteers/service.js';
import type { PlacementOptions } from './apply-service.js';
import { NotEligibleError, NoVolunteerProfileError } from './errors.js';
import { notifyStatusChange } from './notify.js';
import { sidesOf } from './placement-summary.js';
import {
  type ApplicationRecord,
  changeSeatsTaken,
  findApplicationRecord,
  findApplicationView,
  findExistingApplicationId,
  findShift,
  futureOpenApplicationIds,
  insertEvent,
  insertNote,
  listEvents,
  listNotes,
  lockShift,
  updateApplication,
} from './repo.js';
import { offerFreeSeats } from './seat-offers.js';
import { seatingRefusalReasons } from './seating-eligibility.js';
import { queuedForShift } from './shift-queue.js';
import { type ApplicationStatus, finalStatuses, followUpDay, mayTransition, nextStatuses, reasonRequired, seatHoldingStatuses } from './status-rules.js';

export async function loadForActor(db: Queryable, actor: Actor | null, applicationId: string) {
  requireActor(actor);
  const view = await findApplicationView(db, applicationId);
  if (!view) throw new NotFoundError('application');
  const sides = await sidesOf(db, actor, {
    centerId: view.application.centerId,
    organizationPointId: view.organizationPointId,
    volunteerPointId: view.volunteerPointId,
    volunteerUserId: view.volunteerUserId,
    organizationId: view.organizationId,
  });
  // Someone outside the placement learns nothing, not even that it exists.
  if (sides.length === 0) throw new NotFoundError('application');
  return { view, sides };
}

/** The timeline page: the placement, its events, coordinator notes, and the moves the actor may make. */
export async function getApplicationTimeline(db: Queryable, actor: Actor | null, applicationId: string) {
  const { view, sides } = await loadForActor(db, actor, applicationId);
  const status = view.application.status as ApplicationStatus;
  return {
    view,
    sides,
    events: await listEvents(db, applicationId),
    notes: mayOnPlacement(sides, 'coordinate') ? await listNotes(db, applicationId) : [],
    next: nextStatuses(status, sides),
  };
}
export type ApplicationTimeline = Awaited<ReturnType<typeof getApplicationTimeline>>;

async function applyChange(
  tx: Tx,
  current: ApplicationRecord,
  to: ApplicationStatus,
  who: { userId: string | null; email: string | null; auditUserId: string | null },
  note: string | null,
  options: PlacementOptions,
) {
  const patch: Partial<ApplicationRecord> = { status: to };
  const from = current.status as ApplicationStatus;
  const now = options.now ?? new Date();
  const shift = current.shiftId ? await findShift(tx, current.shiftId) : undefined;
  if (from === 'offered' && to === 'accepted' && current.offerExpiresAt && current.offerExpiresAt.getTime() <= now.getTime()) {
    throw new FieldValidationError({ status: { key: 'placements.error.offerExpired' } });
  }
  if (to === 'accepted') {
    // The rules are read again now (issue 12): whatever changed since applying must not seat an ineligible volunteer.
    const reasons = await seatingRefusalReasons(tx, current, shift ?? null, now);
    if (reasons.length) throw new NotEligibleError(reasons);
    if (shift && !current.holdsSeat) {
      const locked = await lockShift(tx, shift.id);
      if (!locked || locked.seats_taken >= locked.capacity) throw new FieldValidationError({ status: { key: 'placements.error.shiftFull' } });
      await changeSeatsTaken(tx, shift.id, 1);
      patch.holdsSeat = true;
    }
    patch.followUpOn = current.followUpOn ?? followUpDay(budapestDay(shift?.startsAt ?? now));
    patch.offerExpiresAt = null;
  }
  if (to === 'declined') patch.declineReason = note;
  const freesSeat = current.holdsSeat && seatHoldingStatuses.has(from) && (to === 'withdrawn' || to === 'declined');
  if (freesSeat) {
    patch.holdsSeat = false;
    patch.offerExpiresAt = null;
  }
  const after = await updateApplication(tx, current.id, patch);
  await insertEvent(tx, { applicationId: current.id, fromStatus: from, toStatus: to, note, actorUserId: who.userId });
  await recordAudit(tx, {
    actorUserId: who.auditUserId,
    centerId: current.centerId,
    action: `status:${to}`,
    entityType: 'application',
    entityId: current.id,
    before: current,
    after,
  });
  const view = await findApplicationView(tx, current.id);
  if (view) await notifyStatusChange(tx, view, { to, note, actorEmail: who.email, baseUrl: options.baseUrl });
  if (freesSeat && current.shiftId) {
    await changeSeatsTaken(tx, current.shiftId, -1);
    // The freed seat is offered to the first on the waitlist (held for them; seat-offers.ts).
    await offerFreeSeats(tx, current.shiftId, { baseUrl: options.baseUrl, now, actorUserId: who.auditUserId });
  }
}

/**
 * Moves an application along the status machine, if the actor's side may (status-rules.ts).
 * Locks the shift first and then the application (the same order as sign-ups), so concurrent
 * changes neither deadlock nor lose a seat.
 */
export async function changeApplicationStatus(
  db: Database,
  actor: Actor | null,
  applicationId: string,
  input: { status: ApplicationStatus; reason: string | null },
  options: PlacementOptions,
): Promise<void> {
  const { view, sides } = await loadForActor(db, actor, applicationId);
  const a = requireActor(actor);
  const check = (from: ApplicationStatus) => {
    if (!mayTransition(from, input.status, sides)) throw new FieldValidationError({ status: { key: 'placements.error.transition' } });
  };
  check(view.application.status as ApplicationStatus);
  if (reasonRequired(input.status) && !input.reason) throw new FieldValidationError({ reason: { key: 'placements.error.reasonRequired' } });
  const change = () =>
    db.transaction(async (tx) => {
      if (view.application.shiftId) await lockShift(tx, view.application.shiftId);
      const current = await findApplicationRecord(tx, applicationId, { lock: true });
      if (!current) throw new NotFoundError('application');
      check(current.status as ApplicationStatus); // it may have moved since the page was shown
      await applyChange(tx, current, input.status, { userId: a.userId, email: a.email, auditUserId: a.userId }, input.reason, options);
    });
  await (view.application.shiftId ? queuedForShift(view.application.shiftId, change) : change());
}

/** On the timeline of an offer the volunteer could no longer take; the reason is data, shown as written. */
export const offerPassedOnNote = 'A felajánlott helyet nem foglalhatta el, mert már nem felelt meg a feltételeknek; a hely továbbment.';

/**
 * The volunteer tried to confirm an offered seat they may no longer take (seating-eligibility.ts):
 * the seat moves on now rather than at the end of the hold. They go back to their place on the
 * waitlist (passed over while ineligible), and the next eligible one is offered the seat. True when
 * the offer was passed on; false when it is no longer an offer or the volunteer is eligible again.
 */
export async function passOfferOn(db: Database, actor: Actor | null, applicationId: string, options: PlacementOptions): Promise<boolean> {
  const { view, sides } = await loadForActor(db, actor, applicationId);
  if (!sides.includes('volunteer')) throw new NotFoundError('offer');
  const a = requireActor(actor);
  const shiftId = view.application.shiftId;
  if (!shiftId) return false;
  const now = options.now ?? new Date();
  return queuedForShift(shiftId, () =>
    db.transaction(async (tx) => {
      await lockShift(tx, shiftId);
      const current = await findApplicationRecord(tx, applicationId, { lock: true });
      if (current?.status !== 'offered') return false;
      const reasons = await seatingRefusalReasons(tx, current, (await findShift(tx, shiftId)) ?? null, now);
      if (reasons.length === 0) return false;
      const after = await updateApplication(tx, current.id, { status: 'waitlisted', holdsSeat: false, offerExpiresAt: null });
      await changeSeatsTaken(tx, shiftId, -1);
      await insertEvent(tx, { applicationId, fromStatus: 'offered', toStatus: 'waitlisted', note: offerPassedOnNote, actorUserId: a.userId });
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: current.centerId,
        action: 'offer_passed_on:ineligible',
        entityType: 'application',
        entityId: applicationId,
        before: current,
        after: { ...after, reasons },
      });
      await offerFreeSeats(tx, shiftId, { baseUrl: options.baseUrl, now, actorUserId: a.userId });
      return true;
    }),
  );
}

/** The logged-in volunteer withdraws from a shift; the seat goes to the waitlist. */
export async function withdrawFromShift(db: Database, actor: Actor | null, shiftId: string, options: PlacementOptions & { reason?: string | null }) {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  if (!volunteer) throw new NoVolunteerProfileError();
  const shift = await findShift(db, shiftId);
  if (!shift) throw new NotFoundError('shift');
  const applicationId = await findExistingApplicationId(db, volunteer.id, shift.opportunityId, shift.id);
  if (!applicationId) throw new NotFoundError('application');
  await changeApplicationStatus(db, actor, applicationId, { status: 'withdrawn', reason: options.reason ?? null }, options);
  return applicationId;
}

/** A coordinator's follow-up note on a placement. */
export async function addPlacementNote(db: Database, actor: Actor | null, applicationId: string, text: string): Promise<void> {
  const { view, sides } = await loadForActor(db, actor, applicationId);
  requireOnPlacement(sides, 'coordinate');
  const a = requireActor(actor);
  await db.transaction(async (tx) => {
    const note = await insertNote(tx, { applicationId, authorUserId: a.userId, text });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: view.application.centerId,
      action: 'create',
      entityType: 'placement_note',
      entityId: note?.id,
      after: note,
    });
  });
}

/**
 * When a guardian withdraws consent for a volunteer under 16 (issue 12), the minor's future sign-ups
 * and open applications end, each as the volunteer's own side may end it (status-rules.ts): withdrawn,
 * or declined where only that is open to them (an invitation). The normal status change runs for each,
 * so seats free up, the waitlist moves, the timeline records the note and the organization is e-mailed.
 * The caller (the guardians service) has authorized the guardian for this minor; `who` is the guardian.
 */
export async function endFutureApplicationsOfMinor(
  db: Database,
  volunteerId: string,
  who: { userId: string; email: string },
  note: string,
  options: PlacementOptions,
): Promise<string[]> {
  const now = options.now ?? new Date();
  const ended: string[] = [];
  for (const { id, shiftId } of await futureOpenApplicationIds(db, volunteerId, [...finalStatuses], now)) {
    const change = () =>
      db.transaction(async (tx) => {
        if (shiftId) await lockShift(tx, shiftId);
        const current = await findApplicationRecord(tx, id, { lock: true });
        if (!current) return;
        const from = current.status as ApplicationStatus;
        const to = (['withdrawn', 'declined'] as const).find((status) => mayTransition(from, status, ['volunteer']));
        if (!to) return; // it reached a final status meanwhile
        await applyChange(tx, current, to, { userId: who.userId, email: who.email, auditUserId: who.userId }, note, options);
        ended.push(id);
      });
    await (shiftId ? queuedForShift(shiftId, change) : change());
  }
  return ended;
}
