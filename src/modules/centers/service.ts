import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, centersVisibleTo, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { type FieldErrors, FieldValidationError } from '../../platform/validation.js';
import { listCounties, placeLabel, resolvePlace } from '../places/service.js';
import {
  type CenterRow,
  type CenterValues,
  countCenters,
  findCenterById,
  findCenterIdByName,
  findCenterNames,
  findCenterNamesByIds,
  findCenterRecord,
  findCenters,
  insertCenter,
  updateCenterRow,
} from './repo.js';
import type { CenterInput, CenterSort } from './schema.js';

export type { CenterRow };
export type Center = CenterRow & { placeLabel: string | null };

function toCenter(row: CenterRow): Center {
  return {
    ...row,
    placeLabel: row.placeName && row.placeCounty ? placeLabel({ name: row.placeName, county: row.placeCounty }) : null,
  };
}

/** National admins list every center; center staff only their own (ADR 003). */
export async function listCenters(db: Queryable, actor: Actor | null, params: ListParams<CenterSort>): Promise<Page<Center>> {
  requirePermission(actor, 'centers.view');
  const visible = centersVisibleTo(actor, 'centers.view');
  const [rows, total] = await Promise.all([findCenters(db, visible, params, { limit: params.pageSize, offset: offsetOf(params) }), countCenters(db, visible)]);
  return pageOf(rows.map(toCenter), total, params);
}

/** The whole visible list in the on-screen order, for CSV/XLSX. */
export async function exportCenters(db: Queryable, actor: Actor | null, order: Pick<ListParams<CenterSort>, 'sort' | 'dir'>) {
  requirePermission(actor, 'centers.view');
  const rows = await findCenters(db, centersVisibleTo(actor, 'centers.view'), order, { limit: maxExportRows, offset: 0 });
  return rows.map(toCenter);
}

export async function countVisibleCenters(db: Queryable, actor: Actor | null): Promise<number> {
  requirePermission(actor, 'centers.view');
  return countCenters(db, centersVisibleTo(actor, 'centers.view'));
}

/** One center, for someone who may see it (404 when it does not exist, 403 for another tenant). */
export async function getCenter(db: Queryable, actor: Actor | null, centerId: string): Promise<Center> {
  requirePermission(actor, 'centers.view');
  const row = await findCenterById(db, centerId);
  if (!row) throw new NotFoundError('center');
  requirePermission(actor, 'centers.view', { centerId });
  return toCenter(row);
}

/**
 * A center as the frame of its Volunteer Points: anyone who may see or manage points of this center
 * (a point coordinator only through their point). Used by the points module.
 */
export async function getCenterForPoints(
  db: Queryable,
  actor: Actor | null,
  centerId: string,
  permission: 'points.view' | 'points.manage',
  pointId?: string,
): Promise<Center> {
  requirePermission(actor, permission);
  const row = await findCenterById(db, centerId);
  if (!row) throw new NotFoundError('center');
  requirePermission(actor, permission, { centerId, pointId });
  return toCenter(row);
}

/** Centers in which the actor holds the permission, in Hungarian order (grant form, filters). */
export async function centerChoices(db: Queryable, actor: Actor | null, permission: 'users.manage' | 'audit.view' | 'points.manage' | 'trainings.manage') {
  requirePermission(actor, permission);
  return findCenterNames(db, centersVisibleTo(actor, permission));
}

