import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { emailTokens, roleGrants, users } from '../../db/schema/index.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = Pick<typeof users.$inferInsert, 'email' | 'passwordHash' | 'familyName' | 'givenName' | 'sortKey' | 'locale' | 'signupKind'>;

/** What a one-time e-mail link is for; stored in `email_tokens.purpose`. */
export type TokenPurpose = 'confirm' | 'reset';

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/** Inserts the user, or returns undefined when the e-mail is taken (also under a concurrent sign-up). */
export async function insertUserUnlessEmailTaken(db: Queryable, user: NewUser): Promise<UserRow | undefined> {
  const [row] = await db.insert(users).values(user).onConflictDoNothing({ target: users.email }).returning();
  return row;
}

export async function insertPersonalGrant(db: Queryable, userId: string, role: 'volunteer') {
  const [row] = await db.insert(roleGrants).values({ userId, role, centerId: null, pointId: null }).returning();
  return row;
}

export async function insertNationalAdminGrant(db: Queryable, userId: string) {
  const [row] = await db.insert(roleGrants).values({ userId, role: 'national_admin', centerId: null, pointId: null }).returning();
  return row;
}

export async function markEmailConfirmed(db: Queryable, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ emailConfirmedAt: sql`coalesce(${users.emailConfirmedAt}, now())`, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

export async function updatePasswordHash(db: Queryable, userId: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, userId));
}

/** Stores a one-time link's hash; expiry is computed by the database clock, as is every check of it. */
export async function insertEmailToken(
  db: Queryable,
  token: { tokenHash: string; userId: string; purpose: TokenPurpose; validMinutes: number },
): Promise<void> {
  await db.insert(emailTokens).values({
    tokenHash: token.tokenHash,
    userId: token.userId,
    purpose: token.purpose,
    expiresAt: sql`now() + make_interval(mins => ${token.validMinutes})`,
  });
}

/** Marks every still-unused link of that purpose as used, so only a newer one works. */
export async function invalidateEmailTokens(db: Queryable, userId: string, purpose: TokenPurpose): Promise<void> {
  await db
    .update(emailTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)));
}

/**
 * Uses a link exactly once: one conditional UPDATE, so two simultaneous clicks cannot both succeed.
 * Returns the user id, or undefined when the link is unknown, used or expired.
 */
export async function consumeEmailToken(db: Queryable, tokenHash: string, purpose: TokenPurpose): Promise<string | undefined> {
  const [row] = await db
    .update(emailTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(emailTokens.tokenHash, tokenHash), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt), sql`${emailTokens.expiresAt} > now()`))
    .returning({ userId: emailTokens.userId });
  return row?.userId;
}

export type TokenState = 'usable' | 'used' | 'expired' | 'unknown';

/** Why a link does (not) work, for a clear message; reads only. */
export async function emailTokenState(db: Queryable, tokenHash: string, purpose: TokenPurpose): Promise<TokenState> {
  const [row] = await queryRows<{ used: boolean; expired: boolean }>(
    db,
    sql`select used_at is not null as used, expires_at <= now() as expired
        from email_tokens where token_hash = ${tokenHash} and purpose = ${purpose}`,
  );
  if (!row) return 'unknown';
  if (row.used) return 'used';
  if (row.expired) return 'expired';
  return 'usable';
}

export type GrantWithTenant = { role: string; centerName: string | null; pointName: string | null };

/** The user's roles with the names of the center and point they are held in (for the account page). */
export async function grantsWithTenantNames(db: Queryable, userId: string): Promise<GrantWithTenant[]> {
  return queryRows<GrantWithTenant>(
    db,
    sql`select g.role, c.name as "centerName", p.name as "pointName"
        from role_grants g
        left join centers c on c.id = g.center_id
        left join points p on p.id = g.point_id
        where g.user_id = ${userId}
        order by c.sort_key collate "C", p.sort_key collate "C"`,
  );
}
