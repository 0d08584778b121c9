import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/connection.js';
import { queryRows } from '../db/database.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { clearRateLimit, hitRateLimit, pruneRateLimits } from './rate-limit.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const bucket = (name: string) => `test:${name}:${randomBytes(4).toString('hex')}`;

async function hitsOf(key: string): Promise<number | undefined> {
  const [row] = await queryRows<{ hits: number }>(handle.db, sql`select hits from rate_limits where bucket = ${key}`);
  return row?.hits;
}

describe('hitRateLimit (fixed window in the database)', () => {
  it('allows up to the limit in a window, then refuses with the time left', async () => {
    const key = bucket('login');
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await hitRateLimit(handle.db, key, 5, 600));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false, false]);
    const last = results[6];
    expect(last?.retryAfterSeconds).toBeGreaterThan(590);
    expect(last?.retryAfterSeconds).toBeLessThanOrEqual(601);
    expect(await hitsOf(key)).toBe(7);
  });

  it('keeps buckets apart', async () => {
    const a = bucket('a');
    const b = bucket('b');
    await hitRateLimit(handle.db, a, 1, 60);
    expect((await hitRateLimit(handle.db, a, 1, 60)).allowed).toBe(false);
    expect((await hitRateLimit(handle.db, b, 1, 60)).allowed).toBe(true);
  });

  it('starts a new window once the old one has passed', async () => {
    const key = bucket('window');
    await hitRateLimit(handle.db, key, 2, 60);
    await hitRateLimit(handle.db, key, 2, 60);
    expect((await hitRateLimit(handle.db, key, 2, 60)).allowed).toBe(false);
    await handle.db.execute(sql`update rate_limits set reset_at = now() - interval '1 second' where bucket = ${key}`);
    const fresh = await hitRateLimit(handle.db, key, 2, 60);
    expect(fresh.allowed).toBe(true);
    expect(await hitsOf(key)).toBe(1);
    expect(fresh.retryAfterSeconds).toBeGreaterThan(55);
  });

  it('counts concurrent hits exactly (one atomic statement)', async () => {
    const key = bucket('burst');
    const results = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit(handle.db, key, 10, 60)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(await hitsOf(key)).toBe(25);
  });

  it('is cleared, e.g. after a successful login', async () => {
    const key = bucket('clear');
    await hitRateLimit(handle.db, key, 1, 60);
    expect((await hitRateLimit(handle.db, key, 1, 60)).allowed).toBe(false);
    await clearRateLimit(handle.db, key);
    expect(await hitsOf(key)).toBeUndefined();
    expect((await hitRateLimit(handle.db, key, 1, 60)).allowed).toBe(true);
  });
});

describe('pruneRateLimits', () => {
  it('drops windows that ended more than a day ago and keeps the rest', async () => {
    const old = bucket('old');
    const recent = bucket('recent');
    const live = bucket('live');
    await hitRateLimit(handle.db, old, 5, 60);
    await hitRateLimit(handle.db, recent, 5, 60);
    await hitRateLimit(handle.db, live, 5, 60);
    await handle.db.execute(sql`update rate_limits set reset_at = now() - interval '2 days' where bucket = ${old}`);
    await handle.db.execute(sql`update rate_limits set reset_at = now() - interval '1 hour' where bucket = ${recent}`);
    await pruneRateLimits(handle.db);
    expect(await hitsOf(old)).toBeUndefined();
    expect(await hitsOf(recent)).toBe(1);
    expect(await hitsOf(live)).toBe(1);
  });
});
