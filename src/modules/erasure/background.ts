import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { startRepeatingTask } from '../../platform/repeating-task.js';
import { sendDeadlineReminders } from './reminders.js';

/**
 * The data-request deadline reminders on a timer, for src/server.ts. A tick is one indexed query
 * when nothing is due; several processes may run it at once (requests are claimed SKIP LOCKED).
 */
export function startDeadlineReminders(opts: { db: Database; config: Pick<Config, 'baseUrl'>; log: Pick<Logger, 'info' | 'error'>; intervalMs?: number }): {
  stop(): Promise<void>;
} {
  return startRepeatingTask(
    async () => {
      try {
        const reminded = await sendDeadlineReminders(opts.db, opts.config.baseUrl, new Date());
        if (reminded) opts.log.info({ reminded }, 'data request deadline reminders sent');
      } catch (err) {
        opts.log.error({ err }, 'data request deadline reminders failed');
      }
    },
    opts.intervalMs ?? 15 * 60_000,
  );
}
