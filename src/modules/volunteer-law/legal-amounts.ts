import { z } from 'zod';

/**
 * Amounts of volunteer law in force on a day (HUNGARY.md §1.7). The amounts are data (the
 * legal_amounts table, maintained by the national admin, ADR 016; loaded by legal-data-service.ts
 * and passed in here); the formulas are law:
 * - value of a volunteer hour = monthly minimum wage / 160 (nonprofit.hu 2025; used for grants'
 *   own contribution and the public-benefit resources test, 350/2011. (XII. 30.) Korm. r.);
 * - yearly reward (jutalom) cap = 20 % of the monthly minimum wage (Köt. 2. § (3), HUNGARY.md §1.7,
 *   [PARTIAL]); rounded down to whole forints, so the cap is never overstated.
 */
export const hourValueDivisor = 160;
export const rewardCapPercent = 20;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const rowSchema = z.object({
  effectiveFrom: day,
  monthlyMinimumWageFt: z.number().int().positive(),
  source: z.string().min(1),
});
export type LegalAmountRow = z.infer<typeof rowSchema>;

/** Validates the table: well-formed rows, strictly increasing effective dates. */
export function parseLegalAmountRows(rows: unknown): LegalAmountRow[] {
  const parsed = z.array(rowSchema).min(1).parse(rows);
  for (let i = 1; i < parsed.length; i++) {
    if ((parsed[i] as LegalAmountRow).effectiveFrom <= (parsed[i - 1] as LegalAmountRow).effectiveFrom) {
      throw new Error('legal amounts: effectiveFrom dates must be strictly increasing');
    }
  }
  return parsed;
}

export type LegalAmounts = {
  effectiveFrom: string;
  source: string;
  monthlyMinimumWageFt: number;
  /** Forints, may have a fraction (2025: 1,817.5). */
  volunteerHourValueFt: number;
  /** Whole forints per calendar year. */
  yearlyRewardCapFt: number;
  /**
   * True when the newest configured row is from an earlier year than the day asked about, so the
   * amount for that year may simply not be configured yet (the UI warns).
   */
  newestIsOlderThanYear: boolean;
  /** The year asked about, for the warning text. */
  year: number;
};

export function yearlyRewardCapFt(monthlyMinimumWageFt: number): number {
  return Math.floor((monthlyMinimumWageFt * rewardCapPercent) / 100);
}

export function volunteerHourValueFt(monthlyMinimumWageFt: number): number {
  return monthlyMinimumWageFt / hourValueDivisor;
}

/** The amounts in force on the day (YYYY-MM-DD), or null before the first row. `table` is sorted by effectiveFrom. */
export function legalAmountsOn(onDay: string, table: readonly LegalAmountRow[]): LegalAmounts | null {
  if (table.length === 0) return null;
  let inForce: LegalAmountRow | undefined;
  for (const row of table) if (row.effectiveFrom <= onDay) inForce = row;
  if (!inForce) return null;
  const newest = table[table.length - 1] as LegalAmountRow;
  const year = Number(onDay.slice(0, 4));
  return {
    effectiveFrom: inForce.effectiveFrom,
    source: inForce.source,
    monthlyMinimumWageFt: inForce.monthlyMinimumWageFt,
    volunteerHourValueFt: volunteerHourValueFt(inForce.monthlyMinimumWageFt),
    yearlyRewardCapFt: yearlyRewardCapFt(inForce.monthlyMinimumWageFt),
    newestIsOlderThanYear: Number(newest.effectiveFrom.slice(0, 4)) < year,
    year,
  };
}
