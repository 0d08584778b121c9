import { addDays, budapestDayStart } from '../../platform/budapest-time.js';
import { centreOf, distanceKm, withinRadius } from './index-geometry.js';
import { nearestFirst } from './nearest-first.js';
import {
  cellsInBox,
  compareShifts,
  firstShiftIn,
  type IndexedOpportunity,
  newerFirst,
  type PublishedIndex,
  shiftStartUs,
  walkNewestFirst,
} from './published-index.js';
import type { SearchFilter, SearchHitRow } from './repo.js';
import type { SearchSort } from './schema.js';

/**
 * A search without a text query answered from the in-process index (ADR 021), with the same
 * filters, order and capped count as the SQL in repo.ts: whereOf, findRankedHitIds,
 * findDatedHitIds/findUndatedHitIds, countSearchHits and findHitDetails. A text query stays with
 * the database (its Hungarian stemming and ts_rank are PostgreSQL's).
 */

/** The shift window in microseconds: [now or the "from" day's Budapest midnight, the day after "to"). */
function windowOf(f: SearchFilter, nowMs: number): { fromUs: number; toUs: number } {
  const fromMs = f.fromDay ? Math.max(nowMs, budapestDayStart(f.fromDay).getTime()) : nowMs;
  const toUs = f.toDay ? budapestDayStart(addDays(f.toDay, 1)).getTime() * 1000 : Number.POSITIVE_INFINITY;
  return { fromUs: fromMs * 1000, toUs };
}

const overlaps = (values: string[], wanted: Set<string>) => values.some((v) => wanted.has(v));

/** whereOf without the text query: does the opportunity match every filter? */
function matcherOf(f: SearchFilter, window: { fromUs: number; toUs: number }): (e: IndexedOpportunity) => boolean {
  const causes = new Set(f.causes);
  const skills = new Set(f.skills);
  const dated = Boolean(f.fromDay || f.toDay);
  const { near } = f;
  const inRadius = near ? withinRadius(near) : undefined;
  return (e) => {
    if (near && inRadius) {
      const { box } = near;
      if (e.lat === null || e.lon === null || e.lat < box.minLat || e.lat > box.maxLat || e.lon < box.minLon || e.lon > box.maxLon) return false;
      if (!inRadius(e)) return false;
    }
    if (causes.size && !overlaps(e.causes, causes)) return false;
    if (skills.size && !overlaps(e.skills, skills)) return false;
    if (f.remote && !e.remote) return false;
    if (f.age !== undefined && e.minAge !== null && e.minAge > f.age) return false;
    if (f.groupFriendly && !e.groupFriendly) return false;
    return !dated || firstShiftIn(e, window.fromUs, window.toUs) >= 0;
  };
}

/** The `k` first items by `compare`, in order: a bounded insertion for a small page, a full sort otherwise. */
function firstInOrder<T>(items: T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (k * 8 >= items.length) return [...items].sort(compare).slice(0, k);
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === k && compare(item, kept[k - 1] as T) >= 0) continue;
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1] as T) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > k) kept.pop();
  }
  return kept;
}

type Candidates = { lists: IndexedOpportunity[][]; size: number };

/**
 * Newest first, the candidates are walked in order (a merge of the cells) only when there are
 * many more of them than the walk needs: reading a few thousand unordered is cheaper.
 */
const walkFactor = 4;

/** The nearest-first reading keeps the page in order by insertion: for pages up to this far in. */
const nearestFirstMaxPage = 400;

/** Where the matches can be: the grid cells of a radius search's box, or every opportunity. */
function candidatesOf(index: PublishedIndex, f: SearchFilter): Candidates {
  const lists = f.near ? cellsInBox(index, f.near.box).map((c) => c.entries) : [index.newestFirst];
  return { lists, size: lists.reduce((n, list) => n + list.length, 0) };
}

function matchesIn(candidates: Candidates, matches: (e: IndexedOpportunity) => boolean): IndexedOpportunity[] {
  const found: IndexedOpportunity[] = [];
  for (const list of candidates.lists) for (const e of list) if (matches(e)) found.push(e);
  return found;
}

