/**
 * Age rules for volunteers (HUNGARY.md §1.6 and §4), computed on the day of the activity.
 * - Köt. 4. § (1): a child aged 10 or over may volunteer.
 * - GDPR Art. 8 as applied in Hungary (16 years) and Ptk. capacity rules: under 16 a guardian's
 *   consent is required before any application.
 */
export const minimumVolunteerAge = 10; // Köt. 4. § (1)
export const guardianConsentRequiredUnder = 16; // GDPR Art. 8 (HU: 16), HUNGARY.md §4
export const adultAge = 18; // Ptk.: full capacity

const budapestDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Budapest', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date (YYYY-MM-DD) of an instant in Budapest. */
export function budapestDay(instant: Date): string {
  return budapestDate.format(instant);
}

/** Whole years of age on the given day (Budapest calendar); birthDate is YYYY-MM-DD. */
export function ageOn(birthDate: string, onDate: Date): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = budapestDay(onDate).split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

export function isMinorOn(birthDate: string | null, onDate: Date): boolean {
  return birthDate != null && ageOn(birthDate, onDate) < adultAge;
}

/** Under 16 without a recorded guardian consent: may not apply yet. */
export function needsGuardianConsent(
  volunteer: { birthDate: string | null; guardianConsentAt: Date | null },
  onDate: Date,
): boolean {
  if (!volunteer.birthDate) return false;
  return ageOn(volunteer.birthDate, onDate) < guardianConsentRequiredUnder && volunteer.guardianConsentAt == null;
}
