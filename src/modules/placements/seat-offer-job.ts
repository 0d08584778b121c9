import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { startPeriodicJob } from '../../platform/periodic-job.js';
import { expireSeatOffers } from './seat-offers.js';

/**
 * The seat-offer expiry on a timer, for src/server.ts: every minute, lapsed holds pass to the next on
 * the waitlist. Safe in several processes (shifts are claimed SKIP LOCKED, see expireSeatOffers).
 */
export function startSeatOfferExpiry(opts: { db: Database; config: Pick<Config, 'baseUrl'>; log: Pick<Logger, 'info' | 'error'>; intervalMs?: number }) {
  const intervalMs = opts.intervalMs ?? 60_000;
  return startPeriodicJob({
    name: 'seat offer expiry',
    run: async () => ({ expired: await expireSeatOffers(opts.db, new Date(), { baseUrl: opts.config.baseUrl }) }),
    log: opts.log,
    intervalMs,
    firstRunMs: intervalMs,
  });
}
