import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorPage, type ErrorPageKind, errorTitle } from '../ui/error-page.js';
import { translator } from './i18n.js';
import { sendPage } from './page.js';
import { wantsJson } from './request-context.js';

function kindOf(err: FastifyError & { retryAfterSeconds?: number }): { status: number; kind: ErrorPageKind } {
  if (err.message === 'csrf' && err.statusCode === 403) return { status: 403, kind: 'csrf' };
  const status = err.statusCode ?? 500;
  if (status === 401) return { status, kind: '401' };
  if (status === 403) return { status, kind: '403' };
  if (status === 404) return { status, kind: '404' };
  if (status === 413) return { status, kind: '413' };
  if (status === 429) return { status, kind: '429' };
  if (status >= 400 && status < 500) return { status, kind: '400' };
  return { status: 500, kind: '500' };
}

/** No stack trace ever reaches a user; 5xx are logged with the request id, 4xx are not noise. */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler(async (err: FastifyError & { retryAfterSeconds?: number }, req: FastifyRequest, reply: FastifyReply) => {
    const { status, kind } = kindOf(err);
    if (status >= 500) req.log.error({ err }, 'request failed');
    if (!req.t) {
      req.t = translator('hu');
      req.locale = 'hu';
    }
    if (status === 401 && !wantsJson(req) && req.method === 'GET') {
      return reply.code(303).redirect(`/login?next=${encodeURIComponent(req.url)}`);
    }
    if (status === 429 && err.retryAfterSeconds) reply.header('Retry-After', String(err.retryAfterSeconds));
    if (wantsJson(req)) {
      return reply.code(status).send({ error: req.t(errorTitle(kind)), status });
    }
    const minutes = err.retryAfterSeconds ? Math.ceil(err.retryAfterSeconds / 60) : undefined;
    return sendPage(req, reply, req.t(errorTitle(kind)), <ErrorPage kind={kind} minutes={minutes} />, status);
  });

  app.setNotFoundHandler(async (req, reply) => {
    if (wantsJson(req)) return reply.code(404).send({ error: req.t('error.404.title'), status: 404 });
    return sendPage(req, reply, req.t('error.404.title'), <ErrorPage kind="404" />, 404);
  });
}
