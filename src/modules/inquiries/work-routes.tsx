import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage } from '../../platform/page.js';
import { parseForm } from '../../platform/validation.js';
import { inquiryExportTable, statsExportTable } from './exports.js';
import { inquirySorts, statsQuerySchema } from './schema.js';
import { dueFollowUpsFilter, exportInquiries, listInquiries } from './service.js';
import { inquiryStats } from './stats-service.js';
import { FollowUpsPage } from './views/follow-ups-page.js';
import { StatsPage } from './views/stats-page.js';

const logging = { access: 'permission', permission: 'inquiries.log' } as const;

/** The follow-up list and the statistics of the inquiry log. */
export function workRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/inquiries/follow-ups', { config: logging }, async (req, reply) => {
      const params = parseListParams(req.query, inquirySorts, { sort: 'followUp', dir: 'asc' });
      const filter = dueFollowUpsFilter();
      const format = exportFormatOf(req.query);
      if (format)
        return sendExport(reply, format, {
          ...inquiryExportTable(req.t, await exportInquiries(db, req.actor, filter, params)),
          filename: 'kapocs-utankovetes',
        });
      const page = await listInquiries(db, req.actor, filter, params);
      return sendPage(req, reply, req.t('inquiries.followUps.title'), <FollowUpsPage page={page} params={params} />);
    });

    app.get('/inquiries/stats', { config: logging }, async (req, reply) => {
      const query = (req.query ?? {}) as Record<string, unknown>;
      const form = parseForm(statsQuerySchema, { year: query.year, center: query.center, point: query.point });
      const input = form.ok ? form.data : {};
      const stats = await inquiryStats(db, req.actor, { year: input.year, center: input.center, point: input.point });
      const format = form.ok ? exportFormatOf(req.query) : undefined;
      if (format) return sendExport(reply, format, statsExportTable(req.t, stats));
      const yearValue = form.ok ? String(stats.year) : String(query.year ?? '');
      const page = <StatsPage stats={stats} errors={form.ok ? undefined : form.errors} yearValue={yearValue} />;
      return sendPage(req, reply, req.t('inquiries.stats.title'), page, form.ok ? 200 : 422);
    });
  };
}
