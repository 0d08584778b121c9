import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, inquiryTopics } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { type InquiryScene, inquiryScene } from './inquiries-test-support.js';
import { loadStarterTopics, starterTopics } from './starter-topics.js';
import { findTopic } from './topics-repo.js';

/** The managed list of topics: national ones loaded once, each center's own next to them, archived but never lost. */
let t: TestApp;
let s: InquiryScene;
beforeAll(async () => {
  t = await createTestApp();
  s = await inquiryScene(t);
});
afterAll(async () => {
  await t?.close();
});

const topicNamed = async (name: string, centerId: string | null) => {
  const [row] = await t.db
    .select()
    .from(inquiryTopics)
    .where(and(eq(inquiryTopics.name, name), centerId ? eq(inquiryTopics.centerId, centerId) : isNull(inquiryTopics.centerId)));
  return row;
};

describe('the national starter topics', () => {
  it('are loaded once per database; an archived one is not brought back', async () => {
    const national = await t.db.select().from(inquiryTopics).where(isNull(inquiryTopics.centerId));
    expect(national.map((x) => x.name)).toEqual(expect.arrayContaining(starterTopics));
    const other = await topicNamed('Egyéb', null);
    await t.db
      .update(inquiryTopics)
      .set({ archivedAt: new Date() })
      .where(eq(inquiryTopics.id, other?.id as string));
    expect(await loadStarterTopics(t.db)).toBe(0);
    expect((await findTopic(t.db, other?.id as string))?.archivedAt).toBeInstanceOf(Date);
    await t.db
      .update(inquiryTopics)
      .set({ archivedAt: null })
      .where(eq(inquiryTopics.id, other?.id as string));
  });
});

describe('a center’s own topics', () => {
  it('its admin adds, renames, archives after a confirmation and restores them, every step audited', async () => {
    const page = await s.admin.client.get('/inquiries/topics');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Önkéntes szerződés');

    expect((await s.admin.client.post('/inquiries/topics', { name: 'Katasztrófavédelem', centerId: s.center.id })).statusCode).toBe(303);
    const topic = await topicNamed('Katasztrófavédelem', s.center.id);
    if (!topic) throw new Error('topic not added');
    const taken = await s.admin.client.post('/inquiries/topics', { name: 'önkéntes SZERZŐDÉS', centerId: s.center.id });
    expect(taken.statusCode).toBe(422);
    expect(taken.body).toContain('Ilyen nevű téma már van ezen a listán vagy az országos listán.');

    expect((await s.admin.client.post(`/inquiries/topics/${topic.id}`, { name: 'Katasztrófavédelmi önkéntesség' })).statusCode).toBe(303);
    const confirm = await s.admin.client.get(`/inquiries/topics/${topic.id}/archive`);
    expect(confirm.body).toContain('Biztosan archiválja a(z) „Katasztrófavédelmi önkéntesség” témát?');
    expect((await findTopic(t.db, topic.id))?.archivedAt).toBeNull();
    expect((await s.admin.client.post(`/inquiries/topics/${topic.id}/archive`)).statusCode).toBe(303);
    expect((await findTopic(t.db, topic.id))?.archivedAt).toBeInstanceOf(Date);
    expect((await s.coordinator.client.get('/inquiries/new')).body).not.toContain('Katasztrófavédelmi önkéntesség');
    expect((await s.admin.client.post(`/inquiries/topics/${topic.id}/restore`)).statusCode).toBe(303);
    expect((await s.coordinator.client.get('/inquiries/new')).body).toContain('Katasztrófavédelmi önkéntesség');

    const trail = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'inquiry_topic'), eq(auditLog.entityId, topic.id)))
      .orderBy(auditLog.id);
    expect(trail.map((a) => a.action)).toEqual(['create', 'rename', 'archive', 'restore']);
  });

  it('only its admins keep it: coordinators get 403, another center’s admin 404, a national topic is the national admins’', async () => {
    const added = await s.admin.client.post('/inquiries/topics', { name: 'Idősgondozás', centerId: s.center.id });
    expect(added.statusCode).toBe(303);
    const topic = await topicNamed('Idősgondozás', s.center.id);
    const national = await topicNamed('Képzések', null);
    expect((await s.coordinator.client.get('/inquiries/topics')).statusCode).toBe(403);
    expect((await s.foreignAdmin.client.post(`/inquiries/topics/${topic?.id}`, { name: 'Átvéve' })).statusCode).toBe(404);
    expect((await s.foreignAdmin.client.get(`/inquiries/topics/${topic?.id}/archive`)).statusCode).toBe(404);
    expect((await s.foreignAdmin.client.post('/inquiries/topics', { name: 'Betolakodó', centerId: s.center.id })).statusCode).toBe(404);
    expect((await s.admin.client.post(`/inquiries/topics/${national?.id}/archive`)).statusCode).toBe(403);
    expect((await s.admin.client.post('/inquiries/topics', { name: 'Országos?', centerId: '' })).statusCode).toBe(403);

    expect((await s.nationalAdmin.client.post('/inquiries/topics', { name: 'Közösségi szolgálat külföldön', centerId: '' })).statusCode).toBe(303);
    expect(await topicNamed('Közösségi szolgálat külföldön', null)).toBeDefined();
    expect((await s.nationalAdmin.client.post(`/inquiries/topics/${topic?.id}`, { name: 'Idősek segítése' })).statusCode).toBe(303);
  });
});
