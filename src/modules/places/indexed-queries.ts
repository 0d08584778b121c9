import { compareSortKeys, type IndexedPlace, type PlaceIndex, placesWithKey, placesWithKeyPrefix } from './place-index.js';
import type { CountyTotalRow, PlaceFilter, PlaceOrder, PlaceRow } from './repo.js';

/**
 * repo.ts's settlement queries answered from the in-memory index, with the same rows in the same
 * order as its SQL (place-index.int.test.ts compares the two on both engines).
 */
type Compare = (a: IndexedPlace, b: IndexedPlace) => number;

const byId: Compare = (a, b) => a.id - b.id;
const desc =
  (compare: Compare): Compare =>
  (a, b) =>
    compare(b, a);
const thenBy =
  (...compares: Compare[]): Compare =>
  (a, b) => {
    for (const compare of compares) {
      const d = compare(a, b);
      if (d !== 0) return d;
    }
    return 0;
  };
const bySortKey: Compare = (a, b) => compareSortKeys(a.sortKey, b.sortKey);
const byPopulation: Compare = (a, b) => a.population - b.population;
/** false before true, as SQL orders booleans ascending. */
const byFlag =
  (flag: (p: IndexedPlace) => boolean): Compare =>
  (a, b) =>
    Number(flag(a)) - Number(flag(b));

/** The row as repo.ts's SQL returns it. */
export const plain = ({ sortKey: _s, searchKeys: _k, ...row }: IndexedPlace): PlaceRow => row;

/** As the SQL's LIKE on "|key|…|": the text without "|" starts one of the keys. */
const prefixOf = (normalized: string) => normalized.replaceAll('|', '');
const isExact = (p: IndexedPlace, normalized: string) => p.searchKeys.includes(normalized) || p.postal_codes.includes(normalized);

export function prefixMatches(index: PlaceIndex, normalized: string, limit: number): (PlaceRow & { exact: boolean })[] {
  const prefix = prefixOf(normalized);
  const numeric = /^\d+$/.test(normalized);
  const order = thenBy(desc(byFlag((p) => isExact(p, normalized))), numeric ? byFlag((p) => p.is_summary) : () => 0, desc(byPopulation), byId);
  return placesWithKeyPrefix(index, prefix)
    .sort(order)
    .slice(0, limit)
    .map((p) => ({ ...plain(p), exact: isExact(p, normalized) }));
}

export function exactMatches(index: PlaceIndex, normalized: string): PlaceRow[] {
  // The key list holds every name form and postal code: an exact one is a binary search away.
  return placesWithKey(index, normalized)
    .sort(
      thenBy(
        byFlag((p) => p.is_summary),
        desc(byPopulation),
        byId,
      ),
    )
    .slice(0, 50)
    .map(plain);
}

function matching(index: PlaceIndex, filter: PlaceFilter): IndexedPlace[] {
  const candidates = filter.prefix ? placesWithKeyPrefix(index, prefixOf(filter.prefix)) : index.rows;
  return filter.county ? candidates.filter((p) => p.county === filter.county) : candidates;
}

function comparatorOf(order: PlaceOrder): Compare {
  const byName = thenBy(bySortKey, byId);
  const directed = (compare: Compare) => (order.dir === 'desc' ? desc(compare) : compare);
  if (order.by === 'population') return directed(thenBy(byPopulation, byName));
  if (order.by === 'county') {
    const position = new Map(order.countiesInOrder.map((c, i) => [c, i]));
    // array_position is null for a county missing from the list: last ascending, first descending.
    const rank = (p: IndexedPlace) => position.get(p.county) ?? Number.MAX_SAFE_INTEGER;
    return thenBy(
      directed((a, b) => rank(a) - rank(b)),
      byName,
    );
  }
  return directed(byName);
}

export function listRows(index: PlaceIndex, filter: PlaceFilter, order: PlaceOrder, page: { limit: number; offset: number }): PlaceRow[] {
  // A copy: with no filter, matching() is the index's own array.
  return [...matching(index, filter)]
    .sort(comparatorOf(order))
    .slice(page.offset, page.offset + page.limit)
    .map(plain);
}

export function countRows(index: PlaceIndex, filter: PlaceFilter): number {
  return matching(index, filter).length;
}

export function countyTotals(index: PlaceIndex): CountyTotalRow[] {
  const totals = new Map<string, CountyTotalRow>();
  for (const p of index.rows) {
    if (p.is_summary) continue;
    const t = totals.get(p.county) ?? { county: p.county, settlements: 0, population: 0 };
    t.settlements += 1;
    t.population += p.population;
    totals.set(p.county, t);
  }
  return [...totals.values()];
}

export function counties(index: PlaceIndex): string[] {
  return [...index.counties];
}
