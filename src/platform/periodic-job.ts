import type { Logger } from 'pino';

/**
 * Runs a background job on a timer in this process: never two runs at once here, the first run soon
 * after the start, errors logged rather than thrown, and `stop()` waits for a run in progress.
 * Jobs started this way must be safe in several processes themselves (claim rows SKIP LOCKED).
 */
export function startPeriodicJob<R extends Record<string, number>>(opts: {
  name: string;
  run: () => Promise<R>;
  log: Pick<Logger, 'info' | 'error'>;
  intervalMs: number;
  firstRunMs?: number;
  /** Whether a run's result is worth a log line (by default: when any count is above zero). */
  worthLogging?: (result: R) => boolean;
}): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      const result = await opts.run();
      const worth = opts.worthLogging ?? ((r: R) => Object.values(r).some((n) => n > 0));
      if (worth(result)) opts.log.info({ ...result } as Record<string, number>, `${opts.name} done`);
    } catch (err) {
      opts.log.error({ err }, `${opts.name} failed`);
    }
  };
  const runOnce = () => {
    if (!running && !stopped) running = tick().finally(() => (running = undefined));
  };
  const first = setTimeout(runOnce, opts.firstRunMs ?? 60_000);
  const timer = setInterval(runOnce, opts.intervalMs);
  first.unref();
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
