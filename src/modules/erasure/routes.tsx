import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { contentDisposition, datedFileName, exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import { formatPersonName } from '../../platform/i18n.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { deadlineDate } from './deadline.js';
import { accessRequestArchive, completeAccess, confirmErasure, type DecisionResult, rejectRequest } from './decision-service.js';
import type { ErasureSort, ErasureStatus } from './repo.js';
import {
  cancelFormSchema,
  completeAccessFormSchema,
  confirmErasureFormSchema,
  rejectErasureFormSchema,
  requestErasureFormSchema,
  staffAccessFormSchema,
  staffRequestFormSchema,
  statusFilterOf,
} from './schema.js';
import {
  cancelRequest,
  erasureForStaff,
  exportErasureRequests,
  getErasureRequest,
  listErasureRequests,
  myErasure,
  requestAccess,
  requestErasure,
  requestForVolunteer,
} from './service.js';
import { MyErasurePage } from './views/my-erasure-page.js';
import { RequestDetailPage } from './views/request-detail-page.js';
import { RequestListPage } from './views/request-list-page.js';
import { StaffRequestPage } from './views/staff-request-page.js';
import { statusLabelKey } from './views/status-label.js';

const signedIn = { access: 'authenticated' } as const;
const decide = { access: 'permission', permission: 'erasure.decide' } as const;
const manageVolunteers = { access: 'permission', permission: 'volunteers.manage' } as const;
const sortable = ['deadline', 'requestedAt', 'name'] as const satisfies readonly ErasureSort[];

type Problem = { values?: Record<string, string>; errors?: FieldErrors };

/** Runs a form action; a FieldValidationError re-renders the page with the messages instead. */
async function orRerender<T>(
  action: () => Promise<T>,
  rerender: (errors: FieldErrors) => Promise<unknown>,
): Promise<{ ok: true; value: T } | { ok: false; reply: unknown }> {
  try {
    return { ok: true, value: await action() };
  } catch (err) {
    if (err instanceof FieldValidationError) return { ok: false, reply: await rerender(err.errors) };
    throw err;
  }
}

/** The flash after a decision: a walk-in volunteer without an address must be told by the staff. */
const decidedFlash = (result: DecisionResult, mailed: string) => (result.notified ? mailed : 'erasure.flash.informInPerson');

/** The volunteers' data requests (erasure and a copy of their data): the request, the center's answer, the deadline. */
export function erasureRoutes({ db, config }: AppDeps): FastifyPluginAsync {
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
      const done = await orRerender(
        () => requestErasure(db, req.actor, form.data, config.baseUrl),
        (errors) => renderMine(req, reply, { values: postedValues(req.body), errors }),
      );
      if (!done.ok) return done.reply;
      setFlash(reply, 'erasure.flash.requested');
      return redirectAfterPost(req, reply, '/volunteer/erasure');
    });

    app.post('/volunteer/erasure/access', { config: signedIn }, async (req, reply) => {
      const done = await orRerender(
        () => requestAccess(db, req.actor, config.baseUrl),
        (errors) => renderMine(req, reply, { errors }),
      );
      if (!done.ok) return done.reply;
      setFlash(reply, 'erasure.flash.accessRequested');
      return redirectAfterPost(req, reply, '/volunteer/erasure');
    });

    app.post('/volunteer/erasure/cancel', { config: signedIn }, async (req, reply) => {
      const form = parseForm(cancelFormSchema, req.body);
      const kind = form.ok ? form.data.kind : 'erasure';
      const done = await orRerender(
        () => cancelRequest(db, req.actor, kind),
        (errors) => renderMine(req, reply, { errors }),
      );
      if (!done.ok) return done.reply;
      setFlash(reply, kind === 'access' ? 'erasure.flash.accessCancelled' : 'erasure.flash.cancelled');
      return redirectAfterPost(req, reply, '/volunteer/erasure');
    });

    // The center's list and decisions ("Ön").
    app.get('/admin/erasure-requests', { config: decide }, async (req, reply) => {
      const params = parseListParams(req.query, sortable, { sort: 'deadline', dir: 'asc' });
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
            { header: t('erasure.list.kind'), value: (r) => t(`erasure.kind.${r.request.kind}`) },
            { header: t('erasure.list.name'), value: (r) => formatPersonName(r.familyName, r.givenName) },
            { header: t('erasure.list.center'), value: (r) => r.centerName },
            { header: t('erasure.list.requestedAt'), value: (r) => r.request.requestedAt },
            { header: t('erasure.list.deadline'), value: (r) => (r.deadline ? deadlineDate(r.deadline.deadlineDay) : null) },
            { header: t('erasure.list.status'), value: (r) => t(statusLabelKey(r.request)) },
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

    // The parameter is named for what it must be: an open access request (route matrix fixture).
    app.get('/admin/erasure-requests/:accessRequestId/archive.zip', { config: decide }, async (req, reply) => {
      const { zip, data } = await accessRequestArchive(db, req.actor, uuidParam(req.params, 'accessRequestId'));
      return reply
        .type('application/zip')
        .header('Content-Disposition', contentDisposition(datedFileName('kapocs-onkentes-adatai', 'zip', new Date(data.generatedAt))))
        .header('Cache-Control', 'no-store')
        .send(Buffer.from(zip));
    });

    /** A decision form: the request first (a foreign center's admin gets 403/404 before any validation message). */
    const decisionRoute = <T,>(
      path: string,
      parse: (body: unknown) => { ok: true; data: T } | { ok: false; values: Record<string, string>; errors: FieldErrors },
      act: (req: FastifyRequest, id: string, data: T) => Promise<DecisionResult>,
      mailedFlash: string,
    ) =>
      app.post(`/admin/erasure-requests/:erasureRequestId/${path}`, { config: decide }, async (req, reply) => {
        const id = uuidParam(req.params, 'erasureRequestId');
        await getErasureRequest(db, req.actor, id);
        const form = parse(req.body);
        if (!form.ok) return renderDetail(req, reply, { values: form.values, errors: form.errors });
        const done = await orRerender(
          () => act(req, id, form.data),
          (errors) => renderDetail(req, reply, { values: postedValues(req.body), errors }),
        );
        if (!done.ok) return done.reply;
        setFlash(reply, decidedFlash(done.value, mailedFlash));
        return redirectAfterPost(req, reply, `/admin/erasure-requests/${id}`);
      });

    decisionRoute(
      'confirm',
      (body) => parseForm(confirmErasureFormSchema, body),
      (req, id) => confirmErasure(db, req.actor, id),
      'erasure.flash.completed',
    );
    decisionRoute(
      'complete',
      (body) => parseForm(completeAccessFormSchema, body),
      (req, id) => completeAccess(db, req.actor, id, config.baseUrl),
      'erasure.flash.accessCompleted',
    );
    decisionRoute(
      'reject',
      (body) => parseForm(rejectErasureFormSchema, body),
      (req, id, data) => rejectRequest(db, req.actor, id, data.reason, config.baseUrl),
      'erasure.flash.rejected',
    );

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

    /** A request recorded by staff: the volunteer first (staff of another tenant get 403/404 before any validation message). */
    const staffRoute = <T,>(
      path: string,
      parse: (body: unknown) => { ok: true; data: T } | { ok: false; values: Record<string, string>; errors: FieldErrors },
      request: (data: T) => { kind: 'erasure' | 'access'; reason: string | null },
      flash: string,
    ) =>
      app.post(path, { config: manageVolunteers }, async (req, reply) => {
        const volunteerId = uuidParam(req.params, 'volunteerId');
        await erasureForStaff(db, req.actor, volunteerId);
        const form = parse(req.body);
        if (!form.ok) return renderStaff(req, reply, { values: form.values, errors: form.errors });
        const done = await orRerender(
          () => requestForVolunteer(db, req.actor, volunteerId, request(form.data), config.baseUrl),
          (errors) => renderStaff(req, reply, { values: postedValues(req.body), errors }),
        );
        if (!done.ok) return done.reply;
        setFlash(reply, flash);
        return redirectAfterPost(req, reply, `/volunteers/${volunteerId}/erasure`);
      });

    staffRoute(
      '/volunteers/:volunteerId/erasure',
      (body) => parseForm(staffRequestFormSchema, body),
      (data) => ({ kind: 'erasure', reason: data.reason }),
      'erasure.flash.requestedOnBehalf',
    );
    staffRoute(
      '/volunteers/:volunteerId/erasure/access',
      (body) => parseForm(staffAccessFormSchema, body),
      (data) => ({ kind: 'access', reason: data.accessReason }),
      'erasure.flash.accessRequestedOnBehalf',
    );
  };
}
