import type { Config } from '../../config.js';
import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requireActor, requireGuardianInviter } from '../../platform/authz.js';
import { NotFoundError, RateLimitedError } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail.js';
import { hitRateLimit } from '../../platform/rate-limit.js';
import { hashToken, newToken } from '../../platform/secure-token.js';
import { FieldValidationError } from '../../platform/validation.js';
import { getVolunteerById, getVolunteerByUserId, isMinorOn, type VolunteerRow } from '../volunteers/service.js';
import { guardianLinkValidDays, type InvitationState, invitationLimit, invitationStateFor, maskedEmail } from './link-rules.js';
import { guardianInvitationMail, invitationLink } from './mails.js';
import {
  accountIdsByEmail,
  findLinkById,
  findLinkByTokenHash,
  type GuardianLinkRow,
  grantGuardianRole,
  hasActiveLink,
  insertLink,
  invitationsOf,
  lockLink,
  revokePendingInvitations,
  updateLink,
} from './repo.js';

/** Whose guardian is invited: the signed-in volunteer's own, or a volunteer's on the staff page. */
export type InviteTarget = { own: true } | { volunteerId: string };

/** Never written to the audit trail: the link secret (its hash). */
const auditedLink = ({ tokenHash: _t, ...rest }: GuardianLinkRow) => rest;

async function inviteeOf(db: Queryable, actor: Actor | null, target: InviteTarget): Promise<{ a: Actor; volunteer: VolunteerRow }> {
  const a = requireActor(actor);
  const volunteer = 'own' in target ? await getVolunteerByUserId(db, a.userId) : await getVolunteerById(db, target.volunteerId);
  if (!volunteer || volunteer.erasedAt) throw new NotFoundError('volunteer');
  requireGuardianInviter(a, { volunteerUserId: volunteer.userId, centerId: volunteer.centerId, pointId: volunteer.pointId });
  return { a, volunteer };
}

/** The invite page: the minor, the guardian's address from the profile, and the invitations sent so far. */
export async function guardianInviteForm(db: Queryable, actor: Actor | null, target: InviteTarget) {
  const { volunteer } = await inviteeOf(db, actor, target);
  return {
    volunteer: { id: volunteer.id, familyName: volunteer.familyName, givenName: volunteer.givenName, guardianEmail: volunteer.guardianEmail },
    invitations: await invitationsOf(db, volunteer.id),
  };
}
export type GuardianInviteForm = Awaited<ReturnType<typeof guardianInviteForm>>;

/**
 * E-mails a guardian a one-time link (valid 7 days) to link their account to a minor. Only for minors;
 * rate-limited per minor; a new invitation to the same address replaces the pending one; audited.
 */
export async function inviteGuardian(
  db: Database,
  config: Pick<Config, 'baseUrl'>,
  actor: Actor | null,
  target: InviteTarget,
  input: { email: string },
  now = new Date(),
): Promise<void> {
  const { a, volunteer } = await inviteeOf(db, actor, target);
  await sendInvitation(db, config, a, volunteer, input, now);
}

/**
 * A school's IKSZ coordinator invites the guardian of a minor enrolled in their school. The schools
 * module decides that (schoolActions.manage and the enrolment, schools/students-service.ts) before
 * calling; the minor rule, rate limit, mail and audit are the same as every other invitation.
 */
export async function inviteGuardianOfStudent(
  db: Database,
  config: Pick<Config, 'baseUrl'>,
  actor: Actor,
  volunteerId: string,
  input: { email: string },
  now = new Date(),
): Promise<void> {
  const volunteer = await getVolunteerById(db, volunteerId);
  if (!volunteer || volunteer.erasedAt) throw new NotFoundError('volunteer');
  await sendInvitation(db, config, actor, volunteer, input, now);
}

