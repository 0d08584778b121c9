import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { csrfCookieName, csrfFieldName, csrfTokenFor } from '../platform/csrf.js';
import { sessionCookieName } from '../platform/sessions.js';

/**
 * A browser-like client over app.inject: keeps cookies, and adds the CSRF token to every form post
 * (pass `csrf: false` to leave it out).
 */
export class TestClient {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly app: FastifyInstance,
    private readonly secretKey: string,
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  /** The CSRF token a page would contain for this client (creates the cookie if needed). */
  csrfToken(): string {
    if (!this.cookies.has(csrfCookieName)) this.cookies.set(csrfCookieName, 'test-seed-0123456789abcdef');
    return csrfTokenFor(this.secretKey, this.cookies.get(csrfCookieName) as string);
  }

  setSession(token: string): this {
    this.cookies.set(sessionCookieName, token);
    return this;
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader(), ...headers } });
    this.remember(res);
    return res;
  }

  async post(
    url: string,
    form: Record<string, string | string[]> = {},
    opts: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    if (opts.csrf !== false) body.append(csrfFieldName, this.csrfToken());
    for (const [k, v] of Object.entries(form)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
    const res = await this.app.inject({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookieHeader(), ...opts.headers },
    });
    this.remember(res);
    return res;
  }
}
