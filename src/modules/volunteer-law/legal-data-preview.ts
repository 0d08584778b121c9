import { dayNumber, dayOfNumber } from '../../platform/budapest-time.js';
import { type LegalAmountRow, type LegalAmounts, legalAmountsOn } from './legal-amounts.js';
import { type SchoolCalendar, type SchoolDayKind, schoolDayKind } from './school-calendar.js';

/**
 * What a change of the legal data would change, shown before it is saved (ADR 016). Pure: the
 * service passes the table as it is and as it would be.
 */

/** The amounts in force on one day before and after the change (null: none configured). */
export type AmountChange = { day: string; before: LegalAmounts | null; after: LegalAmounts | null; until: string | null };

/** The minimum-wage table with one row put in (or replaced, or taken out), sorted by day. */
export function minimumWageTableWith(table: readonly LegalAmountRow[], change: { remove?: string; put?: LegalAmountRow }): LegalAmountRow[] {
  const rows = table.filter((r) => r.effectiveFrom !== change.remove && r.effectiveFrom !== change.put?.effectiveFrom);
  if (change.put) rows.push(change.put);
  return rows.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}

/**
 * For each affected day (the new row's day, and the old row's day when it moves or goes): the
 * amounts before → after, and until when the new amounts hold (the next row's day, exclusive).
 */
export function amountChanges(before: readonly LegalAmountRow[], after: readonly LegalAmountRow[], days: readonly string[]): AmountChange[] {
  return [...new Set(days)].sort().map((day) => ({
    day,
    before: legalAmountsOn(day, before),
    after: legalAmountsOn(day, after),
    until: after.find((r) => r.effectiveFrom > day)?.effectiveFrom ?? null,
  }));
}

/** A run of consecutive days whose kind for under-16s changes the same way. */
export type DayKindChange = { from: string; to: string; before: SchoolDayKind; after: SchoolDayKind };

/** Every day between `from` and `to` (inclusive) whose kind differs between the two calendars, as runs. */
export function dayKindChanges(before: SchoolCalendar, after: SchoolCalendar, from: string, to: string): DayKindChange[] {
  const runs: DayKindChange[] = [];
  const last = dayNumber(to);
  for (let n = dayNumber(from); n <= last; n++) {
    const day = dayOfNumber(n);
    const was = schoolDayKind(day, before);
    const will = schoolDayKind(day, after);
    if (was === will) continue;
    const open = runs[runs.length - 1];
    if (open && open.before === was && open.after === will && dayNumber(open.to) === n - 1) open.to = day;
    else runs.push({ from: day, to: day, before: was, after: will });
  }
  return runs;
}
