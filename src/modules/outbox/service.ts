import type { Queryable } from '../../db/database.js';
import { type Actor, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { countMessages, findMessage, findMessages, type OutboxMessage, type OutboxRow } from './repo.js';
import type { OutboxSort } from './schema.js';

export type { OutboxMessage, OutboxRow };

/**
 * The outbox holds every center's mail, confirmation and password links included: national admins
 * only (outbox.view). Without SMTP this is how the demo reads its e-mail.
 */
export async function listOutbox(db: Queryable, actor: Actor | null, params: ListParams<OutboxSort>): Promise<Page<OutboxRow>> {
  requirePermission(actor, 'outbox.view');
  const [rows, total] = await Promise.all([findMessages(db, params, { limit: params.pageSize, offset: offsetOf(params) }), countMessages(db)]);
  return pageOf(rows, total, params);
}

export async function exportOutbox(db: Queryable, actor: Actor | null, order: Pick<ListParams<OutboxSort>, 'sort' | 'dir'>) {
  requirePermission(actor, 'outbox.view');
  return findMessages(db, order, { limit: maxExportRows, offset: 0 });
}

export async function getMessage(db: Queryable, actor: Actor | null, id: number): Promise<OutboxMessage> {
  requirePermission(actor, 'outbox.view');
  const message = await findMessage(db, id);
  if (!message) throw new NotFoundError('message');
  return message;
}

export async function countPendingMail(db: Queryable, actor: Actor | null): Promise<number> {
  requirePermission(actor, 'outbox.view');
  return countMessages(db, true);
}
