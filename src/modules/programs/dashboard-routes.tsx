import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../../app.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { programsAccess } from './manage-routes.js';
import { opportunityAddSchema, opportunityRemoveSchema, partnerAddSchema, partnerRemoveSchema, programIdParam } from './schema.js';
import { addPartner, addProgramOpportunity, getProgramDetail, programChoices, removePartner, removeProgramOpportunity } from './service.js';
import { ProgramPage } from './views/program-page.js';

/** A program's dashboard and the forms on it: partners and opportunities joining and leaving. */
export function programDashboardRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    const renderDashboard = async (req: FastifyRequest, reply: FastifyReply, id: string, errors?: FieldErrors) => {
      const detail = await getProgramDetail(db, req.actor, id);
      const choices = await programChoices(db, req.actor, id);
      return sendPage(req, reply, detail.row.name, <ProgramPage detail={detail} choices={choices} errors={errors} />, errors ? 422 : 200);
    };

    app.get('/programs/manage/:programId', { config: programsAccess }, (req, reply) => renderDashboard(req, reply, programIdParam(req.params)));

    /** One dashboard form: parse, act, come back with a flash (or the dashboard again with the errors). */
    const dashboardForm = <S extends z.ZodType>(
      url: string,
      schema: S,
      act: (req: FastifyRequest, id: string, data: z.output<S>) => Promise<void>,
      flash: string,
    ) =>
      app.post(url, { config: programsAccess }, async (req, reply) => {
        const id = programIdParam(req.params);
        // Tenant first: a stranger learns nothing from validation messages.
        await getProgramDetail(db, req.actor, id);
        const form = parseForm(schema, req.body);
        if (!form.ok) return renderDashboard(req, reply, id, form.errors);
        try {
          await act(req, id, form.data);
        } catch (err) {
          if (err instanceof FieldValidationError) return renderDashboard(req, reply, id, err.errors);
          throw err;
        }
        setFlash(reply, flash);
        return redirectAfterPost(req, reply, `/programs/manage/${id}`);
      });

    dashboardForm(
      '/programs/manage/:programId/partners',
      partnerAddSchema,
      (req, id, d) => addPartner(db, req.actor, id, d.partner),
      'programs.flash.partnerAdded',
    );
    dashboardForm(
      '/programs/manage/:programId/partners/remove',
      partnerRemoveSchema,
      (req, id, d) => removePartner(db, req.actor, id, { kind: d.partnerKind, id: d.partnerId }),
      'programs.flash.partnerRemoved',
    );
    dashboardForm(
      '/programs/manage/:programId/opportunities',
      opportunityAddSchema,
      (req, id, d) => addProgramOpportunity(db, req.actor, id, d.opportunityId),
      'programs.flash.opportunityAdded',
    );
    dashboardForm(
      '/programs/manage/:programId/opportunities/remove',
      opportunityRemoveSchema,
      (req, id, d) => removeProgramOpportunity(db, req.actor, id, d.opportunityId),
      'programs.flash.opportunityRemoved',
    );
  };
}
