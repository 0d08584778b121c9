import { type Centre, distanceKm, haversine, kmOf } from './index-geometry.js';
import { type Cell, cellsPerDegree, type IndexedOpportunity, newerFirst } from './published-index.js';

/**
 * A lower bound of the distance from the centre to anything in the cell: the distance to the
 * cell's point nearest in latitude and longitude, less a margin for the sphere (the true nearest
 * point of a cell can sit a little poleward of it; a few hundred metres at most here).
 */
function nearestPossibleKm(centre: Centre, cell: Cell): number {
  const clamp = (value: number, low: number) => Math.min(Math.max(value, low), low + 1 / cellsPerDegree);
  const lat = clamp(centre.lat, cell.minLat);
  const lon = clamp(centre.lon, cell.minLon);
  const km = kmOf(haversine(centre, lat, lon, Math.cos((lat * Math.PI) / 180)));
  return km * 0.99 - 0.5;
}

type Hit = { entry: IndexedOpportunity; km: number };
const closer = (a: Hit, b: Hit) => a.km - b.km || newerFirst(a.entry, b.entry);

/**
 * The first `wanted` matches by distance (then newest first, as the SQL orders them) and the
 * matches counted up to `cap` + 1. Cells are read nearest first; reading stops once the count has
 * passed the cap and no unread cell can hold anything nearer than the page's last hit.
 */
export function nearestFirst(
  cells: Cell[],
  centre: Centre,
  matches: (e: IndexedOpportunity) => boolean,
  wanted: number,
  cap: number,
): { ordered: IndexedOpportunity[]; counted: number } {
  const byBound = cells.map((cell) => ({ cell, bound: nearestPossibleKm(centre, cell) })).sort((a, b) => a.bound - b.bound);
  const page: Hit[] = [];
  let found = 0;
  for (const { cell, bound } of byBound) {
    const last = page[wanted - 1];
    if (found > cap && last && bound > last.km) break;
    for (const entry of cell.entries) {
      if (!matches(entry)) continue;
      found += 1;
      const hit = { entry, km: distanceKm(centre, entry) };
      if (page.length === wanted && closer(hit, page[wanted - 1] as Hit) >= 0) continue;
      let at = page.length;
      while (at > 0 && closer(hit, page[at - 1] as Hit) < 0) at--;
      page.splice(at, 0, hit);
      if (page.length > wanted) page.pop();
    }
  }
  return { ordered: page.map((h) => h.entry), counted: Math.min(found, cap + 1) };
}
