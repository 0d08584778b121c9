import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import {
  deleteLegalAmount,
  deleteSchoolPeriod,
  exportLegalAmounts,
  exportSchoolPeriods,
  getLegalAmount,
  getSchoolPeriod,
  listLegalAmounts,
  listSchoolPeriods,
  previewLegalAmount,
  previewLegalAmountDeletion,
  previewSchoolPeriod,
  previewSchoolPeriodDeletion,
  saveLegalAmount,
  saveSchoolPeriod,
  schoolYearWithoutBreaks,
} from './legal-data-admin-service.js';
import { legalAmountExportTable, schoolPeriodExportTable } from './legal-data-exports.js';
import {
  isConfirmed,
  legalAmountFormSchema,
  legalAmountIdParam,
  legalAmountSorts,
  schoolPeriodFormSchema,
  schoolPeriodIdParam,
  schoolPeriodSorts,
} from './legal-data-schema.js';
import { LegalAmountDeletePage, LegalAmountFormPage, LegalAmountListPage, LegalAmountPreviewPage } from './views/legal-amount-pages.js';
import { SchoolCalendarListPage, SchoolPeriodDeletePage, SchoolPeriodFormPage, SchoolPeriodPreviewPage } from './views/school-calendar-pages.js';

const view = { access: 'permission', permission: 'admin.enter' } as const;
const manage = { access: 'permission', permission: 'legal.manage' } as const;
const amountsUrl = '/admin/legal-amounts';
const calendarUrl = '/admin/school-calendar';

/** The fields a form posts back, without the step markers and the CSRF token. */
function formValues(body: unknown): Record<string, string> {
  const { confirmed: _c, edit: _e, _csrf, ...values } = postedValues(body);
  return values;
}

const wantsForm = (body: unknown) => !!body && typeof body === 'object' && (body as Record<string, unknown>).edit === '1';

/**
 * The legal-data admin pages (ADR 016): the minimum wage and the school calendar. Every change is
 * a form → preview (saves nothing) → confirm; a deletion is a confirmation page showing what changes.
 */
