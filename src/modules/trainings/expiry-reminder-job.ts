import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { startPeriodicJob } from '../../platform/periodic-job.js';
import { runExpiryReminders } from './expiry-reminders.js';

/**
 * The qualification expiry reminders on a timer, for src/server.ts: every six hours (a reminder
 * 60 days ahead need not be to the minute). Safe in several processes: qualifications are claimed
 * SKIP LOCKED and marked reminded in the same transaction as the mail.
 */
export function startExpiryReminders(opts: { db: Database; config: Pick<Config, 'baseUrl'>; log: Pick<Logger, 'info' | 'error'>; intervalMs?: number }) {
  return startPeriodicJob({
    name: 'qualification expiry reminders',
    run: () => runExpiryReminders(opts.db, { baseUrl: opts.config.baseUrl }, new Date()),
    log: opts.log,
    intervalMs: opts.intervalMs ?? 6 * 3_600_000,
  });
}
