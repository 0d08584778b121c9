import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCenter, createPoint, createUser, sessionFor } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { unique, Visitor } from './accounts-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ trustProxy: true });
});
afterAll(async () => {
  await t.close();
});

async function visitorFor(userId: string): Promise<Visitor> {
  const visitor = new Visitor(t);
  visitor.client.setSession(await sessionFor(t.db, userId));
  return visitor;
}

describe('account page', () => {
  it('sends visitors who are not logged in to the login page', async () => {
    const res = await new Visitor(t).get('/account');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Faccount');
  });

  it('shows name (family name first), e-mail and every role with its tenant', async () => {
    const center = await createCenter(t.db, { name: `Zöldmezői Önkéntes Központ ${unique()}` });
    const point = await createPoint(t.db, center.id, { name: `Bajai Teszt Pont ${unique()}` });
    const user = await createUser(t.db, {
      email: `szerepek-${unique()}@kapocs.example`,
      familyName: 'Szerep',
      givenName: 'Szilvia',
      grants: [{ role: 'center_admin', centerId: center.id }, { role: 'point_coordinator', centerId: center.id, pointId: point.id }, { role: 'volunteer' }],
    });
    const res = await (await visitorFor(user.id)).get('/account');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('<h1>Fiókom</h1>');
    expect(res.body).toContain('Szerep Szilvia');
    expect(res.body).toContain(user.email);
    expect(res.body).toContain(`Központi adminisztrátor – ${center.name}`);
    expect(res.body).toContain(`Önkéntes Pont koordinátor – ${point.name} (${center.name})`);
    expect(res.body).toMatch(/<li>Önkéntes<\/li>/);
    // Widest responsibility first.
    expect(res.body.indexOf('Központi adminisztrátor')).toBeLessThan(res.body.indexOf('Önkéntes Pont koordinátor'));
    expect(res.body).toContain('href="/account/password"');
    expect(res.body).not.toContain('Szervezeti szerepkörét az önkéntes központ');
  });

  it('tells organization staff without an organizational role that the center adds it', async () => {
    const user = await createUser(t.db, { signupKind: 'organization' });
    const res = await (await visitorFor(user.id)).get('/account');
    expect(res.body).toContain('Még nincs szerepköröd.');
    expect(res.body).toContain('A szervezeti szerepkört az önkéntes központ munkatársa rendeli a fiókhoz.');
  });

  it('is in English with ?lang=en', async () => {
    const user = await createUser(t.db, { grants: [{ role: 'volunteer' }] });
    const res = await (await visitorFor(user.id)).get('/account?lang=en');
    expect(res.body).toContain('<h1>My account</h1>');
    expect(res.body).toContain('Volunteer');
    expect(res.body).toContain('Change password');
  });

  it("lists only the logged-in user's own roles", async () => {
    const center = await createCenter(t.db);
    await createUser(t.db, { grants: [{ role: 'center_admin', centerId: center.id }] });
    const me = await createUser(t.db, { grants: [{ role: 'volunteer' }] });
    const res = await (await visitorFor(me.id)).get('/account');
    expect(res.body).not.toContain(center.name);
  });
});
