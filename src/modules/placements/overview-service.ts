import type { Queryable } from '../../db/database.js';
import { type Actor, requirePermission } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { coordinatorReachOf } from './coordinator-reach.js';
import { countDueFollowUps, type FollowUpRow, type FollowUpSort, findDueFollowUps } from './follow-up-repo.js';

/** Follow-up list: placements whose follow-up day (start + 14 days) has come, in the actor's reach. */
export async function listDueFollowUps(db: Queryable, actor: Actor | null, params: ListParams<FollowUpSort>, now = new Date()): Promise<Page<FollowUpRow>> {
  const a = requirePermission(actor, 'placements.coordinate');
  const reach = coordinatorReachOf(a);
  const today = budapestDay(now);
  const [rows, total] = await Promise.all([
    findDueFollowUps(db, reach, today, params, { limit: params.pageSize, offset: offsetOf(params) }),
    countDueFollowUps(db, reach, today),
  ]);
  return pageOf(rows, total, params);
}

export async function exportDueFollowUps(db: Queryable, actor: Actor | null, order: Pick<ListParams<FollowUpSort>, 'sort' | 'dir'>, now = new Date()) {
  const a = requirePermission(actor, 'placements.coordinate');
  return findDueFollowUps(db, coordinatorReachOf(a), budapestDay(now), order, { limit: maxExportRows, offset: 0 });
}

/** For the dashboard: how many placements in the actor's reach are due for follow-up today. */
export async function countDueFollowUpsFor(db: Queryable, actor: Actor | null, now = new Date()): Promise<number> {
  return countDueFollowUps(db, coordinatorReachOf(requirePermission(actor, 'placements.coordinate')), budapestDay(now));
}
