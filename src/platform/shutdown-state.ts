/**
 * Whether this process is draining: it got SIGTERM and will stop after the grace period. The health
 * check reads it to answer 503, so a load balancer takes the process out of rotation while the
 * requests it still receives are served normally.
 */
export type ShutdownState = { isDraining(): boolean; startDraining(): void };

export function createShutdownState(): ShutdownState {
  let draining = false;
  return {
    isDraining: () => draining,
    startDraining: () => {
      draining = true;
    },
  };
}
