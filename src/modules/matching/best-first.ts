/**
 * Best bound first: the rows of "opportunities for a volunteer" are read from the database in
 * batches, in order of the score each could reach at best (scoreUpperBound), and reading stops once
 * nothing unread could enter the list. The outcome is what evaluating every short-listed row gives
 * (the engine's ring-by-ring rule included), for a fraction of the rows: a Budapest volunteer's
 * 300-row short list needs about a batch or two.
 */
export type BoundedCandidate = { id: string; bound: number };

export type BestFirstSearch = {
  /** Remote candidates: always considered. */
  remote: BoundedCandidate[];
  /** How many rings there are around the volunteer's home. */
  ringCount: number;
  /** On-site candidates of ring k, asked only when it is considered: while rings < k hold fewer than `limit` eligible on-site matches. */
  ring(k: number): BoundedCandidate[];
  limit: number;
  batchSize: number;
  /** Reads and evaluates these rows; the counts below then include them. */
  evaluate(ids: string[]): Promise<void>;
  /** Eligible on-site matches so far. */
  onSiteEligible(): number;
  /** The `limit`-th best score among the eligible so far, if there are that many. */
  lastPlaceScore(): number | undefined;
};

const byBound = (a: BoundedCandidate, b: BoundedCandidate) => b.bound - a.bound;

export async function evaluateBestFirst(search: BestFirstSearch): Promise<void> {
  const { ringCount, limit, batchSize } = search;
  const read = new Set<string>();
  const first = ringCount > 0 ? search.ring(0) : [];
  let candidates = [...search.remote, ...first].sort(byBound);
  let onSite = new Set(first.map((c) => c.id));
  let ringsIn = ringCount > 0 ? 1 : 0;
  for (;;) {
    // The next ring joins once the rings so far are read in full and hold too few on-site matches.
    while (search.onSiteEligible() < limit && ringsIn < ringCount && [...onSite].every((id) => read.has(id))) {
      const ring = search.ring(ringsIn);
      candidates = [...candidates, ...ring].sort(byBound);
      onSite = new Set([...onSite, ...ring.map((c) => c.id)]);
      ringsIn += 1;
    }
    const decided = search.onSiteEligible() >= limit || ringsIn === ringCount;
    const unread = candidates.filter((c) => !read.has(c.id));
    if (unread.length === 0) return;
    let batch: BoundedCandidate[];
    if (decided) {
      const last = search.lastPlaceScore();
      if (last !== undefined && last > (unread[0] as BoundedCandidate).bound) return;
      batch = unread.slice(0, batchSize);
    } else {
      // Whether another ring joins depends on the on-site rows: read those first.
      batch = unread.filter((c) => onSite.has(c.id)).slice(0, batchSize);
    }
    // Cannot happen while undecided rings have unread rows (the loop above); a guard against looping.
    if (batch.length === 0) return;
    for (const c of batch) read.add(c.id);
    await search.evaluate(batch.map((c) => c.id));
  }
}
