import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, organizations } from '../../db/schema/index.js';
import { createOpportunity, createOrganization, createVolunteer } from '../../test-support/brokering-factories.js';
import { createPoint } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { staffWithLogin } from '../placements/placements-test-support.js';
import { insertEntry, placementScene } from './hours-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

describe('coordinators’ list of hours awaiting approval for more than 14 days', () => {
  it('shows only submitted entries older than 14 days of the coordinator’s center, and exports them', async () => {
    const a = await placementScene(t);
    const b = await placementScene(t);
    await insertEntry(t, a, { activity: 'Régi várakozó A', createdAt: daysAgo(20) });
    await insertEntry(t, a, { activity: 'Friss várakozó A', createdAt: daysAgo(3) });
    await insertEntry(t, a, { activity: 'Régi elfogadott A', status: 'approved', createdAt: daysAgo(20) });
    await insertEntry(t, a, { activity: 'Régi elutasított A', status: 'rejected', createdAt: daysAgo(20) });
    await insertEntry(t, b, { activity: 'Régi várakozó B', createdAt: daysAgo(30) });

    const page = await a.coordinator.client.get('/coordinator/hours');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Régi várakozó A');
    for (const hidden of ['Friss várakozó A', 'Régi elfogadott A', 'Régi elutasított A', 'Régi várakozó B']) expect(page.body).not.toContain(hidden);
    expect(page.body).toContain('format=csv');

    const csv = await a.coordinator.client.get('/coordinator/hours?format=csv&sort=volunteer');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Régi várakozó A');
    expect(lines[1]).toContain(a.organization.name);
    expect(lines[1]).toContain('90');

    const xlsx = await a.coordinator.client.get('/coordinator/hours?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');

    const forB = await b.coordinator.client.get('/coordinator/hours');
    expect(forB.body).toContain('Régi várakozó B');
    expect(forB.body).not.toContain('Régi várakozó A');
  });

  it('a point coordinator sees the organizations of their Volunteer Point only; organization staff may not open the list', async () => {
    const atPoint = await placementScene(t);
    const point = await createPoint(t.db, atPoint.center.id);
    await t.db.update(organizations).set({ pointId: point.id }).where(eq(organizations.id, atPoint.organization.id));
    await insertEntry(t, atPoint, { activity: 'Pont szervezetének régi órája', createdAt: daysAgo(15) });
    const pointCoordinator = await staffWithLogin(t, [{ role: 'point_coordinator', centerId: atPoint.center.id, pointId: point.id }]);
    // Another organization of the same center, not attached to the point.
    const otherOrganization = await createOrganization(t.db, atPoint.center.id);
    const opportunity = await createOpportunity(t.db, otherOrganization);
    const volunteer = await createVolunteer(t.db, { centerId: atPoint.center.id });
    const [application] = await t.db
      .insert(applications)
      .values({ volunteerId: volunteer.id, opportunityId: opportunity.id, centerId: atPoint.center.id, origin: 'volunteer', status: 'active' })
      .returning();
    if (!application) throw new Error('application missing');
    await insertEntry(t, { application, organization: otherOrganization }, { activity: 'Másik szervezet régi órája', createdAt: daysAgo(15) });

    const page = await pointCoordinator.client.get('/coordinator/hours');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Pont szervezetének régi órája');
    expect(page.body).not.toContain('Másik szervezet régi órája');
    // The center's coordinator sees both.
    const forCenter = await atPoint.coordinator.client.get('/coordinator/hours');
    expect(forCenter.body).toContain('Pont szervezetének régi órája');
    expect(forCenter.body).toContain('Másik szervezet régi órája');

    expect((await atPoint.memberClient.get('/coordinator/hours')).statusCode).toBe(403);
    expect((await atPoint.volunteer.client.get('/coordinator/hours')).statusCode).toBe(403);
  });

  it('the coordinator dashboard links to the list', async () => {
    const s = await placementScene(t);
    expect((await s.coordinator.client.get('/dashboard')).body).toContain('href="/coordinator/hours"');
  });
});
