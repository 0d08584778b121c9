import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { parseForm } from '../../platform/validation.js';
import type { AccountsRouteContext } from './routes.js';
import { emailForm, signupForm, signupKindFrom } from './schema.js';
import { confirmEmail, confirmLinkState, resendConfirmation, signUp } from './service.js';
import { ConfirmEmailButtonPage, ConfirmEmailPage, confirmEmailTitle } from './views/confirm-email-page.js';
import { ResendConfirmationPage } from './views/resend-confirmation.js';
import { SignupPage } from './views/signup-page.js';
import { SignupSentPage } from './views/signup-sent-page.js';

type Query = Record<string, unknown>;

export function signupRoutes(app: FastifyInstance, { services }: AccountsRouteContext): void {
  app.get('/signup', { config: { access: 'guest' } }, async (req, reply) => {
    const kind = signupKindFrom((req.query as Query).kind);
    return sendPage(req, reply, req.t('accounts.signup.title'), <SignupPage values={{ kind }} />);
  });

  app.post('/signup', { config: { access: 'guest' } }, async (req, reply) => {
    if (req.actor) return redirectAfterPost(req, reply, '/dashboard');
    const form = parseForm(signupForm, req.body);
    if (!form.ok) {
      return sendPage(req, reply, req.t('accounts.signup.title'), <SignupPage values={form.values} errors={form.errors} />, 422);
    }
    await signUp(services, form.data, { ip: req.ip, locale: req.locale });
    return redirectAfterPost(req, reply, `/signup/sent?kind=${form.data.kind}`);
  });

  app.get('/signup/sent', { config: { access: 'public' } }, async (req, reply) => {
    const organization = signupKindFrom((req.query as Query).kind) === 'organization';
    return sendPage(req, reply, req.t('accounts.signupSent.title'), <SignupSentPage organization={organization} />);
  });

  // Opening the link shows a button; only the POST uses the link (mail scanners open links first).
  app.get('/confirm-email', { config: { access: 'public' } }, async (req, reply) => {
    const token = (req.query as Query).token;
    const state = await confirmLinkState(services, token);
    // The URL holds a one-time token: keep the page out of every cache.
    reply.header('cache-control', 'no-store');
    if (state === 'usable') {
      return sendPage(req, reply, req.t('accounts.confirm.pendingTitle'), <ConfirmEmailButtonPage token={String(token)} />);
    }
    return sendPage(req, reply, req.t(confirmEmailTitle(state)), <ConfirmEmailPage outcome={state} />, 400);
  });

  app.post('/confirm-email', { config: { access: 'public' } }, async (req, reply) => {
    const outcome = await confirmEmail(services, (req.body as Query | undefined)?.token);
    reply.header('cache-control', 'no-store');
    const status = outcome === 'confirmed' ? 200 : 400;
    return sendPage(req, reply, req.t(confirmEmailTitle(outcome)), <ConfirmEmailPage outcome={outcome} />, status);
  });

  app.post('/confirm-email/resend', { config: { access: 'public' } }, async (req, reply) => {
    const form = parseForm(emailForm, req.body);
    if (!form.ok) {
      return sendPage(req, reply, req.t('accounts.resend.title'), <ResendConfirmationPage value={form.values.email} errors={form.errors} />, 422);
    }
    await resendConfirmation(services, form.data.email, { ip: req.ip, locale: req.locale });
    return redirectAfterPost(req, reply, '/signup/sent');
  });
}
