import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { startPeriodicJob } from '../../platform/periodic-job.js';
import { runInactivityRetention } from './job.js';

/** Every three hours: the rule works in days, so a warning is at most a few hours late. */
const defaultIntervalMs = 3 * 3600_000;
/** The first run a minute after the start, so a process restarted more often than every three hours still runs it. */
const defaultFirstRunMs = 60_000;

/**
 * The inactive-account job on a timer, for src/server.ts. Safe in several processes (each person is
 * locked SKIP LOCKED and re-checked under the lock); does nothing when INACTIVE_ACCOUNT_YEARS=never.
 */
export function startInactivityRetention(opts: {
  db: Database;
  config: Pick<Config, 'baseUrl' | 'inactiveAccountYears'>;
  log: Pick<Logger, 'info' | 'error'>;
  intervalMs?: number;
  firstRunMs?: number;
}): { stop(): Promise<void> } {
  return startPeriodicJob({
    name: 'inactive account job',
    run: () => runInactivityRetention(opts.db, opts.config, new Date()),
    log: opts.log,
    intervalMs: opts.intervalMs ?? defaultIntervalMs,
    firstRunMs: opts.firstRunMs ?? defaultFirstRunMs,
    worthLogging: (result) => result.firstWarnings + result.secondWarnings + result.anonymised > 0,
  });
}
