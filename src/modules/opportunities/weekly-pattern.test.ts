import { describe, expect, it } from 'vitest';
import { toBudapestLocal } from '../../platform/budapest-time.js';
import { planWeeklyShifts, withoutExisting } from './weekly-pattern.js';

describe('weekly pattern → shifts', () => {
  // Wednesday 2026-03-18 noon in Budapest; the clocks change on Sunday 2026-03-29.
  const now = new Date('2026-03-18T11:00:00Z');

  it('creates one shift per slot and week, from tomorrow', () => {
    const planned = planWeeklyShifts(
      [
        { day: 7, start: '10:00', end: '12:00', capacity: 5 },
        { day: 2, start: '17:00', end: '19:30', capacity: 8 },
      ],
      2,
      now,
    );
    expect(planned.map((p) => toBudapestLocal(p.startsAt))).toEqual(['2026-03-22T10:00', '2026-03-24T17:00', '2026-03-29T10:00', '2026-03-31T17:00']);
    expect(planned.map((p) => p.capacity)).toEqual([5, 8, 5, 8]);
    expect(toBudapestLocal(planned[1]?.endsAt as Date)).toBe('2026-03-24T19:30');
  });

  it('keeps the wall-clock time across the spring DST change (the UTC instant moves by an hour)', () => {
    const planned = planWeeklyShifts([{ day: 7, start: '10:00', end: '12:00', capacity: 5 }], 2, now);
    expect(planned.map((p) => p.startsAt.toISOString())).toEqual(['2026-03-22T09:00:00.000Z', '2026-03-29T08:00:00.000Z']);
    // Still two hours long on the day of the change.
    const last = planned[1];
    expect(((last?.endsAt.getTime() ?? 0) - (last?.startsAt.getTime() ?? 0)) / 3_600_000).toBe(2);
  });

  it('keeps the wall-clock time across the autumn DST change', () => {
    const planned = planWeeklyShifts([{ day: 7, start: '09:00', end: '11:00', capacity: 3 }], 2, new Date('2026-10-14T10:00:00Z'));
    expect(planned.map((p) => p.startsAt.toISOString())).toEqual(['2026-10-18T07:00:00.000Z', '2026-10-25T08:00:00.000Z']);
  });

  it('does not start today even when today matches the pattern', () => {
    const planned = planWeeklyShifts([{ day: 3, start: '18:00', end: '20:00', capacity: 3 }], 1, now);
    expect(planned.map((p) => toBudapestLocal(p.startsAt))).toEqual(['2026-03-25T18:00']);
  });

  it('leaves out shifts that already start at the planned instant', () => {
    const planned = planWeeklyShifts([{ day: 7, start: '10:00', end: '12:00', capacity: 5 }], 3, now);
    const fresh = withoutExisting(planned, [planned[0]?.startsAt as Date, new Date(planned[1]?.startsAt.getTime() as number)]);
    expect(fresh).toEqual([planned[2]]);
  });

  it('drops a night slot that falls entirely into the hour skipped in spring', () => {
    const planned = planWeeklyShifts([{ day: 7, start: '02:00', end: '03:00', capacity: 2 }], 2, now);
    expect(planned.map((p) => toBudapestLocal(p.startsAt))).toEqual(['2026-03-22T02:00']);
  });
});
