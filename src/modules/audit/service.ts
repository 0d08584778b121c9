import type { Queryable } from '../../db/database.js';
import { type Actor, centersVisibleTo, requirePermission } from '../../platform/authz.js';
import { listCountCap } from '../../platform/count-up-to.js';
import { maxExportRows } from '../../platform/export.js';
import { cappedPageOf, type ListParams, offsetOf, type Page } from '../../platform/list-params.js';
import { type AuditRow, countAuditEntries, findAuditEntries, recentAuditVocabulary } from './repo.js';
import type { AuditFilter, AuditSort } from './schema.js';

export type { AuditRow };

/**
 * National admins read the whole trail; a center admin the entries recorded under their center
 * (every write records the center it belongs to).
 */
export async function listAuditEntries(db: Queryable, actor: Actor | null, filter: AuditFilter, params: ListParams<AuditSort>): Promise<Page<AuditRow>> {
  requirePermission(actor, 'audit.view');
  const visible = centersVisibleTo(actor, 'audit.view');
  const [rows, total] = await Promise.all([
    findAuditEntries(db, filter, visible, params.dir, { limit: params.pageSize, offset: offsetOf(params) }),
    countAuditEntries(db, filter, visible),
  ]);
  return cappedPageOf(rows, total, listCountCap, params);
}

export async function exportAuditEntries(db: Queryable, actor: Actor | null, filter: AuditFilter, params: Pick<ListParams<AuditSort>, 'dir'>) {
  requirePermission(actor, 'audit.view');
  return findAuditEntries(db, filter, centersVisibleTo(actor, 'audit.view'), params.dir, { limit: maxExportRows, offset: 0 });
}

/** Suggestions for the entity type and action filters, from the entries the actor may see. */
export async function auditVocabulary(db: Queryable, actor: Actor | null) {
  requirePermission(actor, 'audit.view');
  return recentAuditVocabulary(db, centersVisibleTo(actor, 'audit.view'));
}
