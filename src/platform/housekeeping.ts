import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import { type MailTransport, sendDueMail } from './mail.js';
import { pruneRateLimits } from './rate-limit.js';
import { pruneExpiredEmailTokens, pruneExpiredSessions } from './sessions.js';

/**
 * The in-process background loop: sends due e-mail (when SMTP is configured) and prunes expired
 * sessions, one-time e-mail links and rate-limit windows. Safe to run in several processes (rows are claimed with SKIP LOCKED).
 */
export function startHousekeeping(opts: { db: Database; log: Logger; transport: MailTransport | undefined; mailFrom: string; intervalMs?: number }): {
  stop(): Promise<void>;
} {
  let running: Promise<void> | undefined;
  let ticks = 0;
  const tick = async () => {
    try {
      if (opts.transport) {
        const sent = await sendDueMail(opts.db, opts.transport, opts.mailFrom);
        if (sent) opts.log.info({ sent }, 'mail sent');
      }
      if (ticks++ % 60 === 0) {
        await pruneExpiredSessions(opts.db);
        await pruneRateLimits(opts.db);
        await pruneExpiredEmailTokens(opts.db);
      }
    } catch (err) {
      opts.log.error({ err }, 'housekeeping failed');
    }
  };
  const timer = setInterval(() => {
    if (!running) running = tick().finally(() => (running = undefined));
  }, opts.intervalMs ?? 5000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
