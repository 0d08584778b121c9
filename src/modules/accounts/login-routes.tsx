import type { FastifyInstance } from 'fastify';
import { sessionCookieOptions } from '../../platform/http-hooks.js';
import type { MessageKey } from '../../platform/i18n.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost, safeNextPath } from '../../platform/request-context.js';
import { sessionCookieName } from '../../platform/sessions.js';
import { parseForm } from '../../platform/validation.js';
import type { AccountsRouteContext } from './routes.js';
import { loginForm } from './schema.js';
import { type LoginOutcome, logIn, logOut } from './service.js';
import { LoginPage } from './views/login-page.js';

const refusalMessage: Record<Extract<LoginOutcome, { kind: 'refused' }>['reason'], MessageKey> = {
  invalid: 'accounts.login.invalid',
  unconfirmed: 'accounts.login.unconfirmed',
  disabled: 'accounts.login.disabled',
};

export function loginRoutes(app: FastifyInstance, { services, secureCookies }: AccountsRouteContext): void {
  app.get('/login', { config: { access: 'guest' } }, async (req, reply) => {
    const next = safeNextPath((req.query as Record<string, unknown>).next, '');
    return sendPage(req, reply, req.t('accounts.login.title'), <LoginPage next={next} />);
  });

  app.post('/login', { config: { access: 'guest' } }, async (req, reply) => {
    const form = parseForm(loginForm, req.body);
    const title = req.t('accounts.login.title');
    if (!form.ok) {
      const next = safeNextPath(form.values.next, '');
      return sendPage(req, reply, title, <LoginPage email={form.values.email} next={next} errors={form.errors} />, 422);
    }
    const next = safeNextPath(form.data.next, '');
    const outcome = await logIn(services, form.data, { ip: req.ip, previousSessionToken: req.sessionToken });
    if (outcome.kind === 'refused') {
      const unconfirmed = outcome.reason === 'unconfirmed' ? form.data.email : undefined;
      const errors = { _form: { key: refusalMessage[outcome.reason] } };
      return sendPage(req, reply, title, <LoginPage email={form.data.email} next={next} errors={errors} unconfirmedEmail={unconfirmed} />, 422);
    }
    reply.setCookie(sessionCookieName, outcome.sessionToken, sessionCookieOptions(secureCookies(req)));
    setFlash(reply, 'accounts.login.done');
    return redirectAfterPost(req, reply, next || '/dashboard');
  });

  // Public, not 'authenticated': pressing "log out" with an already expired session should
  // simply land on the home page, not on a "please log in" page.
  app.post('/logout', { config: { access: 'public' } }, async (req, reply) => {
    await logOut(services, req.actor, req.sessionToken);
    reply.clearCookie(sessionCookieName, sessionCookieOptions(secureCookies(req)));
    setFlash(reply, 'accounts.logout.done');
    return redirectAfterPost(req, reply, '/');
  });
}
