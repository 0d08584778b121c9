/** The register's purge of entries past retention, and who may keep it (split from register.int.test.ts). */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organizations, registerEntries } from '../../db/schema/index.js';
import { createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor, staffWithLogin, volunteerWithLogin } from '../placements/placements-test-support.js';
import { entryForm, insertRegisterEntry, registerScene } from './register-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const entriesOf = (organizationId: string) => t.db.select().from(registerEntries).where(eq(registerEntries.organizationId, organizationId));

describe('purging entries past retention', () => {
  it('deletes only the flagged rows after the confirmation; the audit holds ids and the count only', async () => {
    const s = await registerScene(t);
    const old = await insertRegisterEntry(t, s, {
      applicationId: null,
      familyName: 'Régi',
      givenName: 'Rozália',
      birthPlace: 'Makó',
      startsOn: '2012-01-01',
      endsOn: '2015-06-30',
    });
    const recent = await insertRegisterEntry(t, s, {
      applicationId: null,
      familyName: 'Friss',
      givenName: 'Ferenc',
      startsOn: '2024-01-01',
      endsOn: '2024-06-30',
    });
    const ongoing = await insertRegisterEntry(t, s, { applicationId: null, familyName: 'Tartós', givenName: 'Tamás', startsOn: '2001-01-01' });
    const purgeUrl = `${s.listUrl}/purge`;
    const confirm = await s.memberClient.get(purgeUrl);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Régi Rozália');
    expect(confirm.body).not.toContain('Friss');
    expect(confirm.body).not.toContain('Tartós');
    const unconfirmed = await s.memberClient.post(purgeUrl, {});
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.body).toContain('A törléshez jelölje be a megerősítést.');
    expect(await entriesOf(s.organization.id)).toHaveLength(3);
    const done = await s.memberClient.post(purgeUrl, { confirm: 'on' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(s.listUrl);
    expect((await entriesOf(s.organization.id)).map((e) => e.id).sort()).toEqual([recent.id, ongoing.id].sort());
    const purges = (await t.db.select().from(auditLog).where(eq(auditLog.entityId, s.organization.id))).filter((a) => a.action === 'purge');
    expect(purges).toHaveLength(1);
    expect(purges[0]?.actorUserId).toBe(s.member.id);
    expect(purges[0]?.after).toMatchObject({ deletedEntryIds: [old.id], count: 1 });
    const logged = JSON.stringify(purges[0]);
    for (const personal of ['Régi', 'Rozália', 'Makó', 'Nagy Ilona', '2015-06-30']) expect(logged).not.toContain(personal);
    expect((await s.memberClient.get(purgeUrl)).body).toContain('Nincs lejárt megőrzési idejű bejegyzés.');
  });
});

describe('who may keep the register', () => {
  it('another organization’s member, the volunteer and coordinators (other center, and the placement’s own) are refused', async () => {
    const s = await registerScene(t);
    const entry = await insertRegisterEntry(t, s, { familyName: 'Titkos', givenName: 'Tünde', endsOn: '2015-01-01' });
    const foreignMember = await createUser(t.db);
    await createOrganization(t.db, s.center.id, { memberUserIds: [foreignMember.id] });
    const centerB = await createCenter(t.db);
    const outsiders = {
      foreignMember: await clientFor(t, foreignMember.id),
      otherVolunteer: (await volunteerWithLogin(t, { centerId: s.center.id })).client,
      coordinatorB: (await staffWithLogin(t, [{ role: 'center_coordinator', centerId: centerB.id }])).client,
      adminB: (await staffWithLogin(t, [{ role: 'center_admin', centerId: centerB.id }])).client,
      theVolunteer: s.volunteer.client,
      ownCoordinator: (await staffWithLogin(t, [{ role: 'center_coordinator', centerId: s.center.id }])).client,
    };
    for (const [who, client] of Object.entries(outsiders)) {
      const requests = [
        await client.get(s.url),
        await client.post(s.url, entryForm({ familyName: 'Betolakodó' })),
        await client.get(s.listUrl),
        await client.get(`${s.listUrl}?format=csv`),
        await client.get(`${s.listUrl}/print`),
        await client.get(`${s.listUrl}/purge`),
        await client.post(`${s.listUrl}/purge`, { confirm: 'on' }),
      ];
      for (const res of requests) {
        expect([403, 404], `${who}: ${res.statusCode}`).toContain(res.statusCode);
        expect(res.body).not.toContain('Titkos');
      }
    }
    // The placement's volunteer and coordinator know the placement exists: 403 rather than 404.
    expect((await outsiders.theVolunteer.get(s.url)).statusCode).toBe(403);
    expect((await outsiders.ownCoordinator.get(s.listUrl)).statusCode).toBe(403);
    // The organization is approved, so its public profile shows it exists: a stranger gets 403, not 404 (ADR 003).
    expect((await outsiders.foreignMember.get(s.listUrl)).statusCode).toBe(403);
    // The placement stays hidden from those outside it.
    expect((await outsiders.foreignMember.get(s.url)).statusCode).toBe(404);
    const rows = await entriesOf(s.organization.id);
    expect(rows.map((r) => r.id)).toEqual([entry.id]);
    expect(rows[0]?.familyName).toBe('Titkos');
    expect((await t.db.select().from(organizations).where(eq(organizations.id, s.organization.id)))[0]?.kotRegistrationNumber).toBe('KÖT-2024/0042');
  });
});
