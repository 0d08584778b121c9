import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundingBox, distanceKm } from './geo-distance.js';

const budapest = { lat: 47.4979, lon: 19.0402 };
const kecskemet = { lat: 46.9062, lon: 19.6913 };

describe('distanceKm', () => {
  it('measures Budapest–Kecskemét as the crow flies (about 82 km)', () => {
    expect(distanceKm(budapest, kecskemet)).toBeGreaterThan(78);
    expect(distanceKm(budapest, kecskemet)).toBeLessThan(85);
  });

  it('is zero for the same point and symmetric', () => {
    expect(distanceKm(budapest, budapest)).toBe(0);
    expect(distanceKm(budapest, kecskemet)).toBeCloseTo(distanceKm(kecskemet, budapest), 9);
  });
});

describe('boundingBox', () => {
  it('contains every point within the radius (so the pre-filter never loses a hit)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 45.5, max: 48.8, noNaN: true }),
        fc.double({ min: 16, max: 23, noNaN: true }),
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (lat, lon, radius, bearing, fraction) => {
          // A point at `fraction` of the radius in direction `bearing` (small-distance approximation, then checked exactly).
          const d = radius * fraction * 0.999;
          const p = {
            lat: lat + (d / 111.195) * Math.cos(bearing),
            lon: lon + (d / (111.195 * Math.cos((lat * Math.PI) / 180))) * Math.sin(bearing),
          };
          fc.pre(distanceKm({ lat, lon }, p) <= radius);
          const box = boundingBox({ lat, lon }, radius);
          return p.lat >= box.minLat && p.lat <= box.maxLat && p.lon >= box.minLon && p.lon <= box.maxLon;
        },
      ),
    );
  });

  it('is about as tall as the radius and wider in degrees than tall at Hungarian latitudes', () => {
    const box = boundingBox(kecskemet, 25);
    expect(box.maxLat - box.minLat).toBeCloseTo((2 * 25) / 111.195, 3);
    expect(box.maxLon - box.minLon).toBeGreaterThan(box.maxLat - box.minLat);
  });
});
