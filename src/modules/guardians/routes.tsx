import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { uuidParam } from '../../platform/form-fields.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { guardianInviteSchema, invitationKeySchema, withdrawConsentSchema } from './schema.js';
import {
  confirmInvitation,
  getInvitation,
  giveGuardianConsent,
  guardianHome,
  guardianInviteForm,
  type InvitationView,
  type InviteTarget,
  inviteGuardian,
  minorOverview,
  withdrawGuardianConsent,
} from './service.js';
import { InvitationPage } from './views/invitation-page.js';
import { GuardianInvitePage } from './views/invite-page.js';
import { MinorPage } from './views/minor-page.js';
import { MinorsPage } from './views/minors-page.js';

const loggedIn = { access: 'authenticated' } as const;
const manage = { access: 'permission', permission: 'volunteers.manage' } as const;
type Params = { volunteerId: string };

const invitationStatus: Record<InvitationView['state'], number> = {
  ok: 200,
  anonymous: 200,
  invalid: 404,
  used: 410,
  expired: 410,
  wrongAccount: 403,
  unconfirmedEmail: 403,
  ownProfile: 403,
};

/**
 * Guardians (issue 12): inviting a guardian (the minor from their profile, staff from the volunteer
 * page), the e-mailed invitation (GET shows, POST confirms), "A gyermekeim" and one minor's page with
 * the one-click consent.
 */
export function guardiansRoutes({ db, config }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const invitePaths = (target: InviteTarget) =>
      'own' in target
        ? { action: '/volunteer/guardian-invite', back: '/volunteer/profile', staff: false }
        : { action: `/volunteers/${target.volunteerId}/guardian-invite`, back: `/volunteers/${target.volunteerId}`, staff: true };

    const renderInvite = async (req: FastifyRequest, reply: FastifyReply, target: InviteTarget, email?: string, errors?: FieldErrors) => {
      const form = await guardianInviteForm(db, req.actor, target);
      const page = <GuardianInvitePage form={form} {...invitePaths(target)} email={email} errors={errors} />;
      return sendPage(req, reply, req.t('guardians.invite.title'), page, errors ? 422 : 200);
    };

    const postInvite = async (req: FastifyRequest, reply: FastifyReply, target: InviteTarget) => {
      const form = parseForm(guardianInviteSchema, req.body);
      if (!form.ok) return renderInvite(req, reply, target, form.values.email, form.errors);
      try {
        await inviteGuardian(db, config, req.actor, target, form.data);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderInvite(req, reply, target, form.data.email, err.errors);
        throw err;
      }
      setFlash(reply, 'guardians.flash.invited');
      return redirectAfterPost(req, reply, invitePaths(target).back);
    };

    app.get('/volunteer/guardian-invite', { config: loggedIn }, (req, reply) => renderInvite(req, reply, { own: true }));
    app.post('/volunteer/guardian-invite', { config: loggedIn }, (req, reply) => postInvite(req, reply, { own: true }));
    app.get<{ Params: Params }>('/volunteers/:volunteerId/guardian-invite', { config: manage }, (req, reply) =>
      renderInvite(req, reply, { volunteerId: uuidParam(req.params, 'volunteerId') }),
    );
    app.post<{ Params: Params }>('/volunteers/:volunteerId/guardian-invite', { config: manage }, (req, reply) =>
      postInvite(req, reply, { volunteerId: uuidParam(req.params, 'volunteerId') }),
    );

    // Opening the link shows a button; only the POST confirms (mail scanners open links first).
    app.get('/guardian/invitation', { config: { access: 'public' } }, async (req, reply) => {
      const token = (req.query as Record<string, unknown>).token;
      const key = invitationKeySchema.safeParse({ token });
      const view: InvitationView = key.success ? await getInvitation(db, req.actor, key.data) : { state: 'invalid' };
      reply.header('cache-control', 'no-store');
      const page = <InvitationPage view={view} token={typeof token === 'string' ? token : ''} />;
      return sendPage(req, reply, req.t('guardians.invitation.title'), page, invitationStatus[view.state]);
    });

    app.post('/guardian/invitation', { config: loggedIn }, async (req, reply) => {
      const key = invitationKeySchema.safeParse(req.body ?? {});
      const view = key.success ? await confirmInvitation(db, req.actor, key.data) : ({ state: 'invalid' } as const);
      if (view.state === 'ok' && 'volunteerId' in view) {
        setFlash(reply, 'guardians.flash.linked');
        return redirectAfterPost(req, reply, `/guardian/minors/${view.volunteerId}`);
      }
      return sendPage(req, reply, req.t('guardians.invitation.title'), <InvitationPage view={view} token="" />, invitationStatus[view.state]);
    });

    app.get('/guardian', { config: loggedIn }, async (req, reply) => {
      return sendPage(req, reply, req.t('guardians.home.title'), <MinorsPage home={await guardianHome(db, req.actor)} />);
    });

    const renderMinor = async (req: FastifyRequest<{ Params: Params }>, reply: FastifyReply, errors?: FieldErrors) => {
      const data = await minorOverview(db, req.actor, uuidParam(req.params, 'volunteerId'));
      return sendPage(req, reply, req.t('guardians.minor.title'), <MinorPage data={data} errors={errors} />, errors ? 422 : 200);
    };

    app.get<{ Params: Params }>('/guardian/minors/:volunteerId', { config: loggedIn }, (req, reply) => renderMinor(req, reply));

    app.post<{ Params: Params }>('/guardian/minors/:volunteerId/consent', { config: loggedIn }, async (req, reply) => {
      try {
        await giveGuardianConsent(db, req.actor, uuidParam(req.params, 'volunteerId'));
      } catch (err) {
        if (err instanceof FieldValidationError) return renderMinor(req, reply, err.errors);
        throw err;
      }
      setFlash(reply, 'guardians.flash.consentGiven');
      return redirectAfterPost(req, reply, `/guardian/minors/${uuidParam(req.params, 'volunteerId')}`);
    });

    app.post<{ Params: Params }>('/guardian/minors/:volunteerId/consent/withdraw', { config: loggedIn }, async (req, reply) => {
      const form = parseForm(withdrawConsentSchema, req.body);
      try {
        // Authorize before telling a stranger anything about the form (404 first, then 422).
        if (!form.ok) return await renderMinor(req, reply, form.errors);
        await withdrawGuardianConsent(db, config, req.actor, uuidParam(req.params, 'volunteerId'));
      } catch (err) {
        if (err instanceof FieldValidationError) return renderMinor(req, reply, err.errors);
        throw err;
      }
      setFlash(reply, 'guardians.flash.consentWithdrawn');
      return redirectAfterPost(req, reply, `/guardian/minors/${uuidParam(req.params, 'volunteerId')}`);
    });
  };
}
