import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { applicationMailCalendar } from './calendar-service.js';
import { type SeatHolder, waitlistTopPositions, whoMovesToWaitlist } from './offer-rules.js';
import { changeSeatsTaken, findApplicationRecord, insertEvent, lockShift, updateApplication } from './repo.js';
import { offerFreeSeats, type SeatChangeContext } from './seat-offers.js';
import { mailVolunteerAboutShift } from './shift-change-mails.js';
import { type ApplicationStatus, isShiftChangeMove } from './status-rules.js';

/*
 * The seat changes an organization makes to a shift (opportunities' shift edit and removal), each in
 * the caller's transaction after it locked the shift row (lockShift), so sign-ups wait for them.
 */
type MailContext = SeatChangeContext & { mailFrom: string };

/** Timeline notes (data, shown as written). */
export const movedToWaitlistNote = 'A szervezet csökkentette a műszak létszámát; a várólista elejére került.';
export const waitlistClosedNote = 'A szervezet megszüntette a műszak várólistáját.';

/** The shift's seat holders with when each got the seat (its latest move to accepted/offered), locked. */
export async function seatHoldersOf(tx: Tx, shiftId: string): Promise<(SeatHolder & { name: string })[]> {
  const rows = await queryRows<{ id: string; status: string; seat_since: Date | string; name: string }>(
    tx,
    sql`select a.id, a.status, v.family_name || ' ' || v.given_name as name,
               coalesce((select max(e.at) from application_events e where e.application_id = a.id and e.to_status in ('accepted', 'offered')), a.created_at) as seat_since
        from applications a join volunteers v on v.id = a.volunteer_id
        where a.shift_id = ${shiftId} and a.holds_seat
        order by a.id for update of a`,
  );
  return rows.map((r) => ({ id: r.id, status: r.status, name: r.name, seatSince: new Date(r.seat_since) }));
}

/** Who would move to the waitlist if the shift had `capacity` seats (the confirmation page lists them). */
export async function whoWouldMove(tx: Tx, shiftId: string, capacity: number) {
  const shift = await lockShift(tx, shiftId);
  if (!shift) return { excess: 0, moving: [] };
  const excess = shift.seats_taken - capacity;
  return { excess, moving: whoMovesToWaitlist(await seatHoldersOf(tx, shiftId), excess) as (SeatHolder & { name: string })[] };
}

/**
 * The capacity drops to `capacity`: the last-accepted (pending offers first) move to the top of the
 * waitlist, each told by e-mail, an accepted one with the cancelling .ics of their entry. Returns the
 * ids moved, or null when not enough can move (checked-in volunteers never do).
 */
export async function moveLastAcceptedToWaitlist(tx: Tx, shiftId: string, capacity: number, ctx: MailContext): Promise<string[] | null> {
  const { excess, moving } = await whoWouldMove(tx, shiftId, capacity);
  if (excess <= 0) return [];
  if (moving.length < excess) return null;
  const [top] = await queryRows<{ top: Date | string | null }>(
    tx,
    sql`select min(waitlisted_at) as top from applications where shift_id = ${shiftId} and status = 'waitlisted'`,
  );
  const positions = waitlistTopPositions(moving, top?.top ? new Date(top.top) : ctx.now);
  for (const holder of moving) {
    const before = await findApplicationRecord(tx, holder.id);
    if (!before || !isShiftChangeMove(before.status as ApplicationStatus, 'waitlisted')) return null;
    const calendar = before.status === 'accepted' ? await applicationMailCalendar(tx, holder.id, 'cancel', ctx) : undefined;
    const after = await updateApplication(tx, holder.id, {
      status: 'waitlisted',
      holdsSeat: false,
      offerExpiresAt: null,
      waitlistedAt: positions.get(holder.id),
    });
    await insertEvent(tx, {
      applicationId: holder.id,
      fromStatus: before.status,
      toStatus: 'waitlisted',
      note: movedToWaitlistNote,
      actorUserId: ctx.actorUserId,
    });
    await recordAudit(tx, {
      actorUserId: ctx.actorUserId,
      centerId: before.centerId,
      action: 'move_to_waitlist',
      entityType: 'application',
      entityId: holder.id,
      before,
      after,
    });
    await mailVolunteerAboutShift(tx, holder.id, 'movedToWaitlist', { baseUrl: ctx.baseUrl, calendar });
  }
  await changeSeatsTaken(tx, shiftId, -moving.length);
  await bumpRevision(tx, shiftId);
  return moving.map((m) => m.id);
}

/**
 * The organization takes an accepted volunteer off the shift (→ declined, the reason on the timeline
 * and in the mail, with the cancelling .ics); the freed seat is offered to the first on the waitlist.
 * False when the application is not an accepted seat of this shift any more.
 */
export async function takeOffShift(tx: Tx, shiftId: string, applicationId: string, reason: string, ctx: MailContext): Promise<boolean> {
  const before = await findApplicationRecord(tx, applicationId, { lock: true });
  if (!before || before.shiftId !== shiftId || !before.holdsSeat || !isShiftChangeMove(before.status as ApplicationStatus, 'declined')) return false;
  const calendar = await applicationMailCalendar(tx, applicationId, 'cancel', ctx);
  const after = await updateApplication(tx, applicationId, { status: 'declined', holdsSeat: false, declineReason: reason });
  await insertEvent(tx, { applicationId, fromStatus: before.status, toStatus: 'declined', note: reason, actorUserId: ctx.actorUserId });
  await recordAudit(tx, {
    actorUserId: ctx.actorUserId,
    centerId: before.centerId,
    action: 'remove_from_shift',
    entityType: 'application',
    entityId: applicationId,
    before,
    after,
  });
  await mailVolunteerAboutShift(tx, applicationId, 'removed', { baseUrl: ctx.baseUrl, reason, calendar });
  await changeSeatsTaken(tx, shiftId, -1);
  await bumpRevision(tx, shiftId);
  await offerFreeSeats(tx, shiftId, ctx);
  return true;
}

/**
 * The shift's waitlist is turned off: everyone waiting is told it closed and their application ends
 * (withdrawn, with a note), rather than waiting on a list nobody will read. Offers already made stand.
 */
export async function closeWaitlist(tx: Tx, shiftId: string, ctx: SeatChangeContext): Promise<number> {
  const waiting = await queryRows<{ id: string }>(
    tx,
    sql`select id from applications where shift_id = ${shiftId} and status = 'waitlisted' order by id for update`,
  );
  for (const { id } of waiting) {
    const before = await findApplicationRecord(tx, id);
    if (!before) continue;
    const after = await updateApplication(tx, id, { status: 'withdrawn', waitlistedAt: null });
    await insertEvent(tx, { applicationId: id, fromStatus: 'waitlisted', toStatus: 'withdrawn', note: waitlistClosedNote, actorUserId: ctx.actorUserId });
    await recordAudit(tx, {
      actorUserId: ctx.actorUserId,
      centerId: before.centerId,
      action: 'waitlist_closed',
      entityType: 'application',
      entityId: id,
      before,
      after,
    });
    await mailVolunteerAboutShift(tx, id, 'waitlistClosed', { baseUrl: ctx.baseUrl });
  }
  return waiting.length;
}

/** A volunteer's entry was cancelled: later versions of the shift's event must outrank that cancellation (calendar.ts). */
async function bumpRevision(tx: Tx, shiftId: string): Promise<void> {
  await tx.execute(sql`update shifts set revision = revision + 1 where id = ${shiftId}`);
}
