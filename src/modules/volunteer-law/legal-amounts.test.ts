import { describe, expect, it } from 'vitest';
import { checkRewardCap } from './benefit-cap.js';
import { type LegalAmountRow, legalAmountsOn, parseLegalAmountRows } from './legal-amounts.js';
import { seededMinimumWages } from './legal-data-test-support.js';

/** HUNGARY.md §1.7: minimum wage 2025 290,800 Ft; hour value = wage / 160; reward cap 20 % a year. */
const testTable: LegalAmountRow[] = [
  { effectiveFrom: '2025-01-01', monthlyMinimumWageFt: 290_800, source: 'HUNGARY.md §1.7' },
  // A made-up later row, only to test the lookup by date (not a real amount).
  { effectiveFrom: '2030-01-01', monthlyMinimumWageFt: 400_001, source: 'test' },
];

describe('legal amounts by date (configuration, HUNGARY.md §1.7)', () => {
  it('gives the 2025 amounts from the seeded table', () => {
    const amounts = legalAmountsOn('2025-06-30', seededMinimumWages);
    expect(amounts).toMatchObject({
      effectiveFrom: '2025-01-01',
      monthlyMinimumWageFt: 290_800,
      volunteerHourValueFt: 1817.5,
      yearlyRewardCapFt: 58_160,
      newestIsOlderThanYear: false,
      year: 2025,
    });
  });

  it.each<[string, string | null, string]>([
    ['2024-12-31', null, 'before the first row: nothing'],
    ['2025-01-01', '2025-01-01', 'the effective day itself'],
    ['2029-12-31', '2025-01-01', 'the day before the next row'],
    ['2030-01-01', '2030-01-01', 'the next row from its first day'],
  ])('on %s the row of %s is in force (%s)', (day, from) => {
    expect(legalAmountsOn(day, testTable)?.effectiveFrom ?? null).toBe(from);
  });

  it('rounds the 20 % cap down to whole forints', () => {
    expect(legalAmountsOn('2030-06-01', testTable)?.yearlyRewardCapFt).toBe(80_000);
  });

  it('says when the newest amount is older than the year asked about', () => {
    expect(legalAmountsOn('2027-03-01', seededMinimumWages)).toMatchObject({ newestIsOlderThanYear: true, year: 2027, monthlyMinimumWageFt: 322_800 });
    expect(legalAmountsOn('2026-12-31', seededMinimumWages)?.newestIsOlderThanYear).toBe(false);
    expect(legalAmountsOn('2025-12-31', seededMinimumWages)?.newestIsOlderThanYear).toBe(false);
  });

  it('gives the 2026 amounts: 322 800 Ft, hour value 2 017.5 Ft, reward cap 64 560 Ft', () => {
    expect(legalAmountsOn('2026-01-01', seededMinimumWages)).toMatchObject({
      effectiveFrom: '2026-01-01',
      monthlyMinimumWageFt: 322_800,
      volunteerHourValueFt: 2017.5,
      yearlyRewardCapFt: 64_560,
      newestIsOlderThanYear: false,
    });
    expect(legalAmountsOn('2025-12-31', seededMinimumWages)?.monthlyMinimumWageFt).toBe(290_800);
  });

  it('refuses a malformed table', () => {
    expect(() => parseLegalAmountRows([{ effectiveFrom: '2025-01-01', monthlyMinimumWageFt: 290_800.5, source: 'x' }])).toThrow();
    expect(() => parseLegalAmountRows([])).toThrow();
    expect(() =>
      parseLegalAmountRows([
        { effectiveFrom: '2025-01-01', monthlyMinimumWageFt: 1, source: 'x' },
        { effectiveFrom: '2025-01-01', monthlyMinimumWageFt: 2, source: 'x' },
      ]),
    ).toThrow(/increasing/);
  });
});

describe('reward cap of a volunteer (Köt. 2. § (3): 20 % of the monthly minimum wage a year)', () => {
  it.each([
    ['nothing given, a small reward', [], 10_000, { usedFt: 0, remainingFt: 58_160, remainingAfterFt: 48_160, wouldExceed: false, nearCap: false }],
    ['just below the 80 % warning', [30_000], 16_527, { usedFt: 30_000, remainingAfterFt: 11_633, wouldExceed: false, nearCap: false }],
    ['reaching 80 % warns', [30_000], 16_528, { wouldExceed: false, nearCap: true }],
    ['exactly the cap is allowed', [50_000, 8_000], 160, { usedFt: 58_000, remainingFt: 160, remainingAfterFt: 0, wouldExceed: false, nearCap: true }],
    ['one forint over the cap', [58_160], 1, { remainingFt: 0, remainingAfterFt: -1, wouldExceed: true }],
    ['already over: remaining is 0', [60_000], 0, { remainingFt: 0, wouldExceed: true }],
  ])('%s', (_name, givenFt, proposedFt, expected) => {
    const check = checkRewardCap({ onDay: '2025-05-01', givenFt, proposedFt }, seededMinimumWages);
    expect(check).toMatchObject({ year: 2025, capFt: 58_160, warningThresholdFt: 46_528, amountNotConfiguredForYear: false, ...expected });
  });

  it('warns when the year’s amount is not configured, and knows nothing before the first row', () => {
    expect(checkRewardCap({ onDay: '2027-02-01', givenFt: [], proposedFt: 1 }, seededMinimumWages)?.amountNotConfiguredForYear).toBe(true);
    expect(checkRewardCap({ onDay: '2026-02-01', givenFt: [], proposedFt: 1 }, seededMinimumWages)).toMatchObject({
      amountNotConfiguredForYear: false,
      capFt: 64_560,
    });
    expect(checkRewardCap({ onDay: '2024-02-01', givenFt: [], proposedFt: 1 }, seededMinimumWages)).toBeNull();
  });

  it('takes whole forints only', () => {
    expect(() => checkRewardCap({ onDay: '2025-05-01', givenFt: [1.5], proposedFt: 1 }, seededMinimumWages)).toThrow(RangeError);
    expect(() => checkRewardCap({ onDay: '2025-05-01', givenFt: [], proposedFt: -1 }, seededMinimumWages)).toThrow(RangeError);
  });
});
