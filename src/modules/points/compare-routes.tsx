import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage } from '../../platform/page.js';
import { parseForm } from '../../platform/validation.js';
import { comparisonExportTable } from './compare-export.js';
import { compareQuerySchema, compareSorts } from './compare-schema.js';
import { compareFigures } from './compare-service.js';
import { ComparePage } from './views/compare-page.js';

const figures = { config: { access: 'permission', permission: 'reports.center' } } as const;

/** GET /center/points/compare: the points of a center (or, `center=all`, the centers) side by side, with CSV/XLSX. */
export function pointCompareRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/center/points/compare', figures, async (req, reply) => {
      const q = (req.query ?? {}) as Record<string, unknown>;
      const form = parseForm(compareQuerySchema, { center: q.center, from: q.from, to: q.to });
      // A mistyped day: the default period, with the field errors; the center asked for still counts.
      const centerOnly = form.ok ? undefined : parseForm(compareQuerySchema, { center: q.center });
      const query = form.ok ? form.data : centerOnly?.ok ? centerOnly.data : {};
      const params = parseListParams(req.query, compareSorts, { sort: 'name', dir: 'asc' });
      const comparison = await compareFigures(db, req.actor, query, params);
      const format = form.ok ? exportFormatOf(req.query) : undefined;
      if (format) return sendExport(reply, format, comparisonExportTable(req.t, comparison));
      const values = form.ok ? { from: comparison.from, to: comparison.to } : { from: String(q.from ?? ''), to: String(q.to ?? '') };
      const page = <ComparePage comparison={comparison} params={params} values={values} errors={form.ok ? undefined : form.errors} />;
      const title = comparison.center ? req.t('points.compare.pageTitle', { center: comparison.center.name }) : req.t('points.compare.centersTitle');
      return sendPage(req, reply, title, page, form.ok ? 200 : 422);
    });
  };
}
