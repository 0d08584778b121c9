import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from './authz.js';
import type { Locale, Translate } from './i18n.js';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    t: Translate;
    actor: Actor | null;
    csrfToken: string;
    sessionToken: string | undefined;
  }
}

/** True when the client wants JSON (API routes, htmx asking for JSON), not an HTML page. */
export function wantsJson(req: FastifyRequest): boolean {
  return req.url.startsWith('/api/') || req.url === '/healthz';
}

export function isHtmx(req: FastifyRequest): boolean {
  return req.headers['hx-request'] === 'true';
}

/** Redirect after POST (303), or tell htmx to navigate. */
export function redirectAfterPost(req: FastifyRequest, reply: FastifyReply, location: string): FastifyReply {
  if (isHtmx(req)) return reply.header('HX-Redirect', location).code(204).send();
  return reply.code(303).redirect(location);
}

/** Only same-site relative paths may be redirect targets (no open redirect). */
export function safeNextPath(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  return next.slice(0, 500);
}
