import type { Visitor } from './visitor.js';

/**
 * Logging in and out through the real forms, and reading a confirmation e-mail the way the demo
 * does without SMTP: the national admin opens it in the outbox. Every page on the way is checked
 * with axe by the Visitor.
 */

/** Logs in from /login; `expectedPath` is where the app sends them (/account, or the `next` page). */
export async function logIn(v: Visitor, email: string, password: string, expectedPath: RegExp = /^\/dashboard/): Promise<void> {
  await v.goto('/login');
  await v.submitForm('/login', { email, password }, expectedPath);
  await assertLoggedIn(v);
}

/** Fills the login form the visitor is already on (e.g. reached from a "log in to apply" link). */
export async function logInHere(v: Visitor, email: string, password: string, expectedPath: RegExp): Promise<void> {
  await v.submitForm('/login', { email, password }, expectedPath);
  await assertLoggedIn(v);
}

async function assertLoggedIn(v: Visitor): Promise<void> {
  if ((await v.page.locator('header form[action="/logout"]').count()) === 0) {
    throw new Error(`${v.name}: not logged in on ${v.path()}: ${(await v.text()).slice(0, 300)}`);
  }
}

export async function logOut(v: Visitor): Promise<void> {
  await v.navigate(() => v.page.locator('header form[action="/logout"] button[type="submit"]').click());
  if ((await v.page.locator('header a[href="/login"]').count()) === 0) throw new Error(`${v.name}: still logged in after logging out`);
}

/**
 * The e-mail confirmation link sent to `email`, as the (already logged-in) national admin reads it
 * in /admin/outbox. Returns the absolute URL from the message.
 */
export async function confirmationLinkFromOutbox(admin: Visitor, email: string): Promise<string> {
  await admin.goto('/admin/outbox');
  const message = admin.page.locator('tr', { hasText: email }).locator('a[href^="/admin/outbox/"]').first();
  await admin.navigate(() => message.click(), /^\/admin\/outbox\/\d+$/);
  const href = await admin.page.locator('main a[href*="/confirm-email?token="]').first().getAttribute('href');
  if (!href) throw new Error(`no confirmation link in the e-mail to ${email}`);
  return href;
}
