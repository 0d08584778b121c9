import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { FieldValidationError, parseForm } from '../../platform/validation.js';
import { shiftExportTable } from './exports.js';
import { confirmSchema, opportunityIdParam, patternFormSchema, shiftFormSchema, shiftIdParam } from './schema.js';
import { addShift, cancelShift, exportShifts, generateShifts, listShifts, opportunityIdOfShift, shiftTimeErrors } from './shift-service.js';
import { type ShiftFormState, ShiftsPage } from './views/shifts-page.js';

const signedIn = { access: 'authenticated' } as const;
const noSorts = ['starts'] as const;

type PageState = { shiftForm?: ShiftFormState; patternForm?: ShiftFormState; cancelErrorFor?: string };

/** Shifts of an opportunity: list (members and center staff), add, generate weekly, cancel (members). */
export function registerShiftRoutes(app: FastifyInstance, { db, config }: AppDeps): void {
  const render = async (req: FastifyRequest, reply: FastifyReply, opportunityId: string, state: PageState = {}) => {
    const params = parseListParams(req.query, noSorts, { sort: 'starts', pageSize: 50 });
    const list = await listShifts(db, req.actor, opportunityId, params);
    const invalid = state.shiftForm?.errors || state.patternForm?.errors || state.cancelErrorFor;
    const title = req.t('opportunities.shifts.pageTitle', { title: list.opportunity.title });
    return sendPage(req, reply, title, <ShiftsPage list={list} {...state} />, invalid ? 422 : 200);
  };

  app.get('/opportunities/:opportunityId/shifts', { config: signedIn }, async (req, reply) => {
    const opportunityId = opportunityIdParam(req.params);
    const format = exportFormatOf(req.query);
    if (format) return sendExport(reply, format, shiftExportTable(req.t, (await exportShifts(db, req.actor, opportunityId)).rows));
    return render(req, reply, opportunityId);
  });

  app.post('/opportunities/:opportunityId/shifts', { config: signedIn }, async (req, reply) => {
    const opportunityId = opportunityIdParam(req.params);
    const values = postedValues(req.body);
    const form = parseForm(shiftFormSchema, req.body);
    if (!form.ok) {
      // The time rules on whatever parsed, so one round shows every error.
      const timeErrors = shiftTimeErrors({ startsAt: values.startsAt ?? '', endsAt: values.endsAt ?? '' }, new Date()).errors;
      return render(req, reply, opportunityId, { shiftForm: { values, errors: { ...timeErrors, ...form.errors } } });
    }
    try {
      await addShift(db, req.actor, opportunityId, form.data);
    } catch (err) {
      if (err instanceof FieldValidationError) return render(req, reply, opportunityId, { shiftForm: { values, errors: err.errors } });
      throw err;
    }
    setFlash(reply, 'opportunities.flash.shiftAdded');
    return redirectAfterPost(req, reply, `/opportunities/${opportunityId}/shifts`);
  });

  app.post('/opportunities/:opportunityId/shifts/generate', { config: signedIn }, async (req, reply) => {
    const opportunityId = opportunityIdParam(req.params);
    const values = postedValues(req.body);
    const form = parseForm(patternFormSchema, req.body ?? {});
    if (!form.ok) return render(req, reply, opportunityId, { patternForm: { values, errors: form.errors } });
    try {
      const { created } = await generateShifts(db, req.actor, opportunityId, form.data);
      setFlash(reply, created > 0 ? 'opportunities.flash.shiftsGenerated' : 'opportunities.flash.shiftsUpToDate');
    } catch (err) {
      if (err instanceof FieldValidationError) return render(req, reply, opportunityId, { patternForm: { values, errors: err.errors } });
      throw err;
    }
    return redirectAfterPost(req, reply, `/opportunities/${opportunityId}/shifts`);
  });

  app.post('/shifts/:shiftId/cancel', { config: signedIn }, async (req, reply) => {
    const shiftId = shiftIdParam(req.params);
    const form = parseForm(confirmSchema, req.body);
    if (!form.ok) return render(req, reply, await opportunityIdOfShift(db, shiftId), { cancelErrorFor: shiftId });
    const { opportunityId } = await cancelShift(db, req.actor, shiftId, { baseUrl: config.baseUrl, mailFrom: config.mailFrom });
    setFlash(reply, 'opportunities.flash.shiftCancelled');
    return redirectAfterPost(req, reply, `/opportunities/${opportunityId}/shifts`);
  });
}
