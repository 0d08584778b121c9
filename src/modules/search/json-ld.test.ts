import { describe, expect, it } from 'vitest';
import { jsonForScriptTag, opportunityJsonLd } from './json-ld.js';
import type { PublicOpportunity } from './service.js';

const base: PublicOpportunity = {
  id: '11111111-2222-3333-4444-555555555555',
  title: 'Önkéntes környezetvédelmi nap',
  description: 'Szemétszedés a Tisza-parton.',
  kind: 'one_off',
  causes: [{ slug: 'kornyezetvedelem', name: 'környezetvédelem' }],
  skills: [],
  remote: false,
  groupFriendly: true,
  minAge: 14,
  requiredQualifications: [],
  requiresConduct: false,
  requiresHealth: false,
  languages: ['hu'],
  accessibilityNotes: null,
  contact: { name: null, email: null, phone: null },
  address: 'Part utca 1.',
  lat: 46.25,
  lon: 20.15,
  publishedAt: new Date('2026-11-01T10:00:00Z'),
  updatedAt: new Date('2026-11-01T10:00:00Z'),
  organization: { id: '99999999-2222-3333-4444-555555555555', name: 'Zöld Szeged Egyesület', website: null },
  place: { name: 'Szeged', county: 'Csongrád-Csanád', postalCode: '6720' },
  shifts: [
    {
      id: 'aaaaaaaa-2222-3333-4444-555555555555',
      startsAt: new Date('2026-12-05T08:00:00Z'),
      endsAt: new Date('2026-12-05T11:00:00Z'),
      capacity: 10,
      seatsLeft: 3,
      waitlistEnabled: true,
    },
  ],
};

describe('opportunityJsonLd', () => {
  it('describes the opportunity as a schema.org Event with one subEvent per shift', () => {
    const ld = opportunityJsonLd(base, 'https://kapocs.example') as Record<string, any>;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Event');
    expect(ld.url).toBe(`https://kapocs.example/opportunities/${base.id}`);
    expect(ld.organizer).toEqual({
      '@type': 'Organization',
      name: 'Zöld Szeged Egyesület',
      url: `https://kapocs.example/organizations/${base.organization.id}`,
    });
    expect(ld.location.address.addressLocality).toBe('Szeged');
    expect(ld.location.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 46.25, longitude: 20.15 });
    expect(ld.subEvent).toHaveLength(1);
    expect(ld.subEvent[0]).toMatchObject({ startDate: '2026-12-05T08:00:00.000Z', maximumAttendeeCapacity: 10, remainingAttendeeCapacity: 3 });
    expect(ld.potentialAction['@type']).toBe('ApplyAction');
    expect(ld.typicalAgeRange).toBe('14-');
  });

  it('marks a remote opportunity as an online event at a virtual location', () => {
    const ld = opportunityJsonLd({ ...base, remote: true, shifts: [] }, 'https://kapocs.example') as Record<string, any>;
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(ld.location['@type']).toBe('VirtualLocation');
    expect(ld.subEvent).toEqual([]);
  });
});

describe('jsonForScriptTag', () => {
  it('leaves no "<" (so no "</script>") in the text, and parses back to the same value', () => {
    const value = { title: '</script><script>alert(1)</script> <!-- & \u2028' };
    const text = jsonForScriptTag(value);
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
  });
});
