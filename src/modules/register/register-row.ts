import type { Queryable } from '../../db/database.js';
import type { BenefitType } from '../../db/schema/benefits.js';
import { isMinorOnDay, isPastRetention, minorTimeApplies, retainUntil } from './register-rules.js';
import { approvedMinutesByDay, benefitsByType, type RegisterEntry } from './repo.js';

/**
 * One line of the register for a year: the entry's items 1–6, item 7 (approved minutes on the days
 * the volunteer was under 18; null when they were an adult all the time the entry ran that year),
 * item 8 (benefits given that year), the retention end and the "törlendő" flag.
 */
export type RegisterRow = RegisterEntry & {
  minorMinutes: number | null;
  benefitCount: number;
  benefitTotalHuf: number;
  benefitTypes: BenefitType[];
  retainUntil: string | null;
  toDelete: boolean;
};

function groupByApplication<T extends { applicationId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.applicationId);
    if (group) group.push(row);
    else groups.set(row.applicationId, [row]);
  }
  return groups;
}

export async function withYearFigures(db: Queryable, entries: RegisterEntry[], year: number, today: string): Promise<RegisterRow[]> {
  const ids = entries.flatMap((e) => (e.applicationId ? [e.applicationId] : []));
  const [minutes, benefits] = await Promise.all([approvedMinutesByDay(db, ids, year), benefitsByType(db, ids, year)]);
  const minutesOf = groupByApplication(minutes);
  const benefitsOf = groupByApplication(benefits);
  return entries.map((entry) => {
    // The register's own birth date decides (it stays after the volunteer's erasure).
    const minorMinutes = minorTimeApplies(entry, year)
      ? (minutesOf.get(entry.applicationId ?? '') ?? []).reduce((sum, r) => (isMinorOnDay(entry.birthDate, r.day) ? sum + r.minutes : sum), 0)
      : null;
    const given = benefitsOf.get(entry.applicationId ?? '') ?? [];
    return {
      ...entry,
      minorMinutes,
      benefitCount: given.reduce((sum, b) => sum + b.entries, 0),
      benefitTotalHuf: given.reduce((sum, b) => sum + b.amountHuf, 0),
      benefitTypes: given.map((b) => b.type as BenefitType).sort(),
      retainUntil: retainUntil(entry.endsOn),
      toDelete: isPastRetention(entry.endsOn, today),
    };
  });
}
