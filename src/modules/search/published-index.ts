/**
 * Every published opportunity of an approved organization, in memory (ADR 021): what the search
 * filters, sorts and lists without a text query. 100,000 opportunities and their million upcoming
 * shifts take about a hundred MB. Built and kept in step by published-index-sync.ts; queried by
 * indexed-search.ts. The entries hold what findHitDetails reads, so a page needs no SQL.
 */
export type IndexedOpportunity = {
  id: string;
  title: string;
  kind: string;
  remote: boolean;
  groupFriendly: boolean;
  minAge: number | null;
  /** What matching's pre-filter checks against the volunteer (the search does not filter on them). */
  requiresConduct: boolean;
  requiresHealth: boolean;
  causes: string[];
  skills: string[];
  lat: number | null;
  lon: number | null;
  /** cos(lat), the haversine's factor for this end, computed once as the distance would compute it. */
  cosLat: number;
  organizationId: string;
  organizationName: string;
  placeName: string | null;
  placeCounty: string | null;
  /** published_at in microseconds since 1970 (PostgreSQL's precision); a missing one sorts first, as NULL does in `desc`. */
  publishedUs: number;
  /**
   * Upcoming, not cancelled shifts in (starts_at, id) order: `shiftCount` of them from `shiftFrom` in
   * the block's buffers, which the opportunities of one loaded chunk share (no pair of typed-array
   * views per opportunity: ~14 MB less for 100,000).
   */
  shifts: ShiftBlock;
  shiftFrom: number;
  shiftCount: number;
};

/** publishedUs of an opportunity without published_at: it sorts first newest-first, as NULL does in `order by published_at desc`. */
export const unpublishedUs = Number.MAX_SAFE_INTEGER;

/** published_at as a Date of whole milliseconds, rounded up (the drivers' Dates may drop the microseconds either way). */
export function publishedAtAtLeast(entry: IndexedOpportunity): Date | null {
  return entry.publishedUs === unpublishedUs ? null : new Date(Math.ceil(entry.publishedUs / 1000));
}

/** Shift starts in microseconds, and ids as 16 bytes each (PostgreSQL orders uuids by these bytes). */
export type ShiftBlock = { startsUs: Float64Array; ids: Uint8Array };

/** The start of shift `i` of the entry, in microseconds. */
export const shiftStartUs = (entry: IndexedOpportunity, i: number): number => entry.shifts.startsUs[entry.shiftFrom + i] as number;

/** The starts of all the entry's shifts (tests). */
export const shiftStartsOf = (entry: IndexedOpportunity): number[] => Array.from({ length: entry.shiftCount }, (_, i) => shiftStartUs(entry, i));

export type PublishedIndex = {
  byId: Map<string, IndexedOpportunity>;
  /** The search's order without a text query: published_at desc, id desc. */
  newestFirst: IndexedOpportunity[];
  /** Opportunities with coordinates by grid cell (cellKey), each newest first: a radius search reads only the cells its box touches. */
  cells: Map<number, IndexedOpportunity[]>;
};

/** A cell is a tenth of a degree each way (about 11 × 7.5 km in Hungary). */
export const cellsPerDegree = 10;
const cellOf = (degrees: number, offset: number) => Math.floor((degrees + offset) * cellsPerDegree);
export const cellKey = (lat: number, lon: number) => cellOf(lat, 90) * 10_000 + cellOf(lon, 180);

