import { describe, expect, it } from 'vitest';
import { isActiveInYear, isPastRetention, keepsRegister, minorTimeApplies, needsRepresentative, retainUntil } from './register-rules.js';

describe('retention: 5 years after the end (Köt. 14. §, HUNGARY.md §1.5)', () => {
  it.each([
    // endsOn, retain until, case
    ['2020-06-30', '2025-06-30', 'plain day'],
    ['2021-12-31', '2026-12-31', 'year end'],
    ['2020-02-29', '2025-02-28', 'leap day falls to the last day of February'],
    ['2019-02-28', '2024-02-28', 'into a leap year stays on the 28th'],
    [null, null, 'ongoing entry: no retention end'],
  ] as const)('retainUntil(%s) = %s (%s)', (endsOn, expected, _case) => {
    expect(retainUntil(endsOn)).toBe(expected);
  });

  it.each([
    // endsOn, today, flagged
    ['2020-06-30', '2025-06-30', false, 'the last day to keep'],
    ['2020-06-30', '2025-07-01', true, 'the day after'],
    ['2020-06-30', '2024-01-01', false, 'well within'],
    ['2020-02-29', '2025-03-01', true, 'leap-day end, after 28 February'],
    [null, '2099-01-01', false, 'ongoing: never flagged'],
  ] as const)('isPastRetention(%s, %s) = %s (%s)', (endsOn, today, expected, _case) => {
    expect(isPastRetention(endsOn, today)).toBe(expected);
  });
});

describe('active in a year (the year filter of the register list)', () => {
  it.each([
    // startsOn, endsOn, year, active
    ['2025-03-01', '2025-09-30', 2025, true, 'within the year'],
    ['2024-11-01', '2025-01-01', 2025, true, 'ends on 1 January'],
    ['2024-11-01', '2024-12-31', 2025, false, 'ended before 1 January'],
    ['2025-12-31', null, 2025, true, 'starts on 31 December'],
    ['2026-01-01', null, 2025, false, 'starts after the year'],
    ['2019-05-01', null, 2025, true, 'ongoing since an earlier year'],
  ] as const)('%s – %s in %i: %s (%s)', (startsOn, endsOn, year, expected, _case) => {
    expect(isActiveInYear({ startsOn, endsOn }, year)).toBe(expected);
  });
});

describe('legal representative: required for a minor on the start day (Köt. 14. § item 3)', () => {
  it.each([
    // birthDate, startsOn, required
    ['2010-05-01', '2026-04-30', true, '15 years old'],
    ['2008-05-01', '2026-04-30', true, 'the day before the 18th birthday'],
    ['2008-05-01', '2026-05-01', false, 'the 18th birthday'],
    ['1990-01-01', '2026-01-01', false, 'adult'],
  ] as const)('born %s, starting %s: %s (%s)', (birthDate, startsOn, expected, _case) => {
    expect(needsRepresentative(birthDate, startsOn)).toBe(expected);
  });
});

describe('item 7 (time of under-18s) applies in a year', () => {
  it.each([
    // birthDate, startsOn, year, applies
    ['2010-05-01', '2025-03-01', 2025, true, 'minor all year'],
    ['2007-06-01', '2024-09-01', 2025, true, 'minor on 1 January, 18 in June'],
    ['2007-01-01', '2024-09-01', 2025, false, '18 on 1 January'],
    ['1990-01-01', '2025-01-01', 2025, false, 'adult'],
  ] as const)('born %s, started %s, year %i: %s (%s)', (birthDate, startsOn, year, expected, _case) => {
    expect(minorTimeApplies({ birthDate, startsOn }, year)).toBe(expected);
  });
});

describe('who keeps the register (Köt. 14. §)', () => {
  it.each([
    ['KÖT-123/2024', true],
    [null, false],
    ['  ', false],
  ] as const)('Köt. registration number %s: %s', (kotRegistrationNumber, expected) => {
    expect(keepsRegister({ kotRegistrationNumber })).toBe(expected);
  });
});
