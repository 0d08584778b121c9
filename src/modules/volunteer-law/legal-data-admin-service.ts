import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requirePermission } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import type { LegalAmountRow } from './legal-amounts.js';
import { type AmountChange, amountChanges, type DayKindChange, dayKindChanges, minimumWageTableWith } from './legal-data-preview.js';
import {
  countLegalAmounts,
  countSchoolPeriods,
  deleteLegalAmountRow,
  deleteSchoolPeriodRow,
  findAllSchoolPeriods,
  findLegalAmount,
  findLegalAmountIdOn,
  findLegalAmountPage,
  findSchoolPeriod,
  findSchoolPeriodPage,
  insertLegalAmount,
  insertSchoolPeriod,
  type LegalAmountRecord,
  type LegalAmountSort,
  type LegalAmountValues,
  type SchoolPeriodRecord,
  type SchoolPeriodSort,
  type SchoolPeriodValues,
  updateLegalAmountRow,
  updateSchoolPeriodRow,
} from './legal-data-repo.js';
import type { LegalAmountInput, SchoolPeriodInput } from './legal-data-schema.js';
import { loadMinimumWageTable, schoolCalendarOf } from './legal-data-service.js';
import { schoolYearHasNoBreaks, schoolYearOf } from './school-calendar.js';

/**
 * The national admin's pages of the legal data (ADR 016): lists for everyone in the admin area
 * (it is public law), changes for `legal.manage` only. Every change has a preview step that saves
 * nothing, and is audited with before/after.
 */

export type { LegalAmountRecord, SchoolPeriodRecord };

type Order<S extends string> = Pick<ListParams<S>, 'sort' | 'dir'>;

/** One legal-data table as the lists and the audited writes see it. */
type LegalDataTable<Rec extends { id: string }, Values, Sort extends string> = {
  entityType: 'legal_amount' | 'school_calendar_period';
  findPage(db: Queryable, order: Order<Sort>, window: { limit: number; offset: number }): Promise<Rec[]>;
  count(db: Queryable): Promise<number>;
  find(db: Queryable, id: string): Promise<Rec | undefined>;
  insert(db: Queryable, values: Values, userId: string): Promise<Rec>;
  update(db: Queryable, id: string, values: Values, userId: string): Promise<Rec | undefined>;
  remove(db: Queryable, id: string): Promise<void>;
};

const amountTable: LegalDataTable<LegalAmountRecord, LegalAmountValues, LegalAmountSort> = {
  entityType: 'legal_amount',
  findPage: findLegalAmountPage,
  count: countLegalAmounts,
  find: findLegalAmount,
  insert: insertLegalAmount,
  update: updateLegalAmountRow,
  remove: deleteLegalAmountRow,
};

const periodTable: LegalDataTable<SchoolPeriodRecord, SchoolPeriodValues, SchoolPeriodSort> = {
  entityType: 'school_calendar_period',
  findPage: findSchoolPeriodPage,
  count: countSchoolPeriods,
  find: findSchoolPeriod,
  insert: insertSchoolPeriod,
  update: updateSchoolPeriodRow,
  remove: deleteSchoolPeriodRow,
};

/** A page of the list: everyone in the admin area may read the law. */
async function listOf<Rec extends { id: string }, Sort extends string>(
  db: Queryable,
  actor: Actor | null,
  table: LegalDataTable<Rec, unknown, Sort>,
  params: ListParams<Sort>,
): Promise<Page<Rec>> {
  requirePermission(actor, 'admin.enter');
  const [rows, total] = await Promise.all([table.findPage(db, params, { limit: params.pageSize, offset: offsetOf(params) }), table.count(db)]);
  return pageOf(rows, total, params);
}

async function exportOf<Rec extends { id: string }, Sort extends string>(
  db: Queryable,
  actor: Actor | null,
  table: LegalDataTable<Rec, unknown, Sort>,
  order: Order<Sort>,
) {
  requirePermission(actor, 'admin.enter');
  return table.findPage(db, order, { limit: maxExportRows, offset: 0 });
}

