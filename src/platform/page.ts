import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { PageContext } from '../ui/page-context.js';
import { renderFragment, renderPage } from '../ui/render.js';
import { isMessageKey } from './i18n.js';
import { isHtmx } from './request-context.js';

export const flashCookieName = 'kapocs_flash';

export function pageContextOf(req: FastifyRequest): PageContext {
  const flash = req.cookies[flashCookieName];
  return {
    locale: req.locale,
    t: req.t,
    csrfToken: req.csrfToken,
    actor: req.actor,
    url: req.url,
    flash: isMessageKey(flash) ? req.t(flash) : undefined,
  };
}

/** Sends a whole page, or only the body for an htmx request that targets a fragment. */
export function sendPage(req: FastifyRequest, reply: FastifyReply, title: string, body: ComponentChildren, status = 200): FastifyReply {
  const ctx = pageContextOf(req);
  if (ctx.flash) reply.clearCookie(flashCookieName, { path: '/' });
  const html = isHtmx(req) && req.headers['hx-target'] ? renderFragment(ctx, body) : renderPage(ctx, title, body);
  return reply.code(status).type('text/html; charset=utf-8').send(html);
}

/** Sends an htmx fragment. */
export function sendFragment(req: FastifyRequest, reply: FastifyReply, body: ComponentChildren, status = 200) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(renderFragment(pageContextOf(req), body));
}

/** Leaves a one-time message (an i18n key) for the next page. */
export function setFlash(reply: FastifyReply, key: string): void {
  reply.setCookie(flashCookieName, key, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 });
}
