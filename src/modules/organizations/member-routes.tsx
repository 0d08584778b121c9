import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { postedValues } from '../../platform/form-fields.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { FieldValidationError, parseForm } from '../../platform/validation.js';
import { addMember, getMemberToRemove, getOrganizationForMembers, LastAdminError, removeMember } from './members-service.js';
import { memberFormSchema, memberUserIdParam, organizationIdParam } from './schema.js';
import { MemberRemovePage } from './views/member-remove.js';
import type { FormState } from './views/organization-page.js';

const loggedIn = { access: 'authenticated' } as const;

type RenderProfile = (req: FastifyRequest, reply: FastifyReply, forms: { memberForm?: FormState }, status?: number) => Promise<FastifyReply>;

/** Members of an organization: add by e-mail, remove after a confirmation page. */
export function memberRoutes({ db, config, renderProfile }: Pick<AppDeps, 'db' | 'config'> & { renderProfile: RenderProfile }): FastifyPluginAsync {
  return async (app) => {
    app.post('/organizations/:organizationId/members', { config: loggedIn }, async (req, reply) => {
      const id = organizationIdParam(req.params);
      // Who may manage members first (403/404), then the form's errors.
      await getOrganizationForMembers(db, req.actor, id);
      const form = parseForm(memberFormSchema, req.body);
      if (!form.ok) return renderProfile(req, reply, { memberForm: { values: form.values, errors: form.errors } }, 422);
      try {
        await addMember(db, req.actor, id, form.data, config.baseUrl);
        setFlash(reply, 'organizations.flash.memberAdded');
        return redirectAfterPost(req, reply, `/organizations/${id}`);
      } catch (err) {
        if (!(err instanceof FieldValidationError)) throw err;
        return renderProfile(req, reply, { memberForm: { values: postedValues(req.body), errors: err.errors } }, 422);
      }
    });

    const renderRemove = async (req: FastifyRequest, reply: FastifyReply, lastAdmin: boolean) => {
      const member = await getMemberToRemove(db, req.actor, organizationIdParam(req.params), memberUserIdParam(req.params));
      const page = <MemberRemovePage organization={member.org} member={member} lastAdmin={lastAdmin} />;
      return sendPage(req, reply, req.t('organizations.remove.title'), page, lastAdmin ? 409 : 200);
    };

    app.get('/organizations/:organizationId/members/:userId/delete', { config: loggedIn }, (req, reply) => renderRemove(req, reply, false));

    app.post('/organizations/:organizationId/members/:userId/delete', { config: loggedIn }, async (req, reply) => {
      const id = organizationIdParam(req.params);
      try {
        await removeMember(db, req.actor, id, memberUserIdParam(req.params));
      } catch (err) {
        if (err instanceof LastAdminError) return renderRemove(req, reply, true);
        throw err;
      }
      setFlash(reply, 'organizations.flash.memberRemoved');
      return redirectAfterPost(req, reply, `/organizations/${id}`);
    });
  };
}
