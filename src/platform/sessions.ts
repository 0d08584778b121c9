import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.js';
import { emailTokens, sessions, users } from '../db/schema/index.js';
import type { Actor, Role } from './authz.js';
import { hashToken, newToken } from './secure-token.js';

export const sessionCookieName = 'kapocs_sid';
export const sessionMaxAgeSeconds = 60 * 60 * 24 * 14;

/**
 * users.last_active_at is written at most this often per user (a use of the session), so reads do not
 * turn into a write per request; the retention job counts inactivity in years, so a day is precise enough.
 */
const activityResolutionMs = 24 * 3600_000;

/** Marks the user active now (login), or only when the mark is older than a day (a session used). */
async function markActive(db: Queryable, userId: string, now: Date, onlyIfStale: boolean): Promise<void> {
  const stale = onlyIfStale ? lt(users.lastActiveAt, new Date(now.getTime() - activityResolutionMs)) : undefined;
  await db
    .update(users)
    .set({ lastActiveAt: now })
    .where(and(eq(users.id, userId), stale));
}

/** Creates a session for the user and returns the cookie value (the only place the raw token exists). */
export async function createSession(db: Queryable, userId: string): Promise<string> {
  const token = newToken();
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    expiresAt: new Date(Date.now() + sessionMaxAgeSeconds * 1000),
  });
  await markActive(db, userId, new Date(), false);
  return token;
}

export async function destroySession(db: Queryable, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Ends every session of a user (after a password change or reset), optionally keeping one. */
export async function destroyUserSessions(db: Queryable, userId: string, keepToken?: string): Promise<void> {
  const keep = keepToken ? hashToken(keepToken) : '';
  await db.delete(sessions).where(and(eq(sessions.userId, userId), sql`${sessions.tokenHash} <> ${keep}`));
}

type GrantRow = { role: string; center_id: string | null; point_id: string | null };

/** Resolves a session cookie to the acting user with their role grants (one query: this runs on every request), or null. */
export async function loadActor(db: Queryable, token: string | undefined): Promise<Actor | null> {
  if (!token || token.length > 100) return null;
  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      familyName: users.familyName,
      givenName: users.givenName,
      emailConfirmedAt: users.emailConfirmedAt,
      disabledAt: users.disabledAt,
      lastSeenAt: sessions.lastSeenAt,
      lastActiveAt: users.lastActiveAt,
      grants: sql<GrantRow[]>`(select coalesce(json_agg(json_build_object('role', g.role, 'center_id', g.center_id, 'point_id', g.point_id)), '[]'::json)
        from role_grants g where g.user_id = ${users.id})`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date())))
    .limit(1);
  if (!row || row.disabledAt) return null;
  // Touch at most once an hour, so reads do not turn every request into a write.
  if (Date.now() - row.lastSeenAt.getTime() > 3600_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(), expiresAt: new Date(Date.now() + sessionMaxAgeSeconds * 1000) })
      .where(eq(sessions.tokenHash, hashToken(token)));
  }
  if (Date.now() - row.lastActiveAt.getTime() > activityResolutionMs) await markActive(db, row.userId, new Date(), true);
  return {
    userId: row.userId,
    email: row.email,
    familyName: row.familyName,
    givenName: row.givenName,
    emailConfirmed: row.emailConfirmedAt != null,
    grants: row.grants.map((g) => ({ role: g.role as Role, centerId: g.center_id, pointId: g.point_id })),
  };
}

export async function pruneExpiredSessions(db: Queryable): Promise<void> {
  await db.delete(sessions).where(sql`${sessions.expiresAt} < now()`);
}

/** Used or expired one-time links are kept a week (for support questions), then deleted. */
export async function pruneExpiredEmailTokens(db: Queryable): Promise<void> {
  await db.delete(emailTokens).where(sql`${emailTokens.expiresAt} < now() - interval '7 days'`);
}
