import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visitor } from '../modules/accounts/accounts-test-support.js';
import { createOrganizationTenants, validRegistration } from '../modules/organizations/organizations-test-support.js';
import { profileForm } from '../modules/volunteers/volunteers-test-support.js';
import { createUser, sessionFor } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { TestClient } from '../test-support/test-client.js';

/**
 * The form of address on real pages: visitors and volunteers read "te" (no formal word anywhere in
 * the page's text, error messages included); organizations read "Ön" (no informal word).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const formal = /(?<![\p{L}])(Ön|Önnek|Önt|Öné|Kérjük|adja meg|válassza ki|válasszon|kattintson|tekintse)(?![\p{L}])/iu;
const informal = /(?<![\p{L}])(kérlek|add meg|válaszd|kattints|te|neked|tiéd)(?![\p{L}])/iu;

/** The visible text of a page's main content (no markup, no attribute values). */
function mainText(html: string): string {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? html;
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ');
}

describe('form of address on real pages', () => {
  it('visitors: sign-up (also rejected), login, forgotten password and the settlement search say "te"', async () => {
    const visitor = new Visitor(t);
    const pages = [
      await visitor.get('/signup'),
      await visitor.post('/signup', { kind: '', familyName: '', email: 'rossz' }),
      await visitor.get('/login'),
      await visitor.get('/forgot-password'),
      await visitor.get('/places?q=zzzzzzzz'),
    ];
    for (const page of pages) {
      expect(page.statusCode).toBeLessThan(500);
      expect(mainText(page.body)).not.toMatch(formal);
    }
    expect(mainText(pages[0]!.body)).toContain('Milyen minőségben regisztrálsz?');
    expect(mainText(pages[1]!.body)).toContain('Az alábbi mezőket javítani kell:');
    expect(mainText(pages[4]!.body)).toContain('Próbáld a név elejével');
  });

  it('a volunteer: the profile form, rejected with errors, says "te"', async () => {
    const user = await createUser(t.db, { familyName: 'Tegező', givenName: 'Tamás' });
    const client = new TestClient(t.app, t.config.secretKey).setSession(await sessionFor(t.db, user.id));
    const empty = await client.get('/volunteer/profile');
    const rejected = await client.post('/volunteer/profile', profileForm({ familyName: '', birthDate: 'x', homePlace: 'Sehollakfalva', phone: 'abc' }));
    expect(rejected.statusCode).toBe(422);
    for (const page of [empty, rejected]) expect(mainText(page.body)).not.toMatch(formal);
    expect(mainText(rejected.body)).toContain('Érvénytelen dátum');
  });

  it('an organization: the registration form, rejected with errors, says "Ön"', async () => {
    const x = await createOrganizationTenants(t);
    const user = await x.person('Magázó');
    const client = await x.client(user.id);
    const form = await client.get('/organizations/register');
    const rejected = await client.post('/organizations/register', validRegistration({ name: '', email: 'rossz', website: 'nem-url', hostType: '' }));
    expect(rejected.statusCode).toBe(422);
    for (const page of [form, rejected]) expect(mainText(page.body)).not.toMatch(informal);
    expect(mainText(rejected.body)).toContain('Érvénytelen e-mail-cím.');
  });
});
