import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visitor } from '../modules/accounts/accounts-test-support.js';
import { createOrganizationTenants, validRegistration } from '../modules/organizations/organizations-test-support.js';
import { profileForm } from '../modules/volunteers/volunteers-test-support.js';
import { createUser, sessionFor } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { TestClient } from '../test-support/test-client.js';

/** The error summary on real forms: a link per invalid field to a control on the page, and focus. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

type SummaryLink = { href: string; text: string };

/** The error summary's markup, its links, and the plain-text items (errors with no control). */
function summaryOf(res: LightMyRequestResponse) {
  const match = /<div class="error-summary"[^>]*>([\s\S]*?)<\/div>/.exec(res.body);
  expect(match, 'error summary on the page').not.toBeNull();
  const [whole, inner] = match as unknown as [string, string];
  const links: SummaryLink[] = [...inner.matchAll(/<li><a href="([^"]+)">([^<]*)<\/a><\/li>/g)].map((m) => ({
    href: m[1] as string,
    text: (m[2] as string).replaceAll('&quot;', '"'),
  }));
  const plain = [...inner.matchAll(/<li>([^<]+)<\/li>/g)].map((m) => m[1] as string);
  return { whole, inner, links, plain };
}

/** Every link targets an element that exists in the page, and is a form control or the first of a group. */
function expectTargetsExist(body: string, links: SummaryLink[]) {
  for (const link of links) {
    expect(link.href.startsWith('#')).toBe(true);
    const id = link.href.slice(1);
    expect(body, `element #${id}`).toMatch(new RegExp(`<(input|select|textarea)[^>]* id="${id}"`));
  }
}

describe('the error summary links every invalid field', () => {
  it('on the sign-up form: a link per field, in form order, focused on load', async () => {
    const res = await new Visitor(t).post('/signup', { kind: '', familyName: '', givenName: '', email: '', password: '', passwordConfirm: '' });
    expect(res.statusCode).toBe(422);
    const summary = summaryOf(res);
    expect(summary.whole).toMatch(/tabindex="-1"/);
    expect(summary.whole).toMatch(/ autofocus/);
    expect(summary.whole).toContain('role="alert"');
    expectTargetsExist(res.body, summary.links);
    const hrefs = summary.links.map((l) => l.href);
    expect(hrefs).toEqual(expect.arrayContaining(['#f-kind', '#f-familyName', '#f-givenName', '#f-email', '#f-password', '#f-acceptTerms']));
    expect(hrefs.indexOf('#f-familyName')).toBeLessThan(hrefs.indexOf('#f-email'));
    expect(hrefs.indexOf('#f-email')).toBeLessThan(hrefs.indexOf('#f-password'));
    // "Label: message", the empty required e-mail says it is required.
    expect(summary.links.find((l) => l.href === '#f-email')?.text).toBe('E-mail-cím: Kötelező mező.');
    expect(summary.plain).toEqual([]);
    // Only one summary, and no second copy of the page.
    expect(res.body.match(/class="error-summary"/g)).toHaveLength(1);
    expect(res.body.match(/<html/g)).toHaveLength(1);
  });

  it('on the volunteer profile: checkbox groups and the place field link to their first control', async () => {
    const user = await createUser(t.db, { familyName: 'Szabó', givenName: 'Lili' });
    const client = new TestClient(t.app, t.config.secretKey).setSession(await sessionFor(t.db, user.id));
    const res = await client.post('/volunteer/profile', profileForm({ familyName: '', homePlace: '', birthDate: '', alertFrequency: '', causes: undefined }));
    expect(res.statusCode).toBe(422);
    const summary = summaryOf(res);
    expectTargetsExist(res.body, summary.links);
    const hrefs = summary.links.map((l) => l.href);
    expect(hrefs).toEqual(expect.arrayContaining(['#f-familyName', '#f-birthDate', '#f-homePlace']));
    expect(summary.links.find((l) => l.href === '#f-birthDate')?.text).toMatch(/: Kötelező mező\.$/);
    expect(summary.whole).toMatch(/ autofocus/);
  });

  it('on the organization registration: the hand-written description field is linked, the empty select says required', async () => {
    const x = await createOrganizationTenants(t);
    const user = await x.person('Regisztráló');
    const client = await x.client(user.id);
    const res = await client.post(
      '/organizations/register',
      validRegistration({ name: '', hostType: '', place: '', causes: [], description: 'x'.repeat(4001) }),
    );
    expect(res.statusCode).toBe(422);
    const summary = summaryOf(res);
    expectTargetsExist(res.body, summary.links);
    const hrefs = summary.links.map((l) => l.href);
    expect(hrefs).toEqual(['#f-name', '#f-hostType', '#f-place', '#f-description']);
    // An empty select says it is required, not "choose one".
    expect(summary.links.find((l) => l.href === '#f-hostType')?.text).toMatch(/: Kötelező mező\.$/);
  });

  it('keeps a form-wide error as the lead sentence, without a list', async () => {
    const res = await new Visitor(t).post('/login', { email: 'senki-sincs@kapocs.example', password: 'rossz-jelszo-123' });
    const summary = summaryOf(res);
    expect(summary.links).toEqual([]);
    expect(summary.inner).not.toContain('<ul>');
    expect(summary.inner).toMatch(/^<p>[^<]+<\/p>$/);
  });
});
