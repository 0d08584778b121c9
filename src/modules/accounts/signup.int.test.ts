import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/database.js';
import { emailTokens, roleGrants, users } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { hashToken } from '../../platform/secure-token.js';
import { sessionCookieName } from '../../platform/sessions.js';
import { createUser, sessionFor } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { auditFor, linkIn, mailsTo, pathOf, setCookieFor, signupFields, unique, Visitor } from './accounts-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ trustProxy: true, baseUrl: 'https://kapocs.example.hu' });
});
afterAll(async () => {
  await t.close();
});

async function userByEmail(email: string) {
  const [row] = await t.db.select().from(users).where(eq(users.email, email));
  return row;
}

describe('sign-up', () => {
  it('shows the form with the kind preselected from ?kind=', async () => {
    const res = await new Visitor(t).get('/signup?kind=organization');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<legend>Milyen minőségben regisztrálsz?');
    expect(res.body).toMatch(/<input[^>]*value="organization"[^>]*checked/);
    expect(res.body).not.toMatch(/<input[^>]*value="volunteer"[^>]*checked/);
    for (const ac of ['family-name', 'given-name', 'email', 'new-password']) expect(res.body).toContain(`autocomplete="${ac}"`);
  });

  it('creates an unconfirmed volunteer with a grant, and mails a working 48-hour link', async () => {
    const visitor = new Visitor(t);
    const fields = signupFields({ familyName: 'Szőke', givenName: 'Örs', email: `Nagy.Betu-${unique()}@Kapocs.Example` });
    const res = await visitor.post('/signup', fields);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/signup/sent?kind=volunteer');

    const email = fields.email!.toLowerCase();
    const user = await userByEmail(email);
    expect(user).toBeDefined();
    expect(user!.emailConfirmedAt).toBeNull();
    expect(user!.signupKind).toBe('volunteer');
    expect(user!.sortKey).toBe(hungarianSortKey('Szőke Örs'));
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const grants = await t.db.select().from(roleGrants).where(eq(roleGrants.userId, user!.id));
    expect(grants.map((g) => [g.role, g.centerId, g.pointId])).toEqual([['volunteer', null, null]]);

    const [mail, ...more] = await mailsTo(t.db, email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toContain('Erősítsd meg');
    expect(mail!.text_body).toContain('Kedves Szőke Örs!');
    const link = linkIn(mail, 'https://kapocs.example.hu', '/confirm-email');
    // Only the hash is stored; it expires about 48 hours from now.
    const [token] = await t.db
      .select()
      .from(emailTokens)
      .where(eq(emailTokens.tokenHash, hashToken(link.token)));
    expect(token?.purpose).toBe('confirm');
    const hoursLeft = (token!.expiresAt.getTime() - Date.now()) / 3600_000;
    expect(hoursLeft).toBeGreaterThan(47.9);
    expect(hoursLeft).toBeLessThanOrEqual(48.01);
    const stored = await queryRows<{ n: number | string }>(t.db, sql`select count(*) as n from email_tokens where token_hash = ${link.token}`);
    expect(Number(stored[0]?.n)).toBe(0);

    // Opening the link (as a mail scanner does) shows a button and uses nothing up.
    const opened = await visitor.get(pathOf(link.url));
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain('action="/confirm-email"');
    expect(opened.body).toContain(`name="token" value="${link.token}"`);
    expect((await userByEmail(email))!.emailConfirmedAt).toBeNull();
    expect((await visitor.get(pathOf(link.url))).statusCode).toBe(200);
    const confirm = await visitor.post('/confirm-email', { token: link.token });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Megerősítettük az e-mail-címedet');
    expect(confirm.headers['cache-control']).toBe('no-store');
    expect((await userByEmail(email))!.emailConfirmedAt).toBeInstanceOf(Date);

    const actions = (await auditFor(t.db, user!.id)).map((a) => a.action);
    expect(actions).toEqual(['user.created', 'user.email_confirmed']);
    const created = (await auditFor(t.db, user!.id))[0]!;
    expect(JSON.stringify(created.after)).not.toContain('argon2');
    expect(JSON.stringify(created.after)).not.toContain(fields.password!);
  });

  it('gives organization staff no role yet and says so on the "sent" page', async () => {
    const visitor = new Visitor(t);
    const fields = signupFields({ kind: 'organization' });
    const res = await visitor.post('/signup', fields);
    expect(res.headers.location).toBe('/signup/sent?kind=organization');
    const user = await userByEmail(fields.email!);
    expect(user!.signupKind).toBe('organization');
    expect(await t.db.select().from(roleGrants).where(eq(roleGrants.userId, user!.id))).toHaveLength(0);
    const sent = await visitor.get(res.headers.location as string);
    expect(sent.body).toContain('az önkéntes központ munkatársa rendeli a fiókodhoz');
  });

  it('does not reveal a registered address: same answer, and a notice to the owner instead', async () => {
    const owner = await createUser(t.db, { email: `foglalt-${unique()}@kapocs.example`, familyName: 'Régi', givenName: 'Rita' });
    const before = await t.db.select().from(users).where(eq(users.id, owner.id));

    const fresh = await new Visitor(t).post('/signup', signupFields());
    const taken = await new Visitor(t).post('/signup', signupFields({ email: owner.email.toUpperCase() }));
    expect(taken.statusCode).toBe(fresh.statusCode);
    expect(taken.headers.location).toBe(fresh.headers.location);
    expect(taken.body).toBe(fresh.body);

    const after = await t.db.select().from(users).where(eq(users.id, owner.id));
    expect(after).toEqual(before);
    const mails = await mailsTo(t.db, owner.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('Regisztrációs kísérlet');
    expect(mails[0]!.text_body).toContain('https://kapocs.example.hu/forgot-password');
    expect(mails[0]!.text_body).not.toContain('token=');
  });

  it('sends the owner at most 3 such notices a day', async () => {
    const owner = await createUser(t.db, { email: `sokszor-${unique()}@kapocs.example` });
    for (let i = 0; i < 5; i++) expect((await new Visitor(t).post('/signup', signupFields({ email: owner.email }))).statusCode).toBe(303);
    expect(await mailsTo(t.db, owner.email)).toHaveLength(3);
  });

  it('leads from sign-up through confirmation to a login with a Secure cookie (https BASE_URL)', async () => {
    const visitor = new Visitor(t);
    const fields = signupFields();
    await visitor.post('/signup', fields);
    const [mail] = await mailsTo(t.db, fields.email!);
    await visitor.confirmEmail(linkIn(mail, 'https://kapocs.example.hu', '/confirm-email'));
    const res = await visitor.login(fields.email!, fields.password!);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/dashboard');
    expect(setCookieFor(res, sessionCookieName)).toContain('Secure');
    expect((await visitor.get('/account')).body).toContain(fields.givenName!);
  });

  it('rejects invalid input with Hungarian errors next to the fields, keeping values but not passwords', async () => {
    const res = await new Visitor(t).post('/signup', {
      kind: 'alien',
      familyName: '',
      givenName: 'x'.repeat(101),
      email: 'nem-email',
      password: 'rovid',
      passwordConfirm: 'mas',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Válaszd ki, milyen minőségben regisztrálsz.');
    expect(res.body).toContain('Kötelező mező.');
    expect(res.body).toContain('Legfeljebb 100 karakter lehet.');
    expect(res.body).toContain('Érvénytelen e-mail-cím.');
    expect(res.body).toContain('Legalább 10 karakter szükséges.');
    expect(res.body).toContain('A két jelszó nem egyezik.');
    expect(res.body).toContain('el kell fogadnod az adatkezelési tájékoztatót');
    expect(res.body).toContain('id="f-email-error"');
    expect(res.body).toContain('value="nem-email"');
    expect(res.body).not.toContain('rovid');
  });

  it('gives English errors with ?lang=en', async () => {
    const res = await new Visitor(t).post('/signup?lang=en', signupFields({ passwordConfirm: 'different-password', acceptTerms: '' }));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('<html lang="en"');
    expect(res.body).toContain('The two passwords do not match.');
    expect(res.body).toContain('To sign up, you must accept the privacy notice.');
  });

  it('refuses a form post without the CSRF token', async () => {
    const fields = signupFields();
    const res = await new Visitor(t).post('/signup', fields, { csrf: false });
    expect(res.statusCode).toBe(403);
    expect(await userByEmail(fields.email!)).toBeUndefined();
  });

  it('sends a logged-in user from /signup and /login to the account page', async () => {
    const user = await createUser(t.db);
    const visitor = new Visitor(t);
    visitor.client.setSession(await sessionFor(t.db, user.id));
    for (const path of ['/signup', '/login']) {
      const res = await visitor.get(path);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/dashboard');
    }
    const post = await visitor.post('/signup', signupFields());
    expect(post.statusCode).toBe(303);
    expect(post.headers.location).toBe('/dashboard');
  });
});

describe('e-mail confirmation', () => {
  async function signUpAndGetLink(visitor: Visitor) {
    const fields = signupFields();
    await visitor.post('/signup', fields);
    const [mail] = await mailsTo(t.db, fields.email!);
    return { email: fields.email!, link: linkIn(mail, 'https://kapocs.example.hu', '/confirm-email') };
  }

  it('works once; a reused link explains itself and offers a new one', async () => {
    const visitor = new Visitor(t);
    const { link } = await signUpAndGetLink(visitor);
    expect((await visitor.confirmEmail(link)).statusCode).toBe(200);
    // Opening it again, and pressing the button of an old tab, both explain that it was used.
    const pressedAgain = await visitor.post('/confirm-email', { token: link.token });
    expect(pressedAgain.statusCode).toBe(400);
    expect(pressedAgain.body).toContain('Ezt a linket már felhasználták');
    const again = await visitor.get(pathOf(link.url));
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('A megerősítő link nem érvényes');
    expect(again.body).toContain('Ezt a linket már felhasználták');
    expect(again.body).toContain('action="/confirm-email/resend"');
  });

  it('refuses an expired link with a clear message', async () => {
    const visitor = new Visitor(t);
    const { email, link } = await signUpAndGetLink(visitor);
    await t.db
      .update(emailTokens)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(emailTokens.tokenHash, hashToken(link.token)));
    const res = await visitor.get(pathOf(link.url));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('A link lejárt');
    expect((await userByEmail(email))!.emailConfirmedAt).toBeNull();
  });

  it('refuses an unknown or missing token', async () => {
    const visitor = new Visitor(t);
    for (const path of ['/confirm-email?token=nincs-ilyen', '/confirm-email', `/confirm-email?token=${'a'.repeat(500)}`]) {
      const res = await visitor.get(path);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('A link hibás vagy hiányos');
    }
  });

  it('resends a new link that replaces the old one, with the same answer for unknown addresses', async () => {
    const visitor = new Visitor(t);
    const { email, link: first } = await signUpAndGetLink(visitor);
    const res = await visitor.post('/confirm-email/resend', { email });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/signup/sent');
    const unknown = await visitor.post('/confirm-email/resend', { email: `senki-${unique()}@kapocs.example` });
    expect(unknown.statusCode).toBe(303);
    expect(unknown.headers.location).toBe('/signup/sent');

    const mails = await mailsTo(t.db, email);
    expect(mails).toHaveLength(2);
    const second = linkIn(mails[1], 'https://kapocs.example.hu', '/confirm-email');
    expect(second.token).not.toBe(first.token);
    expect((await visitor.get(pathOf(first.url))).statusCode).toBe(400);
    expect((await visitor.confirmEmail(second)).statusCode).toBe(200);
  });

  it('rate-limits resending per address with 429 and Retry-After', async () => {
    const { email } = await signUpAndGetLink(new Visitor(t));
    const statuses: number[] = [];
    let last: Awaited<ReturnType<Visitor['post']>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await new Visitor(t).post('/confirm-email/resend', { email });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([303, 303, 303, 429]);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expect(last!.body).toContain('Túl sok próbálkozás');
  });

  it('shows a resend form error in Hungarian for a bad address', async () => {
    const res = await new Visitor(t).post('/confirm-email/resend', { email: 'rossz' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Érvénytelen e-mail-cím.');
  });
});
