import { describe, expect, it } from 'vitest';
import { parsePlaceId, parsePlaceSearch, placeApiQuery, suggestQueryText } from './schema.js';

describe('parsePlaceId', () => {
  it('accepts positive 32-bit integers only', () => {
    expect(parsePlaceId('1')).toBe(1);
    expect(parsePlaceId('2147483647')).toBe(2147483647);
    for (const bad of ['0', '-1', 'abc', '1.5', '01', '2147483648', '99999999999999', '', ' 1', '1e3', undefined, 5]) {
      expect(parsePlaceId(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('parsePlaceSearch', () => {
  it('reads the query, county, paging and sort', () => {
    const s = parsePlaceSearch({ q: ' Kecs ', county: 'Bács-Kiskun', page: '2', sort: 'population', dir: 'desc' });
    expect(s).toMatchObject({ q: 'Kecs', county: 'Bács-Kiskun', page: 2, sort: 'population', dir: 'desc', pageSize: 25 });
  });

  it('falls back to defaults instead of rejecting bad values', () => {
    const s = parsePlaceSearch({ q: ['a', 'b'], county: { x: 1 }, page: '-3', sort: 'drop table', dir: 'up' });
    expect(s).toMatchObject({ q: '', county: '', page: 1, sort: 'name', dir: 'asc' });
    expect(parsePlaceSearch(undefined)).toMatchObject({ q: '', county: '', page: 1 });
  });

  it('cuts very long queries', () => {
    expect(parsePlaceSearch({ q: 'x'.repeat(5000) }).q).toHaveLength(100);
  });
});

describe('placeApiQuery', () => {
  it('defaults the limit to 10 and accepts 1..50', () => {
    expect(placeApiQuery.parse({ q: 'kecs' })).toEqual({ q: 'kecs', limit: 10 });
    expect(placeApiQuery.parse({ q: 'kecs', limit: '50' }).limit).toBe(50);
    expect(placeApiQuery.parse({ q: 'kecs', limit: '1' }).limit).toBe(1);
  });

  it('rejects a missing query, bad limits and repeated parameters', () => {
    for (const bad of [
      {},
      { q: '' },
      { q: '  ' },
      { q: 'a', limit: '0' },
      { q: 'a', limit: '51' },
      { q: 'a', limit: 'abc' },
      { q: 'a', limit: '2.5' },
      { q: ['a', 'b'] },
      { q: 'a', limit: ['1', '2'] },
      { q: 'x'.repeat(101) },
    ]) {
      expect(placeApiQuery.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('suggestQueryText', () => {
  it('reads q, or the parameter a PlaceField names with field=', () => {
    expect(suggestQueryText({ q: 'kecs' })).toBe('kecs');
    expect(suggestQueryText({ field: 'place', place: 'gödö' })).toBe('gödö');
    expect(suggestQueryText({ field: 'seat.place', 'seat.place': 'baja' })).toBe('baja');
  });

  it('gives "" for anything else', () => {
    expect(suggestQueryText({})).toBe('');
    expect(suggestQueryText({ field: 'place' })).toBe('');
    expect(suggestQueryText({ field: '__proto__', __proto__: 'x' })).toBe('');
    expect(suggestQueryText({ field: 'place', place: ['a', 'b'] })).toBe('');
    expect(suggestQueryText({ q: 'x'.repeat(500) })).toHaveLength(100);
  });
});

describe('control characters', () => {
  it('are removed from every text the places routes pass to the database', () => {
    expect(parsePlaceSearch({ q: 'a\u0000b', county: 'Pest\u0000' })).toMatchObject({ q: 'a b', county: 'Pest' });
    expect(placeApiQuery.parse({ q: 'kecs\u0000' }).q).toBe('kecs');
    expect(placeApiQuery.safeParse({ q: '\u0000' }).success).toBe(false);
    expect(suggestQueryText({ q: 'go\u0000do' })).toBe('go do');
  });
});
