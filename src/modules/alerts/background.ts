import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { startPeriodicJob } from '../../platform/periodic-job.js';
import { runAlertDigests } from './service.js';

/**
 * The digest job on a timer, for src/server.ts. Frequent ticks are cheap (the claim query finds
 * nothing until a period turns) and safe in several processes (rows are claimed SKIP LOCKED).
 */
export function startAlertDigests(opts: {
  db: Database;
  config: Pick<Config, 'baseUrl' | 'secretKey'>;
  log: Pick<Logger, 'info' | 'error'>;
  intervalMs?: number;
}) {
  const intervalMs = opts.intervalMs ?? 5 * 60_000;
  return startPeriodicJob({
    name: 'alert digests',
    run: () => runAlertDigests(opts.db, opts.config, new Date()),
    log: opts.log,
    intervalMs,
    firstRunMs: Math.min(intervalMs, 60_000),
    worthLogging: (r) => r.digestsSent > 0,
  });
}
