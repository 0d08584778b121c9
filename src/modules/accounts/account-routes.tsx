import type { FastifyInstance } from 'fastify';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { FieldValidationError, parseForm } from '../../platform/validation.js';
import type { AccountsRouteContext } from './routes.js';
import { changePasswordForm } from './schema.js';
import { accountOverview, changePassword } from './service.js';
import { AccountPage } from './views/account-page.js';
import { ChangePasswordPage } from './views/change-password-page.js';

export function accountRoutes(app: FastifyInstance, { services }: AccountsRouteContext): void {
  app.get('/account', { config: { access: 'authenticated' } }, async (req, reply) => {
    const account = await accountOverview(services, req.actor);
    reply.header('cache-control', 'no-store');
    return sendPage(req, reply, req.t('accounts.account.title'), <AccountPage account={account} />);
  });

  app.get('/account/password', { config: { access: 'authenticated' } }, async (req, reply) => {
    return sendPage(req, reply, req.t('accounts.password.title'), <ChangePasswordPage />);
  });

  app.post('/account/password', { config: { access: 'authenticated' } }, async (req, reply) => {
    const title = req.t('accounts.password.title');
    const form = parseForm(changePasswordForm, req.body);
    if (!form.ok) return sendPage(req, reply, title, <ChangePasswordPage errors={form.errors} />, 422);
    try {
      await changePassword(services, req.actor, form.data, req.sessionToken);
    } catch (err) {
      if (err instanceof FieldValidationError) {
        return sendPage(req, reply, title, <ChangePasswordPage errors={err.errors} />, 422);
      }
      throw err;
    }
    setFlash(reply, 'accounts.password.changed');
    return redirectAfterPost(req, reply, '/account');
  });
}
