import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { startPeriodicJob } from '../../platform/periodic-job.js';
import { runHostAnswerReminders } from './host-answer-service.js';

/**
 * The hosts' answer reminders on a timer, for src/server.ts: every 30 minutes (deadlines end at
 * Budapest midnight, so a reminder goes out early on the first overdue day). Safe in several
 * processes: reminders are claimed SKIP LOCKED and marked in the same transaction.
 */
export function startHostAnswerReminders(opts: { db: Database; config: Pick<Config, 'baseUrl'>; log: Pick<Logger, 'info' | 'error'>; intervalMs?: number }) {
  return startPeriodicJob({
    name: 'host answer reminders',
    run: () => runHostAnswerReminders(opts.db, { baseUrl: opts.config.baseUrl }, new Date()),
    log: opts.log,
    intervalMs: opts.intervalMs ?? 30 * 60_000,
  });
}
