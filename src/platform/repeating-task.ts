/**
 * Runs `task` every `intervalMs` in the background, never two runs at once in this process (a slow
 * run makes the next tick skip). The timer does not keep the process alive; stop() waits for a run
 * in progress. Tasks that several processes run must make themselves safe (claim rows SKIP LOCKED).
 */
export function startRepeatingTask(task: () => Promise<void>, intervalMs: number): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (!running) running = task().finally(() => (running = undefined));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
