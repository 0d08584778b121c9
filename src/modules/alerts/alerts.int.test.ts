import { randomBytes } from 'node:crypto';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditLog, outbox, volunteerConsents, volunteers } from '../../db/schema/index.js';
import { createOpportunity, createOrganization, createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { startAlertDigests } from './background.js';
import { runAlertDigests, unsubscribeToken } from './service.js';

let t: TestApp;
let center: { id: string };
let organization: { id: string; centerId: string };
beforeAll(async () => {
  t = await createTestApp();
  center = await createCenter(t.db);
  organization = await createOrganization(t.db, center.id, { name: `Riasztási Egyesület ${randomBytes(3).toString('hex')}` });
});
afterAll(async () => {
  await t.close();
});

/** A cause tag of this test only, so digests of other tests' rows never mix in. */
const tag = () => `teszt-${randomBytes(4).toString('hex')}`;
const hours = (n: number) => n * 3_600_000;
// Monday 10 March 2031, 09:00 Budapest time.
const monday = new Date('2031-03-10T08:00:00Z');

async function subscriber(cause: string, attrs: Parameters<typeof createVolunteer>[1] = {}, consent: boolean[] = [true]) {
  const email = `riasztas-${randomBytes(4).toString('hex')}@example.test`;
  const v = await createVolunteer(t.db, { email, causes: [cause], alertFrequency: 'daily', ...attrs });
  let at = new Date('2030-01-01T00:00:00Z').getTime();
  for (const granted of consent) {
    at += hours(1);
    await t.db.insert(volunteerConsents).values({ volunteerId: v.id, kind: 'contact', granted, textVersion: 'v1', at: new Date(at) });
  }
  return v;
}

async function publish(cause: string, publishedAt: Date, attrs: Parameters<typeof createOpportunity>[2] = {}) {
  return createOpportunity(t.db, organization, { causes: [cause], publishedAt, ...attrs });
}

// In the order they were written (no ORDER BY means no order on PostgreSQL).
const mailsTo = (email: string | null) =>
  t.db
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, email as string))
    .orderBy(outbox.id);
const run = (now: Date) => runAlertDigests(t.db, t.config, now);

describe('who gets a digest', () => {
  it('mails only consenting, subscribed volunteers with an address for whom something new fits', async () => {
    const cause = tag();
    const fits = await subscriber(cause);
    const noConsent = await subscriber(cause, {}, []);
    const withdrew = await subscriber(cause, {}, [true, false]);
    const regranted = await subscriber(cause, {}, [false, true]);
    const off = await subscriber(cause, { alertFrequency: 'none' });
    const otherCause = await subscriber(tag());
    const farAway = await subscriber(cause, { homePlace: 'Baja', travelRadiusKm: 20 });
    const remoteOnly = await subscriber(cause, { remoteOnly: true });
    const tooYoung = await subscriber(cause, { birthDate: '2017-01-01' });
    const noAddress = await subscriber(cause, { email: null });
    await publish(cause, new Date(monday.getTime() - hours(3)), { place: 'Kecskemét', minAge: 16 });

    const result = await run(monday);
    expect(result.digestsSent).toBeGreaterThanOrEqual(2);
    expect(await mailsTo(fits.email)).toHaveLength(1);
    expect(await mailsTo(regranted.email)).toHaveLength(1);
    for (const v of [noConsent, withdrew, off, otherCause, farAway, remoteOnly, tooYoung]) {
      expect(await mailsTo(v.email), v.email ?? '').toHaveLength(0);
    }
    const [row] = await t.db.select().from(volunteers).where(eq(volunteers.id, noAddress.id));
    expect(row?.alertsSentAt).toBeNull();
  });

  it('offers remote work to remote-only volunteers and reaches a neighbour settlement within the radius', async () => {
    const cause = tag();
    const remoteOnly = await subscriber(cause, { remoteOnly: true });
    const neighbour = await subscriber(cause, { homePlace: 'Kiskunfélegyháza', travelRadiusKm: 40 });
    const shortRadius = await subscriber(cause, { homePlace: 'Kiskunfélegyháza', travelRadiusKm: 5 });
    const remote = await publish(cause, new Date(monday.getTime() - hours(2)), { remote: true, title: `Távoli fordítás ${cause}` });
    const local = await publish(cause, new Date(monday.getTime() - hours(2)), { place: 'Kecskemét', title: `Kecskeméti kertészkedés ${cause}` });
    await run(monday);
    const [remoteMail] = await mailsTo(remoteOnly.email);
    expect(remoteMail?.textBody).toContain(remote.title);
    expect(remoteMail?.textBody).not.toContain(local.title);
    const [neighbourMail] = await mailsTo(neighbour.email);
    expect(neighbourMail?.textBody).toContain(local.title);
    expect(neighbourMail?.textBody).toContain(remote.title);
    const [shortMail] = await mailsTo(shortRadius.email);
    expect(shortMail?.textBody).toContain(remote.title);
    expect(shortMail?.textBody).not.toContain(local.title);
  });
});

