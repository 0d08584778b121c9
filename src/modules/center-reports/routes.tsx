import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage } from '../../platform/page.js';
import { parseForm } from '../../platform/validation.js';
import { centerReportExportTable, nationalExportTable } from './exports.js';
import { nationalReport } from './national-service.js';
import { centerReportQuerySchema, nationalReportQuerySchema, nationalSorts, reportTableOf } from './schema.js';
import { centerReport } from './service.js';
import { CenterReportsPage } from './views/center-reports-page.js';
import { NationalReportsPage } from './views/national-reports-page.js';

const reports = { config: { access: 'permission', permission: 'reports.center' } } as const;

/** Strings only: what the filter form posted, to show again next to its errors. */
function queryValues(query: unknown, names: readonly string[]): Record<string, string> {
  const q = (query ?? {}) as Record<string, unknown>;
  return Object.fromEntries(names.flatMap((n) => (typeof q[n] === 'string' ? [[n, (q[n] as string).slice(0, 40)]] : [])));
}

/** The center reports dashboard and the national roll-up (issue 15). */
export function centerReportsRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/center/reports', reports, async (req, reply) => {
      const values = queryValues(req.query, ['center', 'point', 'from', 'to']);
      const form = parseForm(centerReportQuerySchema, values);
      // A bad period is shown with its error over the default period; the center and point still count.
      const fallback = form.ok ? form : parseForm(centerReportQuerySchema, { center: values.center, point: values.point });
      const report = await centerReport(db, req.actor, fallback.ok ? fallback.data : {});
      const format = form.ok ? exportFormatOf(req.query) : undefined;
      if (format && report.figures && report.center) {
        return sendExport(reply, format, centerReportExportTable(req.t, req.locale, report.center.name, report.figures, reportTableOf(req.query)));
      }
      const title = report.center ? req.t('centerReports.titleOf', { center: report.center.name }) : req.t('centerReports.title');
      const page = <CenterReportsPage report={report} values={form.ok ? {} : values} errors={form.ok ? undefined : form.errors} />;
      return sendPage(req, reply, title, page, form.ok ? 200 : 422);
    });

    app.get('/national/reports', reports, async (req, reply) => {
      const values = queryValues(req.query, ['from', 'to']);
      const form = parseForm(nationalReportQuerySchema, values);
      const { sort, dir } = parseListParams(req.query, nationalSorts, { sort: 'name' });
      const report = await nationalReport(db, req.actor, form.ok ? form.data : {}, { sort, dir });
      const format = form.ok ? exportFormatOf(req.query) : undefined;
      if (format) return sendExport(reply, format, nationalExportTable(req.t, report));
      const page = <NationalReportsPage report={report} order={{ sort, dir }} values={form.ok ? {} : values} errors={form.ok ? undefined : form.errors} />;
      return sendPage(req, reply, req.t('centerReports.national.title'), page, form.ok ? 200 : 422);
    });
  };
}
