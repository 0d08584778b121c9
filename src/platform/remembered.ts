/**
 * `compute` remembered per key, for pure and costly lookups on hot paths (Intl formatting, calendar
 * texts). At most `max` keys are kept: when full, the memory starts afresh, which keeps it bounded
 * without the bookkeeping of an LRU for keys that are cheap to compute again.
 */
export function remembered<K, V>(compute: (key: K) => V, max: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    if (known.size >= max) known.clear();
    known.set(key, value);
    return value;
  };
}
