import type { LatLon } from './geo-distance.js';

/**
 * Geometry of the offline map of Hungary on the search page: a fixed frame around the country,
 * an equirectangular projection scaled by the cosine of the middle latitude (good enough at this
 * size, and the same on every page), county shapes as convex hulls of their settlements, and
 * markers that never hide each other. No tiles and no script: the SVG is drawn on the server.
 */
const frame = { minLon: 15.95, maxLon: 23.0, minLat: 45.65, maxLat: 48.65 };
const cosMiddle = Math.cos((((frame.minLat + frame.maxLat) / 2) * Math.PI) / 180);
const width = 800;
const scale = width / ((frame.maxLon - frame.minLon) * cosMiddle);

export type MapPoint = { x: number; y: number };
export const mapSize = { width, height: Math.round((frame.maxLat - frame.minLat) * scale) };

const round1 = (n: number) => Math.round(n * 10) / 10;

/** SVG coordinates of a place (y grows southwards). */
export function projectToMap(p: LatLon): MapPoint {
  return { x: round1((p.lon - frame.minLon) * cosMiddle * scale), y: round1((frame.maxLat - p.lat) * scale) };
}

export function isInsideMap(p: MapPoint): boolean {
  return p.x >= 0 && p.x <= mapSize.width && p.y >= 0 && p.y <= mapSize.height;
}

const cross = (o: MapPoint, a: MapPoint, b: MapPoint) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Andrew's monotone chain: the convex hull, counter-clockwise, without repeated points. */
export function convexHull(points: MapPoint[]): MapPoint[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length < 3) return sorted;
  const half = (list: MapPoint[]) => {
    const out: MapPoint[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2] as MapPoint, out[out.length - 1] as MapPoint, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

export type CountyShape = { county: string; path: string };

/**
 * One shape per county, the hull of its settlements. Counties are convex-ish, so their hulls
 * together draw a recognisable Hungary; Budapest comes last so it lies on top of Pest.
 */
export function countyShapes(places: (LatLon & { county: string })[]): CountyShape[] {
  const byCounty = new Map<string, MapPoint[]>();
  for (const p of places) {
    const list = byCounty.get(p.county) ?? [];
    list.push(projectToMap(p));
    byCounty.set(p.county, list);
  }
  const shapes: CountyShape[] = [];
  for (const [county, points] of byCounty) {
    const hull = convexHull(points);
    if (hull.length < 3) continue;
    shapes.push({ county, path: `M${hull.map((p) => `${p.x} ${p.y}`).join('L')}Z` });
  }
  return shapes.sort((a, b) => Number(a.county === 'Budapest') - Number(b.county === 'Budapest') || a.county.localeCompare(b.county));
}

/**
 * Markers of results in the same or neighbouring settlements would cover each other, and only
 * the top one could be reached. Markers in one spot start on a small ring around it; then
 * overlapping pairs are pushed apart a few rounds until every two are `gap` apart (or the
 * rounds run out). Deterministic, so the same results always give the same picture.
 */
export function spreadMarkers(points: MapPoint[], gap = 26): MapPoint[] {
  // Coordinates in typed arrays, moved in place: a page spreads its 20 markers up to 40 rounds, and
  // an object per move was most of the search page's garbage.
  const xs = Float64Array.from(points, (p) => p.x);
  const ys = Float64Array.from(points, (p) => p.y);
  const groups = new Map<string, number[]>();
  points.forEach((p, i) => {
    const key = `${Math.round(p.x)}:${Math.round(p.y)}`;
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const ring = Math.max(gap / 2, (members.length * gap) / (2 * Math.PI));
    members.forEach((index, k) => {
      const angle = (2 * Math.PI * k) / members.length - Math.PI / 2;
      const p = points[index] as MapPoint;
      xs[index] = p.x + ring * Math.cos(angle);
      ys[index] = p.y + ring * Math.sin(angle);
    });
  }
  const n = points.length;
  for (let round = 0; round < 40; round++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ax = xs[i] as number;
        const ay = ys[i] as number;
        const bx = xs[j] as number;
        const by = ys[j] as number;
        const dx = bx - ax;
        const dy = by - ay;
        // Not Math.hypot: it allocated a number on every call, thousands a page.
        const d = Math.sqrt(dx * dx + dy * dy);
        if (d >= gap) continue;
        // Coincident after the ring step cannot happen, but a zero length must not divide.
        const ux = d > 0 ? dx / d : 1;
        const uy = d > 0 ? dy / d : 0;
        const push = (gap - d) / 2 + 0.01;
        xs[i] = ax - ux * push;
        ys[i] = ay - uy * push;
        xs[j] = bx + ux * push;
        ys[j] = by + uy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return points.map((_, i) => ({ x: round1(xs[i] as number), y: round1(ys[i] as number) }));
}

/** The part of the map shown: an SVG viewBox, and its width relative to the whole map. */
export type MapView = { x: number; y: number; width: number; height: number; zoom: number };

export const wholeMap: MapView = { x: 0, y: 0, width: mapSize.width, height: mapSize.height, zoom: 1 };

/**
 * A view around the given markers, with room for them, never narrower than a third of the
 * country (so the county shapes around still tell where it is) and always with the map's own
 * aspect ratio, moved back inside the map where it would stick out.
 */
export function viewAround(points: MapPoint[], padding = 40, minWidth = mapSize.width / 3): MapView {
  if (points.length === 0) return wholeMap;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const aspect = mapSize.width / mapSize.height;
  let width = Math.max(minWidth, Math.max(...xs) - Math.min(...xs) + 2 * padding);
  let height = Math.max(...ys) - Math.min(...ys) + 2 * padding;
  if (width / height > aspect) height = width / aspect;
  else width = height * aspect;
  // Zooming in by less than a quarter only crops the country.
  if (width >= 0.75 * mapSize.width || height >= 0.75 * mapSize.height) return wholeMap;
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  const x = Math.min(Math.max(0, cx - width / 2), mapSize.width - width);
  const y = Math.min(Math.max(0, cy - height / 2), mapSize.height - height);
  return { x: round1(x), y: round1(y), width: round1(width), height: round1(height), zoom: width / mapSize.width };
}
