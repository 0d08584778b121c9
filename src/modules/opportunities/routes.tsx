import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldError, type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { candidatesPath, mayRecommendFor, recommendLinkFor } from '../matching/service.js';
import { opportunityExportTable } from './exports.js';
import {
  confirmSchema,
  type FormValues,
  opportunityFormSchema,
  opportunityIdParam,
  opportunitySorts,
  organizationIdParam,
  postedFormValues,
  vetFormSchema,
} from './schema.js';
import {
  type CenterListStatus,
  centerListStatuses,
  createOpportunity,
  exportOrganizationOpportunities,
  getManagedOpportunity,
  getOrganizationForNewOpportunity,
  listChoices,
  listOrganizationOpportunities,
  type OpportunityRow,
  opportunityFormValues,
  opportunityRuleErrors,
  updateOpportunity,
} from './service.js';
import { registerShiftChangeRoutes } from './shift-change-routes.js';
import { registerShiftRoutes } from './shift-routes.js';
import { closeOpportunity, exportVettingQueue, listVettingQueue, submitOpportunity, vetOpportunity, WrongStatusError } from './vetting-service.js';
import { NewOpportunityPage } from './views/opportunity-form.js';
import { OpportunityManagePage } from './views/opportunity-manage.js';
import { OrganizationOpportunitiesPage } from './views/organization-opportunities.js';
import { VettingQueuePage } from './views/vetting-queue.js';

// Organization staff act through membership, which the service checks; the gate only needs a login.
const signedIn = { access: 'authenticated' } as const;
const vet = { access: 'permission', permission: 'opportunities.vet' } as const;
const queueSorts = ['submitted', 'organization'] as const;

/** `?status=published` shows the published opportunities; anything else the vetting queue. */
function centerListStatusOf(query: unknown): CenterListStatus {
  const wanted = (query as Record<string, unknown> | undefined)?.status;
  return centerListStatuses.find((s) => s === wanted) ?? 'submitted';
}

