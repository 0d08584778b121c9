import { createPromiseCache, type PromiseCache } from '../../platform/promise-cache.js';

/**
 * A short-lived cache of search results, shared by the page and the API of one process. The same
 * few searches (the bare list, a county seat, a popular cause) make up most of the public traffic,
 * and each costs several queries over 100,000 opportunities; for `ttlMs` they are answered from
 * memory. Concurrent misses of one key share one computation; a failed search is not remembered. A
 * publication or a closing is seen after at most `ttlMs` (ADR 011). A TTL of 0 turns the cache off
 * (the default in tests).
 */
export type SearchResultCache = PromiseCache;

/** Most distinct searches kept; each entry is one page of ids and rows (a few KB). */
const maxEntries = 2000;

/** `clock` is for tests; the default is performance.now. */
export function createSearchResultCache(ttlMs: number, clock?: { now(): number }): SearchResultCache {
  return createPromiseCache(ttlMs, { max: maxEntries, clock });
}
