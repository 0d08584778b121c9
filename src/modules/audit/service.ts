import type { Queryable } from '../../db/database.js';
import { type Actor, centersVisibleTo, requirePermission } from '../../platform/authz.js';
import { listCountCap } from '../../platform/count-up-to.js';
import { maxExportRows } from '../../platform/export.js';
import { cappedPageOf, type KeysetCursor, type ListParams, offsetOf, type Page } from '../../platform/list-params.js';
import { memoPerDatabase } from '../../platform/memo-per-database.js';
import { type AuditRow, countAuditEntries, findAuditEntries, isAuditKey, recentAuditVocabulary } from './repo.js';
import type { AuditFilter, AuditSort } from './schema.js';

export type { AuditRow };

/**
 * National admins read the whole trail; a center admin the entries recorded under their center
 * (every write records the center it belongs to).
 */
export async function listAuditEntries(
  db: Queryable,
  actor: Actor | null,
  filter: AuditFilter,
  params: ListParams<AuditSort>,
  cursor: KeysetCursor = {},
): Promise<Page<AuditRow>> {
  requirePermission(actor, 'audit.view');
  const visible = centersVisibleTo(actor, 'audit.view');
  // One row more than a page tells whether the list goes on in the direction read.
  const [read, total] = await Promise.all([
    findAuditEntries(db, filter, visible, params.dir, { limit: params.pageSize + 1, offset: offsetOf(params) }, cursor),
    countAuditEntries(db, filter, visible),
  ]);
  const backwards = isAuditKey(cursor.before);
  const more = read.length > params.pageSize;
  const rows = backwards ? read.slice(-params.pageSize) : read.slice(0, params.pageSize);
  const cursors = {
    next: (backwards || more) && rows.length ? rows[rows.length - 1]?.key : undefined,
    previous: rows[0]?.key,
  };
  return { ...cappedPageOf(rows, total, listCountCap, params), cursors };
}

export async function exportAuditEntries(db: Queryable, actor: Actor | null, filter: AuditFilter, params: Pick<ListParams<AuditSort>, 'dir'>) {
  requirePermission(actor, 'audit.view');
  return findAuditEntries(db, filter, centersVisibleTo(actor, 'audit.view'), params.dir, { limit: maxExportRows, offset: 0 });
}

/** The suggestions change only with new kinds of entries: a minute's delay spares every page a query. */
const vocabularies = memoPerDatabase<Awaited<ReturnType<typeof recentAuditVocabulary>>>(60_000);

/** Suggestions for the entity type and action filters, from the entries the actor may see (kept a minute per set of centers). */
export async function auditVocabulary(db: Queryable, actor: Actor | null): Promise<Awaited<ReturnType<typeof recentAuditVocabulary>>> {
  requirePermission(actor, 'audit.view');
  const visible = centersVisibleTo(actor, 'audit.view');
  const key = visible === 'all' ? 'all' : [...visible].sort().join(',');
  return vocabularies(db, key, () => recentAuditVocabulary(db, visible));
}