export type IndexedHits = { rows: SearchHitRow[]; counted: number };

/**
 * One page of a search without a text query, and the matches counted up to `cap` + 1. A radius
 * search reads only the grid cells of its box. Newest first (no text, no other sort), it walks
 * the candidates in that order and stops once it has the page and the capped count; by distance
 * or date it sorts what matched.
 */
export function searchPublishedIndex(
  index: PublishedIndex,
  f: SearchFilter,
  sort: SearchSort,
  page: { limit: number; offset: number },
  cap: number,
  nowMs: number,
): IndexedHits {
  const window = windowOf(f, nowMs);
  const matches = matcherOf(f, window);
  const candidates = candidatesOf(index, f);
  const wanted = page.offset + page.limit;
  let found: IndexedOpportunity[];
  let ordered: IndexedOpportunity[];
  const enough = Math.max(cap + 1, wanted);
  if (sort === 'relevance' && candidates.size > walkFactor * enough) {
    // Many candidates, newest first: walk them in that order and stop at the page and the capped count.
    found = [];
    walkNewestFirst(candidates.lists, (e) => {
      if (matches(e)) found.push(e);
      return found.length < enough;
    });
    ordered = found;
  } else if (sort === 'distance' && f.near && wanted <= nearestFirstMaxPage) {
    // By distance: the cells nearest the centre first, until the page and the capped count are settled.
    const nearest = nearestFirst(cellsInBox(index, f.near.box), centreOf(f.near), matches, wanted, cap);
    return { rows: nearest.ordered.slice(page.offset, wanted).map((e) => hitRowOf(e, f, window)), counted: nearest.counted };
  } else {
    found = matchesIn(candidates, matches);
    ordered = firstInOrder(found, wanted, comparatorOf(f, sort, window));
  }
  const rows = ordered.slice(page.offset, wanted).map((e) => hitRowOf(e, f, window));
  return { rows, counted: Math.min(found.length, cap + 1) };
}

function comparatorOf(f: SearchFilter, sort: SearchSort, window: { fromUs: number; toUs: number }) {
  const { near } = f;
  if (sort === 'distance' && near) {
    const centre = centreOf(near);
    const distances = new Map<IndexedOpportunity, number>();
    const distanceOf = (e: IndexedOpportunity) => {
      let d = distances.get(e);
      if (d === undefined) {
        d = distanceKm(centre, e);
        distances.set(e, d);
      }
      return d;
    };
    return (a: IndexedOpportunity, b: IndexedOpportunity) => distanceOf(a) - distanceOf(b) || newerFirst(a, b);
  }
  if (sort === 'date') {
    const firsts = new Map<IndexedOpportunity, number>();
    const firstOf = (e: IndexedOpportunity) => {
      let i = firsts.get(e);
      if (i === undefined) {
        i = firstShiftIn(e, window.fromUs, window.toUs);
        firsts.set(e, i);
      }
      return i;
    };
    // The matches with a shift in the window by their first one, then the others newest first.
    return (a: IndexedOpportunity, b: IndexedOpportunity) => {
      const i = firstOf(a);
      const j = firstOf(b);
      if (i >= 0 && j >= 0) return compareShifts(a, i, b, j);
      if (i >= 0 || j >= 0) return i >= 0 ? -1 : 1;
      return newerFirst(a, b);
    };
  }
  return newerFirst;
}

function hitRowOf(e: IndexedOpportunity, f: SearchFilter, window: { fromUs: number; toUs: number }): SearchHitRow {
  const next = firstShiftIn(e, window.fromUs, window.toUs);
  return {
    id: e.id,
    title: e.title,
    kind: e.kind,
    remote: e.remote,
    group_friendly: e.groupFriendly,
    min_age: e.minAge,
    causes: e.causes,
    lat: e.lat,
    lon: e.lon,
    organization_id: e.organizationId,
    organization_name: e.organizationName,
    place_name: e.placeName,
    place_county: e.placeCounty,
    distance_km: f.near && e.lat !== null && e.lon !== null ? distanceKm(centreOf(f.near), e) : null,
    next_shift_at: next >= 0 ? new Date(shiftStartUs(e, next) / 1000) : null,
  };
}
