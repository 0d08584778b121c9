import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { uuidParam } from '../../platform/form-fields.js';
import { sendPage } from '../../platform/page.js';
import { parseForm } from '../../platform/validation.js';
import { reportExportTable } from './exports.js';
import { reportQuerySchema } from './schema.js';
import { currentBudapestYear, organizationForReports, organizationYearReport, reportYears } from './service.js';
import { ReportPage } from './views/report-page.js';

const signedIn = { access: 'authenticated' } as const;

/** An organization's yearly report: page (GET form for the year), CSV and XLSX downloads. */
export function reportsRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/organizations/:organizationId/reports', { config: signedIn }, async (req, reply) => {
      const organizationId = uuidParam(req.params, 'organizationId');
      const currentYear = currentBudapestYear();
      const query = (req.query ?? {}) as Record<string, unknown>;
      const form = parseForm(reportQuerySchema, { year: query.year });
      if (!form.ok) {
        // Authorization first: a stranger gets the same 404 whatever the year says.
        const organization = await organizationForReports(db, req.actor, organizationId);
        const years = await reportYears(db, organization.id, currentYear);
        const title = req.t('reports.title', { name: organization.name });
        return sendPage(
          req,
          reply,
          title,
          <ReportPage organization={organization} years={years} yearValue={String(form.values.year ?? '')} errors={form.errors} />,
          422,
        );
      }
      const year = form.data.year ?? currentYear;
      const report = await organizationYearReport(db, req.actor, organizationId, year, currentYear);
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, reportExportTable(req.t, report));
      const years = report.years.includes(year) ? report.years : [...report.years, year].sort((a, b) => b - a);
      const title = req.t('reports.title', { name: report.organization.name });
      return sendPage(req, reply, title, <ReportPage organization={report.organization} years={years} yearValue={String(year)} report={report} />);
    });
  };
}