describe('digest content', () => {
  it('lists only new published opportunities not applied to, with links and a one-click unsubscribe link', async () => {
    const cause = tag();
    const v = await subscriber(cause, { givenName: 'Boróka' });
    const fresh = await publish(cause, new Date(monday.getTime() - hours(5)), { title: `Véradás szervezése ${cause}` });
    const old = await publish(cause, new Date(monday.getTime() - hours(30)), { title: `Régi lehetőség ${cause}` });
    const draft = await publish(cause, new Date(monday.getTime() - hours(5)), { title: `Piszkozat ${cause}`, status: 'draft' });
    const applied = await publish(cause, new Date(monday.getTime() - hours(5)), { title: `Már jelentkezett ${cause}` });
    await t.db.insert(applications).values({ volunteerId: v.id, opportunityId: applied.id, centerId: center.id, origin: 'volunteer', status: 'applied' });
    await run(monday);
    const [mail] = await mailsTo(v.email);
    expect(mail?.subject).toBe('Új önkéntes lehetőségek neked (1)');
    const text = mail?.textBody ?? '';
    expect(text).toContain('Kedves Boróka!');
    expect(text).toContain(fresh.title);
    expect(text).toContain(`${t.config.baseUrl}/opportunities/${fresh.id}`);
    expect(text).toContain('Riasztási Egyesület');
    for (const o of [old, draft, applied]) expect(text).not.toContain(o.title);
    const token = unsubscribeToken(t.config.secretKey, v.id);
    expect(text).toContain(`${t.config.baseUrl}/alerts/unsubscribe?token=${encodeURIComponent(token)}`);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'alerts.digest_sent'), eq(auditLog.entityId, v.id)));
    expect(audit).toHaveLength(1);
  });
});

describe('no duplicates', () => {
  it('sends one digest per volunteer and period even when two runs race', async () => {
    const cause = tag();
    const subs = [];
    for (let i = 0; i < 12; i++) subs.push(await subscriber(cause));
    await publish(cause, new Date(monday.getTime() - hours(1)));
    const later = new Date(monday.getTime() + hours(2));
    // Small batches, so the two runs interleave: each claims, skips the other's locked rows, walks on.
    const [a, b] = await Promise.all([runAlertDigests(t.db, t.config, later, { batchSize: 2 }), runAlertDigests(t.db, t.config, later, { batchSize: 3 })]);
    expect((a?.digestsSent ?? 0) + (b?.digestsSent ?? 0)).toBeGreaterThanOrEqual(subs.length);
    for (const v of subs) expect(await mailsTo(v.email)).toHaveLength(1);

    // Later the same day: nothing, even with something new. The next day: only the new one.
    const second = await publish(cause, new Date(later.getTime() + hours(1)), { title: `Második ${cause}` });
    await run(new Date(later.getTime() + hours(3)));
    for (const v of subs) expect(await mailsTo(v.email)).toHaveLength(1);
    await run(new Date(monday.getTime() + hours(24)));
    const mails = await mailsTo(subs[0]?.email ?? null);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.textBody).toContain(second.title);
  });

  it('sends a weekly digest once per week', async () => {
    const cause = tag();
    const v = await subscriber(cause, { alertFrequency: 'weekly' });
    await publish(cause, new Date(monday.getTime() - hours(48)));
    await run(monday);
    expect(await mailsTo(v.email)).toHaveLength(1);
    await publish(cause, new Date(monday.getTime() + hours(20)));
    await run(new Date(monday.getTime() + hours(72))); // Thursday: same week
    expect(await mailsTo(v.email)).toHaveLength(1);
    await run(new Date(monday.getTime() + hours(7 * 24))); // next Monday
    expect(await mailsTo(v.email)).toHaveLength(2);
  });
});

