import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, centersVisibleTo, requirePermission } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { type FieldErrors, FieldValidationError } from '../../platform/validation.js';
import { type Center, getCenterForPoints } from '../centers/service.js';
import { placeLabel, resolvePlace } from '../places/service.js';
import { recordFirstStatus } from './lifecycle-repo.js';
import type { PointStatus } from './lifecycle-rules.js';
import {
  countGrantsOfPoint,
  countPointsOfCenters,
  deletePointRow,
  findPointById,
  findPointIdByName,
  findPointRecord,
  findPointsByIds,
  findPointsOfCenter,
  findPointsOfCenters,
  insertPoint,
  type PointRow,
  type PointValues,
  updatePointRow,
} from './repo.js';
import type { PointInput, PointSort } from './schema.js';

export type { PointSort };
export type Point = PointRow & { placeLabel: string };

function toPoint(row: PointRow): Point {
  return { ...row, placeLabel: placeLabel({ name: row.placeName, county: row.placeCounty }) };
}

/** Refused delete: role grants (or, later, other records) still belong to the point. */
export class PointInUseError extends Error {
  readonly statusCode = 409;
  constructor(readonly grantCount: number) {
    super('point in use');
  }
}

/** The Volunteer Points of one center, for anyone who may see that center's points. */
export async function listPointsOfCenter(
  db: Queryable,
  actor: Actor | null,
  centerId: string,
  params: ListParams<PointSort>,
  status?: PointStatus,
): Promise<Page<Point>> {
  requirePermission(actor, 'points.view', { centerId });
  const [rows, total] = await Promise.all([
    findPointsOfCenter(db, centerId, params, { limit: params.pageSize, offset: offsetOf(params) }, status),
    countPointsOfCenters(db, [centerId], status),
  ]);
  return pageOf(rows.map(toPoint), total, params);
}

export async function exportPointsOfCenter(
  db: Queryable,
  actor: Actor | null,
  centerId: string,
  order: Pick<ListParams<PointSort>, 'sort' | 'dir'>,
  status?: PointStatus,
) {
  requirePermission(actor, 'points.view', { centerId });
  return (await findPointsOfCenter(db, centerId, order, { limit: maxExportRows, offset: 0 }, status)).map(toPoint);
}

/** Points in the centers the actor may see (a point coordinator has no center-wide view). */
export async function countVisiblePoints(db: Queryable, actor: Actor | null): Promise<number> {
  requirePermission(actor, 'centers.view');
  return countPointsOfCenters(db, centersVisibleTo(actor, 'centers.view'));
}

/** The points where the actor holds a Volunteer Point role (their own points, for the dashboard). */
export async function pointsOfActor(db: Queryable, actor: Actor | null): Promise<Point[]> {
  const a = requirePermission(actor, 'points.view');
  const ids = a.grants.filter((g) => g.pointId).map((g) => g.pointId as string);
  return (await findPointsByIds(db, ids)).map(toPoint);
}

/** One point, for its own coordinators, its center's staff and national admins. */
export async function getPoint(db: Queryable, actor: Actor | null, pointId: string): Promise<Point> {
  requirePermission(actor, 'points.view');
  const row = await findPointById(db, pointId);
  if (!row) throw new NotFoundError('point');
  requirePermission(actor, 'points.view', { centerId: row.centerId, pointId });
  return toPoint(row);
}

/** A point the actor may edit or delete (national admin, or an admin of its center). */
export async function getPointToManage(db: Queryable, actor: Actor | null, pointId: string): Promise<Point & { grantCount: number }> {
  requirePermission(actor, 'points.manage');
  const row = await findPointById(db, pointId);
  if (!row) throw new NotFoundError('point');
  requirePermission(actor, 'points.manage', { centerId: row.centerId });
  return { ...toPoint(row), grantCount: await countGrantsOfPoint(db, pointId) };
}

/** The center a new point is being added to, if the actor may add one there. */
export function getCenterForNewPoint(db: Queryable, actor: Actor | null, centerId: string): Promise<Center> {
  return getCenterForPoints(db, actor, centerId, 'points.manage');
}

/** Points of the centers where the actor holds the permission (e.g. for the grant form). */
export async function pointChoices(db: Queryable, actor: Actor | null, permission: 'users.manage') {
  requirePermission(actor, permission);
  return (await findPointsOfCenters(db, centersVisibleTo(actor, permission))).map(toPoint);
}

/** Points by id, only those the actor may see (to name the tenant of a grant). */
export async function pointsByIds(db: Queryable, actor: Actor | null, ids: string[]): Promise<Point[]> {
  requirePermission(actor, 'admin.enter');
  return (await findPointsByIds(db, [...new Set(ids)])).map(toPoint);
}

