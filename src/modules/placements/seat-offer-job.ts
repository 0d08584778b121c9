import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { expireSeatOffers } from './seat-offers.js';

/**
 * The seat-offer expiry on a timer, for src/server.ts: every minute, lapsed holds pass to the next on
 * the waitlist. Safe in several processes (shifts are claimed SKIP LOCKED, see expireSeatOffers).
 */
export function startSeatOfferExpiry(opts: { db: Database; config: Pick<Config, 'baseUrl'>; log: Pick<Logger, 'info' | 'error'>; intervalMs?: number }): {
  stop(): Promise<void>;
} {
  let running: Promise<void> | undefined;
  const tick = async () => {
    try {
      const expired = await expireSeatOffers(opts.db, new Date(), { baseUrl: opts.config.baseUrl });
      if (expired) opts.log.info({ expired }, 'seat offers expired');
    } catch (err) {
      opts.log.error({ err }, 'seat offer expiry failed');
    }
  };
  const timer = setInterval(() => {
    if (!running) running = tick().finally(() => (running = undefined));
  }, opts.intervalMs ?? 60_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
