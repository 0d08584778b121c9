import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { type ListParams, offsetOf, pageOf } from '../../platform/list-params.js';
import { distanceKm } from '../matching/distance.js';
import { resolvePlace } from '../places/service.js';
import { coverageOf, sortUncovered, type UncoveredSort } from './coverage.js';
import { getCenterForNetwork } from './lifecycle-service.js';
import { type ActivePointRow, findActivePoints, findCountySettlements, findCoverageKm, updateCoverageKm } from './network-repo.js';

/** The coverage of a center's county by its active points, with the uncovered settlements paged. */
export async function coverageOfCenter(db: Queryable, actor: Actor | null, centerId: string, params: ListParams<UncoveredSort>, all = false) {
  const center = await getCenterForNetwork(db, actor, centerId);
  const [settlements, active, radiusKm] = await Promise.all([
    findCountySettlements(db, center.county),
    findActivePoints(db, centerId),
    findCoverageKm(db, centerId),
  ]);
  const result = coverageOf(settlements, active, radiusKm);
  const sorted = sortUncovered(result.uncovered, params.sort, params.dir);
  const items = all ? sorted : sorted.slice(offsetOf(params), offsetOf(params) + params.pageSize);
  return { center, radiusKm, activePoints: active, ...result, page: pageOf(items, sorted.length, params) };
}
export type CenterCoverage = Awaited<ReturnType<typeof coverageOfCenter>>;

/** Sets the coverage distance of a center (its admins and national admins). */
export async function setCoverageKm(db: Database, actor: Actor | null, centerId: string, km: number): Promise<void> {
  await getCenterForNetwork(db, actor, centerId);
  const a = requirePermission(actor, 'points.manage', { centerId });
  await db.transaction(async (tx) => {
    const before = await findCoverageKm(tx, centerId);
    const after = await updateCoverageKm(tx, centerId, km);
    if (!after) throw new NotFoundError('center');
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId,
      action: 'update',
      entityType: 'center',
      entityId: centerId,
      before: { pointCoverageKm: before },
      after,
    });
  });
}

export type PublicPoint = ActivePointRow & { distanceKm: number | null };

/**
 * The public list of active points, paged; with a settlement, ordered by distance from it.
 * `place` is what the visitor typed; `placeError` says why it could not be used.
 */
export async function publicPoints(db: Queryable, search: { place?: string }, params: { page: number; pageSize: number }) {
  const rows = await findActivePoints(db);
  let origin: { name: string; lat: number; lon: number } | undefined;
  let placeError: 'places.error.notFound' | 'places.error.ambiguous' | undefined;
  if (search.place) {
    const found = await resolvePlace(db, search.place);
    if (found.kind === 'found') origin = { name: found.place.name, lat: found.place.lat, lon: found.place.lon };
    else placeError = found.kind === 'none' ? 'places.error.notFound' : 'places.error.ambiguous';
  }
  const all: PublicPoint[] = rows.map((r) => ({ ...r, distanceKm: origin ? distanceKm(origin.lat, origin.lon, r.lat, r.lon) : null }));
  if (origin) all.sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0));
  const start = offsetOf(params);
  return { origin, placeError, page: pageOf(all.slice(start, start + params.pageSize), all.length, params) };
}