async function getOf<Rec extends { id: string }>(db: Queryable, actor: Actor | null, table: LegalDataTable<Rec, never, string>, id: string): Promise<Rec> {
  requirePermission(actor, 'legal.manage');
  const row = await table.find(db, id);
  if (!row) throw new NotFoundError(table.entityType);
  return row;
}

/** Inserts (no `editingId`) or updates the row, audited with before/after, inside the caller's transaction. */
async function saveAudited<Rec extends { id: string }, Values>(
  tx: Queryable,
  table: LegalDataTable<Rec, Values, string>,
  userId: string,
  values: Values,
  editingId?: string,
): Promise<string> {
  if (!editingId) {
    const row = await table.insert(tx, values, userId);
    await recordAudit(tx, { actorUserId: userId, action: 'create', entityType: table.entityType, entityId: row.id, after: row });
    return row.id;
  }
  const before = await table.find(tx, editingId);
  const row = await table.update(tx, editingId, values, userId);
  if (!before || !row) throw new NotFoundError(table.entityType);
  await recordAudit(tx, { actorUserId: userId, action: 'update', entityType: table.entityType, entityId: row.id, before, after: row });
  return row.id;
}

async function deleteAudited<Rec extends { id: string }>(
  db: Database,
  actor: Actor | null,
  table: LegalDataTable<Rec, never, string>,
  id: string,
): Promise<void> {
  const a = requirePermission(actor, 'legal.manage');
  await db.transaction(async (tx) => {
    const before = await table.find(tx, id);
    if (!before) throw new NotFoundError(table.entityType);
    await table.remove(tx, id);
    await recordAudit(tx, { actorUserId: a.userId, action: 'delete', entityType: table.entityType, entityId: id, before });
  });
}

export const listLegalAmounts = (db: Queryable, actor: Actor | null, params: ListParams<LegalAmountSort>) => listOf(db, actor, amountTable, params);
export const exportLegalAmounts = (db: Queryable, actor: Actor | null, order: Order<LegalAmountSort>) => exportOf(db, actor, amountTable, order);
export const getLegalAmount = (db: Queryable, actor: Actor | null, id: string) => getOf(db, actor, amountTable, id);

const rowOf = (input: LegalAmountInput): LegalAmountRow => ({ effectiveFrom: input.effectiveFrom, monthlyMinimumWageFt: input.amount, source: input.source });

async function assertDayFree(db: Queryable, input: LegalAmountInput, editingId?: string): Promise<void> {
  const taken = await findLegalAmountIdOn(db, input.kind, input.effectiveFrom);
  if (taken && taken !== editingId) throw new FieldValidationError({ effectiveFrom: { key: 'legal.error.dayTaken' } });
}

/** What saving the amount would change (new, or replacing `editing`); saves nothing. */
export async function previewLegalAmount(db: Queryable, actor: Actor | null, input: LegalAmountInput, editingId?: string): Promise<AmountChange[]> {
  requirePermission(actor, 'legal.manage');
  const editing = editingId ? await getLegalAmount(db, actor, editingId) : undefined;
  await assertDayFree(db, input, editingId);
  const before = await loadMinimumWageTable(db);
  const after = minimumWageTableWith(before, { remove: editing?.effectiveFrom, put: rowOf(input) });
  return amountChanges(before, after, editing ? [editing.effectiveFrom, input.effectiveFrom] : [input.effectiveFrom]);
}

/** What deleting the amount would change; saves nothing. */
export async function previewLegalAmountDeletion(db: Queryable, actor: Actor | null, id: string): Promise<{ row: LegalAmountRecord; changes: AmountChange[] }> {
  const row = await getLegalAmount(db, actor, id);
  const before = await loadMinimumWageTable(db);
  return { row, changes: amountChanges(before, minimumWageTableWith(before, { remove: row.effectiveFrom }), [row.effectiveFrom]) };
}

