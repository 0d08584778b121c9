import { budapestDay } from '../../platform/budapest-time.js';
import { ageOn, minimumVolunteerAge, needsGuardianConsent } from '../volunteers/age-rules.js';
import { maxDailyHoursForMinor, minorTimeLimits, touchesMinorsNight } from './minor-time-limits.js';

/**
 * The rules a volunteer must meet for an opportunity (and shift) on every path that brings them
 * together: a volunteer applying or signing up, a coordinator's referral, an organization's
 * invitation, and matching's suggestions (matching/rules.ts calls this for its hard rules). One
 * function, so the paths cannot disagree; a property test holds them to it.
 * - the law: Köt. 4. § (1) from age 10 (the age must be known to check it); under 16 a guardian's
 *   consent first (GDPR Art. 8, HUNGARY.md §1.6, §4); Köt. 5. § no night and at most a day's hours
 *   for a minor in a single shift (volunteer-law/minor-time-limits.ts);
 * - the host's requirements: minimum age, each required qualification valid on the activity day,
 *   health fitness (Köt. 4. § (2)) and good conduct where required.
 * Each broken rule is a reason code (i18n `matching.reason.<code>` for staff, `placements.reason.<code>`
 * for the volunteer) with the parameters its text names. All dates are on the activity day.
 */
export const eligibilityCodes = [
  'birth_date_missing',
  'under_10',
  'below_min_age',
  'under_16',
  'minor_night',
  'minor_too_long',
  'missing_qualification',
  'expired_qualification',
  'conduct_required',
  'health_required',
] as const;
export type EligibilityCode = (typeof eligibilityCodes)[number];
export type EligibilityReason = { code: EligibilityCode; params?: Record<string, string | number> };

/**
 * The host's own requirements, which a coordinator may set aside on a referral with a written,
 * audited reason. The law's rules (age 10, guardian consent, minors' night and hours, the birth
 * date they need) are never overridable.
 */
export const overridableCodes: ReadonlySet<EligibilityCode> = new Set([
  'below_min_age',
  'missing_qualification',
  'expired_qualification',
  'conduct_required',
  'health_required',
]);

export type EligibilityVolunteer = {
  birthDate: string | null;
  guardianConsentAt: Date | null;
  /** 'unknown' | 'fit' | 'not_fit' */
  healthStatus: string;
  /** 'unknown' | 'clear' | 'not_clear' */
  conductStatus: string;
  /** validUntil: YYYY-MM-DD, the last day it is valid; null = does not expire. */
  qualifications: readonly { name: string; validUntil: string | null }[];
};
export type EligibilityOpportunity = {
  minAge: number | null;
  requiredQualifications: readonly string[];
  requiresHealth: boolean;
  requiresConduct: boolean;
};
export type EligibilityShift = { startsAt: Date; endsAt: Date } | null;

/**
 * The day the activity happens on: the shift's start; without a shift, `now` (opportunities have
 * no start date of their own: an unscheduled one runs from today).
 */
export function activityDate(shift: EligibilityShift, now: Date): Date {
  return shift?.startsAt ?? now;
}

/** "  Elsősegély   tanfolyam " and "elsősegély tanfolyam" are the same qualification. */
export function normalizeQualificationName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('hu');
}

/**
 * Each required qualification the volunteer does not hold valid on `day` (YYYY-MM-DD, Budapest):
 * missing, or held but expired (valid until the day before), with the latest expiry date.
 */
export function qualificationReasons(held: EligibilityVolunteer['qualifications'], required: readonly string[], day: string): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  for (const name of required) {
    const wanted = normalizeQualificationName(name);
    const same = held.filter((q) => normalizeQualificationName(q.name) === wanted);
    if (same.length === 0) reasons.push({ code: 'missing_qualification', params: { name } });
    else if (!same.some((q) => q.validUntil == null || q.validUntil >= day)) {
      const latest = same
        .map((q) => q.validUntil as string)
        .sort()
        .at(-1) as string;
      reasons.push({ code: 'expired_qualification', params: { name, date: latest } });
    }
  }
  return reasons;
}

/** Every must-hold rule the volunteer breaks for this opportunity (and shift); empty = eligible. */
export function eligibilityReasons(
  volunteer: EligibilityVolunteer,
  opportunity: EligibilityOpportunity,
  shift: EligibilityShift,
  now: Date,
): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  const on = activityDate(shift, now);
  const { birthDate } = volunteer;
  if (!birthDate) reasons.push({ code: 'birth_date_missing' });
  else {
    const age = ageOn(birthDate, on);
    if (age < minimumVolunteerAge) reasons.push({ code: 'under_10' });
    if (opportunity.minAge != null && age < opportunity.minAge) reasons.push({ code: 'below_min_age', params: { minAge: opportunity.minAge, age } });
    if (needsGuardianConsent(volunteer, on)) reasons.push({ code: 'under_16' });
    if (shift && age < minorTimeLimits.adultAge) {
      if (touchesMinorsNight(shift.startsAt, shift.endsAt)) reasons.push({ code: 'minor_night' });
      const limit = maxDailyHoursForMinor(age);
      const hours = (shift.endsAt.getTime() - shift.startsAt.getTime()) / 3_600_000;
      if (limit != null && hours > limit) reasons.push({ code: 'minor_too_long', params: { hours: limit } });
    }
  }
  reasons.push(...qualificationReasons(volunteer.qualifications, opportunity.requiredQualifications, budapestDay(on)));
  if (opportunity.requiresConduct && volunteer.conductStatus !== 'clear') reasons.push({ code: 'conduct_required' });
  if (opportunity.requiresHealth && volunteer.healthStatus !== 'fit') reasons.push({ code: 'health_required' });
  return reasons;
}

/** True when a coordinator may set every one of these reasons aside (host requirements only). */
export function allOverridable(reasons: readonly EligibilityReason[]): boolean {
  return reasons.every((r) => overridableCodes.has(r.code));
}
