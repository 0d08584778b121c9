import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { type Queryable, queryRows } from '../../db/database.js';
import type { TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';

/** Test helpers of the accounts tests (not a test file itself). */

export const unique = () => randomBytes(4).toString('hex');
export const strongPassword = 'hosszú-jelmondat-2026';

/** A made-up client address per visitor, so rate limits of one test never touch another. */
export function uniqueIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

/**
 * A browser with its own address: the test app trusts X-Forwarded-For (as behind a proxy), and
 * every request of this visitor carries it.
 */
export class Visitor {
  readonly client: TestClient;
  constructor(
    readonly t: TestApp,
    readonly ip = uniqueIp(),
  ) {
    this.client = new TestClient(t.app, t.config.secretKey);
  }
  get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.client.get(url, { 'x-forwarded-for': this.ip, ...headers });
  }
  post(url: string, form: Record<string, string> = {}, opts: { csrf?: boolean; headers?: Record<string, string> } = {}) {
    return this.client.post(url, form, { ...opts, headers: { 'x-forwarded-for': this.ip, ...opts.headers } });
  }
  login(email: string, password: string, next?: string) {
    return this.post('/login', { email, password, ...(next ? { next } : {}) });
  }
  /** Opens a confirmation link (a page with a button, nothing used yet), then presses the button. */
  async confirmEmail(link: { url: string; token: string }): Promise<LightMyRequestResponse> {
    const page = await this.get(pathOf(link.url));
    if (page.statusCode !== 200) return page;
    return this.post('/confirm-email', { token: link.token });
  }
}

export type MailRow = { to_address: string; subject: string; text_body: string };

export async function mailsTo(db: Queryable, address: string): Promise<MailRow[]> {
  return queryRows<MailRow>(db, sql`select to_address, subject, text_body from outbox where to_address = ${address} order by id`);
}

/** The link to `path` in a mail body (and the token in it); fails the test when missing. */
export function linkIn(mail: MailRow | undefined, baseUrl: string, path: string): { url: string; token: string } {
  const escaped = `${baseUrl}${path}`.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = mail?.text_body.match(new RegExp(`${escaped}\\?token=([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in mail: ${mail?.text_body}`);
  return { url: match[0], token: match[1] };
}

/** The path and query of an absolute link, for app.inject. */
export function pathOf(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

export type AuditRow = { action: string; entity_type: string; entity_id: string | null; actor_user_id: string | null; after: unknown };

export async function auditFor(db: Queryable, entityId: string): Promise<AuditRow[]> {
  return queryRows<AuditRow>(db, sql`select action, entity_type, entity_id, actor_user_id, after from audit_log where entity_id = ${entityId} order by id`);
}

export async function sessionCount(db: Queryable, userId: string): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(db, sql`select count(*) as n from sessions where user_id = ${userId}`);
  return Number(row?.n ?? 0);
}

export function signupFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    kind: 'volunteer',
    familyName: 'Kovács',
    givenName: `Éva ${unique()}`,
    email: `uj-${unique()}@kapocs.example`,
    password: strongPassword,
    passwordConfirm: strongPassword,
    acceptTerms: 'yes',
    ...overrides,
  };
}

/** The Set-Cookie header of a response for one cookie name. */
export function setCookieFor(res: LightMyRequestResponse, name: string): string | undefined {
  const raw = res.headers['set-cookie'];
  const all = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return all.find((c) => c.startsWith(`${name}=`));
}
