import { ageOn, budapestDay, needsGuardianConsent } from '../volunteers/service.js';

/**
 * The hard rules checked when a volunteer applies or signs up (pure: unit-tested). Each broken rule
 * is a reason code with parameters, shown to the volunteer in their language.
 * Law (HUNGARY.md §1.6): Köt. 4. § (1) from age 10; Köt. 5. § for minors: no activity between
 * 20:00 and 06:00 under 18, at most 3 hours a day under 16 and 4.5 hours a day at 16–17;
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
const nightStartsMinute = 20 * 60; // Köt. 5.: no activity for minors from 20:00 …
const nightEndsMinute = 6 * 60; // … until 06:00

const budapestTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Budapest', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function minuteOfDay(instant: Date): number {
  const [h, m] = budapestTime.format(instant).split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** True when any part of the shift falls between 20:00 and 06:00 Budapest time. */
export function touchesNight(shift: { startsAt: Date; endsAt: Date }): boolean {
  if (budapestDay(shift.startsAt) !== budapestDay(new Date(shift.endsAt.getTime() - 1))) return true;
  const start = minuteOfDay(shift.startsAt);
  const end = minuteOfDay(shift.endsAt) || 24 * 60;
  return start < nightEndsMinute || end > nightStartsMinute;
}

/** Longest single activity per day for a minor of this age, in hours (Köt. 5.). */
export function maxDailyHoursForMinor(age: number): number | null {
  if (age < 16) return 3;
  if (age < adultAge) return 4.5;
  return null;
}

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
