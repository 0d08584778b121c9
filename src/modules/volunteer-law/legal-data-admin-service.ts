import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requirePermission } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, type Page, offsetOf, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import type { LegalAmountRow } from './legal-amounts.js';
import { type AmountChange, type DayKindChange, amountChanges, dayKindChanges, minimumWageTableWith } from './legal-data-preview.js';
import {
  type LegalAmountRecord,
  type LegalAmountSort,
  type SchoolPeriodRecord,
  type SchoolPeriodSort,
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

export async function listLegalAmounts(db: Queryable, actor: Actor | null, params: ListParams<LegalAmountSort>): Promise<Page<LegalAmountRecord>> {
  requirePermission(actor, 'admin.enter');
  const [rows, total] = await Promise.all([findLegalAmountPage(db, params, { limit: params.pageSize, offset: offsetOf(params) }), countLegalAmounts(db)]);
  return pageOf(rows, total, params);
}

export async function exportLegalAmounts(db: Queryable, actor: Actor | null, order: Pick<ListParams<LegalAmountSort>, 'sort' | 'dir'>) {
  requirePermission(actor, 'admin.enter');
  return findLegalAmountPage(db, order, { limit: maxExportRows, offset: 0 });
}

export async function getLegalAmount(db: Queryable, actor: Actor | null, id: string): Promise<LegalAmountRecord> {
  requirePermission(actor, 'legal.manage');
  const row = await findLegalAmount(db, id);
  if (!row) throw new NotFoundError('legal_amount');
  return row;
}

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
    if (!editingId) {
      const row = await insertLegalAmount(tx, values, a.userId);
      await recordAudit(tx, { actorUserId: a.userId, action: 'create', entityType: 'legal_amount', entityId: row.id, after: row });
      return row.id;
    }
    const before = await findLegalAmount(tx, editingId);
    const row = await updateLegalAmountRow(tx, editingId, values, a.userId);
    if (!before || !row) throw new NotFoundError('legal_amount');
    await recordAudit(tx, { actorUserId: a.userId, action: 'update', entityType: 'legal_amount', entityId: row.id, before, after: row });
    return row.id;
  });
}

export async function deleteLegalAmount(db: Database, actor: Actor | null, id: string): Promise<void> {
  const a = requirePermission(actor, 'legal.manage');
  await db.transaction(async (tx) => {
    const before = await findLegalAmount(tx, id);
    if (!before) throw new NotFoundError('legal_amount');
    await deleteLegalAmountRow(tx, id);
    await recordAudit(tx, { actorUserId: a.userId, action: 'delete', entityType: 'legal_amount', entityId: id, before });
  });
}

// --- School calendar ---

export async function listSchoolPeriods(db: Queryable, actor: Actor | null, params: ListParams<SchoolPeriodSort>): Promise<Page<SchoolPeriodRecord>> {
  requirePermission(actor, 'admin.enter');
  const [rows, total] = await Promise.all([findSchoolPeriodPage(db, params, { limit: params.pageSize, offset: offsetOf(params) }), countSchoolPeriods(db)]);
  return pageOf(rows, total, params);
}

export async function exportSchoolPeriods(db: Queryable, actor: Actor | null, order: Pick<ListParams<SchoolPeriodSort>, 'sort' | 'dir'>) {
  requirePermission(actor, 'admin.enter');
  return findSchoolPeriodPage(db, order, { limit: maxExportRows, offset: 0 });
}

export async function getSchoolPeriod(db: Queryable, actor: Actor | null, id: string): Promise<SchoolPeriodRecord> {
  requirePermission(actor, 'legal.manage');
  const row = await findSchoolPeriod(db, id);
  if (!row) throw new NotFoundError('school_calendar_period');
  return row;
}

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
  const to = bounds.map((p) => p.endsOn).sort().reverse()[0] as string;
  return dayKindChanges(schoolCalendarOf(records), schoolCalendarOf(after), from, to);
}

export async function previewSchoolPeriod(db: Queryable, actor: Actor | null, input: SchoolPeriodInput, editingId?: string): Promise<DayKindChange[]> {
  requirePermission(actor, 'legal.manage');
  const editing = editingId ? await getSchoolPeriod(db, actor, editingId) : undefined;
  return periodChanges(db, { remove: editing, put: { ...input, id: editingId ?? 'new' } });
}

export async function previewSchoolPeriodDeletion(db: Queryable, actor: Actor | null, id: string): Promise<{ row: SchoolPeriodRecord; changes: DayKindChange[] }> {
  const row = await getSchoolPeriod(db, actor, id);
  return { row, changes: await periodChanges(db, { remove: row }) };
}

export async function saveSchoolPeriod(db: Database, actor: Actor | null, input: SchoolPeriodInput, editingId?: string): Promise<string> {
  const a = requirePermission(actor, 'legal.manage');
  return db.transaction(async (tx) => {
    if (!editingId) {
      const row = await insertSchoolPeriod(tx, input, a.userId);
      await recordAudit(tx, { actorUserId: a.userId, action: 'create', entityType: 'school_calendar_period', entityId: row.id, after: row });
      return row.id;
    }
    const before = await findSchoolPeriod(tx, editingId);
    const row = await updateSchoolPeriodRow(tx, editingId, input, a.userId);
    if (!before || !row) throw new NotFoundError('school_calendar_period');
    await recordAudit(tx, { actorUserId: a.userId, action: 'update', entityType: 'school_calendar_period', entityId: row.id, before, after: row });
    return row.id;
  });
}

export async function deleteSchoolPeriod(db: Database, actor: Actor | null, id: string): Promise<void> {
  const a = requirePermission(actor, 'legal.manage');
  await db.transaction(async (tx) => {
    const before = await findSchoolPeriod(tx, id);
    if (!before) throw new NotFoundError('school_calendar_period');
    await deleteSchoolPeriodRow(tx, id);
    await recordAudit(tx, { actorUserId: a.userId, action: 'delete', entityType: 'school_calendar_period', entityId: id, before });
  });
}
