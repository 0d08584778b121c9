import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { centers, places, points, roleGrants, users } from '../db/schema/index.js';
import type { Role } from '../platform/authz.js';
import { hungarianSortKey } from '../platform/hungarian-sort-key.js';
import { hashPassword } from '../platform/passwords.js';
import { createSession } from '../platform/sessions.js';

/** Test data builders: every test makes its own rows with unique names, so order never matters. */
const unique = () => randomBytes(4).toString('hex');

let cachedHash: Promise<string> | undefined;
export const factoryPassword = 'Teszt-jelszo-2026!';
function passwordHashOnce() {
  cachedHash ??= hashPassword(factoryPassword);
  return cachedHash;
}

export async function placeByName(db: Database, name: string) {
  const [row] = await db.select().from(places).where(eq(places.name, name)).limit(1);
  if (!row) throw new Error(`no place ${name}`);
  return row;
}

export async function createCenter(db: Database, attrs: Partial<typeof centers.$inferInsert> = {}) {
  const name = attrs.name ?? `Teszt Önkéntes Központ ${unique()}`;
  const seat = await placeByName(db, 'Kecskemét');
  const [row] = await db
    .insert(centers)
    .values({ county: 'Bács-Kiskun', placeId: seat.id, ...attrs, name, sortKey: hungarianSortKey(name) })
    .returning();
  return row as typeof centers.$inferSelect;
}

export async function createPoint(db: Database, centerId: string, attrs: Partial<typeof points.$inferInsert> = {}) {
  const name = attrs.name ?? `Teszt Önkéntes Pont ${unique()}`;
  const place = await placeByName(db, 'Baja');
  const [row] = await db
    .insert(points)
    .values({ centerId, placeId: place.id, ...attrs, name, sortKey: hungarianSortKey(name) })
    .returning();
  return row as typeof points.$inferSelect;
}

export type UserGrant = { role: Role; centerId?: string | null; pointId?: string | null };

export async function createUser(db: Database, attrs: Partial<typeof users.$inferInsert> & { grants?: UserGrant[]; confirmed?: boolean } = {}) {
  const { grants = [], confirmed = true, ...rest } = attrs;
  const familyName = rest.familyName ?? 'Teszt';
  const givenName = rest.givenName ?? `Elek ${unique()}`;
  const [user] = await db
    .insert(users)
    .values({
      email: `user-${unique()}@kapocs.example`,
      passwordHash: await passwordHashOnce(),
      emailConfirmedAt: confirmed ? new Date() : null,
      ...rest,
      familyName,
      givenName,
      sortKey: hungarianSortKey(`${familyName} ${givenName}`),
    })
    .returning();
  if (!user) throw new Error('user insert failed');
  for (const g of grants) {
    await db.insert(roleGrants).values({ userId: user.id, role: g.role, centerId: g.centerId ?? null, pointId: g.pointId ?? null });
  }
  return user;
}

/** A session token for the user, for TestClient.setSession (skips the login form). */
export function sessionFor(db: Database, userId: string): Promise<string> {
  return createSession(db, userId);
}
