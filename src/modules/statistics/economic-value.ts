import { hourValueDivisor, type LegalAmountRow, type LegalAmounts, legalAmountsOn } from '../volunteer-law/legal-amounts.js';

export type PeriodMinutes = { periodStart: string; minutes: number };
export type HourValueUsed = { effectiveFrom: string; hourValueFt: number; monthlyMinimumWageFt: number; source: string; minutes: number };
export type EconomicValue = {
  /** Whole forints; null when no minute has a configured hour value. */
  valueFt: number | null;
  /** Minutes before the first configured minimum wage: left out of the value. */
  minutesWithoutValue: number;
  /** The hourly values used, oldest first (shown with their source under the figure). */
  hourValues: HourValueUsed[];
};

/**
 * Economic value of approved minutes (HUNGARY.md §1.7): hours × the hour value in force (monthly
 * minimum wage / 160), summed exactly in integers (Σ wage × minutes) and rounded to whole forints
 * once. `amountsOn` gives the amounts in force on a period's first day: a day of an hour entry (the
 * organization report, reports/aggregate.ts) or a summary period, which has one amount (ADR 024).
 */
export function valueOfMinutes(periods: Iterable<PeriodMinutes>, amountsOn: (day: string) => LegalAmounts | null): EconomicValue {
  let wageMinutes = 0;
  let minutesWithoutValue = 0;
  const used = new Map<string, HourValueUsed>();
  for (const period of periods) {
    const amounts = amountsOn(period.periodStart);
    if (!amounts) {
      minutesWithoutValue += period.minutes;
      continue;
    }
    wageMinutes += amounts.monthlyMinimumWageFt * period.minutes;
    const row = used.get(amounts.effectiveFrom) ?? {
      effectiveFrom: amounts.effectiveFrom,
      hourValueFt: amounts.volunteerHourValueFt,
      monthlyMinimumWageFt: amounts.monthlyMinimumWageFt,
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

/** The value of the summary's periods with the minimum-wage table (legal-data-service.ts loadMinimumWageTable). */
export function economicValue(periods: readonly PeriodMinutes[], table: readonly LegalAmountRow[]): EconomicValue {
  return valueOfMinutes(periods, (day) => legalAmountsOn(day, table));
}
