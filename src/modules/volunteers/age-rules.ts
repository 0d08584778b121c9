/**
 * Age rules for volunteers (HUNGARY.md §1.6 and §4), computed on the day of the activity.
 * - Köt. 4. § (1): a child aged 10 or over may volunteer.
 * - GDPR Art. 8 as applied in Hungary (16 years) and Ptk. capacity rules: under 16 a guardian's
 *   consent is required before any application.
 */
import { budapestDay } from '../../platform/budapest-time.js';

export const minimumVolunteerAge = 10; // Köt. 4. § (1)
export const guardianConsentRequiredUnder = 16; // GDPR Art. 8 (HU: 16), HUNGARY.md §4
export const adultAge = 18; // Ptk.: full capacity

/** "2026-11-25" → [2026, 11, 25], without allocating an array of strings. */
function dayParts(day: string): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

/** Whole years of age on the given day (Budapest calendar); birthDate is YYYY-MM-DD. */
export function ageOn(birthDate: string, onDate: Date): number {
  const [by, bm, bd] = dayParts(birthDate);
  const [y, m, d] = dayParts(budapestDay(onDate));
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

export function isMinorOn(birthDate: string | null, onDate: Date): boolean {
  return birthDate != null && ageOn(birthDate, onDate) < adultAge;
}

/** Under 16 without a recorded guardian consent: may not apply yet. */
export function needsGuardianConsent(volunteer: { birthDate: string | null; guardianConsentAt: Date | null }, onDate: Date): boolean {
  if (!volunteer.birthDate) return false;
  return ageOn(volunteer.birthDate, onDate) < guardianConsentRequiredUnder && volunteer.guardianConsentAt == null;
}

const dayMs = 86_400_000;

/**
 * A lower bound of the first instant from which the age rules let the volunteer take part: the
 * 10th birthday (Köt. 4. § (1)) and, without a guardian's consent, the 16th; `now` if both have
 * passed. A day early on purpose (a birthday begins at Budapest midnight, before UTC midnight;
 * 29 February falls back to the 28th), so it never excludes a day the rules allow; the rules
 * themselves still decide every shift.
 */
export function earliestActivityAllowed(volunteer: { birthDate: string; guardianConsentAt: Date | null }, now: Date): Date {
  const [by, bm, bd] = dayParts(volunteer.birthDate);
  const birthdayAt = (years: number) => new Date(Date.UTC(by + years, bm - 1, bd) - dayMs);
  let earliest = now;
  const bounds = [birthdayAt(minimumVolunteerAge), ...(volunteer.guardianConsentAt ? [] : [birthdayAt(guardianConsentRequiredUnder)])];
  for (const bound of bounds) if (bound.getTime() > earliest.getTime()) earliest = bound;
  return earliest;
}
