import fc from 'fast-check';
import type { MatchOpportunity, MatchShift, MatchVolunteer } from './types.js';

/**
 * fast-check generators for the property tests: people of every age around a few Hungarian
 * places, opportunities with every kind of requirement, shifts at any hour (15-minute steps) on
 * both sides of the daylight-saving changes.
 */
export const propertyNow = new Date('2026-11-25T12:00:00Z');

const places = [
  { lat: 46.9062, lon: 19.6913 }, // Kecskemét
  { lat: 46.9167, lon: 19.8333 },
  { lat: 47.4979, lon: 19.0402 }, // Budapest
  { lat: 46.253, lon: 20.1414 }, // Szeged
];
const causes = ['kornyezetvedelem', 'szocialis', 'sport', 'oktatas'];
const skills = ['elsosegely', 'fozes', 'informatika'];
const languages = ['en', 'de', 'hu'];
const slots = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].flatMap((d) => ['morning', 'afternoon', 'evening'].map((p) => `${d}-${p}`));
const qualificationNames = ['Elsősegély-tanfolyam', 'Vízimentő'];

const day = (from: string, days: number) =>
  fc.integer({ min: 0, max: days }).map((n) => new Date(Date.parse(from) + n * 86_400_000).toISOString().slice(0, 10));
const place = fc.option(fc.constantFrom(...places), { freq: 8 });
const jitter = fc.double({ min: -0.3, max: 0.3, noNaN: true });

export const volunteerArb = (opportunityIds: string[]): fc.Arbitrary<MatchVolunteer> =>
  fc
    .record({
      id: fc.uuid(),
      birthDate: fc.option(day('1950-01-01', 28_000), { freq: 10 }),
      guardianConsentAt: fc.option(fc.constant(new Date('2026-01-01T00:00:00Z')), { freq: 2 }),
      home: place,
      dLat: jitter,
      dLon: jitter,
      travelRadiusKm: fc.option(fc.integer({ min: 0, max: 150 }), { freq: 5 }),
      remoteOnly: fc.boolean(),
      causes: fc.subarray(causes),
      skills: fc.subarray(skills),
      languages: fc.subarray(languages),
      availability: fc.oneof(fc.constant([] as string[]), fc.subarray(slots, { maxLength: 8 })),
      groupPreference: fc.constantFrom('individual', 'group', 'any'),
      healthStatus: fc.constantFrom('unknown', 'fit', 'not_fit'),
      conductStatus: fc.constantFrom('unknown', 'clear', 'not_clear'),
      qualifications: fc.array(fc.record({ name: fc.constantFrom(...qualificationNames), validUntil: fc.option(day('2026-10-01', 200)) }), { maxLength: 2 }),
      applied: fc.subarray(opportunityIds),
    })
    .map(({ home, dLat, dLon, applied, ...v }) => ({
      ...v,
      lat: home ? home.lat + dLat : null,
      lon: home ? home.lon + dLon : null,
      appliedOpportunityIds: new Set(applied),
    }));

export const opportunityArb = (id: string): fc.Arbitrary<MatchOpportunity> =>
  fc
    .record({
      status: fc.constantFrom('published', 'published', 'published', 'draft', 'closed'),
      organizationStatus: fc.constantFrom('approved', 'approved', 'approved', 'submitted'),
      at: place,
      dLat: jitter,
      dLon: jitter,
      remote: fc.boolean(),
      minAge: fc.option(fc.integer({ min: 8, max: 25 })),
      requiredQualifications: fc.subarray(qualificationNames, { maxLength: 1 }),
      requiresConduct: fc.boolean(),
      requiresHealth: fc.boolean(),
      causes: fc.subarray(causes),
      skills: fc.subarray(skills),
      languages: fc.subarray(languages),
      groupFriendly: fc.boolean(),
      publishedAt: fc.option(fc.constant(new Date('2026-11-01T00:00:00Z'))),
      kind: fc.constantFrom('one_off', 'regular', 'ongoing'),
    })
    .map(({ at, dLat, dLon, ...o }) => ({ ...o, id, lat: at ? at.lat + dLat : null, lon: at ? at.lon + dLon : null }));

export const shiftArb: fc.Arbitrary<MatchShift> = fc
  .record({
    id: fc.uuid(),
    // From a day before "now" to about five months later (across the March 2027 clock change).
    startQuarter: fc.integer({ min: -96, max: 96 * 150 }),
    quarters: fc.integer({ min: 1, max: 60 }),
    capacity: fc.integer({ min: 1, max: 5 }),
    taken: fc.integer({ min: 0, max: 5 }),
    waitlistEnabled: fc.boolean(),
    cancelled: fc.boolean().map((b) => b && Math.random() < 0.3),
  })
  .map((s) => {
    const startsAt = new Date(propertyNow.getTime() + s.startQuarter * 15 * 60_000);
    return {
      id: s.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + s.quarters * 15 * 60_000),
      capacity: s.capacity,
      seatsTaken: Math.min(s.taken, s.capacity),
      waitlistEnabled: s.waitlistEnabled,
      cancelledAt: s.cancelled ? propertyNow : null,
    };
  });
