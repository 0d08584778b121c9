import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, can, centersVisibleTo, requirePermission } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import {
  type ConsultationActionRow,
  type ConsultationRow,
  type ConsultationSort,
  countConsultations,
  countOverdueActions,
  findActionsOf,
  findConsultations,
  insertConsultation,
  markActionDoneRow,
} from './consulting-repo.js';
import { getCenterForNetwork, getPointForNetwork } from './lifecycle-service.js';
import type { ConsultationInput } from './network-schema.js';

export type Consultation = ConsultationRow & { actions: ConsultationActionRow[] };

async function withActions(db: Queryable, rows: ConsultationRow[]): Promise<Consultation[]> {
  const actions = await findActionsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, actions: actions.filter((a) => a.consultationId === r.id) }));
}

/** Records a consultation with a point and the actions agreed at it. */
export async function addConsultation(db: Database, actor: Actor | null, pointId: string, input: ConsultationInput): Promise<string> {
  const point = await getPointForNetwork(db, actor, pointId);
  const a = requirePermission(actor, 'points.network', { centerId: point.centerId });
  return db.transaction(async (tx) => {
    const { actions: _actions, ...values } = input;
    const created = await insertConsultation(tx, point, values, input.actions, a.userId);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: point.centerId,
      action: 'create',
      entityType: 'point_consultation',
      entityId: created.consultation.id,
      after: created,
    });
    return created.consultation.id;
  });
}

/** Marks an agreed action done; one of another point, or already done, is a field error. */
export async function markConsultationActionDone(db: Database, actor: Actor | null, pointId: string, actionId: string): Promise<void> {
  const point = await getPointForNetwork(db, actor, pointId);
  const a = requirePermission(actor, 'points.network', { centerId: point.centerId });
  await db.transaction(async (tx) => {
    const row = await markActionDoneRow(tx, pointId, actionId);
    if (!row) throw new FieldValidationError({ actionId: { key: 'validation.choice' } });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: point.centerId,
      action: 'update',
      entityType: 'point_consultation_action',
      entityId: actionId,
      after: row,
    });
  });
}

/** The consultations with one point, newest first (all of them: a point has a few a year). */
export async function consultationsOfPoint(
  db: Queryable,
  actor: Actor | null,
  pointId: string,
  params: ListParams<ConsultationSort>,
): Promise<Page<Consultation>> {
  const point = await getPointForNetwork(db, actor, pointId);
  const where = { centerId: point.centerId, pointId };
  const [rows, total] = await Promise.all([
    findConsultations(db, where, params, { limit: params.pageSize, offset: offsetOf(params) }),
    countConsultations(db, where),
  ]);
  return pageOf(await withActions(db, rows), total, params);
}

/** The consulting log of a center, paged (or every row, for the export). */
export async function consultationsOfCenter(db: Queryable, actor: Actor | null, centerId: string, params: ListParams<ConsultationSort>, all = false) {
  const center = await getCenterForNetwork(db, actor, centerId);
  const where = { centerId };
  const page = all ? { limit: maxExportRows, offset: 0 } : { limit: params.pageSize, offset: offsetOf(params) };
  const [rows, total] = await Promise.all([findConsultations(db, where, params, page), countConsultations(db, where)]);
  return { center, page: pageOf(await withActions(db, rows), total, params) };
}

/** Overdue agreed actions in the centers where the actor works on the network (for the dashboard). */
export async function overdueConsultationActionsFor(db: Queryable, actor: Actor | null, now = new Date()) {
  if (!actor || !can(actor, 'points.network')) return undefined;
  const result = await countOverdueActions(db, centersVisibleTo(actor, 'points.network'), budapestDay(now));
  return result.count > 0 && result.centerId ? { count: result.count, centerId: result.centerId } : undefined;
}
