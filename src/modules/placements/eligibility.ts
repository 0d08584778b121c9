import { budapestDay } from '../../platform/budapest-time.js';
import { type MinorActivity, type MinorRuleCode, maxDailyHoursForMinor, minorTimeViolations, touchesMinorsNight } from '../volunteer-law/minor-time-limits.js';
import type { SchoolCalendar } from '../volunteer-law/school-calendar.js';
import { ageOn, needsGuardianConsent } from '../volunteers/service.js';

/**
 * The hard rules checked when a volunteer applies or signs up (pure: unit-tested). Each broken rule
 * is a reason code with parameters, shown to the volunteer in their language.
 * Law (HUNGARY.md §1.6): Köt. 4. § (1) from age 10; Köt. 5. § for minors (night and the daily
 * maximum of a single shift, encoded once in volunteer-law/minor-time-limits.ts; the school-day,
 * weekly and rest limits need the volunteer's other shifts and hours: `minorScheduleReasons`);
 * Köt. 4. § (2) health fitness where required; under 16 a guardian's consent first (GDPR Art. 8).
 */
export type IneligibleReason =
  | { code: 'guardianConsent' }
  | { code: 'birthDateNeeded' }
  | { code: 'underLegalAge'; params: { age: number } }
  | { code: 'belowMinAge'; params: { minAge: number } }
  | { code: 'minorNight' }
  | { code: 'minorTooLong'; params: { hours: string } }
  /** A Köt. 5. § limit over the volunteer's week (message `law.minor.<rule>`). */
  | { code: 'minorLaw'; rule: MinorRuleCode; params: Record<string, string | number> }
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

/**
 * The Köt. 5. § limits a minor's shift sign-up would break together with the volunteer's `others`
 * (their other booked shifts and logged hours around that day): school-day and weekly caps, the 14
 * hours of rest, under the school calendar from the database. The rules are volunteer-law's (`minorTimeViolations`); the night rule is already
 * reported by `ineligibleReasons`, so it is not repeated.
 */
export function minorScheduleReasons(
  birthDate: string,
  shift: { startsAt: Date; endsAt: Date },
  others: MinorActivity[],
  calendar: SchoolCalendar,
): IneligibleReason[] {
  const activity: MinorActivity = {
    day: budapestDay(shift.startsAt),
    minutes: Math.round((shift.endsAt.getTime() - shift.startsAt.getTime()) / 60_000),
    startsAt: shift.startsAt,
    endsAt: shift.endsAt,
  };
  return minorTimeViolations({ birthDate, activity, others }, calendar)
    .filter((v) => v.code !== 'minor_night')
    .map((v) => ({ code: 'minorLaw', rule: v.code, params: v.params }));
}
