import { describe, expect, it } from 'vitest';
import { perThousand, pointAreas } from './compare-area.js';

// Along a meridian one degree of latitude is about 111.2 km.
const s = (id: number, lat: number, population: number) => ({ id, lat, lon: 19, population });

describe('the area of each point (per 1,000 inhabitants)', () => {
  // Settlements at 0, 11.1, 22.2, 33.4, 55.6 and 111.2 km north of 46.0°.
  const settlements = [s(1, 46.0, 1000), s(2, 46.1, 200), s(3, 46.2, 300), s(4, 46.3, 400), s(5, 46.5, 50), s(6, 47.0, 7000)];

  it('gives each settlement to its nearest point within the radius (hand-computed)', () => {
    // North at 46.3: settlement 3 is 11.1 km from North and 22.2 km from South, so North's.
    const areas = pointAreas(
      settlements,
      [
        { id: 'south', lat: 46.0, lon: 19 },
        { id: 'north', lat: 46.3, lon: 19 },
      ],
      15,
    );
    expect(areas.get('south')).toEqual({ population: 1200, settlements: 2 });
    // 3 and 4; 5 is 22.2 km away (beyond 15 km), 6 is 77.8 km away.
    expect(areas.get('north')).toEqual({ population: 700, settlements: 2 });
  });

  it('gives a tie to the point listed first, and nothing beyond the radius', () => {
    const twins = [
      { id: 'first', lat: 46.1, lon: 19 },
      { id: 'second', lat: 46.1, lon: 19 },
    ];
    const areas = pointAreas(settlements, twins, 12);
    expect(areas.get('first')).toEqual({ population: 1500, settlements: 3 });
    expect(areas.has('second')).toBe(false);
    expect(pointAreas(settlements, [], 15).size).toBe(0);
  });

  it('counts per 1,000 inhabitants, and nothing without inhabitants', () => {
    expect(perThousand(3, 1200)).toBeCloseTo(2.5, 10);
    expect(perThousand(3, 0)).toBeNull();
  });
});
