import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage } from '../../platform/page.js';
import { outboxExportTable } from './exports.js';
import { messageIdParam, outboxSorts } from './schema.js';
import { exportOutbox, getMessage, listOutbox } from './service.js';
import { OutboxListPage, OutboxMessagePage } from './views/outbox-pages.js';

const view = { access: 'permission', permission: 'outbox.view' } as const;

/** Outgoing mail as the system queued it (national admins only). */
export function outboxRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/admin/outbox', { config: view }, async (req, reply) => {
      const params = parseListParams(req.query, outboxSorts, { sort: 'created', dir: 'desc', pageSize: 50 });
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, outboxExportTable(req.t, await exportOutbox(db, req.actor, params)));
      const page = await listOutbox(db, req.actor, params);
      return sendPage(req, reply, req.t('outbox.title'), <OutboxListPage page={page} params={params} />);
    });

    app.get('/admin/outbox/:messageId', { config: view }, async (req, reply) => {
      const message = await getMessage(db, req.actor, messageIdParam(req.params));
      return sendPage(req, reply, message.subject, <OutboxMessagePage message={message} />);
    });
  };
}
