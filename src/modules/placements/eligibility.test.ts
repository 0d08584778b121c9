import { describe, expect, it } from 'vitest';
import { termTimeOnlyCalendar } from '../volunteer-law/school-calendar.js';
import { ineligibleReasons, maxDailyHoursForMinor, minorScheduleReasons, touchesNight } from './eligibility.js';

const now = new Date('2026-11-25T10:00:00Z');
const adult = { birthDate: '1990-01-01', guardianConsentAt: null, healthStatus: 'unknown', conductStatus: 'unknown' };
const open = { minAge: null, requiresHealth: false, requiresConduct: false };
// Budapest is UTC+1 in winter: 09:00–12:00 local.
const morning = { startsAt: new Date('2026-12-05T08:00:00Z'), endsAt: new Date('2026-12-05T11:00:00Z') };
const codes = (r: { code: string }[]) => r.map((x) => x.code);

describe('touchesNight (Budapest time, Köt. 5.)', () => {
  it.each([
    ['09:00–12:00', '2026-12-05T08:00:00Z', '2026-12-05T11:00:00Z', false],
    ['17:00–20:00 ends exactly at 20:00', '2026-12-05T16:00:00Z', '2026-12-05T19:00:00Z', false],
    ['18:00–20:30', '2026-12-05T17:00:00Z', '2026-12-05T19:30:00Z', true],
    ['05:30–08:00', '2026-12-05T04:30:00Z', '2026-12-05T07:00:00Z', true],
    ['06:00–09:00', '2026-12-05T05:00:00Z', '2026-12-05T08:00:00Z', false],
    ['overnight', '2026-12-05T21:00:00Z', '2026-12-06T05:00:00Z', true],
    // Summer time (UTC+2): 18:00 UTC is 20:00 local.
    ['summer 17:00–20:00', '2026-07-05T15:00:00Z', '2026-07-05T18:00:00Z', false],
    ['summer 17:00–21:00', '2026-07-05T15:00:00Z', '2026-07-05T19:00:00Z', true],
  ])('%s → %s', (_label, start, end, expected) => {
    expect(touchesNight({ startsAt: new Date(start), endsAt: new Date(end) })).toBe(expected);
  });
});

describe('ineligibleReasons', () => {
  it('lets an adult apply to an open opportunity', () => {
    expect(ineligibleReasons(adult, open, morning, now)).toEqual([]);
    expect(ineligibleReasons(adult, open, null, now)).toEqual([]);
  });

  it('requires guardian consent under 16 (on the activity day)', () => {
    const teen = { ...adult, birthDate: '2011-01-01' };
    expect(codes(ineligibleReasons(teen, open, null, now))).toEqual(['guardianConsent']);
    expect(ineligibleReasons({ ...teen, guardianConsentAt: new Date() }, open, null, now)).toEqual([]);
    // Turns 16 before the shift: no consent needed for it.
    const almost = { ...adult, birthDate: '2010-12-01' };
    expect(codes(ineligibleReasons(almost, open, morning, now))).toEqual([]);
  });

  it('refuses children under 10 whatever the opportunity', () => {
    const child = { ...adult, birthDate: '2018-01-01', guardianConsentAt: new Date() };
    expect(ineligibleReasons(child, open, null, now)).toEqual([{ code: 'underLegalAge', params: { age: 10 } }]);
  });

  it("checks the opportunity's minimum age on the activity day", () => {
    const seventeen = { ...adult, birthDate: '2009-06-01' };
    expect(ineligibleReasons(seventeen, { ...open, minAge: 18 }, morning, now)).toEqual([{ code: 'belowMinAge', params: { minAge: 18 } }]);
    expect(ineligibleReasons(adult, { ...open, minAge: 18 }, morning, now)).toEqual([]);
  });

  it('asks for a birth date when a minimum age is set', () => {
    expect(codes(ineligibleReasons({ ...adult, birthDate: null }, { ...open, minAge: 14 }, null, now))).toEqual(['birthDateNeeded']);
    expect(ineligibleReasons({ ...adult, birthDate: null }, open, null, now)).toEqual([]);
  });

  it('keeps minors out of night shifts and too long shifts', () => {
    const seventeen = { ...adult, birthDate: '2009-06-01' };
    const evening = { startsAt: new Date('2026-12-05T17:00:00Z'), endsAt: new Date('2026-12-05T20:00:00Z') };
    expect(codes(ineligibleReasons(seventeen, open, evening, now))).toEqual(['minorNight']);
    const long = { startsAt: new Date('2026-12-05T07:00:00Z'), endsAt: new Date('2026-12-05T12:00:00Z') };
    expect(ineligibleReasons(seventeen, open, long, now)).toEqual([{ code: 'minorTooLong', params: { hours: '4,5' } }]);
    expect(ineligibleReasons(adult, open, evening, now)).toEqual([]);
    const fifteen = { ...adult, birthDate: '2011-03-01', guardianConsentAt: new Date() };
    expect(ineligibleReasons(fifteen, open, morning, now)).toEqual([]);
    const fourHours = { startsAt: new Date('2026-12-05T08:00:00Z'), endsAt: new Date('2026-12-05T12:00:00Z') };
    expect(ineligibleReasons(fifteen, open, fourHours, now)).toEqual([{ code: 'minorTooLong', params: { hours: '3' } }]);
  });

  it('needs recorded health fitness and good conduct where required', () => {
    const strict = { ...open, requiresHealth: true, requiresConduct: true };
    expect(codes(ineligibleReasons(adult, strict, null, now))).toEqual(['healthRequired', 'conductRequired']);
    expect(ineligibleReasons({ ...adult, healthStatus: 'fit', conductStatus: 'clear' }, strict, null, now)).toEqual([]);
    expect(codes(ineligibleReasons({ ...adult, healthStatus: 'not_fit', conductStatus: 'clear' }, strict, null, now))).toEqual(['healthRequired']);
  });

  it('has the daily limits of Köt. 5.', () => {
    expect(maxDailyHoursForMinor(12)).toBe(3);
    expect(maxDailyHoursForMinor(16)).toBe(4.5);
    expect(maxDailyHoursForMinor(18)).toBeNull();
  });
});