export function legalDataRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    // --- Minimum wage ---
    app.get(amountsUrl, { config: view }, async (req, reply) => {
      const params = parseListParams(req.query, legalAmountSorts, { sort: 'effective', dir: 'desc' });
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, legalAmountExportTable(req.t, await exportLegalAmounts(db, req.actor, params)));
      const [page, noBreaks] = await Promise.all([listLegalAmounts(db, req.actor, params), schoolYearWithoutBreaks(db, req.actor)]);
      return sendPage(req, reply, req.t('legal.amounts.title'), <LegalAmountListPage page={page} params={params} schoolYearWithoutBreaks={noBreaks} />);
    });

    const amountForm = (req: FastifyRequest, reply: FastifyReply, editingId: string | undefined, values: Record<string, string>, errors?: FieldErrors) =>
      sendPage(req, reply, req.t(editingId ? 'legal.amounts.edit' : 'legal.amounts.new'), <LegalAmountFormPage editingId={editingId} values={values} errors={errors} />, errors ? 422 : 200);

    /** One POST serves both steps: without `confirmed` it previews, with it it saves. */
    const postAmount = async (req: FastifyRequest, reply: FastifyReply, editingId?: string) => {
      const values = formValues(req.body);
      if (wantsForm(req.body)) return amountForm(req, reply, editingId, values);
      const form = parseForm(legalAmountFormSchema, req.body);
      if (!form.ok) return amountForm(req, reply, editingId, values, form.errors);
      try {
        if (!isConfirmed(req.body)) {
          const changes = await previewLegalAmount(db, req.actor, form.data, editingId);
          return sendPage(req, reply, req.t('legal.preview.title'), <LegalAmountPreviewPage editingId={editingId} values={values} changes={changes} />);
        }
        await saveLegalAmount(db, req.actor, form.data, editingId);
      } catch (err) {
        if (err instanceof FieldValidationError) return amountForm(req, reply, editingId, values, err.errors);
        throw err;
      }
      setFlash(reply, 'legal.flash.saved');
      return redirectAfterPost(req, reply, amountsUrl);
    };

    app.get(`${amountsUrl}/new`, { config: manage }, (req, reply) => amountForm(req, reply, undefined, {}));
    app.post(amountsUrl, { config: manage }, (req, reply) => postAmount(req, reply));

    app.get(`${amountsUrl}/:legalAmountId/edit`, { config: manage }, async (req, reply) => {
      const row = await getLegalAmount(db, req.actor, legalAmountIdParam(req.params));
      return amountForm(req, reply, row.id, { kind: row.kind, effectiveFrom: row.effectiveFrom, amount: String(row.amountHuf), source: row.source });
    });
    app.post(`${amountsUrl}/:legalAmountId`, { config: manage }, async (req, reply) => {
      const row = await getLegalAmount(db, req.actor, legalAmountIdParam(req.params));
      return postAmount(req, reply, row.id);
    });

    app.get(`${amountsUrl}/:legalAmountId/delete`, { config: manage }, async (req, reply) => {
      const preview = await previewLegalAmountDeletion(db, req.actor, legalAmountIdParam(req.params));
      return sendPage(req, reply, req.t('legal.amounts.delete'), <LegalAmountDeletePage row={preview.row} changes={preview.changes} />);
    });
    app.post(`${amountsUrl}/:legalAmountId/delete`, { config: manage }, async (req, reply) => {
      const id = legalAmountIdParam(req.params);
      if (!isConfirmed(req.body)) return redirectAfterPost(req, reply, `${amountsUrl}/${id}/delete`);
      await deleteLegalAmount(db, req.actor, id);
      setFlash(reply, 'legal.flash.deleted');
      return redirectAfterPost(req, reply, amountsUrl);
    });

    // --- School calendar ---
    app.get(calendarUrl, { config: view }, async (req, reply) => {
      const params = parseListParams(req.query, schoolPeriodSorts, { sort: 'starts', dir: 'desc' });
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, schoolPeriodExportTable(req.t, await exportSchoolPeriods(db, req.actor, params)));
      const [page, noBreaks] = await Promise.all([listSchoolPeriods(db, req.actor, params), schoolYearWithoutBreaks(db, req.actor)]);
      return sendPage(req, reply, req.t('legal.calendar.title'), <SchoolCalendarListPage page={page} params={params} schoolYearWithoutBreaks={noBreaks} />);
    });

    const periodForm = (req: FastifyRequest, reply: FastifyReply, editingId: string | undefined, values: Record<string, string>, errors?: FieldErrors) =>
      sendPage(req, reply, req.t(editingId ? 'legal.calendar.edit' : 'legal.calendar.new'), <SchoolPeriodFormPage editingId={editingId} values={values} errors={errors} />, errors ? 422 : 200);

    const postPeriod = async (req: FastifyRequest, reply: FastifyReply, editingId?: string) => {
      const values = formValues(req.body);
      if (wantsForm(req.body)) return periodForm(req, reply, editingId, values);
      const form = parseForm(schoolPeriodFormSchema, req.body);
      if (!form.ok) return periodForm(req, reply, editingId, values, form.errors);
      if (!isConfirmed(req.body)) {
        const changes = await previewSchoolPeriod(db, req.actor, form.data, editingId);
        return sendPage(req, reply, req.t('legal.preview.title'), <SchoolPeriodPreviewPage editingId={editingId} values={values} changes={changes} />);
      }
      await saveSchoolPeriod(db, req.actor, form.data, editingId);
      setFlash(reply, 'legal.flash.saved');
      return redirectAfterPost(req, reply, calendarUrl);
    };

    app.get(`${calendarUrl}/new`, { config: manage }, (req, reply) => periodForm(req, reply, undefined, {}));
    app.post(calendarUrl, { config: manage }, (req, reply) => postPeriod(req, reply));

    app.get(`${calendarUrl}/:schoolPeriodId/edit`, { config: manage }, async (req, reply) => {
      const row = await getSchoolPeriod(db, req.actor, schoolPeriodIdParam(req.params));
      return periodForm(req, reply, row.id, { kind: row.kind, name: row.name, startsOn: row.startsOn, endsOn: row.endsOn, source: row.source });
    });
    app.post(`${calendarUrl}/:schoolPeriodId`, { config: manage }, async (req, reply) => {
      const row = await getSchoolPeriod(db, req.actor, schoolPeriodIdParam(req.params));
      return postPeriod(req, reply, row.id);
    });

    app.get(`${calendarUrl}/:schoolPeriodId/delete`, { config: manage }, async (req, reply) => {
      const preview = await previewSchoolPeriodDeletion(db, req.actor, schoolPeriodIdParam(req.params));
      return sendPage(req, reply, req.t('legal.calendar.delete'), <SchoolPeriodDeletePage row={preview.row} changes={preview.changes} />);
    });
    app.post(`${calendarUrl}/:schoolPeriodId/delete`, { config: manage }, async (req, reply) => {
      const id = schoolPeriodIdParam(req.params);
      if (!isConfirmed(req.body)) return redirectAfterPost(req, reply, `${calendarUrl}/${id}/delete`);
      await deleteSchoolPeriod(db, req.actor, id);
      setFlash(reply, 'legal.flash.deleted');
      return redirectAfterPost(req, reply, calendarUrl);
    });
  };
}