/** Names of centers by id, for showing tenants next to grants and audit entries. */
export async function centerNames(db: Queryable, actor: Actor | null, ids: string[]): Promise<Map<string, string>> {
  requirePermission(actor, 'admin.enter');
  const rows = await findCenterNamesByIds(db, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The 19 counties and Budapest, in Hungarian order, for the county select. */
export async function countyChoices(db: Queryable, actor: Actor | null): Promise<string[]> {
  requirePermission(actor, 'centers.manage');
  return listCounties(db);
}

type CenterRuleInput = { name?: string; county?: string; place?: string };

/**
 * Checks what zod cannot: the county exists, the seat is one settlement of it, the name is free.
 * Runs on whatever fields are filled in, so a rejected form shows every error at once.
 */
async function centerRuleCheck(db: Queryable, input: CenterRuleInput, exceptId?: string) {
  const errors: FieldErrors = {};
  let placeId: number | undefined;
  const countyKnown = input.county ? (await listCounties(db)).includes(input.county) : false;
  if (input.county && !countyKnown) errors.county = { key: 'validation.choice' };
  if (input.place) {
    const place = await resolvePlace(db, input.place);
    if (place.kind === 'none') errors.place = { key: 'places.error.notFound' };
    else if (place.kind === 'ambiguous') errors.place = { key: 'places.error.ambiguous' };
    else if (countyKnown && place.place.county !== input.county) {
      errors.place = { key: 'centers.error.seatOutsideCounty', params: { county: input.county as string } };
    } else placeId = place.place.id;
  }
  if (input.name) {
    const sameName = await findCenterIdByName(db, input.name);
    if (sameName && sameName !== exceptId) errors.name = { key: 'centers.error.nameTaken' };
  }
  return { errors, placeId };
}

/** The rule errors of a form zod already rejected, to show next to zod's own. */
export async function centerFormRuleErrors(db: Queryable, actor: Actor | null, posted: Record<string, string>, exceptId?: string): Promise<FieldErrors> {
  requirePermission(actor, 'centers.manage');
  const text = (v: string | undefined) => v?.trim() || undefined;
  return (await centerRuleCheck(db, { name: text(posted.name), county: text(posted.county), place: text(posted.place) }, exceptId)).errors;
}

async function centerValues(db: Queryable, input: CenterInput, exceptId?: string): Promise<CenterValues> {
  const { errors, placeId } = await centerRuleCheck(db, input, exceptId);
  if (Object.keys(errors).length || placeId === undefined) throw new FieldValidationError(errors);
  return {
    name: input.name,
    sortKey: hungarianSortKey(input.name),
    county: input.county,
    placeId,
    address: input.address,
    email: input.email,
    phone: input.phone,
    hostResponseWorkingDays: input.hostResponseDays,
  };
}

/** A unique violation means another request took the name between our check and the insert. */
function nameTakenOnRace(err: unknown): never {
  const code = (err as { code?: string; cause?: { code?: string } }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  if (code === '23505') throw new FieldValidationError({ name: { key: 'centers.error.nameTaken' } });
  throw err;
}

export async function createCenter(db: Database, actor: Actor | null, input: CenterInput): Promise<string> {
  const a = requirePermission(actor, 'centers.manage');
  const values = await centerValues(db, input);
  return db
    .transaction(async (tx) => {
      const row = await insertCenter(tx, values);
      await recordAudit(tx, { actorUserId: a.userId, centerId: row.id, action: 'create', entityType: 'center', entityId: row.id, after: row });
      return row.id;
    })
    .catch(nameTakenOnRace);
}

export async function updateCenter(db: Database, actor: Actor | null, centerId: string, input: CenterInput): Promise<void> {
  const a = requirePermission(actor, 'centers.manage');
  if (!(await findCenterById(db, centerId))) throw new NotFoundError('center');
  const values = await centerValues(db, input, centerId);
  await db
    .transaction(async (tx) => {
      const before = await findCenterRecord(tx, centerId);
      const after = await updateCenterRow(tx, centerId, values);
      if (!before || !after) throw new NotFoundError('center');
      await recordAudit(tx, { actorUserId: a.userId, centerId, action: 'update', entityType: 'center', entityId: centerId, before, after });
    })
    .catch(nameTakenOnRace);
}

/** What the edit form starts from. */
export function centerFormValues(center: Center): Record<string, string> {
  return {
    name: center.name,
    county: center.county,
    place: center.placeLabel ?? '',
    address: center.address ?? '',
    email: center.email ?? '',
    phone: center.phone ?? '',
    hostResponseDays: String(center.hostResponseWorkingDays),
  };
}
