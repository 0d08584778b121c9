import type { MatchOpportunity, MatchShift, MatchVolunteer } from './types.js';

/**
 * Plain-data builders for the rule, score and property tests: an adult in Kecskemét, an open
 * opportunity next door, and a Wednesday-morning shift a week after `testNow`.
 */
export const testNow = new Date('2026-11-25T12:00:00Z');
export const kecskemet = { lat: 46.9062, lon: 19.6913 };

export function testVolunteer(attrs: Partial<MatchVolunteer> = {}): MatchVolunteer {
  return {
    id: 'v-1',
    birthDate: '1990-05-01',
    guardianConsentAt: null,
    ...kecskemet,
    travelRadiusKm: 30,
    remoteOnly: false,
    causes: [],
    skills: [],
    languages: [],
    availability: [],
    groupPreference: 'any',
    healthStatus: 'unknown',
    conductStatus: 'unknown',
    qualifications: [],
    appliedOpportunityIds: new Set(),
    ...attrs,
  };
}

export function testOpportunity(attrs: Partial<MatchOpportunity> = {}): MatchOpportunity {
  return {
    id: 'o-1',
    status: 'published',
    organizationStatus: 'approved',
    lat: kecskemet.lat + 0.01,
    lon: kecskemet.lon,
    remote: false,
    minAge: null,
    requiredQualifications: [],
    requiresConduct: false,
    requiresHealth: false,
    causes: [],
    skills: [],
    languages: [],
    groupFriendly: false,
    publishedAt: new Date('2026-11-20T10:00:00Z'),
    kind: 'one_off',
    ...attrs,
  };
}

/** Wednesday 2 December 2026, 09:00–12:00 Budapest (CET = UTC+1). */
export function testShift(attrs: Partial<MatchShift> = {}): MatchShift {
  return {
    id: 's-1',
    startsAt: new Date('2026-12-02T08:00:00Z'),
    endsAt: new Date('2026-12-02T11:00:00Z'),
    capacity: 10,
    seatsTaken: 0,
    waitlistEnabled: false,
    cancelledAt: null,
    ...attrs,
  };
}
