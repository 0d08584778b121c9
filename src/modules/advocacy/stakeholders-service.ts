import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, permissions, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { type ListParams, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import type { Choice } from '../inquiries/choices-repo.js';
import { requirePlace } from '../places/service.js';
import { type ActionRow, findTimeline } from './actions-repo.js';
import { advocacyReachOf, requireAdvocacyCenter } from './policy.js';
import type { StakeholderFilterInput, StakeholderInput, StakeholderSort } from './schema.js';
import {
  countStakeholders,
  findAdvocacyStaff,
  findStakeholderCenter,
  findStakeholderRow,
  findStakeholders,
  findStakeholdersForExport,
  insertStakeholder,
  lockStakeholder,
  type StakeholderFilter,
  type StakeholderRecord,
  type StakeholderRow,
  type StakeholderValues,
  updateStakeholderRow,
} from './stakeholders-repo.js';

/**
 * Stakeholders of local advocacy (issue 15). A contact person's data is kept only with a legal basis
 * (the form and the database refuse it otherwise) and is removed on request: the audit trail records
 * only whether there was a contact and on what basis, never the name, e-mail or phone, so removing
 * the contact from the record removes it from Kapocs.
 */

export type StaffChoice = { id: string; familyName: string; givenName: string };

/** What the audit trail keeps of a stakeholder: everything but the contact person's data. */
function auditView(r: StakeholderRecord) {
  const { contactName, contactEmail, contactPhone, sortKey: _sortKey, ...rest } = r;
  return { ...rest, hasContact: !!(contactName || contactEmail || contactPhone) };
}

export function stakeholderFilterOf(input: StakeholderFilterInput & { place?: string }): StakeholderFilter {
  const placeId = input.place && /^\d{1,9}$/.test(input.place) ? Number(input.place) : undefined;
  return { q: input.q || undefined, kind: input.kind, placeId, ownerUserId: input.owner, tag: input.tag || undefined };
}

export async function listStakeholders(
  db: Queryable,
  actor: Actor | null,
  filter: StakeholderFilter,
  params: ListParams<StakeholderSort>,
): Promise<Page<StakeholderRow>> {
  requirePermission(actor, 'advocacy.manage');
  const reach = advocacyReachOf(actor);
  const [items, total] = await Promise.all([findStakeholders(db, reach, filter, params), countStakeholders(db, reach, filter)]);
  return pageOf(items, total, params);
}

export function exportStakeholders(db: Queryable, actor: Actor | null, filter: StakeholderFilter, params: ListParams<StakeholderSort>) {
  requirePermission(actor, 'advocacy.manage');
  return findStakeholdersForExport(db, advocacyReachOf(actor), filter, params, maxExportRows);
}

/** The staff of the center who may own a relationship (an owner who has left stays until changed). */
export function ownerChoices(db: Queryable, centerId: string): Promise<StaffChoice[]> {
  return findAdvocacyStaff(db, centerId, permissions['advocacy.manage']);
}

async function valuesOf(db: Queryable, centerId: string, input: StakeholderInput, before?: StakeholderRecord): Promise<StakeholderValues> {
  const place = input.place ? await requirePlace(db, 'place', input.place) : null;
  if (input.ownerUserId && input.ownerUserId !== before?.ownerUserId) {
    const staff = await ownerChoices(db, centerId);
    if (!staff.some((s) => s.id === input.ownerUserId)) throw new FieldValidationError({ ownerUserId: { key: 'validation.choice' } });
  }
  return {
    kind: input.kind,
    name: input.name,
    sortKey: hungarianSortKey(input.name),
    placeId: place?.id ?? null,
    ownerUserId: input.ownerUserId ?? null,
    tags: input.tags,
    notes: input.notes,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone,
    contactLegalBasis: input.contactLegalBasis ?? null,
  };
}

export async function createStakeholder(db: Database, actor: Actor | null, center: Choice, input: StakeholderInput): Promise<string> {
  const a = requireAdvocacyCenter(actor, center.id, 'center');
  return db.transaction(async (tx) => {
    const row = await insertStakeholder(tx, { ...(await valuesOf(tx, center.id, input)), centerId: center.id, createdBy: a.userId });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: center.id,
      action: 'advocacy.stakeholder.create',
      entityType: 'stakeholder',
      entityId: row.id,
      after: auditView(row),
    });
    return row.id;
  });
}

/** The stakeholder's center, if the actor may work on it (404 otherwise). */
export async function stakeholderCenter(db: Queryable, actor: Actor | null, id: string): Promise<{ a: Actor; centerId: string }> {
  requirePermission(actor, 'advocacy.manage');
  const centerId = await findStakeholderCenter(db, id);
  return { a: requireAdvocacyCenter(actor, centerId, 'stakeholder'), centerId: centerId as string };
}

export type StakeholderDetail = { row: StakeholderRow; timeline: ActionRow[] };

/** The stakeholder and its actions, newest first. */
export async function getStakeholder(db: Queryable, actor: Actor | null, id: string): Promise<StakeholderDetail> {
  await stakeholderCenter(db, actor, id);
  const row = await findStakeholderRow(db, id);
  if (!row) throw new NotFoundError('stakeholder');
  return { row, timeline: await findTimeline(db, [row.centerId], { stakeholderId: id }) };
}

export async function updateStakeholder(db: Database, actor: Actor | null, id: string, input: StakeholderInput): Promise<void> {
  const { a, centerId } = await stakeholderCenter(db, actor, id);
  await db.transaction(async (tx) => {
    const before = await lockStakeholder(tx, id);
    if (!before) throw new NotFoundError('stakeholder');
    const after = await updateStakeholderRow(tx, id, await valuesOf(tx, centerId, input, before));
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId,
      action: 'advocacy.stakeholder.update',
      entityType: 'stakeholder',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
  });
}

/** Clears the contact person's name, e-mail and phone and their legal basis (on request), audited. */
export async function eraseStakeholderContact(db: Database, actor: Actor | null, id: string): Promise<void> {
  const { a, centerId } = await stakeholderCenter(db, actor, id);
  await db.transaction(async (tx) => {
    const before = await lockStakeholder(tx, id);
    if (!before) throw new NotFoundError('stakeholder');
    const after = await clearContact(tx, before);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId,
      action: 'advocacy.stakeholder.contactErased',
      entityType: 'stakeholder',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
  });
}

/**
 * The contact of a (locked) stakeholder removed. The erasure of a person (src/modules/erasure/anonymiser.ts)
 * clears the contacts with their e-mail address the same way.
 */
function clearContact(db: Queryable, row: StakeholderRecord): Promise<StakeholderRecord> {
  return updateStakeholderRow(db, row.id, { contactName: null, contactEmail: null, contactPhone: null, contactLegalBasis: null, contactErasedAt: new Date() });
}
