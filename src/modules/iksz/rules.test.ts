import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../volunteer-law/school-calendar.js';
import { termTimeOnlyCalendar } from '../volunteer-law/school-calendar.js';
import { checkOccasion, isFarPlace, maxOccasionMinutes, type OccasionFacts, occasionMinutes, sections } from './rules.js';

/**
 * The rules of an IKSZ occasion (HUNGARY.md §2), one row per rule and edge, each citing its section.
 * A test calendar: a winter break 2026-12-17 – 2027-01-03. Budapest is UTC+1 in December.
 * Wed 2026-12-02 is a school day, Sat 2026-12-05 a non-school day, Fri 2026-12-18 a holiday.
 */
const calendar: SchoolCalendar = { holidays: [{ name: 'test winter break', from: '2026-12-17', to: '2027-01-03', source: 'test' }], teachingSaturdays: [] };

const at = (day: string, time: string) => new Date(`${day}T${time}:00+01:00`);
const kecskemet = { lat: 46.9062, lon: 19.6913 };
const szeged = { lat: 46.253, lon: 20.1414 };
const lakitelek = { lat: 46.8759, lon: 19.9967 }; // ~23 km from Kecskemét
const hostA = 'host-a';
const schoolHost = 'school-host';

function facts(day: string, from: string, to: string, over: Partial<OccasionFacts> = {}): OccasionFacts {
  return {
    kind: 'service',
    loggedBy: 'student',
    day,
    startsAt: at(day, from),
    endsAt: at(day, to),
    area: 'b',
    calendar,
    birthDate: '2009-06-01', // 17 in December 2026
    others: [],
    enrolled: true,
    organizationId: hostA,
    hostIsSchool: false,
    hasAgreement: true,
    opportunity: null,
    place: kecskemet,
    school: kecskemet,
    home: null,
    distanceReason: null,
    caps: [],
    ...over,
  };
}

const other = (day: string, from: string, to: string, extra: Partial<OccasionFacts['others'][number]> = {}) => ({
  day,
  startsAt: at(day, from),
  endsAt: at(day, to),
  minutes: occasionMinutes(at(day, from), at(day, to)),
  kind: 'service' as const,
  organizationId: hostA,
  ...extra,
});

type Row = { name: string; section: string; input: OccasionFacts; refusals: string[]; warnings?: string[] };

