import { sql } from 'drizzle-orm';
import { type Database, queryRows, type Tx } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { expireLapsedOffers } from '../../platform/held-offers.js';
import { offerHoldEnd } from './offer-rules.js';
import {
  type ApplicationRecord,
  changeSeatsTaken,
  findApplicationRecord,
  findShift,
  firstWaitlisted,
  insertEvent,
  lockShift,
  type ShiftRecord,
  updateApplication,
} from './repo.js';
import { seatingRefusalReasons } from './seating-eligibility.js';
import { mailVolunteerAboutShift } from './shift-change-mails.js';

export type SeatChangeContext = { baseUrl: string; now: Date; actorUserId: string | null };

/** On the timeline of an offer that lapsed; the reason is data, shown as written. */
export const offerExpiredNote = 'A felajánlott helyet nem erősítette meg a határidőig.';

/**
 * Offers each free seat of the shift to the next on its waitlist (earliest waitlisted_at first), in
 * the caller's transaction. The seat is held (seats_taken counts it, holds_seat is set) until the
 * volunteer answers or the hold ends (offer-rules.ts); nobody else can take it meanwhile. Nothing
 * is offered on a cancelled or started shift. Locks the shift row first, as every seat change does.
 */
export async function offerFreeSeats(tx: Tx, shiftId: string, ctx: SeatChangeContext): Promise<string[]> {
  const offered: string[] = [];
  const passedOver: string[] = [];
  // Its time does not change while the lock is held: read once for the eligibility checks.
  let record: ShiftRecord | undefined;
  for (;;) {
    const shift = await lockShift(tx, shiftId);
    if (!shift || shift.cancelled_at || shift.seats_taken >= shift.capacity || shift.starts_at.getTime() <= ctx.now.getTime()) break;
    const nextId = await firstWaitlisted(tx, shiftId, passedOver);
    const before = nextId ? await findApplicationRecord(tx, nextId) : undefined;
    if (!before) break;
    record ??= await findShift(tx, shiftId);
    if (await passOverIneligible(tx, before, record ?? null, ctx)) {
      passedOver.push(before.id);
      continue;
    }
    const until = offerHoldEnd(ctx.now, shift.starts_at);
    const after = await updateApplication(tx, before.id, { status: 'offered', holdsSeat: true, offerExpiresAt: until });
    await changeSeatsTaken(tx, shiftId, 1);
    await insertEvent(tx, { applicationId: before.id, fromStatus: 'waitlisted', toStatus: 'offered', actorUserId: ctx.actorUserId });
    await recordAudit(tx, {
      actorUserId: ctx.actorUserId,
      centerId: before.centerId,
      action: 'status:offered',
      entityType: 'application',
      entityId: before.id,
      before,
      after,
    });
    await mailVolunteerAboutShift(tx, before.id, 'offer', { baseUrl: ctx.baseUrl, until });
    offered.push(before.id);
  }
  return offered;
}

/**
 * A waitlisted volunteer who no longer meets the rules on the shift's day (seating-eligibility.ts) is
 * passed over: the seat goes to the next one. They stay on the waitlist, so a renewed qualification
 * puts them back in line for a later seat; the audit trail records each time and why.
 */
async function passOverIneligible(tx: Tx, application: ApplicationRecord, shift: ShiftRecord | null, ctx: SeatChangeContext): Promise<boolean> {
  const reasons = await seatingRefusalReasons(tx, application, shift, ctx.now);
  if (reasons.length === 0) return false;
  await recordAudit(tx, {
    actorUserId: ctx.actorUserId,
    centerId: application.centerId,
    action: 'offer_passed_over:ineligible',
    entityType: 'application',
    entityId: application.id,
    after: { reasons },
  });
  return true;
}

/**
 * The background job's step: every offer whose hold ended by `now` lapses (→ withdrawn, seat freed,
 * the volunteer told) and the seat is offered to the next on the waitlist, one shift at a time under
 * its lock (platform/held-offers.ts: safe in several processes). Returns how many offers lapsed.
 */
export function expireSeatOffers(db: Database, now: Date, options: { baseUrl: string }): Promise<number> {
  return expireLapsedOffers(db, {
    dueParents: async () =>
      (
        await queryRows<{ shift_id: string }>(
          db,
          sql`select distinct shift_id from applications where status = 'offered' and offer_expires_at <= ${now} limit 200`,
        )
      ).map((r) => r.shift_id),
    claimParent: async (tx, shiftId) => (await queryRows(tx, sql`select id from shifts where id = ${shiftId} for update skip locked`)).length > 0,
    lapsedOffers: async (tx, shiftId) =>
      (
        await queryRows<{ id: string }>(
          tx,
          sql`select id from applications where shift_id = ${shiftId} and status = 'offered' and offer_expires_at <= ${now}
              order by offer_expires_at, id for update`,
        )
      ).map((r) => r.id),
    lapse: (tx, applicationId, shiftId) => lapseOffer(tx, applicationId, shiftId, options.baseUrl),
    offerFreeSeats: (tx, shiftId) => offerFreeSeats(tx, shiftId, { baseUrl: options.baseUrl, now, actorUserId: null }),
  });
}

async function lapseOffer(tx: Tx, applicationId: string, shiftId: string, baseUrl: string): Promise<void> {
  const before = await findApplicationRecord(tx, applicationId);
  if (!before) return;
  const after = await updateApplication(tx, applicationId, { status: 'withdrawn', holdsSeat: false, offerExpiresAt: null });
  await changeSeatsTaken(tx, shiftId, -1);
  await insertEvent(tx, { applicationId, fromStatus: 'offered', toStatus: 'withdrawn', note: offerExpiredNote, actorUserId: null });
  await recordAudit(tx, {
    actorUserId: null,
    centerId: before.centerId,
    action: 'offer_expired',
    entityType: 'application',
    entityId: applicationId,
    before,
    after,
  });
  await mailVolunteerAboutShift(tx, applicationId, 'offerExpired', { baseUrl });
}
