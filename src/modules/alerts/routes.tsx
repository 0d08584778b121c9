import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { sendPage } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { unsubscribeStateForToken, unsubscribeWithToken } from './service.js';
import { UnsubscribeConfirmPage, UnsubscribeDonePage, UnsubscribeInvalidPage } from './views/unsubscribe-pages.js';

/** The token from the form body, or from the query string (RFC 8058 one-click POSTs to the mail's URL). */
function tokenOf(req: FastifyRequest): unknown {
  const body = req.body as Record<string, unknown> | undefined;
  const fromBody = body && typeof body === 'object' ? body.token : undefined;
  return fromBody ?? (req.query as Record<string, unknown>).token;
}

/** The body RFC 8058 prescribes for the POST a mail client makes from List-Unsubscribe-Post. */
function isOneClickPost(req: FastifyRequest): boolean {
  const body = req.body as Record<string, unknown> | undefined;
  return !!body && typeof body === 'object' && body['List-Unsubscribe'] === 'One-Click';
}

/** One-click unsubscribe from the opportunity digests; the signed token stands in for a login. */
export function alertsRoutes({ db, config }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/alerts/unsubscribe', { config: { access: 'public' } }, async (req, reply) => {
      const token = (req.query as Record<string, unknown>).token;
      const state = await unsubscribeStateForToken(db, config.secretKey, token);
      if (!state) return sendPage(req, reply, req.t('alerts.unsubscribe.invalidTitle'), <UnsubscribeInvalidPage />, 400);
      return sendPage(req, reply, req.t('alerts.unsubscribe.title'), <UnsubscribeConfirmPage token={String(token)} subscribed={state.subscribed} />);
    });

    // No CSRF check: the secret token in the request is the authorization, which a forging site
    // cannot know, and mail clients' one-click POSTs (RFC 8058) carry no cookie or form token.
    app.post('/alerts/unsubscribe', { config: { access: 'public', csrf: false } }, async (req, reply) => {
      const done = await unsubscribeWithToken(db, config.secretKey, tokenOf(req));
      if (!done) return sendPage(req, reply, req.t('alerts.unsubscribe.invalidTitle'), <UnsubscribeInvalidPage />, 400);
      // A mail client's one-click POST gets its answer directly: RFC 8058 forbids redirecting it
      // (redirected POSTs are unreliable). The confirmation form in a browser gets the usual 303.
      if (isOneClickPost(req)) return sendPage(req, reply, req.t('alerts.unsubscribe.doneTitle'), <UnsubscribeDonePage />);
      return redirectAfterPost(req, reply, '/alerts/unsubscribed');
    });

    app.get('/alerts/unsubscribed', { config: { access: 'public' } }, async (req, reply) =>
      sendPage(req, reply, req.t('alerts.unsubscribe.doneTitle'), <UnsubscribeDonePage />),
    );
  };
}
