import { describe, expect, it } from 'vitest';
import { en, hu } from '../../i18n/matching.js';
import { testNow, testOpportunity, testShift, testVolunteer } from './matching-fixtures.js';
import { exclusionCodes, exclusionsOf } from './rules.js';
import type { MatchOpportunity, MatchShift, MatchVolunteer } from './types.js';

type Case = {
  name: string;
  volunteer?: Partial<MatchVolunteer>;
  opportunity?: Partial<MatchOpportunity>;
  shift?: Partial<MatchShift> | null;
  /** The exclusion codes expected, in rule order; [] = eligible. */
  codes: string[];
  params?: Record<string, string | number>;
};

const utc = (iso: string) => new Date(iso);

const cases: Case[] = [
  { name: 'an adult next door on a free weekday morning', codes: [] },
  { name: 'a draft opportunity', opportunity: { status: 'draft' }, codes: ['not_open'] },
  { name: 'an opportunity of an organization not approved', opportunity: { organizationStatus: 'submitted' }, codes: ['not_open'] },
  { name: 'a cancelled shift', shift: { cancelledAt: testNow }, codes: ['shift_closed'] },
  { name: 'a shift already started', shift: { startsAt: utc('2026-11-25T11:00:00Z'), endsAt: utc('2026-11-25T13:00:00Z') }, codes: ['shift_closed'] },
  { name: 'already applied', volunteer: { appliedOpportunityIds: new Set(['o-1']) }, codes: ['already_applied'] },
  { name: 'no birth date', volunteer: { birthDate: null }, codes: ['birth_date_missing'] },
  // Köt. 4. § (1): 10 on the day of the shift, not today.
  { name: 'turns 10 only after the shift', volunteer: { birthDate: '2016-12-03', guardianConsentAt: testNow }, codes: ['under_10'] },
  { name: 'turns 10 on the day of the shift', volunteer: { birthDate: '2016-12-02', guardianConsentAt: testNow }, codes: [] },
  { name: 'under 10 and no guardian consent', volunteer: { birthDate: '2018-01-01' }, codes: ['under_10', 'under_16'] },
  {
    name: 'below the minimum age on the day',
    volunteer: { birthDate: '2009-12-03' },
    opportunity: { minAge: 17 },
    codes: ['below_min_age'],
    params: { minAge: 17, age: 16 },
  },
  { name: 'reaches the minimum age on the shift day', volunteer: { birthDate: '2009-12-02' }, opportunity: { minAge: 17 }, codes: [] },
  { name: 'under 16 without guardian consent', volunteer: { birthDate: '2012-01-01' }, codes: ['under_16'] },
  { name: 'under 16 with guardian consent', volunteer: { birthDate: '2012-01-01', guardianConsentAt: testNow }, codes: [] },
  {
    name: 'a minor on an evening shift past 20:00',
    volunteer: { birthDate: '2010-01-01' },
    shift: { startsAt: utc('2026-12-02T17:00:00Z'), endsAt: utc('2026-12-02T19:30:00Z') },
    codes: ['minor_night'],
  },
  {
    name: 'a minor on a shift ending exactly at 20:00',
    volunteer: { birthDate: '2010-01-01' },
    shift: { startsAt: utc('2026-12-02T16:00:00Z'), endsAt: utc('2026-12-02T19:00:00Z') },
    codes: [],
  },
  {
    name: 'a minor on an early shift from 05:30',
    volunteer: { birthDate: '2010-01-01' },
    shift: { startsAt: utc('2026-12-02T04:30:00Z'), endsAt: utc('2026-12-02T08:00:00Z') },
    codes: ['minor_night'],
  },
  {
    name: 'a minor in summer time: 19:00–21:00 CEST is past 20:00',
    volunteer: { birthDate: '2010-01-01' },
    shift: { startsAt: utc('2027-06-02T17:00:00Z'), endsAt: utc('2027-06-02T19:00:00Z') },
    codes: ['minor_night'],
  },
  {
    name: 'an adult may take the night shift',
    shift: { startsAt: utc('2026-12-02T21:00:00Z'), endsAt: utc('2026-12-03T05:00:00Z') },
    codes: [],
  },
  {
    name: 'a missing qualification',
    opportunity: { requiredQualifications: ['Elsősegély-tanfolyam'] },
    codes: ['missing_qualification'],
    params: { name: 'Elsősegély-tanfolyam' },
  },
  {
    name: 'a qualification held under a differently written name',
    volunteer: { qualifications: [{ name: '  elsősegély-TANFOLYAM ', validUntil: null }] },
    opportunity: { requiredQualifications: ['Elsősegély-tanfolyam'] },
    codes: [],
  },
  {
    name: 'a qualification that expires before the shift',
    volunteer: { qualifications: [{ name: 'Elsősegély-tanfolyam', validUntil: '2026-12-01' }] },
    opportunity: { requiredQualifications: ['Elsősegély-tanfolyam'] },
    codes: ['expired_qualification'],
    params: { name: 'Elsősegély-tanfolyam', date: '2026-12-01' },
  },
  {
    name: 'a qualification valid through the shift day',
    volunteer: { qualifications: [{ name: 'Elsősegély-tanfolyam', validUntil: '2026-12-02' }] },
    opportunity: { requiredQualifications: ['Elsősegély-tanfolyam'] },
    codes: [],
  },
  { name: 'good conduct required, not checked', opportunity: { requiresConduct: true }, codes: ['conduct_required'] },
  { name: 'good conduct required and clear', volunteer: { conductStatus: 'clear' }, opportunity: { requiresConduct: true }, codes: [] },
  { name: 'health fitness required, not fit', volunteer: { healthStatus: 'not_fit' }, opportunity: { requiresHealth: true }, codes: ['health_required'] },
  { name: 'health fitness required and fit', volunteer: { healthStatus: 'fit' }, opportunity: { requiresHealth: true }, codes: [] },
  { name: 'a full shift without a waitlist', shift: { capacity: 5, seatsTaken: 5 }, codes: ['shift_full'] },
  { name: 'a full shift with a waitlist', shift: { capacity: 5, seatsTaken: 5, waitlistEnabled: true }, codes: [] },
  { name: 'free only on Wednesday afternoons', volunteer: { availability: ['wed-afternoon', 'sat-morning'] }, codes: ['not_available'] },
  { name: 'free on Wednesday mornings', volunteer: { availability: ['wed-morning'] }, codes: [] },
  {
    name: 'a shift across noon fits a volunteer free in the afternoon',
    volunteer: { availability: ['wed-afternoon'] },
    shift: { startsAt: utc('2026-12-02T10:00:00Z'), endsAt: utc('2026-12-02T13:00:00Z') },
    codes: [],
  },
  {
    name: 'beyond the travel radius',
    volunteer: { travelRadiusKm: 5 },
    opportunity: { lat: 47.4979, lon: 19.0402 },
    codes: ['too_far'],
    params: { km: 82, radius: 5 },
  },
  { name: 'a remote opportunity far away', volunteer: { travelRadiusKm: 5 }, opportunity: { remote: true, lat: null, lon: null }, codes: [] },
  { name: 'a remote-only volunteer and an on-site opportunity', volunteer: { remoteOnly: true }, codes: ['remote_only'] },
  { name: 'a remote-only volunteer and a remote opportunity', volunteer: { remoteOnly: true }, opportunity: { remote: true }, codes: [] },
  { name: 'a volunteer without a home place', volunteer: { lat: null, lon: null }, codes: ['home_unknown'] },
  { name: 'an on-site opportunity without coordinates', opportunity: { lat: null, lon: null }, codes: ['place_unknown'] },
  { name: 'an unscheduled ongoing opportunity (no shift)', opportunity: { kind: 'ongoing' }, shift: null, codes: [] },
  {
    name: 'several reasons at once',
    volunteer: { birthDate: '2013-06-01', travelRadiusKm: 5 },
    opportunity: { minAge: 14, requiresHealth: true, lat: 47.4979, lon: 19.0402 },
    codes: ['below_min_age', 'under_16', 'health_required', 'too_far'],
  },
];

describe('hard rules (stage 1)', () => {
  it.each(cases)('$name → $codes', (c) => {
    const reasons = exclusionsOf({
      volunteer: testVolunteer(c.volunteer),
      opportunity: testOpportunity(c.opportunity),
      shift: c.shift === null ? null : testShift(c.shift),
      now: testNow,
    });
    expect(reasons.map((r) => r.code)).toEqual(c.codes);
    if (c.params) expect(reasons[0]?.params).toEqual(c.params);
  });

  it('has a Hungarian and an English text for every exclusion code', () => {
    for (const code of exclusionCodes) {
      const key = `matching.reason.${code}` as keyof typeof hu;
      expect(hu[key], code).toBeTruthy();
      expect(en[key], code).toBeTruthy();
    }
  });
});
