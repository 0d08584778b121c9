import { describe, expect, it } from 'vitest';
import { addWorkingDays, easterSunday, hungarianPublicHolidays, isWorkingDay, latestOverdueStartDay, workingDaysBetween } from './working-days.js';

describe('Hungarian public holidays (Mt. 102. § (1))', () => {
  it('computes Easter Sunday', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
  });

  it('derives Good Friday, Easter Monday and Whit Monday from Easter 2026', () => {
    const days = hungarianPublicHolidays(2026);
    expect(days.has('2026-04-03')).toBe(true);
    expect(days.has('2026-04-06')).toBe(true);
    expect(days.has('2026-05-25')).toBe(true);
    expect(days.size).toBe(12);
    expect([...days].filter((d) => d.endsWith('-23') || d.endsWith('-15'))).toEqual(['2026-03-15', '2026-10-23']);
  });

  it('treats weekends and holidays as non-working', () => {
    expect(isWorkingDay('2026-04-02')).toBe(true); // Maundy Thursday is a working day
    expect(isWorkingDay('2026-04-03')).toBe(false);
    expect(isWorkingDay('2026-04-04')).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-06')).toBe(false);
    expect(isWorkingDay('2026-04-07')).toBe(true);
    expect(isWorkingDay('2026-10-23')).toBe(false); // a Friday in 2026
    expect(isWorkingDay('2026-12-24')).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('skips the weekend', () => {
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30'); // Friday → Monday
    expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30'); // Saturday → Monday
    expect(addWorkingDays('2026-11-23', 5)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-23', 0)).toBe('2026-11-23');
  });

  it('skips Easter: Thursday + 1 is Tuesday after Easter Monday', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
    expect(addWorkingDays('2026-03-30', 5)).toBe('2026-04-08');
  });

  it('skips Whit Monday', () => {
    expect(addWorkingDays('2026-05-22', 1)).toBe('2026-05-26');
  });

  it('crosses the year end over Christmas and New Year', () => {
    // 2026-12-23 Wed; 24–26 holidays, 27 Sun, 28–31 working, 2027-01-01 Fri holiday.
    expect(addWorkingDays('2026-12-23', 1)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-23', 5)).toBe('2027-01-04');
  });
});

describe('workingDaysBetween and latestOverdueStartDay', () => {
  it('counts working days after the start up to the end', () => {
    expect(workingDaysBetween('2026-03-30', '2026-04-08')).toBe(5);
    expect(workingDaysBetween('2026-03-30', '2026-03-30')).toBe(0);
    expect(workingDaysBetween('2026-04-08', '2026-03-30')).toBe(0);
  });

  it('gives the edge of the overdue start days, consistent with addWorkingDays', () => {
    const today = '2026-04-09';
    const edge = latestOverdueStartDay(today, 5);
    expect(edge).toBe('2026-03-30'); // due 2026-04-08, over on the 9th
    expect(addWorkingDays(edge, 5) < today).toBe(true);
    expect(addWorkingDays('2026-03-31', 5) >= today).toBe(true);
  });
});