/** published_at desc, then id desc: the SQL `order by o.published_at desc, o.id desc` (uuid text order is its byte order). */
export function newerFirst(a: IndexedOpportunity, b: IndexedOpportunity): number {
  if (a.publishedUs !== b.publishedUs) return b.publishedUs - a.publishedUs;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** PostgreSQL's radians(): the argument times π/180 (one rounding, unlike deg × π / 180). */
export const radiansPerDegree = Math.PI / 180;

/** Index of the first element not `before` the probe, in a sorted array. */
function lowerBound<T>(items: T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(items[mid] as T)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Removes the entry from a newest-first array. */
function removeSorted(items: IndexedOpportunity[], entry: IndexedOpportunity) {
  let at = lowerBound(items, (e) => newerFirst(e, entry) < 0);
  if (items[at] !== entry) at = items.indexOf(entry);
  if (at >= 0) items.splice(at, 1);
}

function addToCell(index: PublishedIndex, entry: IndexedOpportunity) {
  if (entry.lat === null || entry.lon === null) return;
  const key = cellKey(entry.lat, entry.lon);
  const cell = index.cells.get(key);
  if (cell)
    cell.splice(
      lowerBound(cell, (e) => newerFirst(e, entry) < 0),
      0,
      entry,
    );
  else index.cells.set(key, [entry]);
}

function removeFromCell(index: PublishedIndex, entry: IndexedOpportunity) {
  if (entry.lat === null || entry.lon === null) return;
  const key = cellKey(entry.lat, entry.lon);
  const cell = index.cells.get(key);
  if (!cell) return;
  removeSorted(cell, entry);
  if (cell.length === 0) index.cells.delete(key);
}

export function buildPublishedIndex(entries: IndexedOpportunity[]): PublishedIndex {
  const index: PublishedIndex = { byId: new Map(), newestFirst: [...entries].sort(newerFirst), cells: new Map() };
  for (const entry of index.newestFirst) {
    index.byId.set(entry.id, entry);
    addToCell(index, entry);
  }
  return index;
}

/** Drops an opportunity (no longer published, or its organization no longer approved). */
export function removeOpportunity(index: PublishedIndex, id: string): void {
  const entry = index.byId.get(id);
  if (!entry) return;
  index.byId.delete(id);
  removeSorted(index.newestFirst, entry);
  removeFromCell(index, entry);
}

/** Adds an opportunity, or replaces what the index held of it. */
export function putOpportunity(index: PublishedIndex, entry: IndexedOpportunity): void {
  removeOpportunity(index, entry.id);
  index.byId.set(entry.id, entry);
  index.newestFirst.splice(
    lowerBound(index.newestFirst, (e) => newerFirst(e, entry) < 0),
    0,
    entry,
  );
  addToCell(index, entry);
}

/** A grid cell: its entries (newest first) and its south-west corner. */
export type Cell = { entries: IndexedOpportunity[]; minLat: number; minLon: number };

/** The cells the box touches. */
export function cellsInBox(index: PublishedIndex, box: { minLat: number; maxLat: number; minLon: number; maxLon: number }): Cell[] {
  const found: Cell[] = [];
  for (let latCell = cellOf(box.minLat, 90); latCell <= cellOf(box.maxLat, 90); latCell++) {
    for (let lonCell = cellOf(box.minLon, 180); lonCell <= cellOf(box.maxLon, 180); lonCell++) {
      const entries = index.cells.get(latCell * 10_000 + lonCell);
      if (entries) found.push({ entries, minLat: latCell / cellsPerDegree - 90, minLon: lonCell / cellsPerDegree - 180 });
    }
  }
  return found;
}

/**
 * Visits the entries of newest-first lists in one newest-first order (a k-way merge) until
 * `visit` returns false.
 */
export function walkNewestFirst(lists: IndexedOpportunity[][], visit: (e: IndexedOpportunity) => boolean): void {
  const at = new Int32Array(lists.length);
  const head = (l: number) => (lists[l] as IndexedOpportunity[])[at[l] as number] as IndexedOpportunity;
  const heap = lists.flatMap((list, l) => (list.length ? [l] : []));
  const before = (a: number, b: number) => newerFirst(head(heap[a] as number), head(heap[b] as number)) < 0;
  const swap = (a: number, b: number) => {
    [heap[a], heap[b]] = [heap[b] as number, heap[a] as number];
  };
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let first = i;
      if (left < heap.length && before(left, first)) first = left;
      if (right < heap.length && before(right, first)) first = right;
      if (first === i) return;
      swap(i, first);
      i = first;
    }
  };
  for (let i = (heap.length >>> 1) - 1; i >= 0; i--) siftDown(i);
  while (heap.length) {
    const l = heap[0] as number;
    if (!visit(head(l))) return;
    at[l] = (at[l] as number) + 1;
    if ((at[l] as number) >= (lists[l] as IndexedOpportunity[]).length) {
      heap[0] = heap[heap.length - 1] as number;
      heap.pop();
    }
    siftDown(0);
  }
}

/** "0b9d…-…" → its 16 bytes, written at `offset` of `into`. */
export function writeUuidBytes(uuid: string, into: Uint8Array, offset: number): void {
  into.set(Buffer.from(uuid.replaceAll('-', ''), 'hex'), offset);
}

/** The id of shift `i` of the entry, as PostgreSQL writes a uuid. */
export function shiftIdAt(entry: IndexedOpportunity, i: number): string {
  const { ids } = entry.shifts;
  const hex = Buffer.from(ids.buffer, ids.byteOffset + (entry.shiftFrom + i) * 16, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Compares shift `i` of `a` with shift `j` of `b` by (start, id), the SQL `order by s.starts_at, s.id`. */
export function compareShifts(a: IndexedOpportunity, i: number, b: IndexedOpportunity, j: number): number {
  const byStart = shiftStartUs(a, i) - shiftStartUs(b, j);
  if (byStart !== 0) return byStart;
  const aAt = (a.shiftFrom + i) * 16;
  const bAt = (b.shiftFrom + j) * 16;
  for (let k = 0; k < 16; k++) {
    const d = (a.shifts.ids[aAt + k] as number) - (b.shifts.ids[bAt + k] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/** The first shift of the opportunity starting in [fromUs, toUs), or -1. */
export function firstShiftIn(entry: IndexedOpportunity, fromUs: number, toUs: number): number {
  let low = 0;
  let high = entry.shiftCount;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (shiftStartUs(entry, mid) < fromUs) low = mid + 1;
    else high = mid;
  }
  return low < entry.shiftCount && shiftStartUs(entry, low) < toUs ? low : -1;
}
