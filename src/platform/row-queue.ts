/**
 * Work on one limited row (a shift, a training session), one at a time within this process.
 *
 * Correctness across processes comes from the row lock (SELECT … FOR UPDATE); this queue is about
 * capacity. Without it, a burst of sign-ups for one popular shift or session takes every pooled
 * database connection, each waiting on the same row lock, and other requests time out waiting for a
 * connection (seen: 100 simultaneous sign-ups per process on a 12-connection pool → 500s). Queued
 * here, they wait in memory and hold at most one connection per row per process. Keys name the
 * table too ("shift:<id>", "training-session:<id>").
 */
const tails = new Map<string, Promise<unknown>>();

export async function queuedForRow<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    // The last one out removes the entry, so the map does not grow with every row ever seen.
    if (tails.get(key) === tail) tails.delete(key);
  }
}
