import { describe, expect, it } from 'vitest';
import { queuedForShift } from './shift-queue.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('queuedForShift', () => {
  it('runs work for one shift one at a time, in arrival order, and other shifts alongside', async () => {
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const job = (shift: string, i: number) =>
      queuedForShift(shift, async () => {
        running++;
        most = Math.max(most, running);
        log.push(`${shift}${i}`);
        await pause(5);
        running--;
        return i;
      });
    const results = await Promise.all([job('a', 1), job('a', 2), job('a', 3)]);
    expect(results).toEqual([1, 2, 3]);
    expect(log).toEqual(['a1', 'a2', 'a3']);
    expect(most).toBe(1);
    most = 0;
    await Promise.all([job('a', 4), job('b', 1)]);
    expect(most).toBe(2);
  });

  it('keeps going after a failure, which reaches only its own caller', async () => {
    const failing = queuedForShift('c', async () => {
      throw new Error('boom');
    });
    const next = queuedForShift('c', async () => 'ok');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });
});
