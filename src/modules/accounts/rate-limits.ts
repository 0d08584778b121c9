import type { Queryable } from '../../db/database.js';
import { RateLimitedError } from '../../platform/errors.js';
import { clearRateLimit, hitRateLimit, peekRateLimit } from '../../platform/rate-limit.js';

const minutes = 60;
const hours = 60 * minutes;

/**
 * Every limit of the accounts module in one table. Login limits count failures only: a school or an
 * office behind one address may log in many people at once, while a guesser fails again and again.
 * The e-mail-sending forms count every request, because each one may send a mail to someone.
 */
export const accountLimits = {
  loginFailuresPerIp: { limit: 20, windowSeconds: 15 * minutes },
  loginFailuresPerAccount: { limit: 5, windowSeconds: 15 * minutes },
  passwordChangeFailuresPerUser: { limit: 5, windowSeconds: 15 * minutes },
  signupsPerIp: { limit: 30, windowSeconds: hours },
  duplicateSignupNoticesPerAccount: { limit: 3, windowSeconds: 24 * hours },
  confirmResendsPerIp: { limit: 10, windowSeconds: hours },
  confirmResendsPerAccount: { limit: 3, windowSeconds: hours },
  resetRequestsPerIp: { limit: 10, windowSeconds: hours },
  resetRequestsPerAccount: { limit: 3, windowSeconds: hours },
} as const;
export type AccountLimit = keyof typeof accountLimits;

/** The bucket of one limit for one key (an IP address, a lower-cased e-mail or a user id). */
export function limitBucket(limit: AccountLimit, key: string): string {
  return `accounts.${limit}:${key}`;
}

/** Counts this request; refuses it with 429 once the window's allowance is used up. */
export async function countRequest(db: Queryable, limit: AccountLimit, key: string): Promise<void> {
  const rule = accountLimits[limit];
  const result = await hitRateLimit(db, limitBucket(limit, key), rule.limit, rule.windowSeconds);
  if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds);
}

/** Counts a request without refusing it; says whether it was still within the allowance. */
export async function countQuietly(db: Queryable, limit: AccountLimit, key: string): Promise<boolean> {
  const rule = accountLimits[limit];
  return (await hitRateLimit(db, limitBucket(limit, key), rule.limit, rule.windowSeconds)).allowed;
}

/** Refuses with 429 when the failures counted in the window have reached the limit. */
export async function refuseWhenExhausted(db: Queryable, limit: AccountLimit, key: string): Promise<void> {
  const { hits, retryAfterSeconds } = await peekRateLimit(db, limitBucket(limit, key));
  if (hits >= accountLimits[limit].limit) throw new RateLimitedError(retryAfterSeconds);
}

export async function countFailure(db: Queryable, limit: AccountLimit, key: string): Promise<void> {
  await countQuietly(db, limit, key);
}

export async function forgetFailures(db: Queryable, limit: AccountLimit, key: string): Promise<void> {
  await clearRateLimit(db, limitBucket(limit, key));
}
