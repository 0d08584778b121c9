import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { ledgerExportTable } from './exports.js';
import { deleteBenefitFormSchema, recordBenefitFormSchema } from './schema.js';
import { deleteBenefit, exportLedger, getBenefitForDelete, getLedger, recordBenefit } from './service.js';
import { DeleteBenefitPage } from './views/delete-page.js';
import { LedgerPage } from './views/ledger-page.js';

const signedIn = { access: 'authenticated' } as const;

type Problem = { values?: Record<string, string>; errors?: FieldErrors };

/** The benefits ledger of a placement (juttatások): page, CSV/XLSX, recording, correction. */
export function benefitsRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const renderLedger = async (req: FastifyRequest, reply: FastifyReply, applicationId: string, problem: Problem = {}) => {
      const params = parseListParams(req.query, ['day'], { sort: 'day', dir: 'desc', pageSize: 50 });
      const today = budapestDay(new Date());
      const data = await getLedger(db, req.actor, applicationId, params, today);
      const title = req.t('benefits.page.title', { title: data.placement.opportunityTitle });
      return sendPage(req, reply, title, <LedgerPage data={data} today={today} values={problem.values} errors={problem.errors} />, problem.errors ? 422 : 200);
    };

    app.get('/applications/:applicationId/benefits', { config: signedIn }, async (req, reply) => {
      const applicationId = uuidParam(req.params, 'applicationId');
      const format = exportFormatOf(req.query);
      if (!format) return renderLedger(req, reply, applicationId);
      const { rows, yearTotals } = await exportLedger(db, req.actor, applicationId);
      return sendExport(reply, format, ledgerExportTable(req.t, rows, yearTotals));
    });

    app.post('/applications/:applicationId/benefits', { config: signedIn }, async (req, reply) => {
      const applicationId = uuidParam(req.params, 'applicationId');
      // The page first: someone outside the placement gets 404 before any validation message.
      await getLedger(db, req.actor, applicationId, { page: 1, pageSize: 1 }, budapestDay(new Date()));
      const form = parseForm(recordBenefitFormSchema(budapestDay(new Date())), req.body);
      if (!form.ok) return renderLedger(req, reply, applicationId, { values: form.values, errors: form.errors });
      try {
        await recordBenefit(db, req.actor, applicationId, form.data);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderLedger(req, reply, applicationId, { values: postedValues(req.body), errors: err.errors });
        throw err;
      }
      setFlash(reply, 'benefits.flash.recorded');
      return redirectAfterPost(req, reply, `/applications/${applicationId}/benefits`);
    });

    const renderDelete = async (req: FastifyRequest, reply: FastifyReply, problem: Problem = {}) => {
      const { benefit, placement } = await getBenefitForDelete(db, req.actor, uuidParam(req.params, 'benefitId'));
      return sendPage(
        req,
        reply,
        req.t('benefits.delete.title'),
        <DeleteBenefitPage benefit={benefit} placement={placement} values={problem.values} errors={problem.errors} />,
        problem.errors ? 422 : 200,
      );
    };

    app.get('/benefits/:benefitId/delete', { config: signedIn }, (req, reply) => renderDelete(req, reply));

    app.post('/benefits/:benefitId/delete', { config: signedIn }, async (req, reply) => {
      const benefitId = uuidParam(req.params, 'benefitId');
      await getBenefitForDelete(db, req.actor, benefitId);
      const form = parseForm(deleteBenefitFormSchema, req.body);
      if (!form.ok) return renderDelete(req, reply, { values: form.values, errors: form.errors });
      try {
        const applicationId = await deleteBenefit(db, req.actor, benefitId, form.data.reason);
        setFlash(reply, 'benefits.flash.deleted');
        return redirectAfterPost(req, reply, `/applications/${applicationId}/benefits`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderDelete(req, reply, { values: postedValues(req.body), errors: err.errors });
        throw err;
      }
    });
  };
}
