import type { Queryable } from '../../db/database.js';
import type { LegalAmountRow } from './legal-amounts.js';
import { findAllSchoolPeriods, findLegalAmountsOfKind, type LegalAmountRecord, type SchoolPeriodRecord } from './legal-data-repo.js';
import type { SchoolCalendar } from './school-calendar.js';

/**
 * The legal data the pure rules need, read from the database per operation (ADR 016). No cache:
 * several app processes share one database and the national admin may change a row at any time;
 * the tables are a few dozen rows, so reading them costs less than keeping caches in step.
 *
 * These loaders take no actor on purpose: the amounts and the school calendar are public law, not
 * anyone's data; every caller has authorized its own action before it asks.
 */

/** Minimum-wage rows as the rules read them, sorted by effective day. */
export function minimumWageTableOf(records: readonly LegalAmountRecord[]): LegalAmountRow[] {
  return records
    .filter((r) => r.kind === 'monthly_minimum_wage')
    .map((r) => ({ effectiveFrom: r.effectiveFrom, monthlyMinimumWageFt: r.amountHuf, source: r.source }))
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}

export function schoolCalendarOf(records: readonly SchoolPeriodRecord[]): SchoolCalendar {
  return {
    holidays: records.filter((r) => r.kind === 'holiday').map((r) => ({ name: r.name, from: r.startsOn, to: r.endsOn, source: r.source })),
    teachingSaturdays: records.filter((r) => r.kind === 'teaching_saturday').map((r) => ({ day: r.startsOn, source: r.source })),
  };
}

/** The monthly minimum wages in force over time (the reward cap and the hour value derive from them). */
export async function loadMinimumWageTable(db: Queryable): Promise<LegalAmountRow[]> {
  return minimumWageTableOf(await findLegalAmountsOfKind(db, 'monthly_minimum_wage'));
}

/** The school calendar for the Köt. 5. § limits of under-16s. */
export async function loadSchoolCalendar(db: Queryable): Promise<SchoolCalendar> {
  return schoolCalendarOf(await findAllSchoolPeriods(db));
}
