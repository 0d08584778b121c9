import { describe, expect, it } from 'vitest';
import { convexHull, countyShapes, isInsideMap, mapSize, projectToMap, spreadMarkers, viewAround, wholeMap } from './hungary-map.js';

describe('projectToMap', () => {
  it('puts Hungary inside the frame: west left, east right, north up', () => {
    const sopron = projectToMap({ lat: 47.685, lon: 16.59 });
    const zahony = projectToMap({ lat: 48.41, lon: 22.18 });
    const szeged = projectToMap({ lat: 46.253, lon: 20.141 });
    for (const p of [sopron, zahony, szeged]) expect(isInsideMap(p)).toBe(true);
    expect(sopron.x).toBeLessThan(szeged.x);
    expect(szeged.x).toBeLessThan(zahony.x);
    expect(zahony.y).toBeLessThan(szeged.y);
  });

  it('leaves out places far from Hungary', () => {
    expect(isInsideMap(projectToMap({ lat: 52.52, lon: 13.4 }))).toBe(false);
  });

  it('keeps the aspect of the country (wider than tall)', () => {
    expect(mapSize.width).toBe(800);
    expect(mapSize.height).toBeGreaterThan(450);
    expect(mapSize.height).toBeLessThan(600);
  });
});

describe('convexHull', () => {
  it('keeps the corners and drops inner points', () => {
    const hull = convexHull([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
      { x: 5, y: 5 },
      { x: 5, y: 0 },
    ]);
    expect(hull).toHaveLength(4);
    expect(hull).not.toContainEqual({ x: 5, y: 5 });
  });
});

describe('countyShapes', () => {
  it('draws one closed path per county with at least three settlements, Budapest last', () => {
    const shapes = countyShapes([
      { county: 'Budapest', lat: 47.5, lon: 19.0 },
      { county: 'Budapest', lat: 47.55, lon: 19.1 },
      { county: 'Budapest', lat: 47.45, lon: 19.1 },
      { county: 'Pest', lat: 47.2, lon: 19.0 },
      { county: 'Pest', lat: 47.9, lon: 19.0 },
      { county: 'Pest', lat: 47.5, lon: 20.0 },
      { county: 'Tolna', lat: 46.5, lon: 18.7 },
    ]);
    expect(shapes.map((s) => s.county)).toEqual(['Pest', 'Budapest']);
    for (const s of shapes) expect(s.path).toMatch(/^M[\d. L]+Z$/);
  });
});

describe('spreadMarkers', () => {
  it('moves markers of the same settlement apart and leaves lone ones in place', () => {
    const out = spreadMarkers([
      { x: 100, y: 100 },
      { x: 100, y: 100 },
      { x: 100, y: 100 },
      { x: 300, y: 300 },
    ]);
    expect(out[3]).toEqual({ x: 300, y: 300 });
    const keys = new Set(out.slice(0, 3).map((p) => `${p.x}:${p.y}`));
    expect(keys.size).toBe(3);
  });

  it('leaves every two markers at least the gap apart, also for neighbouring settlements', () => {
    const crowded = Array.from({ length: 20 }, (_, i) => ({ x: 400 + (i % 4) * 5, y: 300 + Math.floor(i / 4) * 4 }));
    const out = spreadMarkers(crowded, 26);
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i] as { x: number; y: number };
        const b = out[j] as { x: number; y: number };
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(25.8);
      }
    }
  });

  it('is deterministic', () => {
    const pts = [
      { x: 10, y: 10 },
      { x: 12, y: 11 },
      { x: 10, y: 10 },
    ];
    expect(spreadMarkers(pts)).toEqual(spreadMarkers(pts));
  });
});

describe('viewAround', () => {
  it('shows the whole country for markers far apart, and zooms in on markers close together', () => {
    const sopron = projectToMap({ lat: 47.685, lon: 16.59 });
    const zahony = projectToMap({ lat: 48.41, lon: 22.18 });
    expect(viewAround([sopron, zahony])).toEqual(wholeMap);
    expect(viewAround([])).toEqual(wholeMap);
    const kecskemet = projectToMap({ lat: 46.906, lon: 19.691 });
    const cegled = projectToMap({ lat: 47.172, lon: 19.8 });
    const view = viewAround([kecskemet, cegled]);
    expect(view.zoom).toBeLessThan(0.5);
    expect(view.width / view.height).toBeCloseTo(mapSize.width / mapSize.height, 2);
    for (const p of [kecskemet, cegled]) {
      expect(p.x).toBeGreaterThan(view.x);
      expect(p.x).toBeLessThan(view.x + view.width);
      expect(p.y).toBeGreaterThan(view.y);
      expect(p.y).toBeLessThan(view.y + view.height);
    }
  });

  it('stays inside the map near its edge', () => {
    const view = viewAround([projectToMap({ lat: 48.58, lon: 22.9 })]);
    expect(view.x + view.width).toBeLessThanOrEqual(mapSize.width + 0.1);
    expect(view.y).toBeGreaterThanOrEqual(0);
  });
});
