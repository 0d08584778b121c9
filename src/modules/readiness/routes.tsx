import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError } from '../../platform/validation.js';
import { readinessExportTable } from './exports.js';
import { parseReadinessFilter, readinessSorts } from './schema.js';
import { exportCenterReadiness, getReadinessPage, listCenterReadiness, submitReadiness } from './service.js';
import { CenterReadinessPage } from './views/center-readiness-page.js';
import { ReadinessPageView } from './views/readiness-page.js';

const signedIn = { access: 'authenticated' } as const;

/** The organization's self-assessment (its members fill it in) and the center's view of its organizations' readiness. */
export function readinessRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const renderOrganization = async (req: FastifyRequest, reply: FastifyReply, problem: { values?: Record<string, string>; errors?: FieldErrors } = {}) => {
      const data = await getReadinessPage(db, req.actor, uuidParam(req.params, 'organizationId'));
      const title = req.t('readiness.org.title', { name: data.organization.name });
      return sendPage(req, reply, title, <ReadinessPageView data={data} values={problem.values} errors={problem.errors} />, problem.errors ? 422 : 200);
    };

    app.get('/organizations/:organizationId/readiness', { config: signedIn }, (req, reply) => renderOrganization(req, reply));

    app.post('/organizations/:organizationId/readiness', { config: signedIn }, async (req, reply) => {
      const organizationId = uuidParam(req.params, 'organizationId');
      try {
        await submitReadiness(db, req.actor, organizationId, req.body);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderOrganization(req, reply, { values: postedValues(req.body), errors: err.errors });
        throw err;
      }
      setFlash(reply, 'readiness.flash.saved');
      return redirectAfterPost(req, reply, `/organizations/${organizationId}/readiness`);
    });

    app.get('/readiness', { config: { access: 'permission', permission: 'trainings.manage' } }, async (req, reply) => {
      const params = parseListParams(req.query, readinessSorts, { sort: 'name' });
      const filter = parseReadinessFilter(req.query);
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, readinessExportTable(req.t, await exportCenterReadiness(db, req.actor, filter, params)));
      const data = await listCenterReadiness(db, req.actor, filter, params);
      return sendPage(req, reply, req.t('readiness.center.title'), <CenterReadinessPage data={data} params={params} filter={filter} />);
    });
  };
}
