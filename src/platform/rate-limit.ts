import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../db/database.js';

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

/**
 * Fixed-window counter kept in the database, so every app process shares it (stateless processes).
 * One statement: insert or bump, resetting the window when it has passed.
 */
export async function hitRateLimit(db: Queryable, bucket: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const [row] = await queryRows<{ hits: number; reset_at: Date | string }>(
    db,
    sql`insert into rate_limits (bucket, hits, reset_at)
        values (${bucket}, 1, now() + make_interval(secs => ${windowSeconds}))
        on conflict (bucket) do update set
          hits = case when rate_limits.reset_at <= now() then 1 else rate_limits.hits + 1 end,
          reset_at = case when rate_limits.reset_at <= now()
                          then now() + make_interval(secs => ${windowSeconds}) else rate_limits.reset_at end
        returning hits, reset_at`,
  );
  if (!row) return { allowed: true, retryAfterSeconds: 0 };
  const resetAt = new Date(row.reset_at).getTime();
  return {
    allowed: row.hits <= limit,
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)),
  };
}

/** Reads a bucket's count without adding a hit (to refuse before doing expensive work). */
export async function peekRateLimit(db: Queryable, bucket: string): Promise<{ hits: number; retryAfterSeconds: number }> {
  const [row] = await queryRows<{ hits: number; seconds: number | string }>(
    db,
    sql`select hits, ceil(extract(epoch from (reset_at - now())))::int as seconds
        from rate_limits where bucket = ${bucket} and reset_at > now()`,
  );
  if (!row) return { hits: 0, retryAfterSeconds: 0 };
  return { hits: row.hits, retryAfterSeconds: Math.max(1, Number(row.seconds)) };
}

/** Clears a bucket, e.g. the per-account login counter after a successful login. */
export async function clearRateLimit(db: Queryable, bucket: string): Promise<void> {
  await db.execute(sql`delete from rate_limits where bucket = ${bucket}`);
}

/** Drops expired windows; called by the housekeeping loop. */
export async function pruneRateLimits(db: Queryable): Promise<void> {
  await db.execute(sql`delete from rate_limits where reset_at < now() - interval '1 day'`);
}
