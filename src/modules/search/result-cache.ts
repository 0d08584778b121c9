import { LRUCache } from 'lru-cache';

/**
 * A short-lived cache of search results, shared by the page and the API of one process. The same
 * few searches (the bare list, a county seat, a popular cause) make up most of the public traffic,
 * and each costs several queries over 100,000 opportunities; for `ttlMs` they are answered from
 * memory. Concurrent misses of one key share one computation. A publication or a closing is seen
 * after at most `ttlMs` (ADR 011). A TTL of 0 turns the cache off (the default in tests).
 */
export type SearchResultCache = {
  readonly ttlMs: number;
  get<T extends object>(key: string, compute: () => Promise<T>): Promise<T>;
};

/** Most distinct searches kept; each entry is one page of ids and rows (a few KB). */
const maxEntries = 2000;

/** `clock` is for tests; the default is performance.now. */
export function createSearchResultCache(ttlMs: number, clock?: { now(): number }): SearchResultCache {
  if (ttlMs <= 0) return { ttlMs: 0, get: (_key, compute) => compute() };
  const entries = new LRUCache<string, Promise<object>>({
    max: maxEntries,
    ttl: ttlMs,
    ttlAutopurge: false,
    ttlResolution: 0,
    ...(clock ? { perf: clock } : {}),
  });
  return {
    ttlMs,
    get<T extends object>(key: string, compute: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit) return hit as Promise<T>;
      const pending = compute();
      entries.set(key, pending);
      // A failed search is not remembered: the next visitor asks the database again.
      pending.catch(() => {
        if (entries.peek(key) === pending) entries.delete(key);
      });
      return pending;
    },
  };
}
