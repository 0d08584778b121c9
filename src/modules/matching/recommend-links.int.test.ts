import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpportunity, createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createPoint, createUser, sessionFor } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';

/**
 * Issue 12: coordinators reach an opportunity's recommended volunteers from the opportunity's public
 * page, its management page and the center's list of published opportunities — and only those who
 * may open them as coordinators see the link, only while the opportunity is published.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function clientAs(userId: string | null) {
  const c = new TestClient(t.app, t.config.secretKey);
  return userId ? c.setSession(await sessionFor(t.db, userId)) : c;
}

async function scene() {
  const center = await createCenter(t.db);
  const point = await createPoint(t.db, center.id);
  const member = await createUser(t.db);
  const organization = await createOrganization(t.db, center.id, { memberUserIds: [member.id], pointId: point.id });
  const published = await createOpportunity(t.db, organization, { title: `Faültetés ${center.id.slice(0, 6)}` });
  const submitted = await createOpportunity(t.db, organization, { title: `Beküldött ${center.id.slice(0, 6)}`, status: 'submitted', publishedAt: null });
  const coordinator = await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: center.id }] });
  const pointCoordinator = await createUser(t.db, { grants: [{ role: 'point_coordinator', centerId: center.id, pointId: point.id }] });
  const otherCenter = await createCenter(t.db);
  const stranger = await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: otherCenter.id }] });
  const volunteer = await createUser(t.db);
  return { center, member, organization, published, submitted, coordinator, pointCoordinator, stranger, volunteer };
}

const candidates = (id: string) => `href="/opportunities/${id}/candidates"`;

describe('links to the recommended volunteers', () => {
  it('the coordinator sees them on the public page, the management page and the published list, and they open', async () => {
    const s = await scene();
    const c = await clientAs(s.coordinator.id);

    const publicPage = await c.get(`/opportunities/${s.published.id}`);
    expect(publicPage.statusCode).toBe(200);
    expect(publicPage.body).toContain(candidates(s.published.id));
    expect(publicPage.body).toContain('Ajánlott önkéntesek');

    const manage = await c.get(`/opportunities/${s.published.id}/edit`);
    expect(manage.statusCode).toBe(200);
    expect(manage.body).toContain(candidates(s.published.id));

    const list = await c.get('/center/opportunities?status=published');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Meghirdetett lehetőségek');
    expect(list.body).toContain(s.published.title);
    expect(list.body).toContain(candidates(s.published.id));
    expect(list.body).not.toContain(s.submitted.title);

    const opened = await c.get(`/opportunities/${s.published.id}/candidates`);
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain(s.published.title);
  });

  it('a point coordinator of the organization’s point sees it on the public page, and it opens', async () => {
    const s = await scene();
    const c = await clientAs(s.pointCoordinator.id);
    expect((await c.get(`/opportunities/${s.published.id}`)).body).toContain(candidates(s.published.id));
    expect((await c.get(`/opportunities/${s.published.id}/candidates`)).statusCode).toBe(200);
  });

  it('no link where recommending makes no sense: the vetting queue and an opportunity not yet published', async () => {
    const s = await scene();
    const c = await clientAs(s.coordinator.id);
    const queue = await c.get('/center/opportunities');
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain(s.submitted.title);
    expect(queue.body).not.toContain(candidates(s.submitted.id));
    const manage = await c.get(`/opportunities/${s.submitted.id}/edit`);
    expect(manage.statusCode).toBe(200);
    expect(manage.body).not.toContain(candidates(s.submitted.id));
  });

  it('organization staff, volunteers, visitors and another center’s coordinator see no link', async () => {
    const s = await scene();
    const member = await clientAs(s.member.id);
    const memberPublic = await member.get(`/opportunities/${s.published.id}`);
    expect(memberPublic.statusCode).toBe(200);
    expect(memberPublic.body).not.toContain(candidates(s.published.id));
    const memberManage = await member.get(`/opportunities/${s.published.id}/edit`);
    expect(memberManage.statusCode).toBe(200);
    expect(memberManage.body).not.toContain(candidates(s.published.id));

    for (const userId of [s.volunteer.id, s.stranger.id, null]) {
      const page = await (await clientAs(userId)).get(`/opportunities/${s.published.id}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('/candidates');
    }
    // The other center's published list does not show this opportunity at all.
    const strangerList = await (await clientAs(s.stranger.id)).get('/center/opportunities?status=published');
    expect(strangerList.body).not.toContain(s.published.title);
  });
});
