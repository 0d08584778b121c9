import { describe, expect, it } from 'vitest';
import { termTimeOnlyCalendar } from '../volunteer-law/school-calendar.js';
import { minorScheduleReasons } from './eligibility.js';

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
