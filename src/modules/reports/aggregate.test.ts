import { describe, expect, it } from 'vitest';
import { legalAmountsOn, parseLegalAmountRows } from '../volunteer-law/legal-amounts.js';
import { seededMinimumWages } from '../volunteer-law/legal-data-test-support.js';
import { type ApprovedMinutes, outdatedAmountYear, yearFigures } from './aggregate.js';

const seeded = (day: string) => legalAmountsOn(day, seededMinimumWages);

const row = (activityDay: string, minutes: number, activity = 'Főzés', volunteerId = 'v1', birthDate: string | null = null): ApprovedMinutes => ({
  activityDay,
  volunteerId,
  birthDate,
  activity,
  minutes,
});

describe('yearFigures', () => {
  it('gives 12 months with zeros, distinct volunteers overall and per month', () => {
    const f = yearFigures([row('2025-03-01', 60), row('2025-03-02', 30, 'Főzés', 'v2'), row('2025-05-10', 45)], seeded);
    expect(f.months).toHaveLength(12);
    expect(f.months.map((m) => m.minutes)).toEqual([0, 0, 90, 0, 45, 0, 0, 0, 0, 0, 0, 0]);
    expect(f.months[2]?.volunteers).toBe(2);
    expect(f.months[4]?.volunteers).toBe(1);
    expect(f.volunteers).toBe(2);
    expect(f.minutes).toBe(135);
  });

  it('groups activities trimmed and case-insensitively; sorts by minutes, then in Hungarian order', () => {
    const f = yearFigures(
      [
        row('2025-01-02', 60, 'Főzés'),
        row('2025-01-03', 30, ' főzés '),
        row('2025-01-04', 45, 'Ültetés'),
        row('2025-01-05', 45, 'Öntözés'),
        row('2025-01-06', 45, 'Ozsonna'),
      ],
      seeded,
    );
    expect(f.activities).toEqual([
      { activity: 'Főzés', minutes: 90 },
      { activity: 'Ozsonna', minutes: 45 },
      { activity: 'Öntözés', minutes: 45 },
      { activity: 'Ültetés', minutes: 45 },
    ]);
  });

  it('values every minute at its own day’s hour value and rounds once at the end', () => {
    // 1 minute at 1,817.5 Ft/h = 30.29… Ft; rounding each entry would give 3 × 30 = 90, once gives 91.
    const f = yearFigures([row('2025-02-01', 1), row('2025-02-02', 1), row('2025-02-03', 1)], seeded);
    expect(f.valueFt).toBe(Math.round((3 * 290_800) / 9600));
    expect(f.valueFt).toBe(91);
    expect(f.hourValues).toEqual([expect.objectContaining({ effectiveFrom: '2025-01-01', hourValueFt: 1817.5, minutes: 3 })]);
  });

  it('uses both amounts when the year spans a change', () => {
    const table = parseLegalAmountRows([
      { effectiveFrom: '2025-01-01', monthlyMinimumWageFt: 290_800, source: 'a' },
      { effectiveFrom: '2025-07-01', monthlyMinimumWageFt: 320_000, source: 'b' },
    ]);
    const f = yearFigures([row('2025-06-30', 60), row('2025-07-01', 60)], (d) => legalAmountsOn(d, table));
    expect(f.valueFt).toBe(Math.round(1817.5 + 2000));
    expect(f.hourValues.map((v) => [v.effectiveFrom, v.hourValueFt, v.minutes])).toEqual([
      ['2025-01-01', 1817.5, 60],
      ['2025-07-01', 2000, 60],
    ]);
  });

  it('leaves days before the first configured amount out of the value, and says how many', () => {
    const f = yearFigures([row('2024-12-31', 60)], seeded);
    expect(f.valueFt).toBeNull();
    expect(f.minutesWithoutValue).toBe(60);
  });

  it('counts minors’ minutes by the age on the activity day (18th birthday: adult)', () => {
    const f = yearFigures([row('2025-04-09', 30, 'Főzés', 'm', '2007-04-10'), row('2025-04-10', 40, 'Főzés', 'm', '2007-04-10')], seeded);
    expect(f.minorMinutes).toBe(30);
    expect(f.months[3]?.minorMinutes).toBe(30);
  });
});

describe('outdatedAmountYear', () => {
  it('names the configured year when the asked year is newer, and nothing otherwise', () => {
    const table = parseLegalAmountRows([{ effectiveFrom: '2025-01-01', monthlyMinimumWageFt: 290_800, source: 'a' }]);
    expect(outdatedAmountYear(2026, (d) => legalAmountsOn(d, table))).toBe(2025);
    expect(outdatedAmountYear(2025, (d) => legalAmountsOn(d, table))).toBeNull();
    expect(outdatedAmountYear(2024, (d) => legalAmountsOn(d, table))).toBeNull();
  });
});
