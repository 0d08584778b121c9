import { LRUCache } from 'lru-cache';

/**
 * Results kept in memory for `ttlMs` by key, as promises: concurrent misses of one key share one
 * computation, and a failed one is not kept (the next caller computes again). A TTL of 0 turns it
 * off. Used by the search's result cache and by memoPerDatabase.
 */
export type PromiseCache = {
  readonly ttlMs: number;
  get<T extends object>(key: string, compute: () => Promise<T>): Promise<T>;
};

/** `clock` is for tests; the default is performance.now. */
export function createPromiseCache(ttlMs: number, options: { max: number; clock?: { now(): number } }): PromiseCache {
  if (ttlMs <= 0) return { ttlMs: 0, get: (_key, compute) => compute() };
  const entries = new LRUCache<string, Promise<object>>({
    max: options.max,
    ttl: ttlMs,
    ttlAutopurge: false,
    ttlResolution: 0,
    ...(options.clock ? { perf: options.clock } : {}),
  });
  return {
    ttlMs,
    get<T extends object>(key: string, compute: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit) return hit as Promise<T>;
      const pending = compute();
      entries.set(key, pending);
      pending.catch(() => {
        if (entries.peek(key) === pending) entries.delete(key);
      });
      return pending;
    },
  };
}
