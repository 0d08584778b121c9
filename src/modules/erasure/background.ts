import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { startPeriodicJob } from '../../platform/periodic-job.js';
import { sendDeadlineReminders } from './reminders.js';

/**
 * The data-request deadline reminders on a timer, for src/server.ts. A tick is one indexed query
 * when nothing is due; several processes may run it at once (requests are claimed SKIP LOCKED).
 */
export function startDeadlineReminders(opts: { db: Database; config: Pick<Config, 'baseUrl'>; log: Pick<Logger, 'info' | 'error'>; intervalMs?: number }) {
  const intervalMs = opts.intervalMs ?? 15 * 60_000;
  return startPeriodicJob({
    name: 'data request deadline reminders',
    run: async () => ({ reminded: await sendDeadlineReminders(opts.db, opts.config.baseUrl, new Date()) }),
    log: opts.log,
    intervalMs,
    firstRunMs: Math.min(intervalMs, 60_000),
  });
}
