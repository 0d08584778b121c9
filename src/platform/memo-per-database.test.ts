import { describe, expect, it, vi } from 'vitest';
import type { Queryable } from '../db/database.js';
import { memoPerDatabase } from './memo-per-database.js';

const database = () => ({}) as Queryable;

describe('memoPerDatabase', () => {
  it('reads once per database and key while fresh, and shares a read in flight', async () => {
    const memo = memoPerDatabase<{ n: number }>(60_000);
    const load = vi.fn(async () => ({ n: 1 }));
    const db = database();
    const [a, b] = await Promise.all([memo(db, 'k', load), memo(db, 'k', load)]);
    expect(a).toBe(b);
    await memo(db, 'k', load);
    expect(load).toHaveBeenCalledTimes(1);
    await memo(db, 'other', load);
    await memo(database(), 'k', load);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('reads again once the time is up', async () => {
    const memo = memoPerDatabase<{ n: number }>(40);
    let n = 0;
    const db = database();
    const load = async () => ({ n: ++n });
    expect((await memo(db, 'k', load)).n).toBe(1);
    expect((await memo(db, 'k', load)).n).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await memo(db, 'k', load)).n).toBe(2);
  });

  it('does not keep a failed read', async () => {
    const memo = memoPerDatabase<{ ok: boolean }>(60_000);
    const db = database();
    await expect(memo(db, 'k', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await memo(db, 'k', async () => ({ ok: true }))).toEqual({ ok: true });
  });
});
