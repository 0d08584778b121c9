import { and, eq } from 'drizzle-orm';
import { auditLog, organizations, outbox, roleGrants } from '../../db/schema/index.js';
import type { Role } from '../../platform/authz.js';
import { createCenter, createPoint, createUser, sessionFor } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';

/**
 * Tenants for the organization tests: center A serves Tolna county (seat Szekszárd), center B
 * Baranya (Pécs); no center serves Zala. Both test files make their own, so none shares rows.
 */
export async function createOrganizationTenants(t: TestApp) {
  const centerA = await createCenter(t.db, { county: 'Tolna', email: `kozpont-a-${Date.now()}@kapocs.example` });
  const centerB = await createCenter(t.db, { county: 'Baranya' });
  const pointA = await createPoint(t.db, centerA.id);
  const people = new Map<string, string>();
  const person = async (name: string, role?: Role, tenant: 'A' | 'B' | 'pointA' = 'A') => {
    const grants = role ? [{ role, centerId: tenant === 'B' ? centerB.id : centerA.id, pointId: tenant === 'pointA' ? pointA.id : null }] : [];
    const user = await createUser(t.db, { familyName: 'Teszt', givenName: name, grants });
    people.set(name, user.id);
    return user;
  };
  const client = async (userId?: string) => {
    const c = new TestClient(t.app, t.config.secretKey);
    if (userId) c.setSession(await sessionFor(t.db, userId));
    return c;
  };
  return { centerA, centerB, pointA, person, client };
}

/** A registration form that passes every rule (center A's county), with overrides. */
export function validRegistration(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    name: `Tolnai Zöld Kör ${Math.random().toString(36).slice(2, 8)}`,
    hostType: 'civil',
    taxNumber: '10773381-2-17',
    kotRegistrationNumber: '12749',
    place: 'Szekszárd',
    pointId: '',
    address: 'Béla tér 1.',
    email: 'info@zoldkor.example',
    phone: '+36 74 123 456',
    website: 'https://zoldkor.example',
    causes: ['kornyezetvedelem'],
    description: 'Faültetés és patakparti takarítás a megyében.',
    ...overrides,
  };
}

export async function organizationByName(t: TestApp, name: string) {
  const [row] = await t.db.select().from(organizations).where(eq(organizations.name, name));
  return row;
}

export async function mailsTo(t: TestApp, address: string) {
  return t.db.select().from(outbox).where(eq(outbox.toAddress, address));
}

export async function auditFor(t: TestApp, entityType: string, entityId: string) {
  return t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));
}

export async function orgStaffGrants(t: TestApp, userId: string, centerId: string) {
  return t.db
    .select()
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, userId), eq(roleGrants.role, 'org_staff'), eq(roleGrants.centerId, centerId)));
}
