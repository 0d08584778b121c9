import { describe, expect, it } from 'vitest';
import { periodStart } from './alert-periods.js';
import { unsubscribeToken, volunteerIdFromToken } from './unsubscribe-token.js';

describe('digest periods in Budapest time', () => {
  it('starts a day at Budapest midnight in winter and in summer', () => {
    expect(periodStart('daily', new Date('2031-01-15T23:30:00Z')).toISOString()).toBe('2031-01-15T23:00:00.000Z');
    expect(periodStart('daily', new Date('2031-01-15T12:00:00Z')).toISOString()).toBe('2031-01-14T23:00:00.000Z');
    expect(periodStart('daily', new Date('2031-07-15T12:00:00Z')).toISOString()).toBe('2031-07-14T22:00:00.000Z');
  });

  it('starts a week on Monday, also across a month and a clock change', () => {
    // Thursday 3 April 2031; summer time began on Sunday 30 March, Monday was 31 March.
    expect(periodStart('weekly', new Date('2031-04-03T10:00:00Z')).toISOString()).toBe('2031-03-30T22:00:00.000Z');
    // A Sunday evening still belongs to the week that began the previous Monday.
    expect(periodStart('weekly', new Date('2031-03-16T20:00:00Z')).toISOString()).toBe('2031-03-09T23:00:00.000Z');
  });
});

describe('unsubscribe token', () => {
  const secret = 'unit-test-secret-key-long-enough-0000000';
  const id = '3f1c2b1e-8a4d-4c7e-9b0a-1234567890ab';
  it('round-trips and rejects tampering', () => {
    const token = unsubscribeToken(secret, id);
    expect(volunteerIdFromToken(secret, token)).toBe(id);
    expect(volunteerIdFromToken('another-secret-key-long-enough-000000000', token)).toBeNull();
    expect(volunteerIdFromToken(secret, token.replace(id, '3f1c2b1e-8a4d-4c7e-9b0a-1234567890ac'))).toBeNull();
    expect(volunteerIdFromToken(secret, `${token}x`)).toBeNull();
    expect(volunteerIdFromToken(secret, undefined)).toBeNull();
    expect(volunteerIdFromToken(secret, ['a'])).toBeNull();
  });
});
