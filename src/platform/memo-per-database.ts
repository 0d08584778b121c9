import { LRUCache } from 'lru-cache';
import type { Queryable } from '../db/database.js';

/**
 * A read that changes rarely (a vocabulary, a list of names), kept per database handle for `ttlMs`
 * so pages do not ask for it on every request. Concurrent callers share one read; a failed read is
 * not kept, so the next caller asks again.
 */
export function memoPerDatabase<V extends object>(ttlMs: number, max = 1000): (db: Queryable, key: string, load: () => Promise<V>) => Promise<V> {
  const caches = new WeakMap<Queryable, LRUCache<string, Promise<V>>>();
  return (db, key, load) => {
    let cache = caches.get(db);
    if (!cache) {
      cache = new LRUCache<string, Promise<V>>({ max, ttl: ttlMs });
      caches.set(db, cache);
    }
    const cached = cache.get(key);
    if (cached) return cached;
    const read = load();
    const kept = cache;
    read.catch(() => kept.delete(key));
    cache.set(key, read);
    return read;
  };
}
