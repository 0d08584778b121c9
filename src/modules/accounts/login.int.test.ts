import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../db/schema/index.js';
import { hashToken } from '../../platform/secure-token.js';
import { sessionCookieName } from '../../platform/sessions.js';
import { createUser, factoryPassword, sessionFor } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { auditFor, sessionCount, setCookieFor, signupFields, unique, Visitor } from './accounts-test-support.js';
import { accountLimits } from './rate-limits.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ trustProxy: true });
});
afterAll(async () => {
  await t.close();
});

const newUser = (attrs: Parameters<typeof createUser>[1] = {}) => createUser(t.db, { email: `belepo-${unique()}@kapocs.example`, ...attrs });

async function sessionExists(token: string): Promise<boolean> {
  const rows = await t.db
    .select()
    .from(sessions)
    .where(eq(sessions.tokenHash, hashToken(token)));
  return rows.length > 0;
}

describe('login', () => {
  it('shows the form with autocomplete hints and the hidden next field (only a safe one)', async () => {
    const visitor = new Visitor(t);
    const res = await visitor.get('/login?next=%2Fadmin%2Fcenters');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('name="next" value="/admin/centers"');
    expect(res.body).toContain('autocomplete="current-password"');
    const evil = await visitor.get('/login?next=https%3A%2F%2Fevil.example');
    expect(evil.body).toContain('action="/login"');
    expect(evil.body).not.toContain('name="next"');
  });

  it('logs in with a new, rotated session cookie and goes to next', async () => {
    const user = await newUser({ familyName: 'Belépő', givenName: 'Béla' });
    const visitor = new Visitor(t);
    const oldToken = await sessionFor(t.db, user.id);
    visitor.client.setSession(oldToken);

    const res = await visitor.login(user.email.toUpperCase(), factoryPassword, '/account/password');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/account/password');
    const cookie = setCookieFor(res, sessionCookieName);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');

    const newToken = visitor.client.cookies.get(sessionCookieName)!;
    expect(newToken).not.toBe(oldToken);
    expect(await sessionExists(newToken)).toBe(true);
    expect(await sessionExists(oldToken)).toBe(false);
    const stale = new Visitor(t);
    stale.client.setSession(oldToken);
    expect((await stale.get('/account')).headers.location).toBe('/login?next=%2Faccount');

    const page = await visitor.get('/account');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Belépő Béla');
    const audit = await auditFor(t.db, user.id);
    expect(audit.map((a) => a.action)).toContain('session.created');
    expect(audit.find((a) => a.action === 'session.created')?.actor_user_id).toBe(user.id);
  });

  it('lands on the dashboard without next, and never on another site', async () => {
    const user = await newUser();
    expect((await new Visitor(t).login(user.email, factoryPassword)).headers.location).toBe('/dashboard');
    expect((await new Visitor(t).login(user.email, factoryPassword, '//evil.example/x')).headers.location).toBe('/dashboard');
  });

  it('marks the cookie Secure on https (behind a trusted proxy)', async () => {
    const user = await newUser();
    const visitor = new Visitor(t);
    const res = await visitor.post('/login', { email: user.email, password: factoryPassword }, { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.statusCode).toBe(303);
    expect(setCookieFor(res, sessionCookieName)).toContain('Secure');
  });

  it('refuses a wrong password or unknown address with the same message and no session', async () => {
    const user = await newUser();
    const wrong = await new Visitor(t).login(user.email, 'rossz-jelszo-123');
    const unknown = await new Visitor(t).login(`senki-${unique()}@kapocs.example`, 'rossz-jelszo-123');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain('Hibás e-mail-cím vagy jelszó.');
      expect(setCookieFor(res, sessionCookieName)).toBeUndefined();
    }
    expect(wrong.body).toContain(`value="${user.email}"`);
    expect(wrong.body).not.toContain('rossz-jelszo-123');
    expect(await sessionCount(t.db, user.id)).toBe(0);
  });

  it('refuses an unconfirmed account, offering a new confirmation link', async () => {
    const visitor = new Visitor(t);
    const fields = signupFields();
    await visitor.post('/signup', fields);
    const res = await visitor.login(fields.email!, fields.password!);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Még nem erősítetted meg');
    expect(res.body).toContain('action="/confirm-email/resend"');
    const [user] = await t.db.select().from(users).where(eq(users.email, fields.email!));
    expect(await sessionCount(t.db, user!.id)).toBe(0);
  });

  it('refuses a disabled account', async () => {
    const user = await newUser({ disabledAt: new Date() });
    const res = await new Visitor(t).login(user.email, factoryPassword);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Ez a fiók le van tiltva.');
    expect(await sessionCount(t.db, user.id)).toBe(0);
  });

  it('shows field errors for an empty form, in English with ?lang=en', async () => {
    const hu = await new Visitor(t).post('/login', { email: '', password: '' });
    expect(hu.statusCode).toBe(422);
    expect(hu.body).toContain('Kötelező mező.');
    const en = await new Visitor(t).post('/login?lang=en', { email: 'x', password: '' });
    expect(en.body).toContain('Enter a valid e-mail address.');
    expect(en.body).toContain('This field is required.');
  });

  it('refuses a login post without the CSRF token', async () => {
    const user = await newUser();
    const res = await new Visitor(t).post('/login', { email: user.email, password: factoryPassword }, { csrf: false });
    expect(res.statusCode).toBe(403);
    expect(await sessionCount(t.db, user.id)).toBe(0);
  });
});

