import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { can, ForbiddenError, UnauthenticatedError } from './authz.js';
import { csrfCookieName, csrfFieldName, csrfHeaderName, csrfTokenFor, isValidCsrfToken, newCsrfSeed } from './csrf.js';
import { BadRequestError } from './errors.js';
import { chooseLocale, translator } from './i18n.js';
import { loadActor, sessionCookieName } from './sessions.js';

const localeCookieName = 'kapocs_lang';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class CsrfError extends Error {
  readonly statusCode = 403;
  constructor() {
    super('csrf');
  }
}

/** Per-request context: locale, the acting user, the CSRF token; then the access gate and CSRF check. */
export function registerRequestHooks(app: FastifyInstance, deps: { db: Database; config: Config }): void {
  const secure = deps.config.baseUrl.startsWith('https://');
  app.decorateRequest('locale', 'hu');
  app.decorateRequest('t', undefined as never);
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', '');
  app.decorateRequest('sessionToken', undefined);

  app.addHook('onRequest', async (req, reply) => {
    const query = req.query as Record<string, unknown> | undefined;
    const explicit = query?.lang;
    req.locale = chooseLocale({
      query: explicit,
      cookie: req.cookies[localeCookieName],
      acceptLanguage: req.headers['accept-language'],
    });
    if (explicit === req.locale && req.cookies[localeCookieName] !== req.locale) {
      reply.setCookie(localeCookieName, req.locale, {
        path: '/',
        sameSite: 'lax',
        httpOnly: true,
        secure,
        maxAge: 60 * 60 * 24 * 365,
      });
    }
    req.t = translator(req.locale);

    let seed = req.cookies[csrfCookieName];
    if (!seed || seed.length > 64) {
      seed = newCsrfSeed();
      reply.setCookie(csrfCookieName, seed, { path: '/', sameSite: 'lax', httpOnly: true, secure });
    }
    req.csrfToken = csrfTokenFor(deps.config.secretKey, seed);

    const token = req.cookies[sessionCookieName];
    req.sessionToken = token;
    req.actor = token ? await loadActor(deps.db, token) : null;
  });

  // Pages carry CSRF tokens and personal data: never cache them in shared caches.
  app.addHook('onSend', async (_req, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') || type.startsWith('application/json')) {
      reply.header('Cache-Control', 'no-store');
      reply.header('Vary', 'Cookie, Accept-Language');
    }
    return payload;
  });

  // PostgreSQL text cannot hold NUL; no legitimate form or query carries one. Refuse it once, here.
  app.addHook('preValidation', async (req) => {
    if (containsNul(req.query) || containsNul(req.body) || containsNul(req.params)) throw new BadRequestError('nul byte');
  });

  app.addHook('preHandler', async (req: FastifyRequest, _reply: FastifyReply) => {
    const config = req.routeOptions.config;
    if (unsafeMethods.has(req.method) && config.csrf !== false) {
      const body = req.body as Record<string, unknown> | undefined;
      const submitted = req.headers[csrfHeaderName] ?? (body && typeof body === 'object' ? body[csrfFieldName] : undefined);
      if (!isValidCsrfToken(deps.config.secretKey, req.cookies[csrfCookieName], submitted)) throw new CsrfError();
    }
    if (config.access === 'authenticated' && !req.actor) throw new UnauthenticatedError();
    if (config.access === 'permission') {
      if (!req.actor) throw new UnauthenticatedError();
      if (!config.permission || !can(req.actor, config.permission)) throw new ForbiddenError();
    }
  });
}

export const sessionCookieOptions = (secure: boolean) => ({ path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: 60 * 60 * 24 * 14 }) as const;

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 5 || value == null || typeof value !== 'object') return false;
  for (const [k, v] of Object.entries(value)) if (k.includes('\u0000') || containsNul(v, depth + 1)) return true;
  return false;
}
