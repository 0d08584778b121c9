import { describe, expect, it } from 'vitest';
import { parseForm } from '../../platform/validation.js';
import { opportunitySearchSchema } from './schema.js';

const parse = (query: Record<string, unknown>) => parseForm(opportunitySearchSchema, query);

describe('opportunitySearchSchema', () => {
  it('reads an empty GET form (all fields "") as no filters', () => {
    const r = parse({ q: '', cause: '', skill: '', place: '', radius: '', from: '', to: '', age: '', sort: '' });
    expect(r).toEqual({
      ok: true,
      data: {
        q: undefined,
        cause: [],
        skill: [],
        place: undefined,
        radius: undefined,
        from: undefined,
        to: undefined,
        remote: false,
        age: undefined,
        group: false,
        sort: 'relevance',
        page: 1,
        pageSize: 20,
      },
    });
  });

  it('accepts every filter', () => {
    const r = parse({
      q: ' kert ',
      cause: ['kornyezetvedelem', 'szocialis'],
      skill: 'kerteszkedes',
      place: 'Kecskemét',
      radius: '50',
      from: '2026-12-01',
      to: '2026-12-31',
      remote: '1',
      age: '15',
      group: 'on',
      sort: 'date',
      page: '2',
      pageSize: '50',
    });
    expect(r.ok && r.data).toMatchObject({
      q: 'kert',
      cause: ['kornyezetvedelem', 'szocialis'],
      skill: ['kerteszkedes'],
      radius: 50,
      remote: true,
      age: 15,
      group: true,
      sort: 'date',
      page: 2,
      pageSize: 50,
    });
  });

  it('names the field of each bad value with a message key', () => {
    const r = parse({ radius: '0', age: 'tizenöt', from: '2026-02-30', sort: 'random', remote: 'maybe', cause: 'Rossz Ügy!', page: '-1' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['age', 'cause', 'from', 'page', 'radius', 'remote', 'sort']);
    expect(r.errors.from?.key).toBe('search.error.date');
    expect(r.errors.radius?.key).toBe('search.error.range');
  });

  it('refuses an end date before the start date', () => {
    expect(parse({ from: '2026-13-01' }).ok).toBe(false);
    const r = parse({ from: '2026-12-10', to: '2026-12-01' });
    expect(!r.ok && r.errors.to?.key).toBe('search.error.dateOrder');
  });

  it('refuses a repeated single-value parameter and over-long text', () => {
    expect(parse({ q: ['a', 'b'] }).ok).toBe(false);
    expect(parse({ q: 'x'.repeat(201) }).ok).toBe(false);
  });
});
