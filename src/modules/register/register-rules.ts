import { ageOnDay, minorTimeLimits } from '../volunteer-law/minor-time-limits.js';

/**
 * The rules of the host organization's register (nyilvántartás, Köt. 14. §, HUNGARY.md §1.5), each
 * in one place, tested case by case in register-rules.test.ts.
 */

/** Köt. 14. §: only a host organization registered under the Köt. keeps the register. */
export function keepsRegister(organization: { kotRegistrationNumber: string | null }): boolean {
  return organization.kotRegistrationNumber != null && organization.kotRegistrationNumber.trim() !== '';
}

/**
 * A register entry is opened for a placement the organization agreed to (accepted, running or
 * completed). An existing entry stays editable whatever the placement's status becomes, so the end
 * of a withdrawn placement can still be recorded.
 */
export const registrableStatuses: ReadonlySet<string> = new Set(['accepted', 'active', 'completed']);

/** Köt. 14. § (HUNGARY.md §1.5, [VERIFIED] nonprofit.hu): the register is kept for 5 years. */
export const retentionYears = 5;

/**
 * The last day an ended entry must be kept: the end day plus 5 years (Köt. 14. §). HUNGARY.md marks
 * what starts the 5 years as NOT VERIFIED; we take the end of the volunteer relationship (item 6,
 * ends_on), the reading nonprofit.hu suggests. An ongoing entry (no end) has no retention end.
 * A 29 February end falls to 28 February in a common year (the month's last day, as the Ptk.
 * counts periods given in years).
 */
export function retainUntil(endsOn: string | null): string | null {
  if (!endsOn) return null;
  const year = Number(endsOn.slice(0, 4)) + retentionYears;
  const month = Number(endsOn.slice(5, 7));
  const day = Number(endsOn.slice(8, 10));
  const lastOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastOfMonth)).padStart(2, '0')}`;
}

/** "Törlendő": the retention period is over (today is after the last day to keep). Never for an ongoing entry. */
export function isPastRetention(endsOn: string | null, today: string): boolean {
  const until = retainUntil(endsOn);
  return until != null && today > until;
}

/** The first and last day of a calendar year. */
export function yearBounds(year: number): { first: string; last: string } {
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** Active in a year: started on or before 31 December and not ended before 1 January (no end = ongoing). */
export function isActiveInYear(entry: { startsOn: string; endsOn: string | null }, year: number): boolean {
  const { first, last } = yearBounds(year);
  return entry.startsOn <= last && (entry.endsOn == null || entry.endsOn >= first);
}

/**
 * Köt. 14. § item 3: the legal representative's data are recorded for a volunteer who is a minor
 * (under 18, Ptk.) on the day the activity starts; for an adult they are not collected.
 */
export function needsRepresentative(birthDate: string, startsOn: string): boolean {
  return ageOnDay(birthDate, startsOn) < minorTimeLimits.adultAge;
}

/** Köt. 14. § item 7 (time spent by under-18s) applies on a day the volunteer is under 18. */
export function isMinorOnDay(birthDate: string, day: string): boolean {
  return ageOnDay(birthDate, day) < minorTimeLimits.adultAge;
}

/** Item 7 is reported for an entry whose volunteer was under 18 on some day of the year while the entry ran. */
export function minorTimeApplies(entry: { birthDate: string; startsOn: string }, year: number): boolean {
  const { first } = yearBounds(year);
  // biome-ignore lint/complexity/useMathMinMax: calendar days are strings; Math.max would turn them into NaN.
  const from = entry.startsOn > first ? entry.startsOn : first;
  return isMinorOnDay(entry.birthDate, from);
}
