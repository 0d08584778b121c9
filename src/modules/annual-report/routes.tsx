import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { NotFoundError } from '../../platform/errors.js';
import { contentDisposition, type ExportTable, exportFormatOf, sendExport } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { FieldValidationError, parseForm } from '../../platform/validation.js';
import type { AnnualReportRow } from './repo.js';
import { listQuerySchema, reportIdSchema, requestFormSchema } from './schema.js';
import { annualReportFile, annualReportsOf, currentYearOf, requestAnnualReport } from './service.js';
import { AnnualReportsPage, listPath, type RequestForm, statusLabel, stepLabel } from './views/annual-reports-page.js';

const reports = { config: { access: 'permission', permission: 'reports.center' } } as const;
const listSorts = ['requested'] as const;

const fileTypes = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

function exportTable(t: Translate, rows: AnnualReportRow[]): ExportTable<AnnualReportRow> {
  return {
    filename: 'kapocs-eves-beszamolok',
    sheetName: t('annualReport.title'),
    rows,
    columns: [
      { header: t('annualReport.center'), value: (r) => r.centerName, width: 36 },
      { header: t('annualReport.year'), value: (r) => r.year, width: 8 },
      { header: t('annualReport.status'), value: (r) => statusLabel(t, r.status), width: 14 },
      { header: t('annualReport.progress'), value: (r) => r.progress, width: 10 },
      { header: t('annualReport.progress'), value: (r) => stepLabel(t, r.step) },
      { header: t('annualReport.requestedBy'), value: (r) => r.requestedBy },
      { header: t('annualReport.requestedAt'), value: (r) => r.requestedAt, width: 18 },
      { header: t('annualReport.failedWith', { error: '' }).replace(/:\s*$/, ''), value: (r) => r.error, width: 40 },
    ],
  };
}

/** The center's annual reports (issue 15): the list with the request form, and the finished files. */
export function annualReportRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const renderList = async (req: FastifyRequest, reply: FastifyReply, form?: RequestForm & { center?: string }) => {
      const center = form ? form.center : listQuerySchema.parse(req.query ?? {}).center;
      const params = parseListParams(req.query, listSorts, { sort: 'requested', dir: 'desc', pageSize: 20 });
      const format = form ? undefined : exportFormatOf(req.query);
      const view = await annualReportsOf(db, req.actor, center, params, new Date(), format !== undefined);
      if (format) return sendExport(reply, format, exportTable(req.t, view.page.items));
      return sendPage(req, reply, req.t('annualReport.title'), <AnnualReportsPage view={view} params={params} form={form} />, form ? 422 : 200);
    };

    app.get(listPath, reports, (req, reply) => renderList(req, reply));

    app.post(listPath, reports, async (req, reply) => {
      const now = new Date();
      const parsed = parseForm(requestFormSchema(currentYearOf(now)), req.body);
      if (!parsed.ok) return renderList(req, reply, { values: parsed.values, errors: parsed.errors });
      try {
        await requestAnnualReport(db, req.actor, parsed.data.center, parsed.data.year, now);
      } catch (err) {
        if (err instanceof FieldValidationError) {
          const values = { center: parsed.data.center ?? '', year: String(parsed.data.year) };
          return renderList(req, reply, { values, errors: err.errors, center: parsed.data.center });
        }
        throw err;
      }
      setFlash(reply, 'annualReport.requested');
      return redirectAfterPost(req, reply, `${listPath}?center=${encodeURIComponent(parsed.data.center ?? '')}`);
    });

    for (const kind of ['pdf', 'xlsx'] as const) {
      app.get(`${listPath}/:annualReportId/${kind}`, reports, async (req, reply) => {
        const id = reportIdSchema.safeParse((req.params as { annualReportId?: string }).annualReportId);
        if (!id.success) throw new NotFoundError('annual report');
        const { report, file } = await annualReportFile(db, req.actor, id.data, kind);
        const name = `${req.t('annualReport.title')} ${report.centerName} ${report.year}.${kind}`;
        return reply.type(fileTypes[kind]).header('Content-Disposition', contentDisposition(name)).header('Cache-Control', 'no-store').send(file);
      });
    }
  };
}