const rows: Row[] = [
  // 133. § (6) and (7): 60-minute hours, start to end of the activity; 1–3 h on school days, 1–5 h on other days.
  { name: 'exactly 1 h on a school day', section: sections.perOccasion, input: facts('2026-12-02', '14:00', '15:00'), refusals: [] },
  { name: '59 minutes is too short', section: sections.perOccasion, input: facts('2026-12-02', '14:00', '14:59'), refusals: ['too_short'] },
  { name: '3 h on a school day', section: sections.perOccasion, input: facts('2026-12-02', '14:00', '17:00'), refusals: [] },
  { name: '3 h 1 min on a school day', section: sections.perOccasion, input: facts('2026-12-02', '14:00', '17:01'), refusals: ['too_long_school_day'] },
  {
    name: '4 h on a Saturday (adult: no Köt. limits)',
    section: sections.perOccasion,
    input: facts('2026-12-05', '09:00', '13:00', { birthDate: '2000-01-01' }),
    refusals: [],
  },
  {
    name: '5 h 1 min on a Saturday',
    section: sections.perOccasion,
    input: facts('2026-12-05', '08:00', '13:01', { birthDate: '2000-01-01' }),
    refusals: ['too_long_other_day'],
  },
  {
    name: '4 h in the winter break (adult)',
    section: sections.perOccasion,
    input: facts('2026-12-18', '09:00', '13:00', { birthDate: '2000-01-01' }),
    refusals: [],
  },
  {
    name: 'no calendar for the year: every weekday is a school day (HUNGARY.md §2.3)',
    section: sections.perOccasion,
    input: facts('2026-12-18', '09:00', '13:00', { birthDate: '2000-01-01', calendar: termTimeOnlyCalendar }),
    refusals: ['too_long_school_day'],
  },
  // 133. § (5): preparation and closing at most 5 h each, by the school only.
  {
    name: 'a student cannot log preparation',
    section: sections.preparation,
    input: facts('2026-12-02', '14:00', '15:00', { kind: 'preparation', organizationId: null }),
    refusals: ['school_only'],
  },
  {
    name: 'the school logs 2 h of preparation after 3 h',
    section: sections.preparation,
    input: facts('2026-12-05', '09:00', '11:00', {
      kind: 'preparation',
      loggedBy: 'school',
      organizationId: null,
      birthDate: '2000-01-01',
      others: [other('2026-11-05', '14:00', '17:00', { kind: 'preparation', organizationId: null })],
    }),
    refusals: [],
  },
  {
    name: 'preparation over 5 h in all',
    section: sections.preparation,
    input: facts('2026-12-05', '09:00', '12:00', {
      kind: 'closing',
      loggedBy: 'school',
      organizationId: null,
      birthDate: '2000-01-01',
      others: [other('2026-11-05', '14:00', '17:00', { kind: 'closing', organizationId: null })],
    }),
    refusals: ['closing_cap'],
  },
  // Köt. 5. § over the IKSZ occasions (HUNGARY.md §2.2), never overridable.
  { name: 'a minor after 20:00', section: sections.minors, input: facts('2026-12-05', '18:00', '20:30'), refusals: ['minor.minor_night'] },
  {
    name: 'under 16: 2 h 30 on a school day',
    section: sections.minors,
    input: facts('2026-12-02', '14:00', '16:30', { birthDate: '2012-01-01' }),
    refusals: ['minor.under16_daily'],
  },
  {
    name: 'under 16: a weekly 6 h in term time',
    section: sections.minors,
    input: facts('2026-12-04', '14:00', '16:00', {
      birthDate: '2012-01-01',
      others: [other('2026-11-30', '14:00', '16:00'), other('2026-12-01', '14:00', '16:00'), other('2026-12-02', '14:00', '15:00')],
    }),
    refusals: ['minor.under16_weekly'],
  },
  {
    name: '14 h rest between days',
    section: sections.minors,
    input: facts('2026-12-05', '08:00', '10:00', { others: [other('2026-12-04', '18:00', '19:30')] }),
    refusals: ['minor.minor_rest'],
  },
  // HUNGARY.md §2.2: a host with a valid cooperation agreement, or the school itself.
  {
    name: 'a host without an agreement',
    section: sections.agreement,
    input: facts('2026-12-02', '14:00', '15:00', { hasAgreement: false }),
    refusals: ['no_agreement'],
  },
  {
    name: 'the school itself needs no agreement',
    section: sections.agreement,
    input: facts('2026-12-02', '14:00', '15:00', { hasAgreement: false, hostIsSchool: true, organizationId: schoolHost }),
    refusals: [],
  },
  {
    name: 'a service occasion needs a host',
    section: sections.agreement,
    input: facts('2026-12-02', '14:00', '15:00', { organizationId: null }),
    refusals: ['host_required'],
  },
  // 133. § (2): areas a–h, and the opportunity's areas.
  { name: 'area z is not an area', section: sections.areas, input: facts('2026-12-02', '14:00', '15:00', { area: 'z' }), refusals: ['area_invalid'] },
  {
    name: "an area outside the opportunity's",
    section: sections.areas,
    input: facts('2026-12-02', '14:00', '15:00', { area: 'e', opportunity: { organizationId: hostA, ikszEligible: true, areas: ['b', 'c'] } }),
    refusals: ['area_not_of_opportunity'],
  },
  {
    name: 'an opportunity not IKSZ-eligible',
    section: sections.areas,
    input: facts('2026-12-02', '14:00', '15:00', { opportunity: { organizationId: hostA, ikszEligible: false, areas: ['b'] } }),
    refusals: ['opportunity_not_eligible'],
  },
  {
    name: "one of the opportunity's areas",
    section: sections.areas,
    input: facts('2026-12-02', '14:00', '15:00', { area: 'c', opportunity: { organizationId: hostA, ikszEligible: true, areas: ['b', 'c'] } }),
    refusals: [],
  },
  // HUNGARY.md §2.2: within 30 km of the school or the home; farther needs a recorded reason.
  { name: '23 km from the school', section: sections.distance, input: facts('2026-12-02', '14:00', '15:00', { place: lakitelek }), refusals: [] },
  {
    name: 'Szeged, no reason',
    section: sections.distance,
    input: facts('2026-12-02', '14:00', '15:00', { place: szeged }),
    refusals: ['distance_reason_required'],
  },
  {
    name: 'Szeged with a reason: a warning',
    section: sections.distance,
    input: facts('2026-12-02', '14:00', '15:00', { place: szeged, distanceReason: 'A nagymamánál töltött hét alatt.' }),
    refusals: [],
    warnings: ['distance_far'],
  },
  {
    name: 'Szeged, the home is there',
    section: sections.distance,
    input: facts('2026-12-02', '14:00', '15:00', { place: szeged, home: szeged }),
    refusals: [],
  },
  // HUNGARY.md §2.1: the school's caps, warn or refuse.
  {
    name: 'per-host cap refuses',
    section: sections.schoolCaps,
    input: facts('2026-12-02', '14:00', '16:00', {
      caps: [{ kind: 'per_host', maxHours: 3, mode: 'refuse' }],
      others: [other('2026-11-10', '14:00', '16:00')],
    }),
    refusals: ['cap_per_host'],
  },
  {
    name: 'per-host cap warns',
    section: sections.schoolCaps,
    input: facts('2026-12-02', '14:00', '16:00', { caps: [{ kind: 'per_host', maxHours: 3, mode: 'warn' }], others: [other('2026-11-10', '14:00', '16:00')] }),
    refusals: [],
    warnings: ['cap_per_host'],
  },
  {
    name: 'at-school cap applies only at the school',
    section: sections.schoolCaps,
    input: facts('2026-12-02', '14:00', '16:00', { caps: [{ kind: 'at_school', maxHours: 1, mode: 'refuse' }] }),
    refusals: [],
  },
  {
    name: 'at-school cap refuses at the school',
    section: sections.schoolCaps,
    input: facts('2026-12-02', '14:00', '16:00', {
      organizationId: schoolHost,
      hostIsSchool: true,
      caps: [{ kind: 'at_school', maxHours: 1, mode: 'refuse' }],
    }),
    refusals: ['cap_at_school'],
  },
  // 133. § (1): the school's own student.
  { name: 'a student who left', section: sections.enrolment, input: facts('2026-12-02', '14:00', '15:00', { enrolled: false }), refusals: ['not_enrolled'] },
];

