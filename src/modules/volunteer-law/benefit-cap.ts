import { type LegalAmountRow, legalAmountsOn } from './legal-amounts.js';

/**
 * The yearly reward (jutalom) cap of one volunteer: 20 % of the monthly minimum wage per calendar
 * year (Köt. 2. § (3), HUNGARY.md §1.7). Whole forints only.
 */
export const rewardWarningPercent = 80;

export type RewardCapCheck = {
  year: number;
  capFt: number;
  /** Rewards already given this calendar year. */
  usedFt: number;
  proposedFt: number;
  /** Left before the proposal; never below 0. */
  remainingFt: number;
  /** Left after the proposal; negative when it would exceed. */
  remainingAfterFt: number;
  wouldExceed: boolean;
  /** The amount from which the total is "close to the cap" (80 %), and whether the total reaches it. */
  warningThresholdFt: number;
  nearCap: boolean;
  /** The cap comes from an older year's minimum wage: the current amount is not configured yet. */
  amountNotConfiguredForYear: boolean;
};

function assertWholeForints(amount: number, what: string): void {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`${what} must be a whole, non-negative number of forints`);
}

/**
 * Checks a proposed reward against the cap in force on its day (YYYY-MM-DD). `givenFt` are the
 * rewards already given to the volunteer in that calendar year; `table` the minimum wages (loaded
 * from the database). Null when no amount is configured for the day at all.
 */
export function checkRewardCap(
  input: { onDay: string; givenFt: readonly number[]; proposedFt: number },
  table: readonly LegalAmountRow[],
): RewardCapCheck | null {
  for (const amount of input.givenFt) assertWholeForints(amount, 'a given reward');
  assertWholeForints(input.proposedFt, 'the proposed reward');
  const amounts = legalAmountsOn(input.onDay, table);
  if (!amounts) return null;
  const capFt = amounts.yearlyRewardCapFt;
  const usedFt = input.givenFt.reduce((sum, amount) => sum + amount, 0);
  const totalFt = usedFt + input.proposedFt;
  const warningThresholdFt = Math.ceil((capFt * rewardWarningPercent) / 100);
  return {
    year: amounts.year,
    capFt,
    usedFt,
    proposedFt: input.proposedFt,
    remainingFt: Math.max(0, capFt - usedFt),
    remainingAfterFt: capFt - totalFt,
    wouldExceed: totalFt > capFt,
    warningThresholdFt,
    nearCap: totalFt >= warningThresholdFt,
    amountNotConfiguredForYear: amounts.newestIsOlderThanYear,
  };
}