async function sendInvitation(db: Database, config: Pick<Config, 'baseUrl'>, a: Actor, volunteer: VolunteerRow, input: { email: string }, now: Date) {
  if (!isMinorOn(volunteer.birthDate, now)) throw new FieldValidationError({ _form: { key: 'guardians.error.notMinor' } });
  if (volunteer.email && volunteer.email.toLowerCase() === input.email.toLowerCase()) {
    throw new FieldValidationError({ email: { key: 'guardians.error.ownEmail' } });
  }
  const limit = await hitRateLimit(db, `guardian-invite:${volunteer.id}`, invitationLimit.limit, invitationLimit.windowSeconds);
  if (!limit.allowed) throw new RateLimitedError(limit.retryAfterSeconds);
  const token = newToken();
  const hasAccount = (await accountIdsByEmail(db, [input.email])).size > 0;
  await db.transaction(async (tx) => {
    await revokePendingInvitations(tx, volunteer.id, input.email, now);
    const link = await insertLink(tx, {
      volunteerId: volunteer.id,
      invitedEmail: input.email,
      invitedBy: a.userId,
      tokenHash: hashToken(token),
      invitedAt: now,
      expiresAt: new Date(now.getTime() + guardianLinkValidDays * 86_400_000),
    });
    await enqueueInvitation(tx, config, input.email, volunteer, token, hasAccount);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: volunteer.centerId,
      action: 'invite',
      entityType: 'guardian_link',
      entityId: link.id,
      after: auditedLink(link),
    });
  });
}

async function enqueueInvitation(tx: Queryable, config: Pick<Config, 'baseUrl'>, email: string, volunteer: VolunteerRow, token: string, hasAccount: boolean) {
  const sameAsProfile = volunteer.guardianEmail && volunteer.guardianEmail.toLowerCase() === email.toLowerCase();
  await enqueueMail(
    tx,
    guardianInvitationMail(email, volunteer, sameAsProfile ? volunteer.guardianName : null, invitationLink(config.baseUrl, token), hasAccount),
  );
}

/** How the confirming request names the invitation: the e-mailed token, or its id on the guardian's own page. */
export type InvitationKey = { token: string } | { linkId: string };

export type InvitationView =
  | { state: Exclude<InvitationState, 'ok' | 'wrongAccount'> }
  | { state: 'wrongAccount'; invitedEmail: string }
  | { state: 'ok'; minor: { familyName: string; givenName: string } };

async function findInvitation(db: Queryable, key: InvitationKey) {
  return 'token' in key ? findLinkByTokenHash(db, hashToken(key.token)) : findLinkById(db, key.linkId);
}

function viewOf(found: Awaited<ReturnType<typeof findInvitation>>, actor: Actor | null, now: Date): InvitationView {
  const state = invitationStateFor(found && { ...found.link, volunteerUserId: found.volunteerUserId }, actor, now);
  if (state === 'wrongAccount' && found) return { state, invitedEmail: maskedEmail(found.link.invitedEmail) };
  if (state === 'ok' && found) return { state, minor: { familyName: found.familyName, givenName: found.givenName } };
  return { state: state as Exclude<InvitationState, 'ok' | 'wrongAccount'> };
}

/** What the invitation page shows (GET never confirms: mail scanners open links). Names only to the invited account. */
export async function getInvitation(db: Queryable, actor: Actor | null, key: InvitationKey, now = new Date()): Promise<InvitationView> {
  return viewOf(await findInvitation(db, key), actor, now);
}

/**
 * Confirms the link: only the logged-in account whose confirmed e-mail is the invited address. The
 * account gets the personal 'guardian' role; confirming a minor already linked to the account just
 * spends the invitation. Audited.
 */
export async function confirmInvitation(
  db: Database,
  actor: Actor | null,
  key: InvitationKey,
  now = new Date(),
): Promise<InvitationView & { volunteerId?: string }> {
  const a = requireActor(actor);
  const found = await findInvitation(db, key);
  const view = viewOf(found, a, now);
  if (view.state !== 'ok' || !found) return view;
  return db.transaction(async (tx) => {
    const before = await lockLink(tx, found.link.id);
    const again = viewOf(before && { ...found, link: before }, a, now);
    if (again.state !== 'ok' || !before) return again;
    const alreadyLinked = await hasActiveLink(tx, a.userId, before.volunteerId);
    const after = alreadyLinked
      ? await updateLink(tx, before.id, { revokedAt: now, tokenHash: null })
      : await updateLink(tx, before.id, { guardianUserId: a.userId, confirmedAt: now, tokenHash: null });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: found.centerId,
      action: 'confirm',
      entityType: 'guardian_link',
      entityId: before.id,
      before: auditedLink(before),
      after: auditedLink(after),
    });
    const grant = await grantGuardianRole(tx, a.userId);
    if (grant)
      await recordAudit(tx, {
        actorUserId: a.userId,
        action: 'grant',
        entityType: 'role_grant',
        entityId: grant.id,
        after: { userId: a.userId, role: 'guardian' },
      });
    return { ...again, volunteerId: before.volunteerId };
  });
}
