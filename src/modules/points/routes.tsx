import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { pointCompareRoutes } from './compare-routes.js';
import { pointNetworkRoutes } from './network-routes.js';
import { publicPointsRoutes } from './public-routes.js';
import { pointFormSchema, pointIdParam } from './schema.js';
import {
  createPoint,
  deletePoint,
  getCenterForNewPoint,
  getPoint,
  getPointToManage,
  PointInUseError,
  pointFormRuleErrors,
  pointFormValues,
  updatePoint,
} from './service.js';
import { PointDeletePage } from './views/point-delete.js';
import { PointFormPage } from './views/point-form.js';
import { PointPage } from './views/point-page.js';

const manage = { access: 'permission', permission: 'points.manage' } as const;

/** Volunteer Points: create within a center, view, edit, delete after confirmation. */
export function pointsRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    await app.register(pointNetworkRoutes(deps));
    await app.register(publicPointsRoutes(deps));
    await app.register(pointCompareRoutes(deps));

    const renderNew = async (req: FastifyRequest, reply: FastifyReply, values: Record<string, string>, errors?: FieldErrors) => {
      const center = await getCenterForNewPoint(db, req.actor, uuidParam(req.params, 'centerId'));
      const page = <PointFormPage center={center} values={values} errors={errors} />;
      return sendPage(req, reply, req.t('points.new.title'), page, errors ? 422 : 200);
    };

    /** zod's errors, plus the rule errors (name taken, settlement elsewhere) of the fields zod accepted. */
    const allErrors = async (req: FastifyRequest, centerId: string, errors: FieldErrors, pointId?: string): Promise<FieldErrors> => ({
      ...(await pointFormRuleErrors(db, req.actor, centerId, postedValues(req.body), pointId)),
      ...errors,
    });

    app.get('/admin/centers/:centerId/points/new', { config: manage }, (req, reply) => renderNew(req, reply, {}));

    app.post('/admin/centers/:centerId/points', { config: manage }, async (req, reply) => {
      // Tenant first: a stranger learns nothing from validation messages.
      const center = await getCenterForNewPoint(db, req.actor, uuidParam(req.params, 'centerId'));
      const form = parseForm(pointFormSchema, req.body);
      if (!form.ok) return renderNew(req, reply, form.values, await allErrors(req, center.id, form.errors));
      try {
        const pointId = await createPoint(db, req.actor, center.id, form.data);
        setFlash(reply, 'points.flash.created');
        return redirectAfterPost(req, reply, `/admin/points/${pointId}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderNew(req, reply, postedValues(req.body), err.errors);
        throw err;
      }
    });

    app.get('/admin/points/:pointId', { config: { access: 'permission', permission: 'points.view' } }, async (req, reply) => {
      const point = await getPoint(db, req.actor, pointIdParam(req.params));
      return sendPage(req, reply, point.name, <PointPage point={point} />);
    });

    const renderEdit = async (req: FastifyRequest, reply: FastifyReply, values?: Record<string, string>, errors?: FieldErrors) => {
      const point = await getPointToManage(db, req.actor, pointIdParam(req.params));
      const center = { id: point.centerId, name: point.centerName, county: point.placeCounty };
      const page = <PointFormPage center={center} pointId={point.id} values={values ?? pointFormValues(point)} errors={errors} />;
      return sendPage(req, reply, req.t('points.edit.title'), page, errors ? 422 : 200);
    };

    app.get('/admin/points/:pointId/edit', { config: manage }, (req, reply) => renderEdit(req, reply));

    app.post('/admin/points/:pointId', { config: manage }, async (req, reply) => {
      const point = await getPointToManage(db, req.actor, pointIdParam(req.params));
      const form = parseForm(pointFormSchema, req.body);
      if (!form.ok) return renderEdit(req, reply, form.values, await allErrors(req, point.centerId, form.errors, point.id));
      try {
        await updatePoint(db, req.actor, point.id, form.data);
        setFlash(reply, 'form.saved');
        return redirectAfterPost(req, reply, `/admin/points/${point.id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderEdit(req, reply, postedValues(req.body), err.errors);
        throw err;
      }
    });

    app.get('/admin/points/:pointId/delete', { config: manage }, async (req, reply) => {
      const point = await getPointToManage(db, req.actor, pointIdParam(req.params));
      const page = <PointDeletePage point={point} grantCount={point.grantCount} />;
      return sendPage(req, reply, req.t('points.delete.title', { name: point.name }), page);
    });

    app.post('/admin/points/:pointId/delete', { config: manage }, async (req, reply) => {
      const pointId = pointIdParam(req.params);
      try {
        const { centerId } = await deletePoint(db, req.actor, pointId);
        setFlash(reply, 'points.flash.deleted');
        return redirectAfterPost(req, reply, `/admin/centers/${centerId}`);
      } catch (err) {
        if (!(err instanceof PointInUseError)) throw err;
        const point = await getPointToManage(db, req.actor, pointId);
        const page = <PointDeletePage point={point} grantCount={err.grantCount} refused />;
        return sendPage(req, reply, req.t('points.delete.title', { name: point.name }), page, 409);
      }
    });
  };
}
