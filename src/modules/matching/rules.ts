import { budapestDay } from '../../platform/budapest-time.js';
import { touchesMinorsNight } from '../volunteer-law/minor-time-limits.js';
import { ageOn, isMinorOn, needsGuardianConsent } from '../volunteers/service.js';
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

/** Köt. 4. § (1). (The volunteers module keeps the same number; its service does not export it.) */
const lawfulMinimumAge = 10;

const none: Reason[] = [];
const one = (code: ReasonCode, params?: Reason['params']): Reason[] => [params ? { code, params } : { code }];

/** The day the activity happens on: the shift's start, or today for an unscheduled ongoing one. */
export function activityDate(input: Pick<PairInput, 'shift' | 'now'>): Date {
  return input.shift?.startsAt ?? input.now;
}

export function normalizeQualificationName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('hu');
}

/** Kilometres from the volunteer's home to the opportunity, or null when either place is unknown. */
export function pairDistanceKm(volunteer: MatchVolunteer, opportunity: MatchOpportunity): number | null {
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
    code: 'birth_date_missing',
    source: 'Köt. 4. § (1): the age on the day must be known to check it',
    check: ({ volunteer }) => (volunteer.birthDate ? none : one('birth_date_missing')),
  },
  {
    code: 'under_10',
    source: 'Köt. 4. § (1): a child may volunteer from the age of 10',
    check: (input) => {
      const { birthDate } = input.volunteer;
      return birthDate && ageOn(birthDate, activityDate(input)) < lawfulMinimumAge ? one('under_10') : none;
    },
  },
  {
    code: 'below_min_age',
    source: "host's requirement (opportunity minimum age), on the day of the shift",
    check: (input) => {
      const { birthDate } = input.volunteer;
      const { minAge } = input.opportunity;
      if (!birthDate || minAge == null) return none;
      const age = ageOn(birthDate, activityDate(input));
      return age < minAge ? one('below_min_age', { minAge, age }) : none;
    },
  },
  {
    code: 'under_16',
    source: 'GDPR Art. 8 (HU: 16 years), Ptk. capacity rules: guardian consent before any application (HUNGARY.md §1.6, §4)',
    check: (input) => (needsGuardianConsent(input.volunteer, activityDate(input)) ? one('under_16') : none),
  },
  {
    code: 'minor_night',
    source: 'Köt. 5. §: no activity for under-18s between 20:00 and 06:00 (HUNGARY.md §1.6; encoded in volunteer-law/minor-time-limits.ts)',
    check: ({ volunteer, shift }) =>
      shift && isMinorOn(volunteer.birthDate, shift.startsAt) && touchesMinorsNight(shift.startsAt, shift.endsAt) ? one('minor_night') : none,
  },
  {
    code: 'missing_qualification',
    source: 'Köt. 4. § (2): qualifications the activity requires; valid on the day of the shift',
    check: (input) => {
      const day = budapestDay(activityDate(input));
      const reasons: Reason[] = [];
      for (const required of input.opportunity.requiredQualifications) {
        const wanted = normalizeQualificationName(required);
        const held = input.volunteer.qualifications.filter((q) => normalizeQualificationName(q.name) === wanted);
        if (held.length === 0) reasons.push({ code: 'missing_qualification', params: { name: required } });
        else if (!held.some((q) => q.validUntil == null || q.validUntil >= day)) {
          const latest = held
            .map((q) => q.validUntil as string)
            .sort()
            .at(-1) as string;
          reasons.push({ code: 'expired_qualification', params: { name: required, date: latest } });
        }
      }
      return reasons;
    },
  },
  {
    code: 'conduct_required',
    source: 'good-conduct certificate where the host requires it (e.g. children’s camps, 6/2025. BM r.); status only, HUNGARY.md §4',
    check: ({ volunteer, opportunity }) => (opportunity.requiresConduct && volunteer.conductStatus !== 'clear' ? one('conduct_required') : none),
  },
  {
    code: 'health_required',
    source: 'Köt. 4. § (2): health fitness where the activity requires it; status only, HUNGARY.md §4',
    check: ({ volunteer, opportunity }) => (opportunity.requiresHealth && volunteer.healthStatus !== 'fit' ? one('health_required') : none),
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
  ...hardRules.map((r) => r.code),
  'expired_qualification',
  'remote_only',
  'place_unknown',
  'home_unknown',
  'no_upcoming_shift',
] as const;
