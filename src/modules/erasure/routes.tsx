import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import { formatPersonName } from '../../platform/i18n.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import type { ErasureSort, ErasureStatus } from './repo.js';
import { confirmErasureFormSchema, rejectErasureFormSchema, requestErasureFormSchema, staffRequestFormSchema, statusFilterOf } from './schema.js';
import {
  cancelErasure,
  confirmErasure,
  erasureForStaff,
  exportErasureRequests,
  getErasureRequest,
  listErasureRequests,
  myErasure,
  rejectErasure,
  requestErasure,
  requestErasureForVolunteer,
} from './service.js';
import { MyErasurePage } from './views/my-erasure-page.js';
import { RequestDetailPage } from './views/request-detail-page.js';
import { RequestListPage } from './views/request-list-page.js';
import { StaffRequestPage } from './views/staff-request-page.js';

const signedIn = { access: 'authenticated' } as const;
const decide = { access: 'permission', permission: 'erasure.decide' } as const;
const manageVolunteers = { access: 'permission', permission: 'volunteers.manage' } as const;
const sortable = ['requestedAt', 'name'] as const satisfies readonly ErasureSort[];

type Problem = { values?: Record<string, string>; errors?: FieldErrors };

/** Erasure of a volunteer's personal data: the volunteer's request, the center's decision, anonymisation. */
export function erasureRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    // The volunteer's own page ("te").
    const renderMine = async (req: FastifyRequest, reply: FastifyReply, problem: Problem = {}) => {
      const data = await myErasure(db, req.actor);
      return sendPage(
        req,
        reply,
        req.t('erasure.my.title'),
        <MyErasurePage data={data} values={problem.values} errors={problem.errors} />,
        problem.errors ? 422 : 200,
      );
    };

    app.get('/volunteer/erasure', { config: signedIn }, (req, reply) => renderMine(req, reply));

    app.post('/volunteer/erasure', { config: signedIn }, async (req, reply) => {
      const form = parseForm(requestErasureFormSchema, req.body);
      if (!form.ok) return renderMine(req, reply, { values: form.values, errors: form.errors });
      try {
        await requestErasure(db, req.actor, form.data);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderMine(req, reply, { values: postedValues(req.body), errors: err.errors });
        throw err;
      }
      setFlash(reply, 'erasure.flash.requested');
      return redirectAfterPost(req, reply, '/volunteer/erasure');
    });

    app.post('/volunteer/erasure/cancel', { config: signedIn }, async (req, reply) => {
      try {
        await cancelErasure(db, req.actor);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderMine(req, reply, { errors: err.errors });
        throw err;
      }
      setFlash(reply, 'erasure.flash.cancelled');
      return redirectAfterPost(req, reply, '/volunteer/erasure');
    });

    // The center's list and decisions ("Ön").
    app.get('/admin/erasure-requests', { config: decide }, async (req, reply) => {
      const params = parseListParams(req.query, sortable, { sort: 'requestedAt', dir: 'desc' });
      const status: ErasureStatus | undefined = statusFilterOf(req.query);
      const format = exportFormatOf(req.query);
      if (format) {
        const rows = await exportErasureRequests(db, req.actor, params, status);
        const t = req.t;
        return sendExport(reply, format, {
          filename: t('erasure.list.filename'),
          sheetName: t('erasure.list.title'),
          rows,
          columns: [
            { header: t('erasure.list.name'), value: (r) => formatPersonName(r.familyName, r.givenName) },
            { header: t('erasure.list.center'), value: (r) => r.centerName },
            { header: t('erasure.list.requestedAt'), value: (r) => r.request.requestedAt },
            { header: t('erasure.list.status'), value: (r) => t(`erasure.status.${r.request.status as ErasureStatus}`) },
            { header: t('erasure.list.decidedAt'), value: (r) => r.request.decidedAt },
          ],
        });
      }
      const page = await listErasureRequests(db, req.actor, params, status);
      return sendPage(req, reply, req.t('erasure.list.title'), <RequestListPage page={page} params={params} status={status} />);
    });

    const renderDetail = async (req: FastifyRequest, reply: FastifyReply, problem: Problem = {}) => {
      const data = await getErasureRequest(db, req.actor, uuidParam(req.params, 'erasureRequestId'));
      return sendPage(
        req,
        reply,
        req.t('erasure.detail.title'),
        <RequestDetailPage data={data} values={problem.values} errors={problem.errors} />,
        problem.errors ? 422 : 200,
      );
    };

    app.get('/admin/erasure-requests/:erasureRequestId', { config: decide }, (req, reply) => renderDetail(req, reply));

    app.post('/admin/erasure-requests/:erasureRequestId/confirm', { config: decide }, async (req, reply) => {
      const id = uuidParam(req.params, 'erasureRequestId');
      // The request first: a foreign center's admin gets 403/404 before any validation message.
      await getErasureRequest(db, req.actor, id);
      const form = parseForm(confirmErasureFormSchema, req.body);
      if (!form.ok) return renderDetail(req, reply, { values: form.values, errors: form.errors });
      try {
        await confirmErasure(db, req.actor, id);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderDetail(req, reply, { errors: err.errors });
        throw err;
      }
      setFlash(reply, 'erasure.flash.completed');
      return redirectAfterPost(req, reply, `/admin/erasure-requests/${id}`);
    });

    app.post('/admin/erasure-requests/:erasureRequestId/reject', { config: decide }, async (req, reply) => {
      const id = uuidParam(req.params, 'erasureRequestId');
      await getErasureRequest(db, req.actor, id);
      const form = parseForm(rejectErasureFormSchema, req.body);
      if (!form.ok) return renderDetail(req, reply, { values: form.values, errors: form.errors });
      try {
        await rejectErasure(db, req.actor, id, form.data.reason);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderDetail(req, reply, { values: postedValues(req.body), errors: err.errors });
        throw err;
      }
      setFlash(reply, 'erasure.flash.rejected');
      return redirectAfterPost(req, reply, `/admin/erasure-requests/${id}`);
    });

    // Center staff record the request of a volunteer who asked in person ("Ön").
    const renderStaff = async (req: FastifyRequest, reply: FastifyReply, problem: Problem = {}) => {
      const data = await erasureForStaff(db, req.actor, uuidParam(req.params, 'volunteerId'));
      return sendPage(
        req,
        reply,
        req.t('erasure.staff.title'),
        <StaffRequestPage data={data} values={problem.values} errors={problem.errors} />,
        problem.errors ? 422 : 200,
      );
    };

    app.get('/volunteers/:volunteerId/erasure', { config: manageVolunteers }, (req, reply) => renderStaff(req, reply));

    app.post('/volunteers/:volunteerId/erasure', { config: manageVolunteers }, async (req, reply) => {
      const volunteerId = uuidParam(req.params, 'volunteerId');
      // The volunteer first: staff of another tenant get 403/404 before any validation message.
      await erasureForStaff(db, req.actor, volunteerId);
      const form = parseForm(staffRequestFormSchema, req.body);
      if (!form.ok) return renderStaff(req, reply, { values: form.values, errors: form.errors });
      try {
        await requestErasureForVolunteer(db, req.actor, volunteerId, form.data);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderStaff(req, reply, { values: postedValues(req.body), errors: err.errors });
        throw err;
      }
      setFlash(reply, 'erasure.flash.requestedOnBehalf');
      return redirectAfterPost(req, reply, `/volunteers/${volunteerId}/erasure`);
    });
  };
}
