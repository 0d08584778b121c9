import { distanceKm } from '../matching/distance.js';

export type AreaSettlement = { id: number; lat: number; lon: number; population: number };
/** A point that can own an area: an active or paused point, at its settlement's location. */
export type AreaPoint = { id: string; lat: number; lon: number };

/**
 * The area of each point, for the "per 1,000 inhabitants" figures: every settlement of the county
 * belongs to its nearest point (active or paused), when that point is within `radiusKm` (the center's
 * point_coverage_km); a settlement beyond every point's reach belongs to none. A tie goes to the point
 * listed first, so the split never depends on the database's row order. Returns the inhabitants and
 * settlements per point id; a point with no settlement is absent.
 */
export function pointAreas(settlements: AreaSettlement[], points: AreaPoint[], radiusKm: number): Map<string, { population: number; settlements: number }> {
  const areas = new Map<string, { population: number; settlements: number }>();
  for (const s of settlements) {
    let nearest: { id: string; km: number } | undefined;
    for (const p of points) {
      const km = distanceKm(s.lat, s.lon, p.lat, p.lon);
      if (!nearest || km < nearest.km) nearest = { id: p.id, km };
    }
    if (!nearest || nearest.km > radiusKm) continue;
    const area = areas.get(nearest.id) ?? { population: 0, settlements: 0 };
    area.population += s.population;
    area.settlements += 1;
    areas.set(nearest.id, area);
  }
  return areas;
}

/** A figure per 1,000 inhabitants; null (shown as "–") without inhabitants. */
export function perThousand(value: number, population: number): number | null {
  return population > 0 ? (value / population) * 1000 : null;
}
