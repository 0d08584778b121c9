import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { startPeriodicJob } from '../../platform/periodic-job.js';
import { expireTrainingOffers } from './waitlist-offers.js';

/**
 * The training seat-offer expiry on a timer, for src/server.ts (as the shift seat-offer job): every
 * minute, lapsed holds pass to the next on the waitlist. Safe in several processes (sessions are
 * claimed SKIP LOCKED, see expireTrainingOffers).
 */
export function startTrainingOfferExpiry(opts: { db: Database; config: Pick<Config, 'baseUrl'>; log: Pick<Logger, 'info' | 'error'>; intervalMs?: number }) {
  const intervalMs = opts.intervalMs ?? 60_000;
  return startPeriodicJob({
    name: 'training offer expiry',
    run: async () => ({ expired: await expireTrainingOffers(opts.db, new Date(), { baseUrl: opts.config.baseUrl }) }),
    log: opts.log,
    intervalMs,
    firstRunMs: intervalMs,
  });
}
