import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, can, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { FieldValidationError } from '../../platform/validation.js';
import { type Center, getCenterForPoints } from '../centers/service.js';
import { findPointLifecycle, findSetupItems, findStatusEvents, insertCandidate, recordStatusChange, upsertSetupItem } from './lifecycle-repo.js';
import { allowedTransitions, missingSetupItems, type PointStatus, transitionRefusal } from './lifecycle-rules.js';
import type { CandidateInput, SetupItemInput, TransitionInput } from './network-schema.js';
import { pointRuleCheck } from './service.js';

/**
 * A center the actor works on the point network of. Another center's staff get 404, as if it did not
 * exist; roles without the permission anywhere (volunteers, point coordinators) get 403.
 */
export async function getCenterForNetwork(db: Queryable, actor: Actor | null, centerId: string): Promise<Center> {
  requirePermission(actor, 'points.network');
  if (!can(actor, 'points.network', { centerId })) throw new NotFoundError('center');
  return getCenterForPoints(db, actor, centerId, 'points.view');
}

/** A point of a center the actor works on (404 for other centers' staff). */
export async function getPointForNetwork(db: Queryable, actor: Actor | null, pointId: string) {
  requirePermission(actor, 'points.network');
  const row = await findPointLifecycle(db, pointId);
  if (!row || !can(actor, 'points.network', { centerId: row.centerId })) throw new NotFoundError('point');
  return { ...row, status: row.status as PointStatus };
}

/** Everything the point's life-cycle page shows: the point, its steps, checklist and next steps. */
export async function pointLifecycle(db: Queryable, actor: Actor | null, pointId: string) {
  const point = await getPointForNetwork(db, actor, pointId);
  const [events, setup] = await Promise.all([findStatusEvents(db, pointId), findSetupItems(db, pointId)]);
  return { point, events, setup, transitions: allowedTransitions(point.status), missing: missingSetupItems(setup) };
}
export type PointLifecycle = Awaited<ReturnType<typeof pointLifecycle>>;

/** Scouts a candidate point in a center: created in `candidate`, with its first dated step. */
export async function createCandidatePoint(db: Database, actor: Actor | null, centerId: string, input: CandidateInput, today: string): Promise<string> {
  const center = await getCenterForNetwork(db, actor, centerId);
  const a = requirePermission(actor, 'points.network', { centerId });
  const { errors, placeId } = await pointRuleCheck(db, center, input);
  if (Object.keys(errors).length || placeId === undefined) throw new FieldValidationError(errors);
  const values = {
    name: input.name,
    sortKey: hungarianSortKey(input.name),
    placeId,
    address: input.address,
    email: input.email,
    phone: input.phone,
    hostInstitution: input.hostInstitution,
    hostKind: input.hostKind,
    contactName: input.contactName,
    notes: input.notes,
  };
  return db.transaction(async (tx) => {
    const row = await insertCandidate(tx, center.id, values, today, a.userId);
    await recordAudit(tx, { actorUserId: a.userId, centerId, action: 'create', entityType: 'point', entityId: row.id, after: row });
    return row.id;
  });
}

/** Takes one step of the life cycle; a step not allowed, or activating with the checklist open, is a field error. */
export async function changePointStatus(db: Database, actor: Actor | null, pointId: string, input: TransitionInput): Promise<void> {
  const point = await getPointForNetwork(db, actor, pointId);
  const a = requirePermission(actor, 'points.network', { centerId: point.centerId });
  const refusal = transitionRefusal(point.status, input.to, await findSetupItems(db, pointId));
  if (refusal === 'notAllowed') throw new FieldValidationError({ to: { key: 'points.error.transitionNotAllowed' } });
  if (refusal === 'checklistIncomplete') throw new FieldValidationError({ to: { key: 'points.error.checklistIncomplete' } });
  await db.transaction(async (tx) => {
    const { updated, event } = await recordStatusChange(tx, point, { to: input.to, on: input.on, note: input.note, actorUserId: a.userId });
    if (!updated) throw new NotFoundError('point');
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: point.centerId,
      action: 'status',
      entityType: 'point',
      entityId: pointId,
      before: { status: point.status },
      after: { status: input.to, on: input.on, note: input.note, eventId: event?.id },
    });
  });
}

/** Marks a setting-up checklist item done on a day (again: the day is corrected). */
export async function markSetupItem(db: Database, actor: Actor | null, pointId: string, input: SetupItemInput): Promise<void> {
  const point = await getPointForNetwork(db, actor, pointId);
  const a = requirePermission(actor, 'points.network', { centerId: point.centerId });
  await db.transaction(async (tx) => {
    const row = await upsertSetupItem(tx, pointId, input.item, input.doneOn);
    await recordAudit(tx, { actorUserId: a.userId, centerId: point.centerId, action: 'update', entityType: 'point_setup_item', entityId: pointId, after: row });
  });
}
