import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { auditLog, roleGrants } from '../../db/schema/index.js';
import { createCenter, createPoint, createUser, sessionFor } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';

/**
 * Two centers (A in Bács-Kiskun, B in Pest) with a point each, and one person per admin persona:
 * the tenant matrix every admin test file walks. Each call makes fresh rows with unique names.
 */
export async function createAdminTenants(t: TestApp) {
  const db = t.db;
  const centerA = await createCenter(db);
  const centerB = await createCenter(db, { county: 'Pest' });
  const pointA = await createPoint(db, centerA.id);
  const pointB = await createPoint(db, centerB.id);
  const users = {
    national: await createUser(db, { familyName: 'Országos', grants: [{ role: 'national_admin' }] }),
    adminA: await createUser(db, { familyName: 'Adminisztrátor', grants: [{ role: 'center_admin', centerId: centerA.id }] }),
    adminB: await createUser(db, { familyName: 'Másik', grants: [{ role: 'center_admin', centerId: centerB.id }] }),
    coordinatorA: await createUser(db, { familyName: 'Koordinátor', grants: [{ role: 'center_coordinator', centerId: centerA.id }] }),
    pointCoordinatorA: await createUser(db, {
      familyName: 'Pontos',
      grants: [{ role: 'point_coordinator', centerId: centerA.id, pointId: pointA.id }],
    }),
    volunteer: await createUser(db, { familyName: 'Önkéntes', grants: [{ role: 'volunteer' }] }),
  };
  type Persona = keyof typeof users;
  return {
    centerA,
    centerB,
    pointA,
    pointB,
    users,
    /** A logged-in browser for the persona, or an anonymous one. */
    async client(persona: Persona | 'anonymous'): Promise<TestClient> {
      const client = new TestClient(t.app, t.config.secretKey);
      if (persona !== 'anonymous') client.setSession(await sessionFor(db, users[persona].id));
      return client;
    },
  };
}

export type AdminTenants = Awaited<ReturnType<typeof createAdminTenants>>;

export async function auditRowsFor(db: Database, entityType: string, entityId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(auditLog.id);
}

export async function grantsOf(db: Database, userId: string) {
  return db.select().from(roleGrants).where(eq(roleGrants.userId, userId));
}