/**
 * The settlement must be one place of the center's county, and the name free within the center.
 * Runs on whatever fields are filled in, so a rejected form shows every error at once.
 */
export async function pointRuleCheck(db: Queryable, center: Center, input: { name?: string; place?: string }, exceptId?: string) {
  const errors: FieldErrors = {};
  let placeId: number | undefined;
  if (input.place) {
    const place = await resolvePlace(db, input.place);
    if (place.kind === 'none') errors.place = { key: 'places.error.notFound' };
    else if (place.kind === 'ambiguous') errors.place = { key: 'places.error.ambiguous' };
    else if (place.place.county !== center.county) errors.place = { key: 'points.error.placeOutsideCounty', params: { county: center.county } };
    else placeId = place.place.id;
  }
  if (input.name && (await findPointIdByName(db, center.id, input.name, exceptId))) errors.name = { key: 'points.error.nameTaken' };
  return { errors, placeId };
}

/** The rule errors of a form zod already rejected, to show next to zod's own. */
export async function pointFormRuleErrors(
  db: Queryable,
  actor: Actor | null,
  centerId: string,
  posted: Record<string, string>,
  exceptId?: string,
  permission: 'points.manage' | 'points.view' = 'points.manage',
): Promise<FieldErrors> {
  const center = await getCenterForPoints(db, actor, centerId, permission);
  const text = (v: string | undefined) => v?.trim() || undefined;
  return (await pointRuleCheck(db, center, { name: text(posted.name), place: text(posted.place) }, exceptId)).errors;
}

async function pointValues(db: Queryable, center: Center, input: PointInput, exceptId?: string): Promise<PointValues> {
  const { errors, placeId } = await pointRuleCheck(db, center, input, exceptId);
  if (Object.keys(errors).length || placeId === undefined) throw new FieldValidationError(errors);
  return { name: input.name, sortKey: hungarianSortKey(input.name), placeId, address: input.address, email: input.email, phone: input.phone };
}

export async function createPoint(db: Database, actor: Actor | null, centerId: string, input: PointInput): Promise<string> {
  const center = await getCenterForNewPoint(db, actor, centerId);
  const a = requirePermission(actor, 'points.manage', { centerId });
  const values = await pointValues(db, center, input);
  return db.transaction(async (tx) => {
    const row = await insertPoint(tx, center.id, values);
    // A point entered by the admin's form works from today: its life starts as active, dated.
    await recordFirstStatus(tx, row.id, 'active', budapestDay(new Date()), a.userId);
    await recordAudit(tx, { actorUserId: a.userId, centerId, action: 'create', entityType: 'point', entityId: row.id, after: row });
    return row.id;
  });
}

export async function updatePoint(db: Database, actor: Actor | null, pointId: string, input: PointInput): Promise<void> {
  const point = await getPointToManage(db, actor, pointId);
  const center = await getCenterForPoints(db, actor, point.centerId, 'points.manage');
  const a = requirePermission(actor, 'points.manage', { centerId: center.id });
  const values = await pointValues(db, center, input, pointId);
  await db.transaction(async (tx) => {
    const before = await findPointRecord(tx, pointId);
    const after = await updatePointRow(tx, pointId, values);
    if (!before || !after) throw new NotFoundError('point');
    await recordAudit(tx, { actorUserId: a.userId, centerId: center.id, action: 'update', entityType: 'point', entityId: pointId, before, after });
  });
}

function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e.code === '23503' || e.cause?.code === '23503';
}

/**
 * Deletes a point nobody holds a role in. Grants are checked first for a clear message; the
 * foreign key still guards every other record that will refer to points (and a grant added meanwhile).
 */
export async function deletePoint(db: Database, actor: Actor | null, pointId: string): Promise<{ centerId: string }> {
  const point = await getPointToManage(db, actor, pointId);
  const a = requirePermission(actor, 'points.manage', { centerId: point.centerId });
  if (point.grantCount > 0) throw new PointInUseError(point.grantCount);
  try {
    await db.transaction(async (tx) => {
      const before = await deletePointRow(tx, pointId);
      if (!before) throw new NotFoundError('point');
      await recordAudit(tx, { actorUserId: a.userId, centerId: point.centerId, action: 'delete', entityType: 'point', entityId: pointId, before });
    });
  } catch (err) {
    if (isForeignKeyViolation(err)) throw new PointInUseError(await countGrantsOfPoint(db, pointId));
    throw err;
  }
  return { centerId: point.centerId };
}

/** What the edit form starts from. */
export function pointFormValues(point: Point): Record<string, string> {
  return { name: point.name, place: point.placeLabel, address: point.address ?? '', email: point.email ?? '', phone: point.phone ?? '' };
}
