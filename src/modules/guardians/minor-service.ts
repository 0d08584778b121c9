import type { Config } from '../../config.js';
import type { Database, Queryable } from '../../db/database.js';
import { type Actor, type GuardianAction, requireActor, requireGuardianOf } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { translator } from '../../platform/i18n.js';
import { FieldValidationError } from '../../platform/validation.js';
import { volunteeringOverviewOf } from '../my-volunteering/service.js';
import { endFutureApplicationsOfMinor } from '../placements/service.js';
import { ageOn, getVolunteerById, isMinorOn, needsGuardianConsent, recordGuardianDecision } from '../volunteers/service.js';
import { withdrawalEndsSignUps } from './link-rules.js';
import { linkedGuardians, minorsOf, pendingInvitationsTo } from './repo.js';

/** The minor, if the actor is one of their linked guardians; 404 for everyone else (authz.ts requireGuardianOf). */
async function minorForGuardian(db: Queryable, actor: Actor | null, volunteerId: string, action: GuardianAction) {
  requireActor(actor);
  const volunteer = await getVolunteerById(db, volunteerId);
  const guardians = volunteer && !volunteer.erasedAt ? await linkedGuardians(db, volunteerId) : [];
  const a = requireGuardianOf(actor, { guardianUserIds: guardians.map((g) => g.userId) }, action);
  if (!volunteer) throw new NotFoundError('minor');
  return { a, volunteer };
}

/** "A gyermekeim": the minors linked to the account (and whose consent waits), and invitations waiting for its address. */
export async function guardianHome(db: Queryable, actor: Actor | null, now = new Date()) {
  const a = requireActor(actor);
  const [minors, invitations] = await Promise.all([minorsOf(db, a.userId), a.emailConfirmed ? pendingInvitationsTo(db, a.email, now) : []]);
  return {
    minors: minors.map((m) => ({ ...m, age: m.birthDate ? ageOn(m.birthDate, now) : null, consentWaiting: needsGuardianConsent(m, now) })),
    invitations,
  };
}
export type GuardianHome = Awaited<ReturnType<typeof guardianHome>>;

/** One minor, read-only: profile summary, applications, upcoming shifts, hours, and the consent's state. */
export async function minorOverview(db: Queryable, actor: Actor | null, volunteerId: string, now = new Date()) {
  const { volunteer: v } = await minorForGuardian(db, actor, volunteerId, 'see');
  const { placements, hours } = await volunteeringOverviewOf(db, v.id);
  const upcoming = placements
    .filter((p) => p.shiftStartsAt && p.shiftStartsAt.getTime() > now.getTime() && ['accepted', 'active', 'waitlisted'].includes(p.status))
    .sort((x, y) => (x.shiftStartsAt?.getTime() ?? 0) - (y.shiftStartsAt?.getTime() ?? 0));
  return {
    minor: {
      id: v.id,
      familyName: v.familyName,
      givenName: v.givenName,
      birthDate: v.birthDate,
      age: v.birthDate ? ageOn(v.birthDate, now) : null,
      email: v.email,
      phone: v.phone,
      guardianConsentAt: v.guardianConsentAt,
    },
    consentWaiting: needsGuardianConsent(v, now),
    mayDecide: isMinorOn(v.birthDate, now),
    placements,
    upcoming,
    hours,
  };
}
export type MinorOverview = Awaited<ReturnType<typeof minorOverview>>;

/** One click: the guardian consents (recorded with the text version, audited). Already given: nothing to do. */
export async function giveGuardianConsent(db: Database, actor: Actor | null, volunteerId: string, now = new Date()): Promise<void> {
  const { a, volunteer } = await minorForGuardian(db, actor, volunteerId, 'consent');
  if (!isMinorOn(volunteer.birthDate, now)) throw new FieldValidationError({ _form: { key: 'guardians.error.notMinor' } });
  if (volunteer.guardianConsentAt) return;
  await db.transaction((tx) => recordGuardianDecision(tx, volunteerId, { granted: true, guardianUserId: a.userId, now }));
}

/**
 * The guardian withdraws consent (confirmed on the form). Under 16 the minor's future sign-ups and
 * open applications end (placements: withdrawn, or declined for an invitation), which frees seats,
 * moves waitlists, records the timeline and e-mails the host organizations. Returns how many ended.
 */
export async function withdrawGuardianConsent(
  db: Database,
  config: Pick<Config, 'baseUrl'>,
  actor: Actor | null,
  volunteerId: string,
  now = new Date(),
): Promise<number> {
  const { a, volunteer } = await minorForGuardian(db, actor, volunteerId, 'consent');
  if (!isMinorOn(volunteer.birthDate, now)) throw new FieldValidationError({ _form: { key: 'guardians.error.notMinor' } });
  if (!volunteer.guardianConsentAt) throw new FieldValidationError({ _form: { key: 'guardians.error.nothingToWithdraw' } });
  await db.transaction((tx) => recordGuardianDecision(tx, volunteerId, { granted: false, guardianUserId: a.userId, now }));
  if (!withdrawalEndsSignUps(volunteer.birthDate, now)) return 0;
  // Stored on the timeline as written (data, like the cancelled-shift note), so Hungarian.
  const note = translator('hu')('guardians.timelineNote');
  const ended = await endFutureApplicationsOfMinor(db, volunteerId, { userId: a.userId, email: a.email }, note, { baseUrl: config.baseUrl, now });
  return ended.length;
}
