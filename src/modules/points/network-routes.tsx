import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { hungaryCountyShapes } from '../search/service.js';
import { consultationSorts } from './consulting-repo.js';
import { addConsultation, consultationsOfCenter, consultationsOfPoint, markConsultationActionDone } from './consulting-service.js';
import { uncoveredSorts } from './coverage.js';
import { consultationExportTable, uncoveredExportTable } from './exports.js';
import { changePointStatus, createCandidatePoint, getCenterForNetwork, markSetupItem, pointLifecycle } from './lifecycle-service.js';
import {
  actionDoneFormSchema,
  candidateFormSchema,
  consultationFormSchema,
  coverageFormSchema,
  setupItemFormSchema,
  transitionFormSchema,
} from './network-schema.js';
import { coverageOfCenter, setCoverageKm } from './network-service.js';
import { pointIdParam } from './schema.js';
import { pointFormRuleErrors } from './service.js';
import { CandidateFormPage } from './views/candidate-form-page.js';
import { ConsultingListPage } from './views/consulting-list-page.js';
import { CoveragePage } from './views/coverage-page.js';
import { type LifecycleForm, PointLifecyclePage } from './views/point-lifecycle-page.js';

const network = { config: { access: 'permission', permission: 'points.network' } } as const;
const today = () => budapestDay(new Date());

