import { describe, expect, it } from 'vitest';
import { seededSchoolCalendar } from './legal-data-test-support.js';
import { formatHours, type MinorActivity, maxDailyHoursForMinor, minorTimeRules, minorTimeViolations, touchesMinorsNight } from './minor-time-limits.js';
import { type SchoolCalendar, schoolDayKind, schoolWeekKind, schoolYearHasNoBreaks, schoolYearOf, termTimeOnlyCalendar } from './school-calendar.js';

/**
 * Köt. 5. § (HUNGARY.md §1.6), one row per rule and edge. A test calendar keeps the rows stable:
 * a school holiday from Thursday 2026-12-17 to 2027-01-03, so the week of 14 December is partly
 * term time and the week of 21 December is a whole holiday week. Budapest is UTC+1 in December.
 */
const calendar: SchoolCalendar = {
  holidays: [{ name: 'test winter break', from: '2026-12-17', to: '2027-01-03', source: 'test' }],
  teachingSaturdays: [],
};

/** An activity on a December day (UTC+1), from–to on the Budapest wall clock. */
function act(day: string, from: string, to: string, offset = '+01:00'): MinorActivity {
  const startsAt = new Date(`${day}T${from}:00${offset}`);
  const endsAt = new Date(`${day}T${to}:00${offset}`);
  return { day, minutes: (endsAt.getTime() - startsAt.getTime()) / 60_000, startsAt, endsAt };
}
/** An activity whose times are not known, only its length. */
const hours = (day: string, h: number): MinorActivity => ({ day, minutes: h * 60 });

const born = {
  fourteen: '2012-01-01',
  seventeen: '2009-06-01',
  adult: '1990-01-01',
  /** Turns 16 on Thursday 2026-12-03. */
  sixteenOnThursday: '2010-12-03',
  /** Turns 18 on Thursday 2026-12-03. */
  eighteenOnThursday: '2008-12-03',
};

type Row = {
  name: string;
  section: 'Köt. 5. §';
  birthDate: string;
  activity: MinorActivity;
  others?: MinorActivity[];
  expected: { code: string; params: Record<string, string | number> }[];
};

const night = { code: 'minor_night', params: { from: '20:00', until: '06:00' } };

