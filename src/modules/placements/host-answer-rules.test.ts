import { describe, expect, it } from 'vitest';
import { hostAnswerDeadline, isHostAnswerOverdue, overdueCutoffs, waitAge } from './host-answer-rules.js';

describe('host answer deadline', () => {
  it('is the start day + n working days, over Easter 2026', () => {
    expect(hostAnswerDeadline('2026-03-30', 5)).toBe('2026-04-08');
    expect(hostAnswerDeadline('2026-04-01', 5)).toBe('2026-04-10');
  });

  it('is overdue from the day after the deadline', () => {
    expect(isHostAnswerOverdue('2026-03-30', 5, '2026-04-08')).toBe(false);
    expect(isHostAnswerOverdue('2026-03-30', 5, '2026-04-09')).toBe(true);
    expect(isHostAnswerOverdue('2026-04-01', 5, '2026-04-09')).toBe(false);
  });

  it('gives one cutoff per setting that agrees with the deadline', () => {
    const [five, two] = overdueCutoffs('2026-04-09', [5, 2]);
    expect(five).toEqual({ n: 5, cutoff: '2026-03-30' });
    // Started on Easter Monday: the working days are Apr 7 and 8, so it is overdue on the 9th.
    expect(two?.cutoff).toBe('2026-04-06');
    expect(isHostAnswerOverdue('2026-04-06', 2, '2026-04-09')).toBe(true);
    expect(isHostAnswerOverdue('2026-04-07', 2, '2026-04-09')).toBe(false);
  });

  it('tells the age in working and calendar days', () => {
    expect(waitAge('2026-03-30', '2026-04-09')).toEqual({ workingDays: 6, calendarDays: 10 });
  });
});
