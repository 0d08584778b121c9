import type { Database, Tx } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { getVolunteerById } from '../volunteers/service.js';
import { RegistrationRefusedError, RegistrationStateError, SessionClosedError } from './errors.js';
import { type RegistrationAccess, registrationAccess } from './registration-access.js';
import { findRegistrationRecord, type RegistrationRecord, updateRegistrationRow } from './registration-repo.js';
import { isCancellable, trainingRefusalReasons } from './registration-rules.js';
import { queuedForSession, type RegistrationOptions } from './registration-service.js';
import { changeSeatsTaken, type LockedSession, lockSession } from './session-repo.js';
import { mailParticipant } from './training-mails.js';
import { offerFreeSeats } from './waitlist-offers.js';

/**
 * What happens to a registration before its session: cancelled (by the person, the organization
 * that registered them or the session's staff), or an offered seat accepted or declined. Each runs
 * under the session's lock, and a freed seat goes to the waitlist's first at once.
 */

/** Runs `step` on the locked session and registration; the registration must still belong to it. */
function onLocked<T>(db: Database, access: RegistrationAccess, step: (tx: Tx, session: LockedSession, before: RegistrationRecord) => Promise<T>): Promise<T> {
  const sessionId = access.session.id;
  return queuedForSession(sessionId, () =>
    db.transaction(async (tx) => {
      const session = await lockSession(tx, sessionId);
      const before = await findRegistrationRecord(tx, access.registration.id, { lock: true });
      if (!session || !before) throw new RegistrationStateError('missing');
      return step(tx, session, before);
    }),
  );
}

/**
 * Cancels a registration (registered, waitlisted or offered) before the session starts; a seat it
 * held goes to the first on the waitlist. The person is told when someone else cancelled for them.
 */
export async function cancelRegistration(db: Database, actor: Actor | null, registrationId: string, options: RegistrationOptions): Promise<RegistrationAccess> {
  const access = await registrationAccess(db, actor, registrationId);
  const now = options.now ?? new Date();
  await onLocked(db, access, async (tx, session, before) => {
    if (!isCancellable(before.status)) throw new RegistrationStateError(before.status);
    if (session.cancelledAt || session.startsAt.getTime() <= now.getTime()) throw new SessionClosedError();
    const after = await updateRegistrationRow(tx, before.id, { status: 'cancelled', holdsSeat: false, offerExpiresAt: null });
    if (before.holdsSeat) await changeSeatsTaken(tx, session.id, -1);
    await recordAudit(tx, {
      actorUserId: access.actor.userId,
      centerId: session.centerId,
      action: 'cancel',
      entityType: 'training_registration',
      entityId: before.id,
      before,
      after,
    });
    if (!access.sides.includes('participant')) await mailParticipant(tx, after, 'removed', { baseUrl: options.baseUrl });
    await offerFreeSeats(tx, session.id, { baseUrl: options.baseUrl, now, actorUserId: access.actor.userId });
  });
  return access;
}

/** The offered seat is declined: it goes to the next on the waitlist. */
async function declineOffer(tx: Tx, session: LockedSession, before: RegistrationRecord, actorUserId: string | null, ctx: { baseUrl: string; now: Date }) {
  const after = await updateRegistrationRow(tx, before.id, { status: 'declined', holdsSeat: false, offerExpiresAt: null });
  await changeSeatsTaken(tx, session.id, -1);
  await recordAudit(tx, {
    actorUserId,
    centerId: session.centerId,
    action: 'offer_declined',
    entityType: 'training_registration',
    entityId: before.id,
    before,
    after,
  });
  await offerFreeSeats(tx, session.id, { ...ctx, actorUserId });
}

/**
 * The answer to an offered seat, by the person (or whoever registered them, or the session's staff
 * on their word). Accepting keeps the held seat — only while the hold lasts, and for a volunteer
 * only while they still meet the age and guardian rules; one who no longer does is refused and the
 * seat passes on at once. Declining passes it on.
 */
export async function answerOffer(
  db: Database,
  actor: Actor | null,
  registrationId: string,
  answer: 'accept' | 'decline',
  options: RegistrationOptions,
): Promise<RegistrationAccess> {
  const access = await registrationAccess(db, actor, registrationId);
  const ctx = { baseUrl: options.baseUrl, now: options.now ?? new Date() };
  const refused = await onLocked(db, access, async (tx, session, before) => {
    if (before.status !== 'offered') throw new RegistrationStateError(before.status);
    if (answer === 'decline') return declineOffer(tx, session, before, access.actor.userId, ctx);
    if (!before.offerExpiresAt || before.offerExpiresAt.getTime() <= ctx.now.getTime()) throw new RegistrationStateError('expired');
    const volunteer = before.volunteerId ? await getVolunteerById(tx, before.volunteerId) : undefined;
    const reasons = volunteer ? trainingRefusalReasons({ ...volunteer, qualifications: [] }, { minAge: access.session.courseMinAge }, session, ctx.now) : [];
    if (reasons.length) {
      await declineOffer(tx, session, before, access.actor.userId, ctx);
      return reasons;
    }
    const after = await updateRegistrationRow(tx, before.id, { status: 'registered', offerExpiresAt: null });
    await recordAudit(tx, {
      actorUserId: access.actor.userId,
      centerId: session.centerId,
      action: 'offer_accepted',
      entityType: 'training_registration',
      entityId: before.id,
      before,
      after,
    });
  });
  if (refused?.length) throw new RegistrationRefusedError(refused);
  return access;
}
