import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { auditLog, inquiries, inquiryTopics } from '../../db/schema/index.js';
import type { Actor } from '../../platform/authz.js';
import { toBudapestLocal } from '../../platform/budapest-time.js';
import { loadActor } from '../../platform/sessions.js';
import { createCenter, createPoint, createUser, sessionFor, type UserGrant } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { starterTopics } from './starter-topics.js';

/** The id of a national starter topic (every prepared database has them). */
export async function nationalTopicId(db: Database, name: string): Promise<string> {
  const [row] = await db
    .select({ id: inquiryTopics.id })
    .from(inquiryTopics)
    .where(and(eq(inquiryTopics.name, name), isNull(inquiryTopics.centerId)));
  if (!row) throw new Error(`no national topic ${name}`);
  return row.id;
}

/** A staff member with their grants: the user, a logged-in browser, and the actor the services take. */
export async function staffMember(t: TestApp, grants: UserGrant[], name?: { familyName: string; givenName: string }) {
  const user = await createUser(t.db, { grants, ...name });
  const session = await sessionFor(t.db, user.id);
  const actor = (await loadActor(t.db, session)) as Actor;
  return { user, actor, client: new TestClient(t.app, t.config.secretKey).setSession(session) };
}
export type StaffMember = Awaited<ReturnType<typeof staffMember>>;

/**
 * A center with two points and its staff in every role that logs inquiries (each with a browser), a
 * coordinator of the second point, and the admin of another center; the ids of two national topics.
 */
export async function inquiryScene(t: TestApp) {
  const center = await createCenter(t.db);
  const point = await createPoint(t.db, center.id);
  const otherPoint = await createPoint(t.db, center.id);
  const otherCenter = await createCenter(t.db);
  const otherCenterPoint = await createPoint(t.db, otherCenter.id);
  const [admin, coordinator, pointCoordinator, otherPointCoordinator, foreignAdmin, nationalAdmin] = await Promise.all([
    staffMember(t, [{ role: 'center_admin', centerId: center.id }]),
    staffMember(t, [{ role: 'center_coordinator', centerId: center.id }]),
    staffMember(t, [{ role: 'point_coordinator', centerId: center.id, pointId: point.id }]),
    staffMember(t, [{ role: 'point_coordinator', centerId: center.id, pointId: otherPoint.id }]),
    staffMember(t, [{ role: 'center_admin', centerId: otherCenter.id }]),
    staffMember(t, [{ role: 'national_admin' }]),
  ]);
  const topics = {
    opportunities: await nationalTopicId(t.db, starterTopics[0] as string),
    contract: await nationalTopicId(t.db, starterTopics[1] as string),
    minors: await nationalTopicId(t.db, starterTopics[3] as string),
  };
  return {
    center,
    point,
    otherPoint,
    otherCenter,
    otherCenterPoint,
    admin,
    coordinator,
    pointCoordinator,
    otherPointCoordinator,
    foreignAdmin,
    nationalAdmin,
    topics,
  };
}
export type InquiryScene = Awaited<ReturnType<typeof inquiryScene>>;

/** A valid staff form of a phone inquiry from a person, received an hour ago; `overrides` replace fields (undefined drops one). */
export function inquiryForm(topicIds: string[], overrides: Record<string, string | string[] | undefined> = {}): Record<string, string | string[]> {
  const form: Record<string, string | string[] | undefined> = {
    channel: 'phone',
    receivedAt: toBudapestLocal(new Date(Date.now() - 3_600_000)),
    askerKind: 'person',
    askerName: 'Kiss Anna',
    askerOrganization: '',
    askerEmail: 'kiss.anna@pelda.example',
    askerPhone: '+36 30 111 2222',
    topicIds,
    question: 'Kell-e írásos szerződés egy egynapos önkéntes munkához?',
    answer: '',
    articles: '',
    followUpOn: '',
    status: 'open',
    ...overrides,
  };
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(form)) if (v !== undefined) out[k] = v;
  return out;
}

/** The inquiry's id from the redirect after a save (`/inquiries/<id>`). */
export function inquiryIdFrom(location: unknown): string {
  const match = /^\/inquiries\/([0-9a-f-]{36})$/.exec(String(location));
  if (!match?.[1]) throw new Error(`not an inquiry page: ${String(location)}`);
  return match[1];
}

export async function inquiryRow(db: Database, id: string) {
  const [row] = await db.select().from(inquiries).where(eq(inquiries.id, id));
  if (!row) throw new Error(`no inquiry ${id}`);
  return row;
}

export function auditOfInquiry(db: Database, id: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'inquiry'), eq(auditLog.entityId, id)))
    .orderBy(auditLog.id);
}
