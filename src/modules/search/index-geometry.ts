import { earthRadiusKm } from './geo-distance.js';
import { type IndexedOpportunity, radiansPerDegree } from './published-index.js';
import type { SearchFilter } from './repo.js';

/** Distances in the in-process index (ADR 021), computed exactly as the SQL of repo.ts computes them. */

export type Centre = { lat: number; lon: number; cosLat: number };

export const centreOf = (point: { lat: number; lon: number }): Centre => ({ lat: point.lat, lon: point.lon, cosLat: Math.cos(point.lat * radiansPerDegree) });

/** The haversine term of the SQL distanceFrom, operation for operation (`cosLat` precomputed the same way). */
export function haversine(c: Centre, lat: number, lon: number, cosLat: number): number {
  return Math.sin(((lat - c.lat) * radiansPerDegree) / 2) ** 2 + c.cosLat * cosLat * Math.sin(((lon - c.lon) * radiansPerDegree) / 2) ** 2;
}

export const kmOf = (h: number) => earthRadiusKm * 2 * Math.asin(Math.min(1, Math.sqrt(h)));

export function distanceKm(c: Centre, e: IndexedOpportunity): number {
  return kmOf(haversine(c, e.lat as number, e.lon as number, e.cosLat));
}

/**
 * "Within the radius", decided as the SQL decides it (the exact distance ≤ radius), but with the
 * arcsine and square root only near the edge: the distance grows with the haversine term, so a
 * term clearly below (above) the edge's is inside (outside).
 */
export function withinRadius(near: NonNullable<SearchFilter['near']>): (e: IndexedOpportunity) => boolean {
  const centre = centreOf(near);
  const edge = Math.sin(Math.min(Math.PI / 2, near.radiusKm / (2 * earthRadiusKm))) ** 2;
  const [surelyIn, surelyOut] = [edge * (1 - 1e-9), edge * (1 + 1e-9)];
  return (e) => {
    const h = haversine(centre, e.lat as number, e.lon as number, e.cosLat);
    if (h < surelyIn) return true;
    if (h > surelyOut) return false;
    return kmOf(h) <= near.radiusKm;
  };
}