describe("minorScheduleReasons (Köt. 5. §, over the minor's other shifts and hours that week)", () => {
  // Wednesday 2027-03-10, term time (a school day); Budapest is UTC+1: 15:00–16:30 local.
  const wednesday = { startsAt: new Date('2027-03-10T14:00:00Z'), endsAt: new Date('2027-03-10T15:30:00Z') };
  const at = (day: string, fromUtc: string, toUtc: string) => ({
    day,
    minutes: (Date.parse(`${day}T${toUtc}Z`) - Date.parse(`${day}T${fromUtc}Z`)) / 60_000,
    startsAt: new Date(`${day}T${fromUtc}Z`),
    endsAt: new Date(`${day}T${toUtc}Z`),
  });
  const rules = (r: ReturnType<typeof minorScheduleReasons>) => r.map((x) => (x.code === 'minorLaw' ? x.rule : x.code));

  it.each([
    ['a 15-year-old alone on a school day: 1.5 h is within 2 h', '2011-06-01', [], []],
    [
      'a 15-year-old with another 1.5 h shift that school day: 3 h > 2 h (under 16, school day)',
      '2011-06-01',
      [at('2027-03-10', '08:00:00', '09:30:00')],
      ['under16_daily'],
    ],
    [
      'a 15-year-old with 5 h earlier that term-time week: 6.5 h > 6 h a week',
      '2011-06-01',
      [at('2027-03-08', '14:00:00', '16:00:00'), at('2027-03-09', '14:00:00', '16:00:00'), at('2027-03-11', '14:00:00', '15:00:00')],
      ['under16_weekly'],
    ],
    [
      'a 17-year-old with 17 h that week: 18.5 h > 18 h (16–17)',
      '2009-06-01',
      [
        at('2027-03-08', '06:00:00', '10:30:00'),
        at('2027-03-09', '06:00:00', '10:30:00'),
        at('2027-03-11', '06:00:00', '10:30:00'),
        at('2027-03-12', '06:00:00', '09:30:00'),
      ],
      ['minor16_weekly'],
    ],
    ['a 17-year-old who ended at 19:30 the day before and starts at 15:00: rest enough', '2009-06-01', [at('2027-03-09', '17:30:00', '18:30:00')], []],
    ['an adult has no such limits', '1990-01-01', [at('2027-03-10', '06:00:00', '12:00:00')], []],
  ])('%s', (_name, birthDate, others, expected) => {
    expect(rules(minorScheduleReasons(birthDate, wednesday, others, termTimeOnlyCalendar))).toEqual(expected);
  });

  it('finds the 14 hours of rest when the other day ended late', () => {
    // Tuesday 18:00–19:30 local, then Wednesday 08:00 local: 12.5 h of rest.
    const morningShift = { startsAt: new Date('2027-03-10T07:00:00Z'), endsAt: new Date('2027-03-10T08:00:00Z') };
    const reasons = minorScheduleReasons('2009-06-01', morningShift, [at('2027-03-09', '17:00:00', '18:30:00')], termTimeOnlyCalendar);
    expect(rules(reasons)).toEqual(['minor_rest']);
    expect(reasons[0]).toMatchObject({ code: 'minorLaw', params: { minimum: '14', hours: '12,5' } });
  });
});
