import type { Queryable } from '../db/database.js';
import { createPromiseCache, type PromiseCache } from './promise-cache.js';

/**
 * A read that changes rarely (a vocabulary, a list of names), kept per database handle for `ttlMs`
 * so pages do not ask for it on every request (a promise cache per handle: concurrent callers share
 * one read, a failed read is not kept).
 */
export function memoPerDatabase<V extends object>(ttlMs: number, max = 1000): (db: Queryable, key: string, load: () => Promise<V>) => Promise<V> {
  const caches = new WeakMap<Queryable, PromiseCache>();
  return (db, key, load) => {
    let cache = caches.get(db);
    if (!cache) {
      cache = createPromiseCache(ttlMs, { max });
      caches.set(db, cache);
    }
    return cache.get(key, load);
  };
}
