import { describe, expect, it } from 'vitest';
import { allOverridable, eligibilityReasons, qualificationReasons } from './eligibility.js';

const now = new Date('2026-11-25T10:00:00Z');
const adult = { birthDate: '1990-01-01', guardianConsentAt: null, healthStatus: 'unknown', conductStatus: 'unknown', qualifications: [] };
const open = { minAge: null, requiredQualifications: [], requiresHealth: false, requiresConduct: false };
// Budapest is UTC+1 in winter: 09:00–12:00 local.
const morning = { startsAt: new Date('2026-12-05T08:00:00Z'), endsAt: new Date('2026-12-05T11:00:00Z') };
const codes = (r: { code: string }[]) => r.map((x) => x.code);

describe('eligibilityReasons (the must-hold rules of every path)', () => {
  it('lets an adult take an open opportunity', () => {
    expect(eligibilityReasons(adult, open, morning, now)).toEqual([]);
    expect(eligibilityReasons(adult, open, null, now)).toEqual([]);
  });

  it('requires guardian consent under 16 (on the activity day)', () => {
    const teen = { ...adult, birthDate: '2011-01-01' };
    expect(codes(eligibilityReasons(teen, open, null, now))).toEqual(['under_16']);
    expect(eligibilityReasons({ ...teen, guardianConsentAt: new Date() }, open, null, now)).toEqual([]);
    // Turns 16 before the shift: no consent needed for it.
    const almost = { ...adult, birthDate: '2010-12-01' };
    expect(codes(eligibilityReasons(almost, open, morning, now))).toEqual([]);
  });

  it('refuses children under 10 whatever the opportunity', () => {
    const child = { ...adult, birthDate: '2018-01-01', guardianConsentAt: new Date() };
    expect(eligibilityReasons(child, open, null, now)).toEqual([{ code: 'under_10' }]);
  });

  it("checks the opportunity's minimum age on the activity day", () => {
    const seventeen = { ...adult, birthDate: '2009-06-01' };
    expect(eligibilityReasons(seventeen, { ...open, minAge: 18 }, morning, now)).toEqual([{ code: 'below_min_age', params: { minAge: 18, age: 17 } }]);
    expect(eligibilityReasons(adult, { ...open, minAge: 18 }, morning, now)).toEqual([]);
  });

  it('needs a birth date: the law’s age rules cannot be checked without one', () => {
    expect(codes(eligibilityReasons({ ...adult, birthDate: null }, { ...open, minAge: 14 }, null, now))).toEqual(['birth_date_missing']);
    expect(codes(eligibilityReasons({ ...adult, birthDate: null }, open, null, now))).toEqual(['birth_date_missing']);
  });

  it('keeps minors out of night shifts and too long shifts', () => {
    const seventeen = { ...adult, birthDate: '2009-06-01' };
    const evening = { startsAt: new Date('2026-12-05T17:00:00Z'), endsAt: new Date('2026-12-05T20:00:00Z') };
    expect(codes(eligibilityReasons(seventeen, open, evening, now))).toEqual(['minor_night']);
    const long = { startsAt: new Date('2026-12-05T07:00:00Z'), endsAt: new Date('2026-12-05T12:00:00Z') };
    expect(eligibilityReasons(seventeen, open, long, now)).toEqual([{ code: 'minor_too_long', params: { hours: 4.5 } }]);
    expect(eligibilityReasons(adult, open, evening, now)).toEqual([]);
    const fifteen = { ...adult, birthDate: '2011-03-01', guardianConsentAt: new Date() };
    expect(eligibilityReasons(fifteen, open, morning, now)).toEqual([]);
    const fourHours = { startsAt: new Date('2026-12-05T08:00:00Z'), endsAt: new Date('2026-12-05T12:00:00Z') };
    expect(eligibilityReasons(fifteen, open, fourHours, now)).toEqual([{ code: 'minor_too_long', params: { hours: 3 } }]);
  });

  it('needs recorded health fitness and good conduct where required', () => {
    const strict = { ...open, requiresHealth: true, requiresConduct: true };
    expect(codes(eligibilityReasons(adult, strict, null, now))).toEqual(['conduct_required', 'health_required']);
    expect(eligibilityReasons({ ...adult, healthStatus: 'fit', conductStatus: 'clear' }, strict, null, now)).toEqual([]);
    expect(codes(eligibilityReasons({ ...adult, healthStatus: 'not_fit', conductStatus: 'clear' }, strict, null, now))).toEqual(['health_required']);
  });

  it('checks qualifications on the shift’s day, or on today without a shift', () => {
    const needs = { ...open, requiredQualifications: ['Elsősegély'] };
    // Valid until 2026-12-01: fine today (25 November), expired by the shift on 5 December.
    const holder = { ...adult, qualifications: [{ name: 'elsősegély ', validUntil: '2026-12-01' }] };
    expect(eligibilityReasons(holder, needs, null, now)).toEqual([]);
    expect(eligibilityReasons(holder, needs, morning, now)).toEqual([{ code: 'expired_qualification', params: { name: 'Elsősegély', date: '2026-12-01' } }]);
    expect(eligibilityReasons(adult, needs, morning, now)).toEqual([{ code: 'missing_qualification', params: { name: 'Elsősegély' } }]);
  });
});

describe('qualificationReasons: valid on the day', () => {
  const day = '2026-12-05';
  it.each([
    ['expires the day before', '2026-12-04', ['expired_qualification']],
    ['expires on the day (valid through it)', '2026-12-05', []],
    ['expires later', '2027-01-01', []],
    ['never expires', null, []],
  ])('%s', (_label, validUntil, expected) => {
    expect(codes(qualificationReasons([{ name: 'Vízimentő', validUntil }], ['Vízimentő'], day))).toEqual(expected);
  });

  it('names the latest expiry when every copy has expired, and passes when any copy is valid', () => {
    const expired = [
      { name: 'Vízimentő', validUntil: '2026-01-01' },
      { name: 'vízimentő', validUntil: '2026-11-30' },
    ];
    expect(qualificationReasons(expired, ['Vízimentő'], day)).toEqual([{ code: 'expired_qualification', params: { name: 'Vízimentő', date: '2026-11-30' } }]);
    expect(qualificationReasons([...expired, { name: 'Vízimentő', validUntil: null }], ['Vízimentő'], day)).toEqual([]);
  });

  it('names each missing one', () => {
    expect(qualificationReasons([], ['A', 'B'], day)).toEqual([
      { code: 'missing_qualification', params: { name: 'A' } },
      { code: 'missing_qualification', params: { name: 'B' } },
    ]);
  });
});

describe('overrides', () => {
  it("only the host's requirements may be overridden, never the law", () => {
    expect(allOverridable([{ code: 'missing_qualification' }, { code: 'health_required' }, { code: 'below_min_age' }])).toBe(true);
    for (const law of ['under_10', 'under_16', 'minor_night', 'minor_too_long', 'birth_date_missing'] as const) {
      expect(allOverridable([{ code: 'missing_qualification' }, { code: law }])).toBe(false);
    }
  });
});