/** Opportunities managed by host organizations and vetted by the center (issue 4, engineer G). */
export function opportunitiesRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    const renderNew = async (req: FastifyRequest, reply: FastifyReply, values: FormValues, errors?: FieldErrors) => {
      const organization = await getOrganizationForNewOpportunity(db, req.actor, organizationIdParam(req.params));
      const page = <NewOpportunityPage organization={organization} choices={await listChoices(db)} values={values} errors={errors} />;
      return sendPage(req, reply, req.t('opportunities.new.title'), page, errors ? 422 : 200);
    };

    app.get('/organizations/:organizationId/opportunities/new', { config: signedIn }, (req, reply) => renderNew(req, reply, { kind: 'one_off' }));

    app.post('/organizations/:organizationId/opportunities', { config: signedIn }, async (req, reply) => {
      // Membership and approval first: a stranger learns nothing from validation messages.
      const organization = await getOrganizationForNewOpportunity(db, req.actor, organizationIdParam(req.params));
      const posted = postedFormValues(req.body);
      const form = parseForm(opportunityFormSchema, req.body);
      if (!form.ok) return renderNew(req, reply, posted, { ...(await opportunityRuleErrors(db, posted)), ...form.errors });
      try {
        const id = await createOpportunity(db, req.actor, organization.id, form.data);
        setFlash(reply, 'opportunities.flash.created');
        return redirectAfterPost(req, reply, `/opportunities/${id}/edit`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderNew(req, reply, posted, err.errors);
        throw err;
      }
    });

    app.get('/organizations/:organizationId/opportunities', { config: signedIn }, async (req, reply) => {
      const organizationId = organizationIdParam(req.params);
      const params = parseListParams(req.query, opportunitySorts, { sort: 'updated', dir: 'desc' });
      const format = exportFormatOf(req.query);
      if (format) {
        const { rows } = await exportOrganizationOpportunities(db, req.actor, organizationId, params);
        return sendExport(reply, format, opportunityExportTable(req.t, 'kapocs-lehetosegek', rows));
      }
      const list = await listOrganizationOpportunities(db, req.actor, organizationId, params);
      const title = req.t('opportunities.orgList.title', { name: list.organization.name });
      return sendPage(req, reply, title, <OrganizationOpportunitiesPage {...list} params={params} />);
    });

    type ManageState = { values?: FormValues; errors?: FieldErrors; vetErrors?: FieldErrors; vetValues?: Record<string, string>; closeError?: FieldError };
    const renderManage = async (req: FastifyRequest, reply: FastifyReply, state: ManageState = {}) => {
      const opportunity = await getManagedOpportunity(db, req.actor, opportunityIdParam(req.params));
      const invalid = state.errors || state.vetErrors || state.closeError;
      const page = (
        <OpportunityManagePage
          opportunity={opportunity}
          candidatesHref={await recommendLinkFor(db, req.actor, opportunity.id)}
          choices={await listChoices(db)}
          values={state.values ?? opportunityFormValues(opportunity)}
          errors={state.errors}
          vetErrors={state.vetErrors}
          vetValues={state.vetValues}
          closeError={state.closeError}
        />
      );
      return sendPage(req, reply, opportunity.title, page, invalid ? 422 : 200);
    };

    app.get('/opportunities/:opportunityId/edit', { config: signedIn }, (req, reply) => renderManage(req, reply));

    app.post('/opportunities/:opportunityId', { config: signedIn }, async (req, reply) => {
      const opportunity = await getManagedOpportunity(db, req.actor, opportunityIdParam(req.params));
      const posted = postedFormValues(req.body);
      const form = parseForm(opportunityFormSchema, req.body);
      if (!form.ok) return renderManage(req, reply, { values: posted, errors: { ...(await opportunityRuleErrors(db, posted)), ...form.errors } });
      try {
        const { resubmitted } = await updateOpportunity(db, req.actor, opportunity.id, form.data);
        setFlash(reply, resubmitted ? 'opportunities.flash.resubmitted' : 'form.saved');
        return redirectAfterPost(req, reply, `/opportunities/${opportunity.id}/edit`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderManage(req, reply, { values: posted, errors: err.errors });
        throw err;
      }
    });

    /** A step the opportunity's status no longer allows (e.g. a second click): say so on its page. */
    const backWithNotice = (req: FastifyRequest, reply: FastifyReply, opportunityId: string) => {
      setFlash(reply, 'opportunities.flash.wrongStatus');
      return redirectAfterPost(req, reply, `/opportunities/${opportunityId}/edit`);
    };

    app.post('/opportunities/:opportunityId/submit', { config: signedIn }, async (req, reply) => {
      const id = opportunityIdParam(req.params);
      try {
        await submitOpportunity(db, req.actor, id);
      } catch (err) {
        if (err instanceof WrongStatusError) return backWithNotice(req, reply, id);
        throw err;
      }
      setFlash(reply, 'opportunities.flash.submitted');
      return redirectAfterPost(req, reply, `/opportunities/${id}/edit`);
    });

    app.post('/opportunities/:opportunityId/vet', { config: vet }, async (req, reply) => {
      const opportunity = await getManagedOpportunity(db, req.actor, opportunityIdParam(req.params));
      const form = parseForm(vetFormSchema, req.body);
      if (!form.ok) return renderManage(req, reply, { vetErrors: form.errors, vetValues: form.values });
      try {
        await vetOpportunity(db, req.actor, opportunity.id, form.data, deps.config.baseUrl);
      } catch (err) {
        if (err instanceof FieldValidationError)
          return renderManage(req, reply, { vetErrors: err.errors, vetValues: postedFormValues(req.body) as Record<string, string> });
        if (err instanceof WrongStatusError) return backWithNotice(req, reply, opportunity.id);
        throw err;
      }
      setFlash(reply, 'opportunities.flash.vetted');
      return redirectAfterPost(req, reply, '/center/opportunities');
    });

    app.post('/opportunities/:opportunityId/close', { config: signedIn }, async (req, reply) => {
      const opportunity = await getManagedOpportunity(db, req.actor, opportunityIdParam(req.params));
      const form = parseForm(confirmSchema, req.body);
      if (!form.ok) return renderManage(req, reply, { closeError: form.errors.confirm });
      try {
        await closeOpportunity(db, req.actor, opportunity.id);
      } catch (err) {
        if (err instanceof WrongStatusError) return backWithNotice(req, reply, opportunity.id);
        throw err;
      }
      setFlash(reply, 'opportunities.flash.closed');
      return redirectAfterPost(req, reply, `/opportunities/${opportunity.id}/edit`);
    });

    app.get('/center/opportunities', { config: vet }, async (req, reply) => {
      const params = parseListParams(req.query, queueSorts, { sort: 'submitted', dir: 'asc' });
      const status = centerListStatusOf(req.query);
      const format = exportFormatOf(req.query);
      if (format) {
        const filename = status === 'published' ? 'kapocs-meghirdetett' : 'kapocs-ellenorzesre-var';
        return sendExport(reply, format, opportunityExportTable(req.t, filename, await exportVettingQueue(db, req.actor, params, status)));
      }
      const page = await listVettingQueue(db, req.actor, params, status);
      // Coordinators reach each published opportunity's recommended volunteers from its row (issue 12).
      const candidatesHref = (o: OpportunityRow) =>
        mayRecommendFor(req.actor, { centerId: o.centerId, pointId: o.organizationPointId, status: o.status, organizationStatus: o.organizationStatus })
          ? candidatesPath(o.id)
          : null;
      const title = req.t(status === 'published' ? 'opportunities.centerList.publishedTitle' : 'opportunities.queue.title');
      return sendPage(req, reply, title, <VettingQueuePage page={page} params={params} status={status} candidatesHref={candidatesHref} />);
    });

    registerShiftRoutes(app, deps);
    registerShiftChangeRoutes(app, deps);
  };
}