describe('checkOccasion (HUNGARY.md §2)', () => {
  it.each(rows)('$section: $name', (row) => {
    const result = checkOccasion(row.input);
    expect(result.refusals.map((r) => r.code)).toEqual(row.refusals);
    expect(result.warnings.map((w) => w.code)).toEqual(row.warnings ?? []);
    for (const found of [...result.refusals, ...result.warnings]) expect(found.section).toBe(row.section);
  });
});

describe('helpers', () => {
  it('133. § (6): minutes from start to end', () => {
    expect(occasionMinutes(at('2026-12-02', '14:00'), at('2026-12-02', '15:30'))).toBe(90);
  });
  it('133. § (7): the day decides the longest occasion', () => {
    expect(maxOccasionMinutes('2026-12-02', calendar)).toBe(180);
    expect(maxOccasionMinutes('2026-12-05', calendar)).toBe(300);
    expect(maxOccasionMinutes('2026-12-18', calendar)).toBe(300);
  });
  it('HUNGARY.md §2.2: distance to the nearer of school and home', () => {
    expect(isFarPlace(szeged, kecskemet, null).far).toBe(true);
    expect(isFarPlace(lakitelek, kecskemet, null)).toEqual({ far: false, km: expect.any(Number) });
    expect(isFarPlace(null, kecskemet, null).far).toBe(false);
  });
});
