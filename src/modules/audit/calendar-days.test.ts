import { describe, expect, it } from 'vitest';
import { budapestDayStart, isRealDay, nextDay } from './calendar-days.js';

describe('calendar days in Budapest', () => {
  it('knows real days from look-alikes', () => {
    expect(isRealDay('2026-11-24')).toBe(true);
    expect(isRealDay('2028-02-29')).toBe(true);
    expect(isRealDay('2026-02-29')).toBe(false);
    expect(isRealDay('2026-13-01')).toBe(false);
    expect(isRealDay('2026-1-1')).toBe(false);
    expect(isRealDay("2026-01-01' or 1=1")).toBe(false);
  });

  it('starts a winter day at 23:00 UTC the day before, a summer day at 22:00', () => {
    expect(budapestDayStart('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(budapestDayStart('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('handles the days daylight saving time changes', () => {
    expect(budapestDayStart('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(budapestDayStart('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(budapestDayStart('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(budapestDayStart('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('steps to the next day across months and years', () => {
    expect(nextDay('2026-01-31')).toBe('2026-02-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });
});