// Week of Monday 2026-11-30: Wed 12-02 school day, Sat 12-05 non-school day.
const rows: Row[] = [
  // Night, under 18, only when the times are known.
  { name: 'ends 19:59', section: 'Köt. 5. §', birthDate: born.seventeen, activity: act('2026-12-02', '17:00', '19:59'), expected: [] },
  { name: 'ends exactly 20:00', section: 'Köt. 5. §', birthDate: born.seventeen, activity: act('2026-12-02', '17:00', '20:00'), expected: [] },
  { name: 'starts 19:59, runs past 20:00', section: 'Köt. 5. §', birthDate: born.seventeen, activity: act('2026-12-02', '19:59', '20:30'), expected: [night] },
  { name: 'starts 20:00', section: 'Köt. 5. §', birthDate: born.seventeen, activity: act('2026-12-02', '20:00', '21:00'), expected: [night] },
  { name: 'starts exactly 06:00', section: 'Köt. 5. §', birthDate: born.seventeen, activity: act('2026-12-02', '06:00', '08:00'), expected: [] },
  { name: 'starts 05:59', section: 'Köt. 5. §', birthDate: born.seventeen, activity: act('2026-12-02', '05:59', '08:00'), expected: [night] },
  {
    name: 'summer time: 18:00–20:30 CEST',
    section: 'Köt. 5. §',
    birthDate: born.seventeen,
    activity: act('2026-07-01', '18:00', '20:30', '+02:00'),
    expected: [night],
  },
  { name: 'night not checkable without times', section: 'Köt. 5. §', birthDate: born.seventeen, activity: hours('2026-12-02', 2), expected: [] },
  { name: 'an adult at night', section: 'Köt. 5. §', birthDate: born.adult, activity: act('2026-12-02', '21:00', '23:00'), expected: [] },

  // Under 16, daily: 2 h on a school day, 3 h on a non-school day and in holidays.
  { name: 'under 16, 2 h on a school day', section: 'Köt. 5. §', birthDate: born.fourteen, activity: hours('2026-12-02', 2), expected: [] },
  {
    name: 'under 16, 2.5 h on a school day',
    section: 'Köt. 5. §',
    birthDate: born.fourteen,
    activity: hours('2026-12-02', 2.5),
    expected: [{ code: 'under16_daily', params: { limit: '2', hours: '2,5', dayKind: 'school_day' } }],
  },
  {
    name: 'under 16, 1.5 h plus 1 h of another activity the same school day',
    section: 'Köt. 5. §',
    birthDate: born.fourteen,
    activity: hours('2026-12-02', 1.5),
    others: [hours('2026-12-02', 1), hours('2026-12-01', 1)],
    expected: [{ code: 'under16_daily', params: { limit: '2', hours: '2,5', dayKind: 'school_day' } }],
  },
  { name: 'under 16, 3 h on a Saturday', section: 'Köt. 5. §', birthDate: born.fourteen, activity: hours('2026-12-05', 3), expected: [] },
  {
    name: 'under 16, 3.5 h on a Sunday',
    section: 'Köt. 5. §',
    birthDate: born.fourteen,
    activity: hours('2026-12-06', 3.5),
    expected: [{ code: 'under16_daily', params: { limit: '3', hours: '3,5', dayKind: 'non_school_day' } }],
  },
  { name: 'under 16, 3 h on a holiday weekday', section: 'Köt. 5. §', birthDate: born.fourteen, activity: hours('2026-12-23', 3), expected: [] },
  {
    name: 'under 16, 3.5 h on a holiday weekday',
    section: 'Köt. 5. §',
    birthDate: born.fourteen,
    activity: hours('2026-12-23', 3.5),
    expected: [{ code: 'under16_daily', params: { limit: '3', hours: '3,5', dayKind: 'school_holiday' } }],
  },

  // Under 16, weekly: 6 h in term time, 12 h in a holiday week (Monday–Sunday).
  {
    name: 'under 16, exactly 6 h in a term week',
    section: 'Köt. 5. §',
    birthDate: born.fourteen,
    activity: hours('2026-12-05', 2),
    others: [hours('2026-11-30', 2), hours('2026-12-01', 2), hours('2026-11-29', 2)],
    expected: [],
  },
  {
    name: 'under 16, 7 h in a term week (last Sunday not counted)',
    section: 'Köt. 5. §',
    birthDate: born.fourteen,
    activity: hours('2026-12-05', 2),
    others: [hours('2026-11-29', 3), hours('2026-11-30', 2), hours('2026-12-01', 2), hours('2026-12-02', 1)],
    expected: [{ code: 'under16_weekly', params: { limit: '6', hours: '7', weekKind: 'term_time' } }],
  },
  {
    name: 'under 16, 12 h in a holiday week',
    section: 'Köt. 5. §',
    birthDate: born.fourteen,
    activity: hours('2026-12-25', 3),
    others: [hours('2026-12-21', 3), hours('2026-12-22', 3), hours('2026-12-23', 3)],
    expected: [],
  },
  {
    name: 'under 16, 13 h in a holiday week',
    section: 'Köt. 5. §',
    birthDate: born.fourteen,
    activity: hours('2026-12-25', 1),
    others: [hours('2026-12-21', 3), hours('2026-12-22', 3), hours('2026-12-23', 3), hours('2026-12-24', 3)],
    expected: [{ code: 'under16_weekly', params: { limit: '12', hours: '13', weekKind: 'school_holiday' } }],
  },
  {
    name: 'under 16, a week partly in holidays counts as term time (stricter)',
    section: 'Köt. 5. §',
    birthDate: born.fourteen,
    activity: hours('2026-12-17', 3),
    others: [hours('2026-12-14', 2), hours('2026-12-15', 2)],
    expected: [{ code: 'under16_weekly', params: { limit: '6', hours: '7', weekKind: 'term_time' } }],
  },

  // 16–17: 4.5 h a day, 18 h a week, whatever the school calendar.
  { name: '16–17, 4.5 h on a school day', section: 'Köt. 5. §', birthDate: born.seventeen, activity: hours('2026-12-02', 4.5), expected: [] },
  {
    name: '16–17, 5 h in a day',
    section: 'Köt. 5. §',
    birthDate: born.seventeen,
    activity: hours('2026-12-02', 3),
    others: [hours('2026-12-02', 2)],
    expected: [{ code: 'minor16_daily', params: { limit: '4,5', hours: '5' } }],
  },
  {
    name: '16–17, 18 h in a week',
    section: 'Köt. 5. §',
    birthDate: born.seventeen,
    activity: hours('2026-12-03', 4.5),
    others: [hours('2026-11-30', 4.5), hours('2026-12-01', 4.5), hours('2026-12-02', 4.5)],
    expected: [],
  },
  {
    name: '16–17, 18.5 h in a week',
    section: 'Köt. 5. §',
    birthDate: born.seventeen,
    activity: hours('2026-12-06', 0.5),
    others: [hours('2026-11-30', 4.5), hours('2026-12-01', 4.5), hours('2026-12-02', 4.5), hours('2026-12-03', 4.5)],
    expected: [{ code: 'minor16_weekly', params: { limit: '18', hours: '18,5' } }],
  },

  // Age on the activity's day.
  {
    name: 'turning 16 on Thursday: Wednesday still under 16',
    section: 'Köt. 5. §',
    birthDate: born.sixteenOnThursday,
    activity: hours('2026-12-02', 3),
    expected: [{ code: 'under16_daily', params: { limit: '2', hours: '3', dayKind: 'school_day' } }],
  },
  {
    name: 'turning 16 on Thursday: 3 h that day is fine',
    section: 'Köt. 5. §',
    birthDate: born.sixteenOnThursday,
    activity: hours('2026-12-03', 3),
    expected: [],
  },
  {
    name: 'turning 16 on Thursday: 9 h that week is within 18 h',
    section: 'Köt. 5. §',
    birthDate: born.sixteenOnThursday,
    activity: hours('2026-12-03', 3),
    others: [hours('2026-11-30', 2), hours('2026-12-01', 2), hours('2026-12-02', 2)],
    expected: [],
  },
  {
    name: 'turning 16 on Thursday: an under-16 day counts the whole week (stricter)',
    section: 'Köt. 5. §',
    birthDate: born.sixteenOnThursday,
    activity: hours('2026-12-02', 1),
    others: [hours('2026-11-30', 2), hours('2026-12-01', 2), hours('2026-12-03', 4)],
    expected: [{ code: 'under16_weekly', params: { limit: '6', hours: '9', weekKind: 'term_time' } }],
  },
  {
    name: 'turning 18 on Thursday: no limit that day',
    section: 'Köt. 5. §',
    birthDate: born.eighteenOnThursday,
    activity: hours('2026-12-03', 6),
    expected: [],
  },
  {
    name: 'turning 18 on Thursday: Wednesday still 16–17',
    section: 'Köt. 5. §',
    birthDate: born.eighteenOnThursday,
    activity: hours('2026-12-02', 6),
    expected: [{ code: 'minor16_daily', params: { limit: '4,5', hours: '6' } }],
  },

  // 14 hours' rest between two days' activities (under 18).
  {
    name: '13 h after the previous day',
    section: 'Köt. 5. §',
    birthDate: born.seventeen,
    activity: act('2026-12-02', '08:00', '10:00'),
    others: [act('2026-12-01', '16:00', '19:00')],
    expected: [{ code: 'minor_rest', params: { minimum: '14', hours: '13' } }],
  },
  {
    name: 'exactly 14 h after the previous day',
    section: 'Köt. 5. §',
    birthDate: born.seventeen,
    activity: act('2026-12-02', '09:00', '11:00'),
    others: [act('2026-12-01', '16:00', '19:00')],
    expected: [],
  },
  {
    name: '12.5 h before the next day',
    section: 'Köt. 5. §',
    birthDate: born.seventeen,
    activity: act('2026-12-02', '16:00', '19:30'),
    others: [act('2026-12-03', '08:00', '09:00')],
    expected: [{ code: 'minor_rest', params: { minimum: '14', hours: '12,5' } }],
  },
  {
    name: 'rest not checkable when the other day has no times',
    section: 'Köt. 5. §',
    birthDate: born.seventeen,
    activity: act('2026-12-02', '08:00', '10:00'),
    others: [hours('2026-12-01', 3)],
    expected: [],
  },
  {
    name: 'two days apart: no rest rule',
    section: 'Köt. 5. §',
    birthDate: born.seventeen,
    activity: act('2026-12-03', '06:00', '08:00'),
    others: [act('2026-12-01', '17:00', '19:00')],
    expected: [],
  },
  {
    name: 'an adult needs no 14 h rest',
    section: 'Köt. 5. §',
    birthDate: born.adult,
    activity: act('2026-12-02', '06:00', '08:00'),
    others: [act('2026-12-01', '18:00', '20:00')],
    expected: [],
  },

  // Several at once, in rule order.
  {
    name: 'under 16, a long evening on a school day',
    section: 'Köt. 5. §',
    birthDate: born.fourteen,
    activity: act('2026-12-02', '17:00', '21:00'),
    expected: [night, { code: 'under16_daily', params: { limit: '2', hours: '4', dayKind: 'school_day' } }],
  },
];

