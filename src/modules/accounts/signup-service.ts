import type { Tx } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { enqueueMail } from '../../platform/mail.js';
import { hashPassword } from '../../platform/passwords.js';
import { hashToken, newToken } from '../../platform/secure-token.js';
import { confirmationMail, confirmLink, confirmLinkValidHours, duplicateSignupMail } from './mails.js';
import { countQuietly, countRequest } from './rate-limits.js';
import {
  consumeEmailToken,
  emailTokenState,
  findUserByEmail,
  findUserById,
  insertEmailToken,
  insertPersonalGrant,
  insertUserUnlessEmailTaken,
  invalidateEmailTokens,
  markEmailConfirmed,
  type UserRow,
} from './repo.js';
import { type SignupForm, tokenValue } from './schema.js';
import { type AccountsDeps, auditedUserFields, type RequestOrigin, recipientOf } from './service-deps.js';

/*
 * Sign-up and e-mail confirmation act for anonymous visitors, so there is no permission to check;
 * what guards them is rate limiting and never telling a visitor whether an address is registered.
 */

async function sendConfirmation(tx: Tx, baseUrl: string, user: UserRow): Promise<void> {
  const token = newToken();
  await insertEmailToken(tx, {
    tokenHash: hashToken(token),
    userId: user.id,
    purpose: 'confirm',
    validMinutes: confirmLinkValidHours * 60,
  });
  await enqueueMail(tx, confirmationMail(recipientOf(user), confirmLink(baseUrl, token)));
}

/**
 * Creates an unconfirmed account and mails the confirmation link. When the address is taken, the
 * visitor sees exactly the same outcome, and the owner gets a notice instead (at most a few a day).
 */
export async function signUp(deps: AccountsDeps, form: SignupForm, origin: RequestOrigin): Promise<void> {
  await countRequest(deps.db, 'signupsPerIp', origin.ip);
  // Hash on every path, so a taken address answers as slowly as a free one.
  const passwordHash = await hashPassword(form.password);
  await deps.db.transaction(async (tx) => {
    const user = await insertUserUnlessEmailTaken(tx, {
      email: form.email,
      passwordHash,
      familyName: form.familyName,
      givenName: form.givenName,
      sortKey: hungarianSortKey(`${form.familyName} ${form.givenName}`),
      locale: origin.locale,
      signupKind: form.kind,
    });
    if (!user) {
      const owner = await findUserByEmail(tx, form.email);
      if (owner && (await countQuietly(tx, 'duplicateSignupNoticesPerAccount', form.email))) {
        await enqueueMail(tx, duplicateSignupMail(recipientOf(owner), deps.config.baseUrl));
      }
      return;
    }
    await recordAudit(tx, {
      actorUserId: user.id,
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      after: auditedUserFields(user),
    });
    // Organization staff get their organizational role from the center later; volunteers need no one.
    if (form.kind === 'volunteer') {
      const grant = await insertPersonalGrant(tx, user.id, 'volunteer');
      await recordAudit(tx, {
        actorUserId: user.id,
        action: 'role_grant.created',
        entityType: 'role_grant',
        entityId: grant?.id,
        after: { userId: user.id, role: 'volunteer', centerId: null, pointId: null },
      });
    }
    await sendConfirmation(tx, deps.config.baseUrl, user);
  });
}

export type ConfirmOutcome = 'confirmed' | 'used' | 'expired' | 'invalid';

/** Uses a confirmation link once; a used or expired link says which, so the page can help. */
/**
 * Whether a confirmation link can still be used, without using it: opening the link (GET) only shows
 * a button, because mail scanners open every link in a message before the person does, and a GET
 * that confirmed would use the link up for them (and confirm an address nobody looked at).
 */
export async function confirmLinkState(deps: AccountsDeps, token: unknown): Promise<'usable' | Exclude<ConfirmOutcome, 'confirmed'>> {
  const parsed = tokenValue.safeParse(token);
  if (!parsed.success) return 'invalid';
  const state = await emailTokenState(deps.db, hashToken(parsed.data), 'confirm');
  return state === 'unknown' ? 'invalid' : state;
}

export async function confirmEmail(deps: AccountsDeps, token: unknown): Promise<ConfirmOutcome> {
  const parsed = tokenValue.safeParse(token);
  if (!parsed.success) return 'invalid';
  const tokenHash = hashToken(parsed.data);
  return deps.db.transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, tokenHash, 'confirm');
    if (!userId) {
      const state = await emailTokenState(tx, tokenHash, 'confirm');
      // 'usable' here means a simultaneous click won the race: for this one the link is used.
      return state === 'unknown' ? 'invalid' : state === 'expired' ? 'expired' : 'used';
    }
    const before = await findUserById(tx, userId);
    await markEmailConfirmed(tx, userId);
    await invalidateEmailTokens(tx, userId, 'confirm');
    const after = await findUserById(tx, userId);
    await recordAudit(tx, {
      actorUserId: userId,
      action: 'user.email_confirmed',
      entityType: 'user',
      entityId: userId,
      before: { emailConfirmedAt: before?.emailConfirmedAt ?? null },
      after: { emailConfirmedAt: after?.emailConfirmedAt ?? null },
    });
    return 'confirmed';
  });
}

/** Sends a fresh link (older ones stop working); the answer is the same for any address. */
export async function resendConfirmation(deps: AccountsDeps, email: string, origin: RequestOrigin): Promise<void> {
  await countRequest(deps.db, 'confirmResendsPerIp', origin.ip);
  await countRequest(deps.db, 'confirmResendsPerAccount', email);
  const user = await findUserByEmail(deps.db, email);
  if (!user || user.emailConfirmedAt || user.disabledAt) return;
  await deps.db.transaction(async (tx) => {
    await invalidateEmailTokens(tx, user.id, 'confirm');
    await sendConfirmation(tx, deps.config.baseUrl, user);
    await recordAudit(tx, {
      actorUserId: null,
      action: 'user.confirmation_resent',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
