import { describe, expect, it } from 'vitest';
import { parseListParams } from './list-params.js';

const sorts = ['name', 'created'] as const;

describe('parseListParams', () => {
  it('reads page, page size, sort and direction', () => {
    expect(parseListParams({ page: '3', pageSize: '50', sort: 'created', dir: 'desc' }, sorts, { sort: 'name' })).toEqual({
      page: 3,
      pageSize: 50,
      sort: 'created',
      dir: 'desc',
    });
  });

  it('falls back to the defaults for anything missing or bad', () => {
    const defaults = { sort: 'name' as const, dir: 'desc' as const, pageSize: 40 };
    expect(parseListParams(undefined, sorts, defaults)).toEqual({ page: 1, pageSize: 40, sort: 'name', dir: 'desc' });
    expect(parseListParams({ page: '0', pageSize: '4', sort: 'password', dir: 'up' }, sorts, defaults)).toEqual({
      page: 1,
      pageSize: 40,
      sort: 'name',
      dir: 'desc',
    });
    expect(parseListParams({ page: '2.5', pageSize: '201', sort: ['name', 'created'], dir: ['asc'] }, sorts, defaults)).toEqual({
      page: 1,
      pageSize: 40,
      sort: 'name',
      dir: 'desc',
    });
    expect(parseListParams({ page: '100001' }, sorts, { sort: 'created' })).toEqual({ page: 1, pageSize: 25, sort: 'created', dir: 'asc' });
  });

  it('checks the sort against each list it is given, also lists written inline', () => {
    expect(parseListParams({ sort: 'day' }, ['day'], { sort: 'day' }).sort).toBe('day');
    expect(parseListParams({ sort: 'start' }, ['name', 'start'], { sort: 'name' }).sort).toBe('start');
    expect(parseListParams({ sort: 'start' }, ['name'], { sort: 'name' }).sort).toBe('name');
    // Two lists whose words join alike are still two lists.
    expect(parseListParams({ sort: 'a' }, ['a', 'b'], { sort: 'b' }).sort).toBe('a');
    expect(parseListParams({ sort: 'a' }, ['a b'], { sort: 'a b' }).sort).toBe('a b');
  });
});
