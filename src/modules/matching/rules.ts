import { eligibilityCodes, eligibilityReasons } from '../volunteer-law/eligibility.js';
import { distanceKm } from './distance.js';
import { shiftSlots } from './shift-slots.js';
import type { MatchOpportunity, MatchShift, MatchVolunteer, Reason, ReasonCode } from './types.js';
import { matchingDistances } from './weights.js';

/**
 * Stage 1 of matching: hard eligibility. Each rule is a pure function of (volunteer, opportunity,
 * shift, now) that returns the reasons it excludes the pair for — none when the pair passes. The
 * codes are i18n keys (`matching.reason.<code>`), so every exclusion can be explained to the user.
 * A pair without a shift is an ongoing opportunity with no schedule: date rules apply to `now`.
 */
export type PairInput = {
  volunteer: MatchVolunteer;
  opportunity: MatchOpportunity;
  shift: MatchShift | null;
  now: Date;
};

export type HardRule = {
  code: string;
  /** Where the rule comes from (law, or the platform's own policy). */
  source: string;
  check(input: PairInput): Reason[];
};

const none: Reason[] = [];
const one = (code: ReasonCode, params?: Reason['params']): Reason[] => [params ? { code, params } : { code }];

/** Kilometres from the volunteer's home to the opportunity, or null when either place is unknown. */
export function pairDistanceKm(volunteer: Pick<MatchVolunteer, 'lat' | 'lon'>, opportunity: Pick<MatchOpportunity, 'lat' | 'lon'>): number | null {
  if (volunteer.lat == null || volunteer.lon == null || opportunity.lat == null || opportunity.lon == null) return null;
  return distanceKm(volunteer.lat, volunteer.lon, opportunity.lat, opportunity.lon);
}

/** The radius a volunteer travels: their own, a default when unset, never above the search ceiling. */
export function effectiveRadiusKm(volunteer: MatchVolunteer): number {
  const radius = volunteer.travelRadiusKm ?? matchingDistances.defaultTravelRadiusKm;
  return Math.max(0, Math.min(radius, matchingDistances.maxTravelRadiusKm));
}

export const hardRules: HardRule[] = [
  {
    code: 'not_open',
    source: 'platform: only published opportunities of approved organizations are brokered',
    check: ({ opportunity }) => (opportunity.status === 'published' && opportunity.organizationStatus === 'approved' ? none : one('not_open')),
  },
  {
    code: 'shift_closed',
    source: 'platform: only upcoming, not cancelled shifts can be joined',
    check: ({ shift, now }) => (shift && (shift.cancelledAt || shift.startsAt.getTime() <= now.getTime()) ? one('shift_closed') : none),
  },
  {
    code: 'already_applied',
    source: 'platform: one application per volunteer and opportunity',
    check: ({ volunteer, opportunity }) => (volunteer.appliedOpportunityIds.has(opportunity.id) ? one('already_applied') : none),
  },
  {
    code: 'must_hold',
    source:
      'the law (Köt. 4. § (1) age 10, guardian consent under 16, Köt. 5. § minors) and the host’s requirements (minimum age, qualifications valid on the day, health, conduct): volunteer-law/eligibility.ts, the same function every application path uses',
    check: ({ volunteer, opportunity, shift, now }) => eligibilityReasons(volunteer, opportunity, shift, now),
  },
  {
    code: 'shift_full',
    source: 'shift capacity: no seat left and no waitlist',
    check: ({ shift }) => (shift && shift.capacity - shift.seatsTaken <= 0 && !shift.waitlistEnabled ? one('shift_full') : none),
  },
  {
    code: 'not_available',
    source: "volunteer's weekly availability (an empty grid means flexible)",
    check: ({ volunteer, shift }) => {
      if (!shift || volunteer.availability.length === 0) return none;
      const free = new Set(volunteer.availability);
      return shiftSlots(shift.startsAt, shift.endsAt).some((slot) => free.has(slot)) ? none : one('not_available');
    },
  },
  {
    code: 'too_far',
    source: "volunteer's travel radius, or remote-only",
    check: ({ volunteer, opportunity }) => {
      if (opportunity.remote) return none;
      if (volunteer.remoteOnly) return one('remote_only');
      if (opportunity.lat == null || opportunity.lon == null) return one('place_unknown');
      const km = pairDistanceKm(volunteer, opportunity);
      if (km == null) return one('home_unknown');
      const radius = effectiveRadiusKm(volunteer);
      return km > radius ? one('too_far', { km: Math.round(km), radius }) : none;
    },
  },
];

/** Every reason the pair is excluded for (empty: eligible). */
export function exclusionsOf(input: PairInput): Reason[] {
  return hardRules.flatMap((rule) => rule.check(input));
}

/** Every exclusion code a rule can give, for the i18n completeness test. */
export const exclusionCodes = [
  ...hardRules.map((r) => r.code).filter((code) => code !== 'must_hold'),
  ...eligibilityCodes,
  'remote_only',
  'place_unknown',
  'home_unknown',
  'no_upcoming_shift',
] as const;
