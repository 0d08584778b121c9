import type { FastifyInstance } from 'fastify';
import { sessionCookieOptions } from '../../platform/http-hooks.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { sessionCookieName } from '../../platform/sessions.js';
import { parseForm } from '../../platform/validation.js';
import type { AccountsRouteContext } from './routes.js';
import { emailForm, resetPasswordForm, tokenValue } from './schema.js';
import { isResetLinkUsable, requestPasswordReset, resetPassword } from './service.js';
import { ForgotPasswordPage, ForgotPasswordSentPage } from './views/forgot-password-pages.js';
import { ResetLinkInvalidPage, ResetPasswordPage } from './views/reset-password-pages.js';

export function passwordRoutes(app: FastifyInstance, { services, secureCookies }: AccountsRouteContext): void {
  // Public rather than 'guest': a logged-in user who forgot the password may still use these.
  app.get('/forgot-password', { config: { access: 'public' } }, async (req, reply) => {
    return sendPage(req, reply, req.t('accounts.forgot.title'), <ForgotPasswordPage />);
  });

  app.post('/forgot-password', { config: { access: 'public' } }, async (req, reply) => {
    const form = parseForm(emailForm, req.body);
    if (!form.ok) {
      return sendPage(req, reply, req.t('accounts.forgot.title'), <ForgotPasswordPage email={form.values.email} errors={form.errors} />, 422);
    }
    await requestPasswordReset(services, form.data.email, { ip: req.ip, locale: req.locale });
    return redirectAfterPost(req, reply, '/forgot-password/sent');
  });

  app.get('/forgot-password/sent', { config: { access: 'public' } }, async (req, reply) => {
    return sendPage(req, reply, req.t('accounts.forgotSent.title'), <ForgotPasswordSentPage />);
  });

  app.get('/reset-password', { config: { access: 'public' } }, async (req, reply) => {
    const token = (req.query as Record<string, unknown>).token;
    reply.header('cache-control', 'no-store');
    if (!(await isResetLinkUsable(services, token))) {
      return sendPage(req, reply, req.t('accounts.reset.invalidTitle'), <ResetLinkInvalidPage />, 400);
    }
    return sendPage(req, reply, req.t('accounts.reset.title'), <ResetPasswordPage token={String(token)} />);
  });

  app.post('/reset-password', { config: { access: 'public' } }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    const form = parseForm(resetPasswordForm, req.body);
    if (!form.ok) {
      const token = tokenValue.safeParse(form.values.token);
      if (!token.success) return sendPage(req, reply, req.t('accounts.reset.invalidTitle'), <ResetLinkInvalidPage />, 400);
      return sendPage(req, reply, req.t('accounts.reset.title'), <ResetPasswordPage token={token.data} errors={form.errors} />, 422);
    }
    if (!(await resetPassword(services, form.data))) {
      return sendPage(req, reply, req.t('accounts.reset.invalidTitle'), <ResetLinkInvalidPage />, 400);
    }
    // Every session of the user has ended, the one of this browser too (if it was theirs).
    reply.clearCookie(sessionCookieName, sessionCookieOptions(secureCookies(req)));
    setFlash(reply, 'accounts.reset.done');
    return redirectAfterPost(req, reply, '/login');
  });
}