describe('one-click unsubscribe', () => {
  it('shows a confirmation form, then turns alerts off and no digest follows', async () => {
    const cause = tag();
    const v = await subscriber(cause);
    const token = unsubscribeToken(t.config.secretKey, v.id);
    const client = new TestClient(t.app, t.config.secretKey);
    const page = await client.get(`/alerts/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Leiratkozás az új lehetőségek értesítőjéről');
    expect(page.body).toContain(`name="token" value="${token}"`);

    const res = await client.post('/alerts/unsubscribe', { token });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/alerts/unsubscribed');
    expect((await client.get('/alerts/unsubscribed')).body).toContain('Leiratkoztál');
    const [row] = await t.db.select().from(volunteers).where(eq(volunteers.id, v.id));
    expect(row?.alertFrequency).toBe('none');
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'alerts.unsubscribe'), eq(auditLog.entityId, v.id)));
    expect(audit).toHaveLength(1);

    await publish(cause, new Date(monday.getTime() - hours(1)));
    await run(monday);
    expect(await mailsTo(v.email)).toHaveLength(0);
    const again = await client.get(`/alerts/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(again.body).toContain('már leiratkoztál');
  });

  it('accepts a mail client one-click POST (RFC 8058) with the token in the URL and no CSRF token', async () => {
    const v = await subscriber(tag());
    const token = unsubscribeToken(t.config.secretKey, v.id);
    const res = await t.app.inject({
      method: 'POST',
      url: `/alerts/unsubscribe?token=${encodeURIComponent(token)}`,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    // Answered directly, not redirected (RFC 8058 §3.1).
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Leiratkoztál');
    const [row] = await t.db.select().from(volunteers).where(eq(volunteers.id, v.id));
    expect(row?.alertFrequency).toBe('none');
  });

  it('refuses forged, foreign-key and malformed tokens and changes nothing', async () => {
    const v = await subscriber(tag());
    const other = await subscriber(tag());
    const good = unsubscribeToken(t.config.secretKey, v.id);
    const forged = [
      `${v.id}.${'A'.repeat(43)}`,
      unsubscribeToken('a-different-secret-key-that-is-long-enough', v.id),
      `${other.id}.${good.split('.')[1]}`,
      v.id,
      good.slice(0, -2),
      'x'.repeat(500),
      '',
    ];
    const client = new TestClient(t.app, t.config.secretKey);
    for (const token of forged) {
      const page = await client.get(`/alerts/unsubscribe?token=${encodeURIComponent(token)}`);
      expect(page.statusCode, token).toBe(400);
      expect(page.body).toContain('Érvénytelen leiratkozási link');
      const res = await client.post('/alerts/unsubscribe', { token });
      expect(res.statusCode, token).toBe(400);
    }
    expect((await client.get('/alerts/unsubscribe')).statusCode).toBe(400);
    const rows = await t.db.select().from(volunteers).where(like(volunteers.email, 'riasztas-%'));
    for (const id of [v.id, other.id]) expect(rows.find((r) => r.id === id)?.alertFrequency).toBe('daily');
  });
});

describe('background schedule', () => {
  it('sends due digests on its timer and stops cleanly', async () => {
    const cause = tag();
    const v = await subscriber(cause);
    const o = await publish(cause, new Date(Date.now() - hours(1)), { title: `Időzített ${cause}` });
    const logged: unknown[] = [];
    const schedule = startAlertDigests({
      db: t.db,
      config: t.config,
      log: { info: (x: unknown) => logged.push(x), error: (x: unknown) => logged.push(x) },
      intervalMs: 50,
    });
    try {
      for (let i = 0; i < 100 && (await mailsTo(v.email)).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await schedule.stop();
    }
    const mails = await mailsTo(v.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.textBody).toContain(o.title);
    expect(logged.length).toBeGreaterThan(0);
  });
});
