import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { pointSorts, pointStatusFilter } from '../points/schema.js';
import { exportPointsOfCenter, listPointsOfCenter } from '../points/service.js';
import { centerExportTable, pointExportTable } from './exports.js';
import { centerFormSchema, centerIdParam, centerSorts } from './schema.js';
import { centerFormRuleErrors, centerFormValues, countyChoices, createCenter, exportCenters, getCenter, listCenters, updateCenter } from './service.js';
import { CenterFormPage } from './views/center-form.js';
import { CenterListPage } from './views/center-list.js';
import { CenterPage } from './views/center-page.js';

const view = { access: 'permission', permission: 'centers.view' } as const;
const manage = { access: 'permission', permission: 'centers.manage' } as const;

/** County Volunteer Centers: list, create and edit (national admins), and each center's page. */
export function centersRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/admin/centers', { config: view }, async (req, reply) => {
      const params = parseListParams(req.query, centerSorts, { sort: 'name' });
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, centerExportTable(req.t, await exportCenters(db, req.actor, params)));
      const page = await listCenters(db, req.actor, params);
      return sendPage(req, reply, req.t('centers.list.title'), <CenterListPage page={page} params={params} />);
    });

    const renderForm = async (req: FastifyRequest, reply: FastifyReply, centerId: string | undefined, values: Record<string, string>, errors?: FieldErrors) => {
      const counties = await countyChoices(db, req.actor);
      const title = req.t(centerId ? 'centers.edit.title' : 'centers.new.title');
      const page = <CenterFormPage centerId={centerId} counties={counties} values={values} errors={errors} />;
      return sendPage(req, reply, title, page, errors ? 422 : 200);
    };

    /** zod's errors, plus the rule errors (name taken, unknown seat) of the fields zod accepted. */
    const allErrors = async (req: FastifyRequest, errors: FieldErrors, centerId?: string): Promise<FieldErrors> => ({
      ...(await centerFormRuleErrors(db, req.actor, postedValues(req.body), centerId)),
      ...errors,
    });

    app.get('/admin/centers/new', { config: manage }, (req, reply) => renderForm(req, reply, undefined, {}));

    app.post('/admin/centers', { config: manage }, async (req, reply) => {
      const form = parseForm(centerFormSchema, req.body);
      if (!form.ok) return renderForm(req, reply, undefined, form.values, await allErrors(req, form.errors));
      try {
        const centerId = await createCenter(db, req.actor, form.data);
        setFlash(reply, 'centers.flash.created');
        return redirectAfterPost(req, reply, `/admin/centers/${centerId}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, undefined, postedValues(req.body), err.errors);
        throw err;
      }
    });

    app.get('/admin/centers/:centerId', { config: view }, async (req, reply) => {
      const center = await getCenter(db, req.actor, centerIdParam(req.params));
      const params = parseListParams(req.query, pointSorts, { sort: 'name' });
      const format = exportFormatOf(req.query);
      const status = pointStatusFilter(req.query);
      if (format) {
        const rows = await exportPointsOfCenter(db, req.actor, center.id, params, status);
        return sendExport(reply, format, pointExportTable(req.t, rows));
      }
      const points = await listPointsOfCenter(db, req.actor, center.id, params, status);
      return sendPage(req, reply, center.name, <CenterPage center={center} points={points} params={params} status={status} />);
    });

    app.get('/admin/centers/:centerId/edit', { config: manage }, async (req, reply) => {
      const center = await getCenter(db, req.actor, centerIdParam(req.params));
      return renderForm(req, reply, center.id, centerFormValues(center));
    });

    app.post('/admin/centers/:centerId', { config: manage }, async (req, reply) => {
      const center = await getCenter(db, req.actor, centerIdParam(req.params));
      const form = parseForm(centerFormSchema, req.body);
      if (!form.ok) return renderForm(req, reply, center.id, form.values, await allErrors(req, form.errors, center.id));
      try {
        await updateCenter(db, req.actor, center.id, form.data);
        setFlash(reply, 'form.saved');
        return redirectAfterPost(req, reply, `/admin/centers/${center.id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, center.id, postedValues(req.body), err.errors);
        throw err;
      }
    });
  };
}
