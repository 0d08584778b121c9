import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { auditLog, opportunities, outbox } from '../../db/schema/index.js';
import type { Actor, Grant } from '../../platform/authz.js';
import { createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createUser, sessionFor } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';

/** The people of the opportunity tests: an approved and an unapproved organization in center A, center staff of A and B. */
export async function buildOpportunityWorld(t: TestApp) {
  const centerA = await createCenter(t.db);
  const centerB = await createCenter(t.db);
  const member = await createUser(t.db, { familyName: 'Szervező', givenName: 'Anna' });
  const pendingMember = await createUser(t.db, { familyName: 'Várakozó', givenName: 'Béla' });
  const stranger = await createUser(t.db, { familyName: 'Idegen', givenName: 'Cili' });
  const coordinatorA = await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: centerA.id }] });
  const adminB = await createUser(t.db, { grants: [{ role: 'center_admin', centerId: centerB.id }] });
  const organization = await createOrganization(t.db, centerA.id, { memberUserIds: [member.id] });
  const pendingOrganization = await createOrganization(t.db, centerA.id, { memberUserIds: [pendingMember.id], status: 'submitted' });
  const clientOf = async (user: { id: string }) => new TestClient(t.app, t.config.secretKey).setSession(await sessionFor(t.db, user.id));
  return { centerA, centerB, member, pendingMember, stranger, coordinatorA, adminB, organization, pendingOrganization, clientOf };
}

/** An Actor for calling services directly (as the routes would after loading the session). */
export function actorFor(user: { id: string; email: string; familyName: string; givenName: string }, grants: Grant[] = []): Actor {
  return { userId: user.id, email: user.email, familyName: user.familyName, givenName: user.givenName, emailConfirmed: true, grants };
}

export async function opportunityRow(db: Database, id: string) {
  const [row] = await db.select().from(opportunities).where(eq(opportunities.id, id));
  return row;
}

export async function auditRows(db: Database, entityType: string, entityId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));
}

export async function mailsTo(db: Database, address: string) {
  return db.select().from(outbox).where(eq(outbox.toAddress, address));
}

/** A complete, valid opportunity form. */
export function validForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: 'Faültetés a Hírös Városban',
    description: 'Önkéntes környezetvédelmi akció: fák ültetése a városi parkban.',
    kind: 'one_off',
    causes: ['kornyezetvedelem'],
    place: 'Kecskemét',
    address: 'Szabadság tér 1.',
    minAge: '14',
    requiredQualifications: 'Elsősegély, Ásás',
    languages: ['hu', 'en'],
    groupFriendly: 'on',
    contactName: 'Szervező Anna',
    contactEmail: 'anna@kapocs.example',
    ...overrides,
  };
}
