import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { formatPersonName } from '../../platform/i18n.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage } from '../../platform/page.js';
import { exportInactiveAccounts, type PreviewSort, previewInactiveAccounts } from './preview-service.js';
import { categoryFilterOf } from './schema.js';
import { kindKey, stepKey } from './views/labels.js';
import { PreviewPage } from './views/preview-page.js';

const view = { access: 'permission', permission: 'retention.view' } as const;
const sortable = ['name', 'anonymiseAt'] as const satisfies readonly PreviewSort[];

/** The inactive-account job's dry run for admins ("Ön"): read only, no button changes anything. */
export function retentionRoutes({ db, config }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/admin/inactive-accounts', { config: view }, async (req, reply) => {
      const params = parseListParams(req.query, sortable, { sort: 'name', dir: 'asc' });
      const category = categoryFilterOf(req.query);
      const format = exportFormatOf(req.query);
      if (format) {
        const rows = await exportInactiveAccounts(db, req.actor, config, params, category);
        const t = req.t;
        return sendExport(reply, format, {
          filename: t('retention.preview.filename'),
          sheetName: t('retention.preview.title'),
          rows,
          columns: [
            { header: t('retention.preview.name'), value: (r) => formatPersonName(r.familyName, r.givenName) },
            { header: t('retention.preview.kind'), value: (r) => t(kindKey(r)) },
            { header: t('retention.preview.center'), value: (r) => r.centerName },
            { header: t('retention.preview.lastActive'), value: (r) => r.lastActiveAt },
            { header: t('retention.filter.warn1'), value: (r) => r.firstWarnedAt },
            { header: t('retention.filter.warn2'), value: (r) => r.secondWarnedAt },
            { header: t('retention.preview.step'), value: (r) => t(stepKey(r)) },
            { header: t('retention.preview.anonymiseAt'), value: (r) => r.anonymiseAt },
          ],
        });
      }
      const preview = await previewInactiveAccounts(db, req.actor, config, params, category);
      return sendPage(req, reply, req.t('retention.preview.title'), <PreviewPage preview={preview} params={params} category={category} />);
    });
  };
}
