import { recordAudit } from '../../platform/audit.js';
import { type Actor, requireActor, UnauthenticatedError } from '../../platform/authz.js';
import { enqueueMail } from '../../platform/mail.js';
import { hashPassword, verifyPassword } from '../../platform/passwords.js';
import { hashToken, newToken } from '../../platform/secure-token.js';
import { destroyUserSessions } from '../../platform/sessions.js';
import { FieldValidationError } from '../../platform/validation.js';
import { passwordChangedMail, passwordResetMail, resetLink, resetLinkValidMinutes } from './mails.js';
import { countFailure, countRequest, forgetFailures, refuseWhenExhausted } from './rate-limits.js';
import {
  consumeEmailToken,
  emailTokenState,
  findUserByEmail,
  findUserById,
  insertEmailToken,
  invalidateEmailTokens,
  markEmailConfirmed,
  updatePasswordHash,
} from './repo.js';
import { type ChangePasswordForm, type ResetPasswordForm, tokenValue } from './schema.js';
import { type AccountsDeps, type RequestOrigin, recipientOf } from './service-deps.js';

/**
 * Mails a one-time reset link. Anonymous: the answer is the same whether or not the address has an
 * account, and both the sender's address and the target address are rate-limited (429).
 */
export async function requestPasswordReset(deps: AccountsDeps, email: string, origin: RequestOrigin): Promise<void> {
  await countRequest(deps.db, 'resetRequestsPerIp', origin.ip);
  await countRequest(deps.db, 'resetRequestsPerAccount', email);
  const user = await findUserByEmail(deps.db, email);
  if (!user || user.disabledAt) return;
  await deps.db.transaction(async (tx) => {
    // Only the newest link works: an older mail found later in a shared mailbox is useless.
    await invalidateEmailTokens(tx, user.id, 'reset');
    const token = newToken();
    await insertEmailToken(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      purpose: 'reset',
      validMinutes: resetLinkValidMinutes,
    });
    await enqueueMail(tx, passwordResetMail(recipientOf(user), resetLink(deps.config.baseUrl, token)));
    await recordAudit(tx, { actorUserId: null, action: 'user.password_reset_requested', entityType: 'user', entityId: user.id });
  });
}

/** Whether a reset link can still be used (to show the form, or the "ask for a new link" page). */
export async function isResetLinkUsable(deps: AccountsDeps, token: unknown): Promise<boolean> {
  const parsed = tokenValue.safeParse(token);
  if (!parsed.success) return false;
  return (await emailTokenState(deps.db, hashToken(parsed.data), 'reset')) === 'usable';
}

/**
 * Sets the new password through a reset link: the link is used up, every other reset link dies,
 * and every session of the user ends (whoever knew the old password is logged out everywhere).
 * Returns false when the link is no longer usable.
 */
export async function resetPassword(deps: AccountsDeps, form: ResetPasswordForm): Promise<boolean> {
  const passwordHash = await hashPassword(form.password);
  const email = await deps.db.transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, hashToken(form.token), 'reset');
    if (!userId) return undefined;
    const user = await findUserById(tx, userId);
    if (!user) return undefined;
    await updatePasswordHash(tx, userId, passwordHash);
    // Opening the link proved control of the mailbox, which is what confirmation proves too.
    if (!user.emailConfirmedAt) await markEmailConfirmed(tx, userId);
    await invalidateEmailTokens(tx, userId, 'reset');
    await destroyUserSessions(tx, userId);
    await recordAudit(tx, {
      actorUserId: userId,
      action: 'user.password_reset',
      entityType: 'user',
      entityId: userId,
      after: { allSessionsEnded: true, emailConfirmed: true },
    });
    return user.email;
  });
  if (!email) return false;
  // The owner has just proved who they are: let them log in at once even after failed guesses.
  await forgetFailures(deps.db, 'loginFailuresPerAccount', email);
  return true;
}

/**
 * Changes the logged-in user's own password after checking the current one; ends their other
 * sessions (the current one stays) and tells them by e-mail, in case it was not them.
 */
export async function changePassword(
  deps: AccountsDeps,
  actor: Actor | null,
  form: ChangePasswordForm,
  currentSessionToken: string | undefined,
): Promise<void> {
  const me = requireActor(actor);
  // A stolen session must not become a way to guess the password (and then keep the account).
  await refuseWhenExhausted(deps.db, 'passwordChangeFailuresPerUser', me.userId);
  const user = await findUserById(deps.db, me.userId);
  if (!user) throw new UnauthenticatedError();
  if (!(await verifyPassword(user.passwordHash, form.currentPassword))) {
    await countFailure(deps.db, 'passwordChangeFailuresPerUser', me.userId);
    throw new FieldValidationError({ currentPassword: { key: 'accounts.password.wrongCurrent' } });
  }
  const passwordHash = await hashPassword(form.password);
  await deps.db.transaction(async (tx) => {
    await updatePasswordHash(tx, me.userId, passwordHash);
    await invalidateEmailTokens(tx, me.userId, 'reset');
    await destroyUserSessions(tx, me.userId, currentSessionToken);
    await recordAudit(tx, {
      actorUserId: me.userId,
      action: 'user.password_changed',
      entityType: 'user',
      entityId: me.userId,
      after: { otherSessionsEnded: true },
    });
    await enqueueMail(tx, passwordChangedMail(recipientOf(user), deps.config.baseUrl, new Date()));
  });
  await forgetFailures(deps.db, 'passwordChangeFailuresPerUser', me.userId);
}
