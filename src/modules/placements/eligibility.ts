import { maxDailyHoursForMinor, touchesMinorsNight } from '../volunteer-law/minor-time-limits.js';
import { ageOn, needsGuardianConsent } from '../volunteers/service.js';

/**
 * The hard rules checked when a volunteer applies or signs up (pure: unit-tested). Each broken rule
 * is a reason code with parameters, shown to the volunteer in their language.
 * Law (HUNGARY.md §1.6): Köt. 4. § (1) from age 10; Köt. 5. § for minors (night and the daily
 * maximum of a single shift, encoded once in volunteer-law/minor-time-limits.ts; the school-day and
 * weekly limits need the volunteer's other hours and are checked where hours are logged);
 * Köt. 4. § (2) health fitness where required; under 16 a guardian's consent first (GDPR Art. 8).
 */
export type IneligibleReason =
  | { code: 'guardianConsent' }
  | { code: 'birthDateNeeded' }
  | { code: 'underLegalAge'; params: { age: number } }
  | { code: 'belowMinAge'; params: { minAge: number } }
  | { code: 'minorNight' }
  | { code: 'minorTooLong'; params: { hours: string } }
  | { code: 'healthRequired' }
  | { code: 'conductRequired' };

export type EligibilityVolunteer = {
  birthDate: string | null;
  guardianConsentAt: Date | null;
  healthStatus: string;
  conductStatus: string;
};
export type EligibilityOpportunity = { minAge: number | null; requiresHealth: boolean; requiresConduct: boolean };
export type EligibilityShift = { startsAt: Date; endsAt: Date } | null;

const legalMinimumAge = 10; // Köt. 4. § (1)
const adultAge = 18;

/** True when any part of the shift falls between 20:00 and 06:00 Budapest time (Köt. 5. §, rule in volunteer-law). */
export function touchesNight(shift: { startsAt: Date; endsAt: Date }): boolean {
  return touchesMinorsNight(shift.startsAt, shift.endsAt);
}

/** Longest single activity per day for a minor of this age, in hours (Köt. 5. §, rule in volunteer-law). */
export { maxDailyHoursForMinor };

/** Every hard rule the volunteer fails for this opportunity (and shift); empty = may apply. */
export function ineligibleReasons(
  volunteer: EligibilityVolunteer,
  opportunity: EligibilityOpportunity,
  shift: EligibilityShift,
  now: Date,
): IneligibleReason[] {
  const reasons: IneligibleReason[] = [];
  const activityDay = shift?.startsAt ?? now;
  if (!volunteer.birthDate) {
    if (opportunity.minAge != null) reasons.push({ code: 'birthDateNeeded' });
  } else {
    const age = ageOn(volunteer.birthDate, activityDay);
    if (age < legalMinimumAge) reasons.push({ code: 'underLegalAge', params: { age: legalMinimumAge } });
    else if (opportunity.minAge != null && age < opportunity.minAge) reasons.push({ code: 'belowMinAge', params: { minAge: opportunity.minAge } });
    if (needsGuardianConsent(volunteer, activityDay)) reasons.push({ code: 'guardianConsent' });
    if (shift && age < adultAge) {
      if (touchesNight(shift)) reasons.push({ code: 'minorNight' });
      const limit = maxDailyHoursForMinor(age);
      const hours = (shift.endsAt.getTime() - shift.startsAt.getTime()) / 3_600_000;
      if (limit != null && hours > limit) reasons.push({ code: 'minorTooLong', params: { hours: String(limit).replace('.', ',') } });
    }
  }
  if (opportunity.requiresHealth && volunteer.healthStatus !== 'fit') reasons.push({ code: 'healthRequired' });
  if (opportunity.requiresConduct && volunteer.conductStatus !== 'clear') reasons.push({ code: 'conductRequired' });
  return reasons;
}
