import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, can, requirePermission } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import type { Choice } from '../inquiries/choices-repo.js';
import { getPlace, type Place, requirePlace } from '../places/service.js';
import {
  type ActionFilter,
  type ActionRecord,
  type ActionRow,
  type ActionValues,
  countActions,
  deleteActionRow,
  findActionCenter,
  findActionRow,
  findActions,
  findActionsForExport,
  findStakeholderIdsOf,
  findStakeholdersOf,
  findTimeline,
  insertAction,
  lockAction,
  setActionStakeholders,
  updateActionRow,
} from './actions-repo.js';
import { type DocumentInfo, findDocumentsOf } from './documents-repo.js';
import { advocacyReachOf, requireAdvocacyCenter } from './policy.js';
import type { ActionFilterInput, ActionInput, ActionSort } from './schema.js';
import { findStakeholderChoices, findStakeholders, type StakeholderRow } from './stakeholders-repo.js';

/** Advocacy actions (issue 15): meetings, letters, proposals, consultation responses and events with their stakeholders. */

export function actionFilterOf(input: ActionFilterInput, now = new Date()): ActionFilter {
  const placeId = input.place && /^\d{1,9}$/.test(input.place) ? Number(input.place) : undefined;
  const followUpDueBy = input.followUp === 'due' ? budapestDay(now) : undefined;
  return { kind: input.kind, from: input.from, to: input.to, placeId, stakeholderId: input.stakeholder, followUpDueBy };
}

/**
 * The dashboard's next step: advocacy actions in the actor's reach whose follow-up day has come
 * (recording the outcome and clearing or moving the follow-up takes them off). Undefined without
 * the permission or with none due.
 */
export async function dueAdvocacyFollowUpsFor(db: Queryable, actor: Actor | null, now = new Date()): Promise<number | undefined> {
  if (!actor || !can(actor, 'advocacy.manage')) return undefined;
  const count = await countActions(db, advocacyReachOf(actor), { followUpDueBy: budapestDay(now) });
  return count > 0 ? count : undefined;
}

export async function listActions(db: Queryable, actor: Actor | null, filter: ActionFilter, params: ListParams<ActionSort>): Promise<Page<ActionRow>> {
  requirePermission(actor, 'advocacy.manage');
  const reach = advocacyReachOf(actor);
  const [items, total] = await Promise.all([findActions(db, reach, filter, params), countActions(db, reach, filter)]);
  return pageOf(items, total, params);
}

export function exportActions(db: Queryable, actor: Actor | null, filter: ActionFilter, params: ListParams<ActionSort>) {
  requirePermission(actor, 'advocacy.manage');
  return findActionsForExport(db, advocacyReachOf(actor), filter, params, maxExportRows);
}

/** The action's center, if the actor may work on it (404 otherwise). */
export async function actionCenter(db: Queryable, actor: Actor | null, id: string): Promise<{ a: Actor; centerId: string }> {
  requirePermission(actor, 'advocacy.manage');
  const centerId = await findActionCenter(db, id);
  return { a: requireAdvocacyCenter(actor, centerId, 'action'), centerId: centerId as string };
}

export type ActionDetail = { row: ActionRow; stakeholderIds: string[]; stakeholders: { id: string; name: string }[]; documents: DocumentInfo[] };

export async function getAction(db: Queryable, actor: Actor | null, id: string): Promise<ActionDetail> {
  await actionCenter(db, actor, id);
  const row = await findActionRow(db, id);
  if (!row) throw new NotFoundError('action');
  const [stakeholders, documents] = await Promise.all([findStakeholdersOf(db, id), findDocumentsOf(db, id)]);
  return { row, stakeholderIds: stakeholders.map((s) => s.id), stakeholders, documents };
}

export type StakeholderChoice = { id: string; name: string; kind: string };

/**
 * The stakeholder checkboxes of the form: the center's stakeholders whose name has `q`, and always the
 * ones already chosen (so filtering never drops a choice).
 */
