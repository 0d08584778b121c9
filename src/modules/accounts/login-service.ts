import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { dummyPasswordHash, verifyPassword } from '../../platform/passwords.js';
import { createSession, destroySession } from '../../platform/sessions.js';
import { countFailure, forgetFailures, refuseWhenExhausted } from './rate-limits.js';
import { findUserByEmail } from './repo.js';
import type { LoginForm } from './schema.js';
import type { AccountsDeps } from './service-deps.js';

export type LoginOutcome = { kind: 'loggedIn'; userId: string; sessionToken: string } | { kind: 'refused'; reason: 'invalid' | 'unconfirmed' | 'disabled' };

/**
 * Checks the password and opens a new session. Acts for an anonymous visitor, so the guards are
 * the failure limits (per IP and per account, 429 once reached) and answers that do not tell a
 * guesser whether the address exists.
 */
export async function logIn(
  deps: AccountsDeps,
  form: Pick<LoginForm, 'email' | 'password'>,
  origin: { ip: string; previousSessionToken?: string },
): Promise<LoginOutcome> {
  const { db } = deps;
  await refuseWhenExhausted(db, 'loginFailuresPerIp', origin.ip);
  await refuseWhenExhausted(db, 'loginFailuresPerAccount', form.email);
  const user = await findUserByEmail(db, form.email);
  // An unknown address is checked against a dummy hash, so it takes as long as a real one.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), form.password);
  if (!user || !passwordOk) {
    await countFailure(db, 'loginFailuresPerIp', origin.ip);
    await countFailure(db, 'loginFailuresPerAccount', form.email);
    return { kind: 'refused', reason: 'invalid' };
  }
  // These two are told only to someone who knows the password, so they reveal nothing to a guesser.
  if (user.disabledAt) return { kind: 'refused', reason: 'disabled' };
  if (!user.emailConfirmedAt) return { kind: 'refused', reason: 'unconfirmed' };

  await forgetFailures(db, 'loginFailuresPerAccount', form.email);
  const sessionToken = await db.transaction(async (tx) => {
    // Rotation: whatever session id the browser held before (planted or stale) ends here.
    if (origin.previousSessionToken) await destroySession(tx, origin.previousSessionToken);
    const token = await createSession(tx, user.id);
    await recordAudit(tx, {
      actorUserId: user.id,
      action: 'session.created',
      entityType: 'user',
      entityId: user.id,
      after: { ip: origin.ip },
    });
    return token;
  });
  return { kind: 'loggedIn', userId: user.id, sessionToken };
}

/** Ends the session the request came with. Without one there is nothing to end (and no error). */
export async function logOut(deps: AccountsDeps, actor: Actor | null, sessionToken: string | undefined): Promise<void> {
  if (!sessionToken) return;
  await deps.db.transaction(async (tx) => {
    await destroySession(tx, sessionToken);
    if (actor) {
      await recordAudit(tx, { actorUserId: actor.userId, action: 'session.ended', entityType: 'user', entityId: actor.userId });
    }
  });
}
