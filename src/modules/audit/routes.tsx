import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { parseKeysetCursor, parseListParams } from '../../platform/list-params.js';
import { sendPage } from '../../platform/page.js';
import { auditExportTable } from './exports.js';
import { auditFilterOf, auditSorts } from './schema.js';
import { auditVocabulary, exportAuditEntries, listAuditEntries } from './service.js';
import { AuditPage } from './views/audit-page.js';

/** The audit trail: filter, page, export (newest first by default). */
export function auditRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/admin/audit', { config: { access: 'permission', permission: 'audit.view' } }, async (req, reply) => {
      const { filter, errors } = auditFilterOf(req.query);
      const params = parseListParams(req.query, auditSorts, { sort: 'at', dir: 'desc', pageSize: 50 });
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, auditExportTable(req.t, await exportAuditEntries(db, req.actor, filter, params)));
      const [page, vocabulary] = await Promise.all([
        listAuditEntries(db, req.actor, filter, params, parseKeysetCursor(req.query)),
        auditVocabulary(db, req.actor),
      ]);
      const view = <AuditPage page={page} params={params} filter={filter} errors={errors} vocabulary={vocabulary} typed={postedValues(req.query)} />;
      return sendPage(req, reply, req.t('audit.title'), view);
    });
  };
}