export async function stakeholderChoicesFor(db: Queryable, actor: Actor | null, centerId: string, q: string, chosen: string[]): Promise<StakeholderChoice[]> {
  requireAdvocacyCenter(actor, centerId, 'center');
  const [matching, all] = await Promise.all([findStakeholderChoices(db, centerId, q), chosen.length ? findStakeholderChoices(db, centerId) : []]);
  const kept = all.filter((s) => chosen.includes(s.id) && !matching.some((m) => m.id === s.id));
  return [...kept, ...matching];
}

async function valuesOf(db: Queryable, centerId: string, input: ActionInput): Promise<ActionValues> {
  const place = input.place ? await requirePlace(db, 'place', input.place) : null;
  if (input.stakeholderIds.length) {
    const own = await findStakeholderChoices(db, centerId);
    if (input.stakeholderIds.some((id) => !own.some((s) => s.id === id))) throw new FieldValidationError({ stakeholderIds: { key: 'validation.choice' } });
  }
  return {
    kind: input.kind,
    title: input.title,
    goal: input.goal,
    heldOn: input.heldOn,
    placeId: place?.id ?? null,
    outcome: input.outcome,
    followUp: input.followUp,
    followUpOn: input.followUpOn ?? null,
  };
}

const auditAfter = (row: ActionRecord, stakeholderIds: string[]) => ({ ...row, stakeholderIds });

export async function createAction(db: Database, actor: Actor | null, center: Choice, input: ActionInput): Promise<string> {
  const a = requireAdvocacyCenter(actor, center.id, 'center');
  return db.transaction(async (tx) => {
    const row = await insertAction(tx, { ...(await valuesOf(tx, center.id, input)), centerId: center.id, createdBy: a.userId });
    await setActionStakeholders(tx, row.id, input.stakeholderIds);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: center.id,
      action: 'advocacy.action.create',
      entityType: 'advocacy_action',
      entityId: row.id,
      after: auditAfter(row, input.stakeholderIds),
    });
    return row.id;
  });
}

export async function updateAction(db: Database, actor: Actor | null, id: string, input: ActionInput): Promise<void> {
  const { a, centerId } = await actionCenter(db, actor, id);
  await db.transaction(async (tx) => {
    const before = await lockAction(tx, id);
    if (!before) throw new NotFoundError('action');
    const beforeIds = await findStakeholderIdsOf(tx, id);
    const after = await updateActionRow(tx, id, await valuesOf(tx, centerId, input));
    await setActionStakeholders(tx, id, input.stakeholderIds);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId,
      action: 'advocacy.action.update',
      entityType: 'advocacy_action',
      entityId: id,
      before: auditAfter(before, beforeIds),
      after: auditAfter(after, input.stakeholderIds),
    });
  });
}

/** Deletes the action with its stakeholder links and documents. */
export async function deleteAction(db: Database, actor: Actor | null, id: string): Promise<void> {
  const { a, centerId } = await actionCenter(db, actor, id);
  await db.transaction(async (tx) => {
    const before = await lockAction(tx, id);
    if (!before) throw new NotFoundError('action');
    const documents = await findDocumentsOf(tx, id);
    await deleteActionRow(tx, id);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId,
      action: 'advocacy.action.delete',
      entityType: 'advocacy_action',
      entityId: id,
      before: { ...before, documents: documents.map((d) => ({ id: d.id, fileName: d.fileName, sizeBytes: d.sizeBytes })) },
    });
  });
}

export type SettlementTimeline = { place: Place; actions: ActionRow[]; stakeholders: StakeholderRow[] };

/** A settlement's actions (newest first) and stakeholders, of the centers in the actor's reach. */
export async function settlementTimeline(db: Queryable, actor: Actor | null, placeId: number): Promise<SettlementTimeline> {
  requirePermission(actor, 'advocacy.manage');
  const place = await getPlace(db, placeId);
  if (!place) throw new NotFoundError('place');
  const reach = advocacyReachOf(actor);
  const [actions, stakeholders] = await Promise.all([
    findTimeline(db, reach, { placeId }),
    findStakeholders(db, reach, { placeId }, { page: 1, pageSize: 200, sort: 'name', dir: 'asc' }),
  ]);
  return { place, actions, stakeholders };
}
