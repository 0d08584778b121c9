import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { startRepeatingTask } from '../../platform/repeating-task.js';
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
}): { stop(): Promise<void> } {
  return startRepeatingTask(
    async () => {
      try {
        const result = await runAlertDigests(opts.db, opts.config, new Date());
        if (result.digestsSent) opts.log.info(result, 'alert digests sent');
      } catch (err) {
        opts.log.error({ err }, 'alert digests failed');
      }
    },
    opts.intervalMs ?? 5 * 60_000,
  );
}
