import { describe, expect, it } from 'vitest';
import { coverageOf, sortUncovered } from './coverage.js';

// Along a meridian one degree of latitude is about 111.2 km.
const s = (id: number, name: string, lat: number, population: number) => ({ id, name, sortKey: name, lat, lon: 19, population });

describe('coverage of a county by its active points', () => {
  const settlements = [s(1, 'A', 46.0, 1000), s(2, 'B', 46.1, 200), s(3, 'C', 46.2, 300), s(4, 'D', 46.5, 50)];
  it('covers settlements within the radius and counts the people outside (hand-computed)', () => {
    // Point at A: A 0 km, B ≈ 11.1 km, C ≈ 22.2 km, D ≈ 55.6 km.
    const result = coverageOf(settlements, [{ id: 'p', name: 'Pont A', lat: 46.0, lon: 19 }], 15);
    expect(result.rows.map((r) => r.covered)).toEqual([true, true, false, false]);
    expect(result.rows[1]?.nearestKm).toBeCloseTo(11.12, 1);
    expect(result.population).toBe(1550);
    expect(result.uncoveredPopulation).toBe(350);
    expect(sortUncovered(result.uncovered, 'population', 'desc').map((r) => r.name)).toEqual(['C', 'D']);
  });

  it('covers nothing without active points', () => {
    const result = coverageOf(settlements, [], 15);
    expect(result.uncovered).toHaveLength(4);
    expect(result.uncoveredPopulation).toBe(1550);
    expect(result.rows[0]?.nearestKm).toBeNull();
  });
});
