import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox, volunteers } from '../../db/schema/index.js';
import { hashToken } from '../../platform/secure-token.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createUser, sessionFor } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { type AdminTenants, createAdminTenants } from '../admin/admin-test-tenants.js';
import { auditActions, uniqueName, volunteerRow } from './volunteers-test-support.js';

let t: TestApp;
let x: AdminTenants;
beforeAll(async () => {
  t = await createTestApp({ baseUrl: 'https://kapocs.example.hu' });
  x = await createAdminTenants(t);
});
afterAll(async () => {
  await t.close();
});

async function userClient(withProfile = false) {
  const user = await createUser(t.db);
  if (withProfile) await createVolunteer(t.db, { userId: user.id, centerId: x.centerA.id });
  return { user, client: new TestClient(t.app, t.config.secretKey).setSession(await sessionFor(t.db, user.id)) };
}

/** Staff invite a walk-in volunteer; returns the volunteer and the token from the e-mailed link. */
async function invited() {
  const email = `${uniqueName('setalo')}@example.hu`;
  const v = await createVolunteer(t.db, { centerId: x.centerA.id, email, familyName: 'Sétáló', givenName: uniqueName('Sára') });
  const res = await (await x.client('coordinatorA')).post(`/volunteers/${v.id}/invite`);
  expect(res.statusCode).toBe(303);
  const mails = await t.db.select().from(outbox).where(eq(outbox.toAddress, email));
  expect(mails).toHaveLength(1);
  const match = /https:\/\/kapocs\.example\.hu\/volunteer\/claim\?token=([A-Za-z0-9_-]+)/.exec(mails[0]?.textBody ?? '');
  if (!match?.[1]) throw new Error(`no claim link in ${mails[0]?.textBody}`);
  return { v, token: match[1], mail: mails[0] };
}

describe('claim invitation', () => {
  it('e-mails a one-time link valid for 7 days and stores only its hash', async () => {
    const { v, token, mail } = await invited();
    expect(mail?.subject).toBe('Vedd át az önkéntes profilodat – Kapocs');
    expect(mail?.textBody).toContain(`Kedves Sétáló ${v.givenName}!`);
    const row = await volunteerRow(t.db, v.id);
    expect(row?.claimTokenHash).toBe(hashToken(token));
    const days = ((row?.claimExpiresAt?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect(await auditActions(t.db, 'volunteer', v.id)).toEqual(['invite_to_claim']);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, v.id));
    expect(JSON.stringify(audit)).not.toContain(row?.claimTokenHash ?? '-');
  });

  it('refuses to invite a volunteer without e-mail, or one who already has an account', async () => {
    const client = await x.client('coordinatorA');
    const noEmail = await createVolunteer(t.db, { centerId: x.centerA.id, email: null });
    const res = await client.post(`/volunteers/${noEmail.id}/invite`);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('A meghíváshoz előbb adja meg az önkéntes e-mail-címét.');
    const { user } = await userClient();
    const claimed = await createVolunteer(t.db, { centerId: x.centerA.id, email: 'van@example.hu', userId: user.id });
    const again = await client.post(`/volunteers/${claimed.id}/invite`);
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('Ez a profil már egy fiókhoz tartozik.');
    expect((await volunteerRow(t.db, claimed.id))?.claimTokenHash).toBeNull();
  });
});

describe('claiming the profile', () => {
  it('links the profile to the logged-in account, spends the link and audits it', async () => {
    const { v, token } = await invited();
    const { user, client } = await userClient();
    const page = await client.get(`/volunteer/claim?token=${token}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`Sétáló ${v.givenName}`);
    const res = await client.post('/volunteer/claim', { token });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/volunteer/profile');
    const row = await volunteerRow(t.db, v.id);
    expect(row).toMatchObject({ userId: user.id, claimTokenHash: null, claimExpiresAt: null, email: v.email });
    expect(await auditActions(t.db, 'volunteer', v.id)).toEqual(['invite_to_claim', 'claim']);
    expect((await client.get('/volunteer/profile')).body).toContain(v.givenName);
  });

  it('refuses a used link (404)', async () => {
    const { token } = await invited();
    await (await userClient()).client.post('/volunteer/claim', { token });
    const other = await userClient();
    const res = await other.client.post('/volunteer/claim', { token });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Ez a link érvénytelen, vagy már felhasználták.');
    expect(await t.db.select().from(volunteers).where(eq(volunteers.userId, other.user.id))).toHaveLength(0);
  });

  it('refuses an expired link (410)', async () => {
    const { v, token } = await invited();
    await t.db
      .update(volunteers)
      .set({ claimExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(volunteers.id, v.id));
    const { client } = await userClient();
    expect((await client.get(`/volunteer/claim?token=${token}`)).statusCode).toBe(410);
    const res = await client.post('/volunteer/claim', { token });
    expect(res.statusCode).toBe(410);
    expect(res.body).toContain('Ez a link lejárt.');
    expect((await volunteerRow(t.db, v.id))?.userId).toBeNull();
  });

  it('refuses an account that already has a profile (409)', async () => {
    const { v, token } = await invited();
    const { client } = await userClient(true);
    const res = await client.post('/volunteer/claim', { token });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('A fiókodhoz már tartozik önkéntes profil');
    expect((await volunteerRow(t.db, v.id))?.claimTokenHash).not.toBeNull();
  });

  it('refuses a made-up or missing token, and anonymous visitors', async () => {
    const { client } = await userClient();
    expect((await client.get('/volunteer/claim?token=kitalalt-token-12345')).statusCode).toBe(404);
    expect((await client.get('/volunteer/claim')).statusCode).toBe(404);
    expect((await client.post('/volunteer/claim', {})).statusCode).toBe(404);
    const anonymous = await new TestClient(t.app, t.config.secretKey).get('/volunteer/claim?token=abc');
    expect(anonymous.statusCode).toBe(303);
    expect(String(anonymous.headers.location)).toMatch(/^\/login\?next=/);
  });

  it('replaces the previous link when staff send a new invitation', async () => {
    const { v, token } = await invited();
    await (await x.client('coordinatorA')).post(`/volunteers/${v.id}/invite`);
    const { client } = await userClient();
    expect((await client.post('/volunteer/claim', { token })).statusCode).toBe(404);
  });
});
