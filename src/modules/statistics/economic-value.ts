import { hourValueDivisor, type LegalAmountRow, legalAmountsOn } from '../volunteer-law/legal-amounts.js';

export type PeriodMinutes = { periodStart: string; minutes: number };
export type EconomicValue = {
  /** Whole forints; null when no minute has a configured hour value. */
  valueFt: number | null;
  /** Minutes before the first configured minimum wage: left out of the value. */
  minutesWithoutValue: number;
  /** The hourly values used, oldest first (shown with their source under the figure). */
  hourValues: { effectiveFrom: string; hourValueFt: number; source: string; minutes: number }[];
};

/**
 * Economic value of approved minutes, the organization report's method (reports/aggregate.ts):
 * hours × the hour value in force (monthly minimum wage / 160, HUNGARY.md §1.7), summed exactly and
 * rounded to whole forints once. Each summary period has one amount in force (ADR 024).
 */
export function economicValue(periods: readonly PeriodMinutes[], table: readonly LegalAmountRow[]): EconomicValue {
  let wageMinutes = 0;
  let minutesWithoutValue = 0;
  const used = new Map<string, { effectiveFrom: string; hourValueFt: number; source: string; minutes: number }>();
  for (const period of periods) {
    const amounts = legalAmountsOn(period.periodStart, table);
    if (!amounts) {
      minutesWithoutValue += period.minutes;
      continue;
    }
    wageMinutes += amounts.monthlyMinimumWageFt * period.minutes;
    const row = used.get(amounts.effectiveFrom) ?? {
      effectiveFrom: amounts.effectiveFrom,
      hourValueFt: amounts.volunteerHourValueFt,
      source: amounts.source,
      minutes: 0,
    };
    row.minutes += period.minutes;
    used.set(amounts.effectiveFrom, row);
  }
  return {
    valueFt: used.size > 0 ? Math.round(wageMinutes / (hourValueDivisor * 60)) : null,
    minutesWithoutValue,
    hourValues: [...used.values()].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)),
  };
}
