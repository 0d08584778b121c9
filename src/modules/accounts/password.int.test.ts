import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailTokens, users } from '../../db/schema/index.js';
import { verifyPassword } from '../../platform/passwords.js';
import { hashToken } from '../../platform/secure-token.js';
import { sessionCookieName } from '../../platform/sessions.js';
import { createUser, factoryPassword, sessionFor } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { auditFor, linkIn, mailsTo, pathOf, sessionCount, strongPassword, unique, Visitor } from './accounts-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ trustProxy: true });
});
afterAll(async () => {
  await t.close();
});

const newUser = (attrs: Parameters<typeof createUser>[1] = {}) => createUser(t.db, { email: `jelszo-${unique()}@kapocs.example`, ...attrs });

async function passwordOf(userId: string): Promise<string> {
  const [row] = await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row!.hash;
}

async function requestReset(visitor: Visitor, email: string) {
  const res = await visitor.post('/forgot-password', { email });
  expect(res.statusCode).toBe(303);
  expect(res.headers.location).toBe('/forgot-password/sent');
  const mails = await mailsTo(t.db, email);
  return linkIn(mails.at(-1), t.config.baseUrl, '/reset-password');
}

describe('forgotten password', () => {
  it('answers the same for unknown addresses and sends nothing', async () => {
    const email = `senki-${unique()}@kapocs.example`;
    const res = await new Visitor(t).post('/forgot-password', { email });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/forgot-password/sent');
    expect(await mailsTo(t.db, email)).toHaveLength(0);
    const sent = await new Visitor(t).get('/forgot-password/sent');
    expect(sent.body).toContain('Ha a megadott címhez tartozik fiók');
  });

  it('resets the password through a one-hour link, ending every session', async () => {
    const user = await newUser({ familyName: 'Feledékeny', givenName: 'Ferenc' });
    const otherDevice = await sessionFor(t.db, user.id);
    const visitor = new Visitor(t);
    const link = await requestReset(visitor, user.email);
    const [token] = await t.db
      .select()
      .from(emailTokens)
      .where(eq(emailTokens.tokenHash, hashToken(link.token)));
    expect(token?.purpose).toBe('reset');
    const minutesLeft = (token!.expiresAt.getTime() - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(59);
    expect(minutesLeft).toBeLessThanOrEqual(60.1);
    expect((await mailsTo(t.db, user.email))[0]!.text_body).toContain('Kedves Feledékeny Ferenc!');

    const form = await visitor.get(pathOf(link.url));
    expect(form.statusCode).toBe(200);
    expect(form.headers['cache-control']).toBe('no-store');
    expect(form.body).toContain(`name="token" value="${link.token}"`);
    expect(form.body).toContain('autocomplete="new-password"');

    const res = await visitor.post('/reset-password', { token: link.token, password: strongPassword, passwordConfirm: strongPassword });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login');
    expect(await verifyPassword(await passwordOf(user.id), strongPassword)).toBe(true);
    expect(await sessionCount(t.db, user.id)).toBe(0);
    const stale = new Visitor(t);
    stale.client.setSession(otherDevice);
    expect((await stale.get('/account')).statusCode).toBe(303);
    expect((await visitor.get('/login')).body).toContain('Az új jelszavadat elmentettük');
    expect((await visitor.login(user.email, strongPassword)).statusCode).toBe(303);
    const audit = await auditFor(t.db, user.id);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['user.password_reset_requested', 'user.password_reset']));
    expect(JSON.stringify(audit)).not.toContain(link.token);
    expect(JSON.stringify(audit)).not.toContain(strongPassword);
  });

  it('refuses a reused link, and an earlier link once a newer one was sent', async () => {
    const user = await newUser();
    const visitor = new Visitor(t);
    const first = await requestReset(visitor, user.email);
    const second = await requestReset(visitor, user.email);
    expect((await visitor.get(pathOf(first.url))).statusCode).toBe(400);
    const ok = await visitor.post('/reset-password', { token: second.token, password: strongPassword, passwordConfirm: strongPassword });
    expect(ok.statusCode).toBe(303);
    const reused = await visitor.post('/reset-password', {
      token: second.token,
      password: 'masik-eros-jelszo-99',
      passwordConfirm: 'masik-eros-jelszo-99',
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.body).toContain('A jelszó-visszaállító link nem érvényes');
    expect(reused.body).toContain('href="/forgot-password"');
    expect(await verifyPassword(await passwordOf(user.id), strongPassword)).toBe(true);
  });

  it('refuses an expired link', async () => {
    const user = await newUser();
    const visitor = new Visitor(t);
    const link = await requestReset(visitor, user.email);
    await t.db
      .update(emailTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(emailTokens.tokenHash, hashToken(link.token)));
    expect((await visitor.get(pathOf(link.url))).statusCode).toBe(400);
    const res = await visitor.post('/reset-password', { token: link.token, password: strongPassword, passwordConfirm: strongPassword });
    expect(res.statusCode).toBe(400);
    expect(await verifyPassword(await passwordOf(user.id), factoryPassword)).toBe(true);
  });

  it('validates the new password, keeping the token and showing Hungarian errors', async () => {
    const user = await newUser();
    const visitor = new Visitor(t);
    const link = await requestReset(visitor, user.email);
    const res = await visitor.post('/reset-password', { token: link.token, password: 'rovid', passwordConfirm: 'masik' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Legalább 10 karakter szükséges.');
    expect(res.body).toContain('A két jelszó nem egyezik.');
    expect(res.body).toContain(`name="token" value="${link.token}"`);
    // The link still works after a rejected attempt.
    expect((await visitor.get(pathOf(link.url))).statusCode).toBe(200);
  });

  it('confirms the address of an unconfirmed account (the link proved the mailbox)', async () => {
    const user = await newUser({ confirmed: false });
    const visitor = new Visitor(t);
    const link = await requestReset(visitor, user.email);
    await visitor.post('/reset-password', { token: link.token, password: strongPassword, passwordConfirm: strongPassword });
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.emailConfirmedAt).toBeInstanceOf(Date);
  });

  it('rate-limits requests per address and per sender with 429', async () => {
    const user = await newUser();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await new Visitor(t).post('/forgot-password', { email: user.email })).statusCode);
    expect(statuses).toEqual([303, 303, 303, 429]);
    expect(await mailsTo(t.db, user.email)).toHaveLength(3);

    const sender = new Visitor(t);
    const fromOneAddress: number[] = [];
    for (let i = 0; i < 10; i++) {
      fromOneAddress.push((await sender.post('/forgot-password', { email: `x-${unique()}@kapocs.example` })).statusCode);
    }
    expect(fromOneAddress).toEqual(Array(10).fill(303));
    const last = await sender.post('/forgot-password', { email: `y-${unique()}@kapocs.example` });
    expect(last.statusCode).toBe(429);
    expect(last.headers['retry-after']).toBeDefined();
  });
});