describe('login rate limits', () => {
  it('blocks an account after 5 failures from any addresses, even with the right password (429)', async () => {
    const user = await newUser();
    const { limit } = accountLimits.loginFailuresPerAccount;
    for (let i = 0; i < limit; i++) expect((await new Visitor(t).login(user.email, `rossz-${i}-jelszo`)).statusCode).toBe(422);
    const blocked = await new Visitor(t).login(user.email, factoryPassword);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expect(blocked.body).toContain('Túl sok próbálkozás');
    expect(await sessionCount(t.db, user.id)).toBe(0);
  });

  it('forgets earlier failures after a successful login', async () => {
    const user = await newUser();
    const { limit } = accountLimits.loginFailuresPerAccount;
    for (let i = 0; i < limit - 1; i++) await new Visitor(t).login(user.email, 'rossz-jelszo-123');
    expect((await new Visitor(t).login(user.email, factoryPassword)).statusCode).toBe(303);
    for (let i = 0; i < limit - 1; i++) expect((await new Visitor(t).login(user.email, 'rossz-jelszo-123')).statusCode).toBe(422);
  });

  it('blocks an address after 20 failures across accounts, but not other addresses (429)', async () => {
    const attacker = new Visitor(t);
    const { limit } = accountLimits.loginFailuresPerIp;
    for (let i = 0; i < limit; i++) {
      expect((await attacker.login(`probalt-${unique()}@kapocs.example`, 'rossz-jelszo-123')).statusCode).toBe(422);
    }
    const user = await newUser();
    const blocked = await attacker.login(user.email, factoryPassword);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    expect((await new Visitor(t).login(user.email, factoryPassword)).statusCode).toBe(303);
  });
});

describe('logout', () => {
  it('ends the session in the database, clears the cookie and goes home', async () => {
    const user = await newUser();
    const visitor = new Visitor(t);
    await visitor.login(user.email, factoryPassword);
    const token = visitor.client.cookies.get(sessionCookieName)!;
    expect(await sessionExists(token)).toBe(true);
    const page = await visitor.get('/account');
    expect(page.body).toContain('action="/logout"');
    expect(page.body).toContain('Kijelentkezés');

    const res = await visitor.post('/logout');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(await sessionExists(token)).toBe(false);
    expect(visitor.client.cookies.has(sessionCookieName)).toBe(false);
    expect((await auditFor(t.db, user.id)).map((a) => a.action)).toContain('session.ended');
    const home = await visitor.get('/');
    expect(home.body).toContain('Kijelentkeztél.');
  });

  it('needs the CSRF token (a forged logout does nothing)', async () => {
    const user = await newUser();
    const visitor = new Visitor(t);
    await visitor.login(user.email, factoryPassword);
    const token = visitor.client.cookies.get(sessionCookieName)!;
    expect((await visitor.post('/logout', {}, { csrf: false })).statusCode).toBe(403);
    expect(await sessionExists(token)).toBe(true);
  });

  it('lands on the home page even without a session', async () => {
    const res = await new Visitor(t).post('/logout');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/');
  });
});
