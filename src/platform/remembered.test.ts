import { describe, expect, it } from 'vitest';
import { remembered } from './remembered.js';

describe('remembered', () => {
  it('computes a key once, and starts afresh when full', () => {
    const calls: number[] = [];
    const square = remembered((n: number) => {
      calls.push(n);
      return n * n;
    }, 2);
    expect([square(2), square(2), square(3)]).toEqual([4, 4, 9]);
    expect(calls).toEqual([2, 3]);
    square(4); // full: forgets 2 and 3
    expect(square(2)).toBe(4);
    expect(calls).toEqual([2, 3, 4, 2]);
  });

  it('does not remember a computation that threw', () => {
    let fail = true;
    const f = remembered((k: string) => {
      if (fail) throw new RangeError(k);
      return k;
    }, 10);
    expect(() => f('x')).toThrow(RangeError);
    fail = false;
    expect(f('x')).toBe('x');
  });
});