describe('change password', () => {
  async function loggedIn() {
    const user = await newUser();
    const visitor = new Visitor(t);
    expect((await visitor.login(user.email, factoryPassword)).statusCode).toBe(303);
    return { user, visitor };
  }

  it('needs a login', async () => {
    const res = await new Visitor(t).get('/account/password');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Faccount%2Fpassword');
    const post = await new Visitor(t).post('/account/password', { currentPassword: 'x', password: strongPassword, passwordConfirm: strongPassword });
    expect(post.statusCode).toBe(401);
  });

  it('refuses a wrong current password with the error next to the field', async () => {
    const { user, visitor } = await loggedIn();
    const res = await visitor.post('/account/password', {
      currentPassword: 'nem-ez-a-jelszo',
      password: strongPassword,
      passwordConfirm: strongPassword,
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('id="f-currentPassword-error"');
    expect(res.body).toContain('A jelenlegi jelszó nem megfelelő.');
    expect(await verifyPassword(await passwordOf(user.id), factoryPassword)).toBe(true);
  });

  it('changes it, keeps this session, ends the others, and tells the owner by e-mail', async () => {
    const { user, visitor } = await loggedIn();
    const current = visitor.client.cookies.get(sessionCookieName)!;
    const other = await sessionFor(t.db, user.id);
    const res = await visitor.post('/account/password', {
      currentPassword: factoryPassword,
      password: strongPassword,
      passwordConfirm: strongPassword,
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/account');
    expect(await verifyPassword(await passwordOf(user.id), strongPassword)).toBe(true);
    expect(await sessionCount(t.db, user.id)).toBe(1);
    expect(visitor.client.cookies.get(sessionCookieName)).toBe(current);
    const page = await visitor.get('/account');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Módosítottuk a jelszavadat');
    const stale = new Visitor(t);
    stale.client.setSession(other);
    expect((await stale.get('/account')).statusCode).toBe(303);
    const [mail] = await mailsTo(t.db, user.email);
    expect(mail!.subject).toContain('Megváltozott a jelszava');
    expect(mail!.text_body).toContain('/forgot-password');
    expect((await auditFor(t.db, user.id)).map((a) => a.action)).toContain('user.password_changed');
  });

  it('validates the new password (length, confirmation, differs from the current one)', async () => {
    const { visitor } = await loggedIn();
    const short = await visitor.post('/account/password', { currentPassword: factoryPassword, password: 'rovid', passwordConfirm: 'rovid' });
    expect(short.statusCode).toBe(422);
    expect(short.body).toContain('Legalább 10 karakter szükséges.');
    const same = await visitor.post('/account/password', {
      currentPassword: factoryPassword,
      password: factoryPassword,
      passwordConfirm: factoryPassword,
    });
    expect(same.body).toContain('Az új jelszó nem egyezhet meg a jelenlegivel.');
    const en = await visitor.post('/account/password?lang=en', {
      currentPassword: factoryPassword,
      password: strongPassword,
      passwordConfirm: 'mas-jelszo-12345',
    });
    expect(en.body).toContain('The two passwords do not match.');
  });

  it('stops guessing the current password after 5 failures (429)', async () => {
    const { visitor } = await loggedIn();
    const form = (currentPassword: string) => ({ currentPassword, password: strongPassword, passwordConfirm: strongPassword });
    for (let i = 0; i < 5; i++) expect((await visitor.post('/account/password', form(`talalgatas-${i}`))).statusCode).toBe(422);
    expect((await visitor.post('/account/password', form(factoryPassword))).statusCode).toBe(429);
  });

  it('refuses a post without the CSRF token', async () => {
    const { user, visitor } = await loggedIn();
    const res = await visitor.post(
      '/account/password',
      { currentPassword: factoryPassword, password: strongPassword, passwordConfirm: strongPassword },
      { csrf: false },
    );
    expect(res.statusCode).toBe(403);
    expect(await verifyPassword(await passwordOf(user.id), factoryPassword)).toBe(true);
  });
});
