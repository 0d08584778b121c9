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
  causes: string[];
  skills: string[];
  lat: number | null;
  lon: number | null;
  organizationId: string;
  organizationName: string;
  placeName: string | null;
  placeCounty: string | null;
  /** published_at in microseconds since 1970 (PostgreSQL's precision); a missing one sorts first, as NULL does in `desc`. */
  publishedUs: number;
  /** Upcoming, not cancelled shifts in (starts_at, id) order: their starts in microseconds … */
  shiftStartsUs: Float64Array;
  /** … and their ids, 16 bytes each (PostgreSQL orders uuids by these bytes). */
  shiftIds: Uint8Array;
};

export type PublishedIndex = {
  byId: Map<string, IndexedOpportunity>;
  /** The search's order without a text query: published_at desc, id desc. */
  newestFirst: IndexedOpportunity[];
  /** Opportunities with coordinates by grid cell (cellKey): a radius search reads only the cells its box touches. */
  cells: Map<number, IndexedOpportunity[]>;
};

/** A cell is a tenth of a degree each way (about 11 × 7.5 km in Hungary). */
const cellsPerDegree = 10;
const cellOf = (degrees: number, offset: number) => Math.floor((degrees + offset) * cellsPerDegree);
export const cellKey = (lat: number, lon: number) => cellOf(lat, 90) * 10_000 + cellOf(lon, 180);

/** published_at desc, then id desc: the SQL `order by o.published_at desc, o.id desc` (uuid text order is its byte order). */
export function newerFirst(a: IndexedOpportunity, b: IndexedOpportunity): number {
  if (a.publishedUs !== b.publishedUs) return b.publishedUs - a.publishedUs;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

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

function addToCell(index: PublishedIndex, entry: IndexedOpportunity) {
  if (entry.lat === null || entry.lon === null) return;
  const key = cellKey(entry.lat, entry.lon);
  const cell = index.cells.get(key);
  if (cell) cell.push(entry);
  else index.cells.set(key, [entry]);
}

function removeFromCell(index: PublishedIndex, entry: IndexedOpportunity) {
  if (entry.lat === null || entry.lon === null) return;
  const key = cellKey(entry.lat, entry.lon);
  const cell = index.cells.get(key);
  const at = cell?.indexOf(entry) ?? -1;
  if (!cell || at < 0) return;
  cell.splice(at, 1);
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
  const at = lowerBound(index.newestFirst, (e) => newerFirst(e, entry) < 0);
  if (index.newestFirst[at] === entry) index.newestFirst.splice(at, 1);
  else index.newestFirst.splice(index.newestFirst.indexOf(entry), 1);
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

/** The opportunities with coordinates inside the box, from the cells it touches (unordered). */
export function entriesInBox(index: PublishedIndex, box: { minLat: number; maxLat: number; minLon: number; maxLon: number }): IndexedOpportunity[][] {
  const found: IndexedOpportunity[][] = [];
  for (let latCell = cellOf(box.minLat, 90); latCell <= cellOf(box.maxLat, 90); latCell++) {
    for (let lonCell = cellOf(box.minLon, 180); lonCell <= cellOf(box.maxLon, 180); lonCell++) {
      const cell = index.cells.get(latCell * 10_000 + lonCell);
      if (cell) found.push(cell);
    }
  }
  return found;
}

/** "0b9d…-…" → its 16 bytes, written at `offset` of `into`. */
export function writeUuidBytes(uuid: string, into: Uint8Array, offset: number): void {
  const hex = uuid.replaceAll('-', '');
  for (let i = 0; i < 16; i++) into[offset + i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
}

/** Compares shift `i` of `a` with shift `j` of `b` by (start, id), the SQL `order by s.starts_at, s.id`. */
export function compareShifts(a: IndexedOpportunity, i: number, b: IndexedOpportunity, j: number): number {
  const byStart = (a.shiftStartsUs[i] as number) - (b.shiftStartsUs[j] as number);
  if (byStart !== 0) return byStart;
  for (let k = 0; k < 16; k++) {
    const d = (a.shiftIds[i * 16 + k] as number) - (b.shiftIds[j * 16 + k] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/** The first shift of the opportunity starting in [fromUs, toUs), or -1. */
export function firstShiftIn(entry: IndexedOpportunity, fromUs: number, toUs: number): number {
  const starts = entry.shiftStartsUs;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] as number) < fromUs) low = mid + 1;
    else high = mid;
  }
  return low < starts.length && (starts[low] as number) < toUs ? low : -1;
}
