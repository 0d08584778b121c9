import { and, asc, eq, gt, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { guardianLinks, roleGrants, users, volunteers } from '../../db/schema/index.js';

export type GuardianLinkRow = typeof guardianLinks.$inferSelect;

export async function insertLink(tx: Queryable, values: typeof guardianLinks.$inferInsert): Promise<GuardianLinkRow> {
  const [row] = await tx.insert(guardianLinks).values(values).returning();
  if (!row) throw new Error('guardian link insert returned nothing');
  return row;
}

/** A new invitation replaces the pending ones for the same minor and address (their links stop working). */
export async function revokePendingInvitations(tx: Queryable, volunteerId: string, email: string, now: Date): Promise<void> {
  await tx
    .update(guardianLinks)
    .set({ revokedAt: now, tokenHash: null })
    .where(
      and(
        eq(guardianLinks.volunteerId, volunteerId),
        sql`lower(${guardianLinks.invitedEmail}) = lower(${email})`,
        isNull(guardianLinks.confirmedAt),
        isNull(guardianLinks.revokedAt),
      ),
    );
}

const linkWithMinor = {
  link: guardianLinks,
  volunteerUserId: volunteers.userId,
  familyName: volunteers.familyName,
  givenName: volunteers.givenName,
  centerId: volunteers.centerId,
};

export async function findLinkByTokenHash(db: Queryable, tokenHash: string) {
  const [row] = await db
    .select(linkWithMinor)
    .from(guardianLinks)
    .innerJoin(volunteers, eq(volunteers.id, guardianLinks.volunteerId))
    .where(eq(guardianLinks.tokenHash, tokenHash));
  return row;
}

export async function findLinkById(db: Queryable, id: string) {
  const [row] = await db
    .select(linkWithMinor)
    .from(guardianLinks)
    .innerJoin(volunteers, eq(volunteers.id, guardianLinks.volunteerId))
    .where(eq(guardianLinks.id, id));
  return row;
}

export async function lockLink(tx: Queryable, id: string): Promise<GuardianLinkRow | undefined> {
  const [row] = await tx.select().from(guardianLinks).where(eq(guardianLinks.id, id)).for('update');
  return row;
}

export async function updateLink(tx: Queryable, id: string, values: Partial<typeof guardianLinks.$inferInsert>): Promise<GuardianLinkRow> {
  const [row] = await tx.update(guardianLinks).set(values).where(eq(guardianLinks.id, id)).returning();
  if (!row) throw new Error('guardian link update returned nothing');
  return row;
}

/** True when the account already is this minor's linked guardian (a confirmed, not revoked link). */
export async function hasActiveLink(db: Queryable, guardianUserId: string, volunteerId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: guardianLinks.id })
    .from(guardianLinks)
    .where(and(eq(guardianLinks.guardianUserId, guardianUserId), eq(guardianLinks.volunteerId, volunteerId), isNull(guardianLinks.revokedAt)));
  return !!row;
}

/** The accounts linked to the minor as guardians (confirmed, not revoked). */
export async function linkedGuardians(db: Queryable, volunteerId: string) {
  return db
    .select({ userId: users.id, email: users.email, familyName: users.familyName, givenName: users.givenName })
    .from(guardianLinks)
    .innerJoin(users, eq(users.id, guardianLinks.guardianUserId))
    .where(and(eq(guardianLinks.volunteerId, volunteerId), isNotNull(guardianLinks.confirmedAt), isNull(guardianLinks.revokedAt)));
}

/** The minors linked to the guardian's account, by name. */
export async function minorsOf(db: Queryable, guardianUserId: string) {
  return db
    .select({
      id: volunteers.id,
      familyName: volunteers.familyName,
      givenName: volunteers.givenName,
      birthDate: volunteers.birthDate,
      guardianConsentAt: volunteers.guardianConsentAt,
    })
    .from(guardianLinks)
    .innerJoin(volunteers, eq(volunteers.id, guardianLinks.volunteerId))
    .where(and(eq(guardianLinks.guardianUserId, guardianUserId), isNotNull(guardianLinks.confirmedAt), isNull(guardianLinks.revokedAt)))
    .orderBy(asc(volunteers.sortKey));
}

/** Invitations waiting for the address (not confirmed, not revoked, not expired): shown after login. */
export async function pendingInvitationsTo(db: Queryable, email: string, now: Date) {
  return db
    .select({ id: guardianLinks.id, familyName: volunteers.familyName, givenName: volunteers.givenName, expiresAt: guardianLinks.expiresAt })
    .from(guardianLinks)
    .innerJoin(volunteers, eq(volunteers.id, guardianLinks.volunteerId))
    .where(
      and(
        sql`lower(${guardianLinks.invitedEmail}) = lower(${email})`,
        isNull(guardianLinks.confirmedAt),
        isNull(guardianLinks.revokedAt),
        gt(guardianLinks.expiresAt, now),
      ),
    )
    .orderBy(asc(guardianLinks.invitedAt));
}

/** The last invitations sent for the minor (for the invite page: to whom, when, confirmed or not). */
export async function invitationsOf(db: Queryable, volunteerId: string) {
  return db
    .select({
      id: guardianLinks.id,
      invitedEmail: guardianLinks.invitedEmail,
      invitedAt: guardianLinks.invitedAt,
      confirmedAt: guardianLinks.confirmedAt,
      expiresAt: guardianLinks.expiresAt,
    })
    .from(guardianLinks)
    .where(and(eq(guardianLinks.volunteerId, volunteerId), isNull(guardianLinks.revokedAt)))
    .orderBy(sql`${guardianLinks.invitedAt} desc`)
    .limit(10);
}

/** Accounts by e-mail (lower-case), to tell whether a guardian already has one. */
export async function accountIdsByEmail(db: Queryable, emails: string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        sql`lower(${users.email})`,
        emails.map((e) => e.toLowerCase()),
      ),
    );
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
}

/**
 * The account's personal 'guardian' role (no tenant), so the navigation offers "A gyermekeim". Held
 * once (role_grants_unique_idx); kept when links end, as it grants nothing by itself.
 */
export async function grantGuardianRole(tx: Queryable, userId: string): Promise<{ id: string } | undefined> {
  const [row] = await tx
    .insert(roleGrants)
    .values({ userId, role: 'guardian', centerId: null, pointId: null, grantedBy: userId })
    .onConflictDoNothing()
    .returning({ id: roleGrants.id });
  return row;
}
