import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { dummyPasswordHash } from '../../platform/passwords.js';
import { accountRoutes } from './account-routes.js';
import { loginRoutes } from './login-routes.js';
import { passwordRoutes } from './password-routes.js';
import type { AccountsDeps } from './service.js';
import { signupRoutes } from './signup-routes.js';

/** Everything the accounts route files share. */
export type AccountsRouteContext = {
  services: AccountsDeps;
  /** Session cookies are Secure on https requests (behind a trusted proxy too) or an https BASE_URL. */
  secureCookies(req: FastifyRequest): boolean;
};

/** Sign-up, e-mail confirmation, login/logout, forgotten and changed passwords, the account page. */
export function accountsRoutes(deps: AppDeps): FastifyPluginAsync {
  const httpsBaseUrl = deps.config.baseUrl.startsWith('https://');
  const context: AccountsRouteContext = {
    services: { db: deps.db, config: deps.config },
    secureCookies: (req) => httpsBaseUrl || req.protocol === 'https',
  };
  return async (app) => {
    // Compute the dummy hash now, so the first login with an unknown address is not the odd one out.
    void dummyPasswordHash();

    // 'guest' pages (login, sign-up) make no sense once logged in: send the user to their dashboard.
    // Only GET: a POST to /login while logged in is a deliberate switch of account (and rotates the session).
    app.addHook('preHandler', async (req, reply) => {
      if (req.routeOptions.config.access === 'guest' && req.actor && req.method === 'GET') {
        return reply.code(303).redirect('/dashboard');
      }
    });

    signupRoutes(app, context);
    loginRoutes(app, context);
    passwordRoutes(app, context);
    accountRoutes(app, context);
  };
}