export async function saveLegalAmount(db: Database, actor: Actor | null, input: LegalAmountInput, editingId?: string): Promise<string> {
  const a = requirePermission(actor, 'legal.manage');
  const values = { kind: input.kind, effectiveFrom: input.effectiveFrom, amountHuf: input.amount, source: input.source };
  return db.transaction(async (tx) => {
    await assertDayFree(tx, input, editingId);
    return saveAudited(tx, amountTable, a.userId, values, editingId);
  });
}

export const deleteLegalAmount = (db: Database, actor: Actor | null, id: string) => deleteAudited(db, actor, amountTable, id);

// --- School calendar ---

export const listSchoolPeriods = (db: Queryable, actor: Actor | null, params: ListParams<SchoolPeriodSort>) => listOf(db, actor, periodTable, params);
export const exportSchoolPeriods = (db: Queryable, actor: Actor | null, order: Order<SchoolPeriodSort>) => exportOf(db, actor, periodTable, order);
export const getSchoolPeriod = (db: Queryable, actor: Actor | null, id: string) => getOf(db, actor, periodTable, id);

/**
 * The current school year's label when no break of it is configured (its weekdays then all count
 * as school days: under-16s get the stricter term-time limits); null when it has breaks.
 */
export async function schoolYearWithoutBreaks(db: Queryable, actor: Actor | null, now: Date = new Date()): Promise<string | null> {
  requirePermission(actor, 'admin.enter');
  const today = budapestDay(now);
  return schoolYearHasNoBreaks(today, schoolCalendarOf(await findAllSchoolPeriods(db))) ? schoolYearOf(today).label : null;
}

type PeriodLike = { kind: SchoolPeriodRecord['kind']; name: string; startsOn: string; endsOn: string; source: string; id: string };

/** Days whose kind changes if `put` replaces the period `remove` (either may be absent). */
async function periodChanges(db: Queryable, change: { remove?: SchoolPeriodRecord; put?: PeriodLike }): Promise<DayKindChange[]> {
  const records = await findAllSchoolPeriods(db);
  const others = records.filter((r) => r.id !== change.remove?.id);
  const after = change.put ? [...others, { ...change.put, updatedByUserId: null, updatedAt: new Date() }] : others;
  const bounds = [change.remove, change.put].filter((p): p is PeriodLike => !!p);
  const from = bounds.map((p) => p.startsOn).sort()[0] as string;
  const to = bounds
    .map((p) => p.endsOn)
    .sort()
    .reverse()[0] as string;
  return dayKindChanges(schoolCalendarOf(records), schoolCalendarOf(after), from, to);
}

export async function previewSchoolPeriod(db: Queryable, actor: Actor | null, input: SchoolPeriodInput, editingId?: string): Promise<DayKindChange[]> {
  requirePermission(actor, 'legal.manage');
  const editing = editingId ? await getSchoolPeriod(db, actor, editingId) : undefined;
  return periodChanges(db, { remove: editing, put: { ...input, id: editingId ?? 'new' } });
}

export async function previewSchoolPeriodDeletion(
  db: Queryable,
  actor: Actor | null,
  id: string,
): Promise<{ row: SchoolPeriodRecord; changes: DayKindChange[] }> {
  const row = await getSchoolPeriod(db, actor, id);
  return { row, changes: await periodChanges(db, { remove: row }) };
}

export async function saveSchoolPeriod(db: Database, actor: Actor | null, input: SchoolPeriodInput, editingId?: string): Promise<string> {
  const a = requirePermission(actor, 'legal.manage');
  return db.transaction((tx) => saveAudited(tx, periodTable, a.userId, input, editingId));
}

export const deleteSchoolPeriod = (db: Database, actor: Actor | null, id: string) => deleteAudited(db, actor, periodTable, id);
