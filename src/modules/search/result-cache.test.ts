import { describe, expect, it } from 'vitest';
import { createSearchResultCache } from './result-cache.js';

describe('search result cache', () => {
  it('answers the same key from memory within the TTL, and computes again after it', async () => {
    let now = 1000;
    const cache = createSearchResultCache(10_000, { now: () => now });
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    expect(await cache.get('a', compute)).toEqual({ n: 1 });
    expect(await cache.get('a', compute)).toEqual({ n: 1 });
    expect(await cache.get('b', compute)).toEqual({ n: 2 });
    now += 10_001;
    expect(await cache.get('a', compute)).toEqual({ n: 3 });
  });

  it('lets simultaneous misses of one key share one computation', async () => {
    const cache = createSearchResultCache(10_000);
    let computed = 0;
    const compute = () => new Promise<{ n: number }>((resolve) => setTimeout(() => resolve({ n: ++computed }), 5));
    const results = await Promise.all(Array.from({ length: 20 }, () => cache.get('same', compute)));
    expect(computed).toBe(1);
    expect(new Set(results).size).toBe(1);
  });

  it('does not remember a failure', async () => {
    const cache = createSearchResultCache(10_000);
    await expect(cache.get('k', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await cache.get('k', async () => ({ ok: true }))).toEqual({ ok: true });
  });

  it('with a TTL of 0 always computes', async () => {
    const cache = createSearchResultCache(0);
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    await cache.get('a', compute);
    await cache.get('a', compute);
    expect(computed).toBe(2);
    expect(cache.ttlMs).toBe(0);
  });
});