describe('minorTimeViolations (Köt. 5. §)', () => {
  it.each(rows)('$section: $name', (row) => {
    const found = minorTimeViolations({ birthDate: row.birthDate, activity: row.activity, others: row.others ?? [] }, calendar);
    expect(found).toEqual(row.expected.map((e) => ({ ...e, section: row.section })));
  });

  it('cites Köt. 5. § on every rule of the table, once per code', () => {
    expect(minorTimeRules.map((r) => r.section)).toEqual(minorTimeRules.map(() => 'Köt. 5. §'));
    expect(new Set(minorTimeRules.map((r) => r.code)).size).toBe(minorTimeRules.length);
  });

  it('reads the school calendar it is given (the seeded one here)', () => {
    // 2025-10-27 (Monday) is in the 2025 autumn break: 3 h allowed; 2026-11-25 (Wednesday) is a
    // weekday of a school year not configured yet: a school day, the stricter 2 h.
    const cal = seededSchoolCalendar;
    expect(minorTimeViolations({ birthDate: born.fourteen, activity: hours('2025-10-27', 3), others: [] }, cal)).toEqual([]);
    expect(minorTimeViolations({ birthDate: born.fourteen, activity: hours('2026-11-25', 3), others: [] }, cal).map((v) => v.code)).toEqual(['under16_daily']);
    // Without the calendar the same autumn-break day is a school day: the stricter limit.
    expect(minorTimeViolations({ birthDate: born.fourteen, activity: hours('2025-10-27', 3), others: [] }, termTimeOnlyCalendar).map((v) => v.code)).toEqual([
      'under16_daily',
    ]);
  });
});

