import { describe, expect, it } from 'vitest';
import { addMonths } from '../../platform/budapest-time.js';
import { formatDate } from '../../platform/i18n.js';
import { deadlineDate, requestDeadline } from './deadline.js';

describe('addMonths (calendar months, last day when the day is missing)', () => {
  it.each([
    ['2026-11-24', 1, '2026-12-24'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-01-29', 1, '2028-02-29'],
    ['2026-01-28', 1, '2026-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-02-28', 1, '2026-03-28'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-31', 13, '2027-06-30'],
  ])('%s + %i month(s) = %s', (day, n, expected) => {
    expect(addMonths(day, n)).toBe(expected);
  });
});

describe('requestDeadline (GDPR Art. 12 (3), Ptk. 6:7. § (3))', () => {
  it('is the same day a month later; days left count Budapest calendar days; the reminder is a week before', () => {
    const d = requestDeadline(new Date('2026-11-24T09:00:00Z'), new Date('2026-12-01T09:00:00Z'));
    expect(d).toEqual({ deadlineDay: '2026-12-24', daysLeft: 23, reminderDay: '2026-12-17', reminderDue: false });
  });

  it('takes the last day of a shorter month, in leap years too', () => {
    expect(requestDeadline(new Date('2027-01-31T10:00:00Z'), new Date('2027-01-31T10:00:00Z')).deadlineDay).toBe('2027-02-28');
    expect(requestDeadline(new Date('2028-01-31T10:00:00Z'), new Date('2028-01-31T10:00:00Z')).deadlineDay).toBe('2028-02-29');
    expect(requestDeadline(new Date('2026-05-31T10:00:00Z'), new Date('2026-05-31T10:00:00Z')).deadlineDay).toBe('2026-06-30');
  });

  it('counts from the Budapest day of receipt, not the UTC day (23:30 in Budapest is the next UTC day in neither season)', () => {
    // 2026-01-31 23:30 CET = 22:30 UTC on the 31st; 2026-02-01 00:30 CET = 23:30 UTC on 31 January.
    expect(requestDeadline(new Date('2026-01-31T22:30:00Z'), new Date('2026-02-01T00:00:00Z')).deadlineDay).toBe('2026-02-28');
    expect(requestDeadline(new Date('2026-01-31T23:30:00Z'), new Date('2026-02-01T00:00:00Z')).deadlineDay).toBe('2026-03-01');
    // Summer time: 2026-06-30 00:30 CEST = 22:30 UTC on 29 June.
    expect(requestDeadline(new Date('2026-06-29T22:30:00Z'), new Date('2026-06-29T22:30:00Z')).deadlineDay).toBe('2026-07-30');
  });

  it('counts whole days across the clock changes (the 23- and 25-hour days are one day each)', () => {
    // Received 2026-03-10; deadline 2026-04-10; the spring change (29 March) lies between.
    const spring = requestDeadline(new Date('2026-03-10T08:00:00Z'), new Date('2026-03-28T23:30:00Z')); // 00:30 CET, 29 March
    expect(spring.deadlineDay).toBe('2026-04-10');
    expect(spring.daysLeft).toBe(12);
    // The first minute of the deadline day in summer time is 22:00 UTC the day before.
    expect(requestDeadline(new Date('2026-03-10T08:00:00Z'), new Date('2026-04-09T22:00:00Z')).daysLeft).toBe(0);
    expect(requestDeadline(new Date('2026-03-10T08:00:00Z'), new Date('2026-04-09T21:59:00Z')).daysLeft).toBe(1);
    // Autumn: received 2026-10-05, deadline 2026-11-05; the change on 25 October lies between.
    const autumn = requestDeadline(new Date('2026-10-05T08:00:00Z'), new Date('2026-10-24T23:00:00Z')); // 01:00 CEST, 25 October
    expect(autumn.daysLeft).toBe(11);
    expect(requestDeadline(new Date('2026-10-05T08:00:00Z'), new Date('2026-11-04T23:00:00Z')).daysLeft).toBe(0);
  });

  it('is overdue (negative days left) after the deadline day, and the reminder is due from a week before', () => {
    const requestedAt = new Date('2026-11-24T09:00:00Z');
    expect(requestDeadline(requestedAt, new Date('2026-12-16T22:59:00Z')).reminderDue).toBe(false); // 23:59 on the 16th
    expect(requestDeadline(requestedAt, new Date('2026-12-16T23:00:00Z'))).toMatchObject({ reminderDue: true, daysLeft: 7 });
    expect(requestDeadline(requestedAt, new Date('2026-12-24T22:59:00Z')).daysLeft).toBe(0);
    expect(requestDeadline(requestedAt, new Date('2026-12-27T10:00:00Z'))).toMatchObject({ daysLeft: -3, reminderDue: true });
  });

  it('formats the deadline day as a Hungarian date', () => {
    expect(formatDate('hu', deadlineDate('2026-11-24'))).toBe('2026. 11. 24.');
    expect(formatDate('hu', deadlineDate('2027-03-01'))).toBe('2027. 03. 01.');
  });
});
