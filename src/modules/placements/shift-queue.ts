import { queuedForRow } from '../../platform/row-queue.js';

/**
 * Sign-ups and seat changes of one shift, one at a time within this process (platform/row-queue.ts
 * says why); correctness across processes comes from the shift row lock.
 */
export function queuedForShift<T>(shiftId: string, work: () => Promise<T>): Promise<T> {
  return queuedForRow(`shift:${shiftId}`, work);
}
