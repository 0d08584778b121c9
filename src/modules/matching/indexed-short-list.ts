import { cellsInBox, type IndexedOpportunity, type PublishedIndex, shiftStartUs, unpublishedUs } from '../search/service.js';
import type { BoundingBox } from './distance.js';
import type { OpportunityFilter } from './repo.js';

/**
 * The pre-filter of "opportunities for a volunteer" read from the search's in-process index of
 * published opportunities of approved organizations (ADR 021, ADR 022) instead of the geo range,
 * sort and probes of findNearbyOpportunities / findRemoteOpportunities: the same conditions and the
 * same order, so the same short list. Only the short list's rows are then read from the database.
 */
export type IndexedShortListFilter = Pick<OpportunityFilter, 'now' | 'maxAge' | 'causes' | 'skills' | 'conductClear' | 'healthFit' | 'earliestStart'> & {
  /** The opportunities this volunteer has any application for (the SQL's `not exists`). */
  applied: ReadonlySet<string>;
};

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** cheapOpportunityConditions and probedOpportunityConditions of repo.ts, on one entry. */
function openFor(f: IndexedShortListFilter): (e: IndexedOpportunity) => boolean {
  const ongoingOpen = f.earliestStart.getTime() <= f.now.getTime();
  const earliestUs = f.earliestStart.getTime() * 1000;
  return (e) => {
    if (f.maxAge !== null && e.minAge !== null && e.minAge > f.maxAge) return false;
    if ((e.requiresConduct && !f.conductClear) || (e.requiresHealth && !f.healthFit)) return false;
    if (f.applied.has(e.id)) return false;
    // The index holds shifts from its load on, not cancelled, in start order: the last is the latest.
    return (e.kind === 'ongoing' && ongoingOpen) || (e.shiftCount > 0 && shiftStartUs(e, e.shiftCount - 1) > earliestUs);
  };
}

const inBox = (e: IndexedOpportunity, b: BoundingBox) =>
  (e.lat as number) >= b.minLat && (e.lat as number) <= b.maxLat && (e.lon as number) >= b.minLon && (e.lon as number) <= b.maxLon;

/** On-site opportunities in the ring, by `cause_hit desc, skill_hit desc, published_at desc nulls last, id` (findNearbyOpportunities). */
export function nearbyShortList(
  index: PublishedIndex,
  f: IndexedShortListFilter,
  box: BoundingBox,
  inner: BoundingBox | null,
  limit: number,
): IndexedOpportunity[] {
  const open = openFor(f);
  const found: { e: IndexedOpportunity; rank: number; published: number }[] = [];
  for (const cell of cellsInBox(index, box)) {
    for (const e of cell.entries) {
      if (e.remote || !inBox(e, box) || (inner && inBox(e, inner)) || !open(e)) continue;
      const rank = (overlaps(e.causes, f.causes) ? 2 : 0) + (overlaps(e.skills, f.skills) ? 1 : 0);
      // A missing published_at comes last here (`desc nulls last`), first in the index's own order.
      found.push({ e, rank, published: e.publishedUs === unpublishedUs ? Number.NEGATIVE_INFINITY : e.publishedUs });
    }
  }
  found.sort((a, b) => b.rank - a.rank || b.published - a.published || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
  return found.slice(0, limit).map((x) => x.e);
}

/** The newest open remote opportunities (findRemoteOpportunities: `order by published_at desc`). */
export function remoteShortList(index: PublishedIndex, f: IndexedShortListFilter, limit: number): IndexedOpportunity[] {
  const open = openFor(f);
  const found: IndexedOpportunity[] = [];
  for (const e of index.newestFirst) {
    if (found.length >= limit) break;
    if (e.remote && open(e)) found.push(e);
  }
  return found;
}
