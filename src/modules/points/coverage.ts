import { distanceKm } from '../matching/distance.js';

export type Settlement = { id: number; name: string; sortKey: string; lat: number; lon: number; population: number };
export type PlacedPoint = { id: string; name: string; lat: number; lon: number };
export type SettlementCoverage = Settlement & { nearestKm: number | null; nearestPoint: string | null; covered: boolean };

/**
 * Which settlements have an active point within `radiusKm` (the point's own settlement is at 0 km),
 * and how many people live outside that reach. A county has a few hundred settlements and a center
 * a few dozen points, so every pair is measured.
 */
export function coverageOf(settlements: Settlement[], activePoints: PlacedPoint[], radiusKm: number) {
  const rows: SettlementCoverage[] = settlements.map((s) => {
    let nearestKm: number | null = null;
    let nearestPoint: string | null = null;
    for (const p of activePoints) {
      const km = distanceKm(s.lat, s.lon, p.lat, p.lon);
      if (nearestKm === null || km < nearestKm) {
        nearestKm = km;
        nearestPoint = p.name;
      }
    }
    return { ...s, nearestKm, nearestPoint, covered: nearestKm !== null && nearestKm <= radiusKm };
  });
  const uncovered = rows.filter((r) => !r.covered);
  return {
    rows,
    uncovered,
    population: rows.reduce((sum, r) => sum + r.population, 0),
    uncoveredPopulation: uncovered.reduce((sum, r) => sum + r.population, 0),
  };
}

export const uncoveredSorts = ['population', 'name', 'distance'] as const;
export type UncoveredSort = (typeof uncoveredSorts)[number];

/** Uncovered settlements in the table's order; ties by Hungarian name order. */
export function sortUncovered(rows: SettlementCoverage[], sort: UncoveredSort, dir: 'asc' | 'desc'): SettlementCoverage[] {
  const sign = dir === 'asc' ? 1 : -1;
  const byName = (a: SettlementCoverage, b: SettlementCoverage) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0);
  const key = (r: SettlementCoverage) => (sort === 'population' ? r.population : (r.nearestKm ?? Number.POSITIVE_INFINITY));
  return [...rows].sort((a, b) => (sort === 'name' ? sign * byName(a, b) : sign * (key(a) - key(b)) || byName(a, b)));
}
