import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, volunteerConsents, volunteers } from '../db/schema/index.js';
import { signupFields, Visitor } from '../modules/accounts/accounts-test-support.js';
import { runAlertDigests, unsubscribeToken } from '../modules/alerts/service.js';
import { createOpportunity, createOrganization, createVolunteer } from './brokering-factories.js';
import { createCenter } from './factories.js';
import { headerLine, receiveDueMail } from './received-mail.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * What a receiving mail client sees: the outbox rows rendered exactly as the SMTP transport
 * renders them, then parsed from the raw message. Providers trust bulk mail that can be left
 * in one click (RFC 8058) and system mail that says it is machine-made (RFC 3834).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ baseUrl: 'https://kapocs.example.hu' });
});
afterAll(async () => {
  await t.close();
});

const unique = () => randomBytes(4).toString('hex');

describe('system mail as received', () => {
  it('marks a sign-up confirmation as auto-generated, with its Hungarian subject and body intact', async () => {
    const fields = signupFields({ familyName: 'Szőke', givenName: 'Őrs', email: `fogado-${unique()}@kapocs.example` });
    const res = await new Visitor(t).post('/signup', fields);
    expect(res.statusCode).toBe(303);

    const [mail, ...more] = (await receiveDueMail(t.db)).get(fields.email as string) ?? [];
    expect(more).toHaveLength(0);
    expect(mail?.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail?.subject).toBe('Erősítsd meg az e-mail-címedet – Kapocs');
    expect(mail?.text).toContain('Kedves Szőke Őrs!');
    expect(mail?.text).toContain('A regisztráció befejezéséhez erősítsd meg az e-mail-címedet');
    expect(mail?.text).toContain('https://kapocs.example.hu/');
    // A confirmation is not bulk mail: nothing to unsubscribe from.
    expect(headerLine(mail!, 'List-Unsubscribe')).toBeUndefined();
  });
});

describe('an opportunity digest as received', () => {
  it('carries a one-click List-Unsubscribe that a mail client can POST to, without login or CSRF token', async () => {
    const cause = `fogado-${unique()}`;
    const center = await createCenter(t.db);
    const organization = await createOrganization(t.db, center.id, { name: `Fogadó Egyesület ${unique()}` });
    const email = `riasztas-${unique()}@example.test`;
    const v = await createVolunteer(t.db, { email, givenName: 'Boróka', causes: [cause], alertFrequency: 'daily' });
    await t.db.insert(volunteerConsents).values({ volunteerId: v.id, kind: 'contact', granted: true, textVersion: 'v1', at: new Date('2030-01-01T00:00:00Z') });
    const now = new Date('2031-03-10T08:00:00Z');
    const o = await createOpportunity(t.db, organization, {
      causes: [cause],
      publishedAt: new Date(now.getTime() - 3_600_000),
      title: `Árvíztűrő tükörfúrógép ${cause}`,
    });
    await runAlertDigests(t.db, t.config, now);

    const [stored] = await t.db.select().from(outbox).where(eq(outbox.toAddress, email));
    expect(stored?.headers['Auto-Submitted']).toBe('auto-generated');

    const [mail, ...more] = (await receiveDueMail(t.db)).get(email) ?? [];
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe('Új önkéntes lehetőségek neked (1)');
    expect(mail?.text).toContain('Kedves Boróka!');
    expect(mail?.text).toContain(o.title);
    expect(mail?.headers.get('auto-submitted')).toBe('auto-generated');

    const url = `https://kapocs.example.hu/alerts/unsubscribe?token=${encodeURIComponent(unsubscribeToken(t.config.secretKey, v.id))}`;
    expect(headerLine(mail!, 'List-Unsubscribe')).toBe(`<${url}>`);
    expect(headerLine(mail!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(mail?.text).toContain(url);

    // The mail provider's one-click POST: the URL from the header, the RFC 8058 body, no cookie.
    const target = new URL(/^<(.+)>$/.exec(headerLine(mail!, 'List-Unsubscribe') ?? '')?.[1] ?? '');
    const res = await t.app.inject({
      method: 'POST',
      url: target.pathname + target.search,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(200);
    const [row] = await t.db.select().from(volunteers).where(eq(volunteers.id, v.id));
    expect(row?.alertFrequency).toBe('none');
  });
});
