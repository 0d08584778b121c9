import { describe, expect, it } from 'vitest';
import { addDays, budapestDayOf, budapestToInstant, parseBudapestLocal, toBudapestLocal, weekdayOf } from './budapest-time.js';

describe('Budapest wall-clock time', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(budapestToInstant('2026-01-15', '10:00').toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(budapestToInstant('2026-07-15', '10:00').toISOString()).toBe('2026-07-15T08:00:00.000Z');
  });

  it('switches on the last Sunday of March and of October', () => {
    // 2026-03-29: 02:00 CET becomes 03:00 CEST.
    expect(budapestToInstant('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(budapestToInstant('2026-03-29', '10:00').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    // 2026-10-25: 03:00 CEST becomes 02:00 CET.
    expect(budapestToInstant('2026-10-25', '10:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
    expect(budapestToInstant('2026-10-24', '10:00').toISOString()).toBe('2026-10-24T08:00:00.000Z');
  });

  it('takes the earlier instant in the repeated autumn hour and moves a time in the spring gap forward', () => {
    expect(budapestToInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    const gap = budapestToInstant('2026-03-29', '02:30');
    expect(toBudapestLocal(gap)).toBe('2026-03-29T03:30');
  });

  it('reads and writes the datetime-local format', () => {
    const instant = parseBudapestLocal('2026-12-05T09:00');
    expect(instant?.toISOString()).toBe('2026-12-05T08:00:00.000Z');
    expect(toBudapestLocal(instant as Date)).toBe('2026-12-05T09:00');
    expect(budapestDayOf(new Date('2026-12-05T23:30:00Z'))).toBe('2026-12-06');
  });

  it('refuses malformed and impossible dates', () => {
    for (const bad of ['2026-02-30T10:00', '2026-12-05 09:00', '2026-12-05T24:00', '2026-12-05T09:60', 'holnap', '']) {
      expect(parseBudapestLocal(bad)).toBeUndefined();
    }
  });

  it('does calendar arithmetic without a time zone', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekdayOf('2026-03-29')).toBe(7);
    expect(weekdayOf('2026-11-23')).toBe(1);
  });
});
