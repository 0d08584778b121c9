import type { Database, Tx } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { expireLapsedOffers, offerHoldEnd } from '../../platform/held-offers.js';
import { getVolunteerById } from '../volunteers/service.js';
import {
  findRegistrationRecord,
  firstWaitlisted,
  lapsedOffersOf,
  type RegistrationRecord,
  sessionsWithLapsedOffers,
  updateRegistrationRow,
} from './registration-repo.js';
import { hasFreeSeat, trainingRefusalReasons } from './registration-rules.js';
import { changeSeatsTaken, claimSession, findSession, type LockedSession, lockSession } from './session-repo.js';
import { mailParticipant } from './training-mails.js';

/**
 * A session's waitlist: kept in order (waitlisted_at, then registration time), and each freed seat
 * is offered to the first, held for the session's `hold_hours` (but never past its start: the rule
 * shift waitlists follow, platform/held-offers.ts). Nobody else can take a held seat; the person
 * accepts or declines (registration-service.ts), or the hold lapses and the seat passes on.
 */
export type SeatContext = { baseUrl: string; now: Date; actorUserId: string | null };

/**
 * Offers each free seat of the session to the next on its waitlist, in the caller's transaction,
 * under the session's lock (taken here first, as every seat change does). Nothing is offered on a
 * cancelled or started session. Returns the registrations offered a seat.
 */
export async function offerFreeSeats(tx: Tx, sessionId: string, ctx: SeatContext): Promise<string[]> {
  const offered: string[] = [];
  const passedOver: string[] = [];
  for (;;) {
    const session = await lockSession(tx, sessionId);
    if (!session || session.cancelledAt || !hasFreeSeat(session) || session.startsAt.getTime() <= ctx.now.getTime()) break;
    const next = await firstWaitlisted(tx, sessionId, passedOver);
    if (!next) break;
    if (await passOverIneligible(tx, next, session, ctx)) {
      passedOver.push(next.id);
      continue;
    }
    const until = offerHoldEnd(ctx.now, session.startsAt, session.holdHours);
    const after = await updateRegistrationRow(tx, next.id, { status: 'offered', holdsSeat: true, offerExpiresAt: until });
    await changeSeatsTaken(tx, sessionId, 1);
    await recordAudit(tx, {
      actorUserId: ctx.actorUserId,
      centerId: session.centerId,
      action: 'status:offered',
      entityType: 'training_registration',
      entityId: next.id,
      before: next,
      after,
    });
    await mailParticipant(tx, after, 'offer', { baseUrl: ctx.baseUrl, until });
    offered.push(next.id);
  }
  return offered;
}

/**
 * A waitlisted volunteer who no longer meets the age and guardian rules on the session's day (their
 * guardian withdrew consent) is passed over: the seat goes to the next. They stay on the waitlist;
 * the audit trail records each time and why.
 */
async function passOverIneligible(tx: Tx, registration: RegistrationRecord, session: LockedSession, ctx: SeatContext): Promise<boolean> {
  if (!registration.volunteerId) return false;
  const [volunteer, details] = await Promise.all([getVolunteerById(tx, registration.volunteerId), findSession(tx, session.id)]);
  if (!volunteer || !details) return false;
  const reasons = trainingRefusalReasons({ ...volunteer, qualifications: [] }, { minAge: details.courseMinAge }, session, ctx.now);
  if (reasons.length === 0) return false;
  await recordAudit(tx, {
    actorUserId: ctx.actorUserId,
    centerId: session.centerId,
    action: 'offer_passed_over:ineligible',
    entityType: 'training_registration',
    entityId: registration.id,
    after: { reasons },
  });
  return true;
}

/** An offer whose hold ended: declined, its seat freed, the person told. Under the session's lock. */
async function lapseOffer(tx: Tx, registrationId: string, sessionId: string, baseUrl: string): Promise<void> {
  const before = await findRegistrationRecord(tx, registrationId);
  const session = await lockSession(tx, sessionId);
  if (!before || !session) return;
  const after = await updateRegistrationRow(tx, registrationId, { status: 'declined', holdsSeat: false, offerExpiresAt: null });
  await changeSeatsTaken(tx, sessionId, -1);
  await recordAudit(tx, {
    actorUserId: null,
    centerId: session.centerId,
    action: 'offer_expired',
    entityType: 'training_registration',
    entityId: registrationId,
    before,
    after,
  });
  await mailParticipant(tx, after, 'offerExpired', { baseUrl });
}

/**
 * The background job's step: every training offer whose hold ended by `now` lapses and its seat is
 * offered to the next on the waitlist (platform/held-offers.ts: each session claimed SKIP LOCKED, so
 * safe in several processes). Returns how many offers lapsed.
 */
export function expireTrainingOffers(db: Database, now: Date, options: { baseUrl: string }): Promise<number> {
  return expireLapsedOffers(db, {
    dueParents: () => sessionsWithLapsedOffers(db, now),
    claimParent: claimSession,
    lapsedOffers: (tx, sessionId) => lapsedOffersOf(tx, sessionId, now),
    lapse: (tx, registrationId, sessionId) => lapseOffer(tx, registrationId, sessionId, options.baseUrl),
    offerFreeSeats: (tx, sessionId) => offerFreeSeats(tx, sessionId, { baseUrl: options.baseUrl, now, actorUserId: null }),
  });
}