describe('school calendar (data from the database, the seeded rows here)', () => {
  it.each([
    ['2025-10-22', 'school_day', 'the last teaching day before the 2025 autumn break'],
    ['2025-10-23', 'school_holiday', 'the first day of the autumn break'],
    ['2025-10-18', 'school_day', 'a teaching Saturday'],
    ['2025-10-25', 'school_holiday', 'a Saturday inside the break'],
    ['2026-07-15', 'school_holiday', 'summer 2026'],
    ['2026-11-28', 'non_school_day', 'a Saturday'],
    ['2026-11-25', 'school_day', 'a weekday of an unconfigured school year (stricter)'],
  ])('%s is a %s (%s)', (day, kind) => {
    expect(schoolDayKind(day, seededSchoolCalendar)).toBe(kind);
  });

  it('calls a week a holiday week only when all its weekdays are in holidays', () => {
    expect(schoolWeekKind('2025-10-29', seededSchoolCalendar)).toBe('school_holiday'); // Mon 27 – Fri 31 October 2025, all in the autumn break
    expect(schoolWeekKind('2025-10-23', seededSchoolCalendar)).toBe('term_time'); // Mon 20 – Wed 22 October are teaching days
    expect(schoolWeekKind('2025-12-31', seededSchoolCalendar)).toBe('school_holiday');
    expect(schoolWeekKind('2026-12-23', calendar)).toBe('school_holiday');
    expect(schoolWeekKind('2026-12-17', calendar)).toBe('term_time');
  });

  it('names the school year of a day and tells when it has no breaks', () => {
    expect(schoolYearOf('2026-12-05')).toEqual({ label: '2026/2027', from: '2026-09-01', to: '2027-08-31' });
    expect(schoolYearOf('2026-08-31').label).toBe('2025/2026');
    expect(schoolYearHasNoBreaks('2026-03-01', seededSchoolCalendar)).toBe(false);
    expect(schoolYearHasNoBreaks('2026-12-05', seededSchoolCalendar)).toBe(true);
    expect(schoolYearHasNoBreaks('2026-12-05', calendar)).toBe(false);
  });
});

describe('helpers used by placements and matching', () => {
  it.each([
    ['09:00–12:00', '2026-12-02T08:00:00Z', '2026-12-02T11:00:00Z', false],
    ['a whole day', '2026-12-02T05:00:00Z', '2026-12-03T05:00:00Z', true],
    ['over midnight', '2026-12-02T22:30:00Z', '2026-12-03T01:00:00Z', true],
    ['summer 17:00–20:00 CEST', '2026-07-05T15:00:00Z', '2026-07-05T18:00:00Z', false],
    ['exactly 06:00–20:00, the whole day window (found by the eligibility property test)', '2027-03-24T05:00:00Z', '2027-03-24T19:00:00Z', false],
    ['06:00–20:01', '2027-03-24T05:00:00Z', '2027-03-24T19:01:00Z', true],
  ])('touchesMinorsNight (Köt. 5. §): %s → %s', (_name, start, end, expected) => {
    expect(touchesMinorsNight(new Date(start), new Date(end))).toBe(expected);
  });

  it.each([
    [12, 3],
    [15, 3],
    [16, 4.5],
    [17, 4.5],
    [18, null],
  ])('maxDailyHoursForMinor (Köt. 5. §): age %i → %s', (age, limit) => {
    expect(maxDailyHoursForMinor(age)).toBe(limit);
  });

  it('writes hours as Hungarian decimals', () => {
    expect([formatHours(210), formatHours(140), formatHours(180)]).toEqual(['3,5', '2,33', '3']);
  });
});