/** The point network of a center (issue 15): scouting, life cycle, checklist, consulting, coverage. */
export function pointNetworkRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const renderLifecycle = async (req: FastifyRequest, reply: FastifyReply, failed?: LifecycleForm) => {
      const pointId = pointIdParam(req.params);
      const data = await pointLifecycle(db, req.actor, pointId);
      const params = parseListParams(req.query, consultationSorts, { sort: 'heldOn', dir: 'desc', pageSize: 10 });
      const consultations = await consultationsOfPoint(db, req.actor, pointId, params);
      const page = <PointLifecyclePage data={data} today={today()} failed={failed} consulting={{ pointId, today: today(), consultations }} />;
      return sendPage(req, reply, req.t('points.lifecycle.title', { name: data.point.name }), page, failed ? 422 : 200);
    };

    app.get('/admin/points/:pointId/lifecycle', network, (req, reply) => renderLifecycle(req, reply));

    /** One POST handler shape for the page's forms: tenant first, then the form, then the service. */
    const lifecyclePost = <T,>(
      form: LifecycleForm['form'],
      parse: (body: unknown) => { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> },
      act: (req: FastifyRequest, pointId: string, data: T) => Promise<unknown>,
      flash: string,
    ) =>
      async function handler(req: FastifyRequest, reply: FastifyReply) {
        const pointId = pointIdParam(req.params);
        await pointLifecycle(db, req.actor, pointId);
        const parsed = parse(req.body);
        if (!parsed.ok) return renderLifecycle(req, reply, { form, values: parsed.values, errors: parsed.errors });
        try {
          await act(req, pointId, parsed.data);
        } catch (err) {
          if (err instanceof FieldValidationError) return renderLifecycle(req, reply, { form, values: postedValues(req.body), errors: err.errors });
          throw err;
        }
        setFlash(reply, flash);
        return redirectAfterPost(req, reply, `/admin/points/${pointId}/lifecycle`);
      };

    app.post(
      '/admin/points/:pointId/status',
      network,
      lifecyclePost(
        'status',
        (b) => parseForm(transitionFormSchema, b),
        (req, id, data) => changePointStatus(db, req.actor, id, data),
        'points.flash.statusChanged',
      ),
    );
    app.post(
      '/admin/points/:pointId/setup',
      network,
      lifecyclePost(
        'setup',
        (b) => parseForm(setupItemFormSchema, b),
        (req, id, data) => markSetupItem(db, req.actor, id, data),
        'form.saved',
      ),
    );
    app.post(
      '/admin/points/:pointId/consultations',
      network,
      lifecyclePost(
        'consultation',
        (b) => parseForm(consultationFormSchema, b),
        (req, id, data) => addConsultation(db, req.actor, id, data),
        'points.flash.consultationAdded',
      ),
    );
    app.post(
      '/admin/points/:pointId/consultation-actions/done',
      network,
      lifecyclePost(
        'action',
        (b) => parseForm(actionDoneFormSchema, b),
        (req, id, data) => markConsultationActionDone(db, req.actor, id, data.actionId),
        'form.saved',
      ),
    );

    const renderCandidate = async (req: FastifyRequest, reply: FastifyReply, values: Record<string, string>, errors?: FieldErrors) => {
      const center = await getCenterForNetwork(db, req.actor, uuidParam(req.params, 'centerId'));
      return sendPage(req, reply, req.t('points.candidate.title'), <CandidateFormPage center={center} values={values} errors={errors} />, errors ? 422 : 200);
    };

    app.get('/admin/centers/:centerId/points/candidates/new', network, (req, reply) => {
      const place = (req.query as { place?: unknown }).place;
      return renderCandidate(req, reply, typeof place === 'string' ? { place: place.slice(0, 120) } : {});
    });

    app.post('/admin/centers/:centerId/points/candidates', network, async (req, reply) => {
      const center = await getCenterForNetwork(db, req.actor, uuidParam(req.params, 'centerId'));
      const form = parseForm(candidateFormSchema, req.body);
      if (!form.ok) {
        const ruleErrors = await pointFormRuleErrors(db, req.actor, center.id, postedValues(req.body), undefined, 'points.view');
        return renderCandidate(req, reply, form.values, { ...ruleErrors, ...form.errors });
      }
      try {
        const pointId = await createCandidatePoint(db, req.actor, center.id, form.data, today());
        setFlash(reply, 'points.flash.candidateCreated');
        return redirectAfterPost(req, reply, `/admin/points/${pointId}/lifecycle`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderCandidate(req, reply, postedValues(req.body), err.errors);
        throw err;
      }
    });

    app.get('/admin/centers/:centerId/points/consulting', network, async (req, reply) => {
      const centerId = uuidParam(req.params, 'centerId');
      const params = parseListParams(req.query, consultationSorts, { sort: 'heldOn', dir: 'desc' });
      const format = exportFormatOf(req.query);
      const { center, page } = await consultationsOfCenter(db, req.actor, centerId, params, format !== undefined);
      if (format) return sendExport(reply, format, consultationExportTable(req.t, page.items));
      const body = <ConsultingListPage center={center} page={page} params={params} today={today()} />;
      return sendPage(req, reply, req.t('points.consulting.centerTitle', { center: center.name }), body);
    });

    const renderCoverage = async (req: FastifyRequest, reply: FastifyReply, kmForm?: { value: string; errors: FieldErrors }) => {
      const centerId = uuidParam(req.params, 'centerId');
      const params = parseListParams(req.query, uncoveredSorts, { sort: 'population', dir: 'desc' });
      const format = kmForm ? undefined : exportFormatOf(req.query);
      const coverage = await coverageOfCenter(db, req.actor, centerId, params, format !== undefined);
      if (format) return sendExport(reply, format, uncoveredExportTable(req.t, coverage.page.items));
      const page = <CoveragePage coverage={coverage} params={params} shapes={await hungaryCountyShapes(db)} kmForm={kmForm} />;
      return sendPage(req, reply, req.t('points.coverage.title'), page, kmForm ? 422 : 200);
    };

    app.get('/admin/centers/:centerId/points/coverage', network, (req, reply) => renderCoverage(req, reply));

    app.post('/admin/centers/:centerId/points/coverage', { config: { access: 'permission', permission: 'points.manage' } }, async (req, reply) => {
      const centerId = uuidParam(req.params, 'centerId');
      await getCenterForNetwork(db, req.actor, centerId);
      const form = parseForm(coverageFormSchema, req.body);
      if (!form.ok) return renderCoverage(req, reply, { value: form.values.coverageKm ?? '', errors: form.errors });
      await setCoverageKm(db, req.actor, centerId, form.data.coverageKm);
      setFlash(reply, 'form.saved');
      return redirectAfterPost(req, reply, `/admin/centers/${centerId}/points/coverage`);
    });
  };
}
