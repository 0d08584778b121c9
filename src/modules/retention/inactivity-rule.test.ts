import { describe, expect, it } from 'vitest';
import { afterStep, anonymisationDate, type InactivityFacts, type InactivityStep, inactivityDeadline, inactivityStep, isWarned } from './inactivity-rule.js';

const at = (iso: string) => new Date(iso);
const lastActiveAt = at('2023-01-10T10:00:00Z');
// Deadline 2026-01-10T10:00Z; first warning from 2025-11-11T10:00Z (60 days before), second from 2025-12-27T10:00Z (14 days before).
const person = (f: Partial<InactivityFacts> = {}): InactivityFacts => ({ lastActiveAt, firstWarnedAt: null, secondWarnedAt: null, reachable: true, ...f });

describe('inactivityDeadline', () => {
  it('adds calendar years; 29 February falls on 1 March', () => {
    expect(inactivityDeadline(lastActiveAt, 3)).toEqual(at('2026-01-10T10:00:00Z'));
    expect(inactivityDeadline(at('2024-02-29T12:00:00Z'), 1)).toEqual(at('2025-03-01T12:00:00Z'));
  });
});

describe('inactivityStep (3 years)', () => {
  const cases: [string, InactivityFacts, string, InactivityStep][] = [
    ['recently active', person({ lastActiveAt: at('2025-06-01T00:00:00Z') }), '2025-12-01T00:00:00Z', 'none'],
    ['a minute before the first warning is due', person(), '2025-11-11T09:59:00Z', 'none'],
    ['the first warning is due 60 days before the deadline', person(), '2025-11-11T10:00:00Z', 'warn1'],
    ['long past the deadline, never warned: warned first, not anonymised', person(), '2027-05-01T00:00:00Z', 'warn1'],
    ['warned once, second not yet due', person({ firstWarnedAt: at('2025-11-11T12:00:00Z') }), '2025-12-27T09:00:00Z', 'none'],
    ['warned once, second due 14 days before the deadline', person({ firstWarnedAt: at('2025-11-11T12:00:00Z') }), '2025-12-27T12:00:00Z', 'warn2'],
    ['first sent late: the second waits until 46 days after it', person({ firstWarnedAt: at('2025-12-20T00:00:00Z') }), '2026-02-03T23:00:00Z', 'none'],
    ['first sent late: the second 46 days after it', person({ firstWarnedAt: at('2025-12-20T00:00:00Z') }), '2026-02-04T00:00:00Z', 'warn2'],
    [
      'both sent, before the deadline',
      person({ firstWarnedAt: at('2025-11-11T12:00:00Z'), secondWarnedAt: at('2025-12-27T12:00:00Z') }),
      '2026-01-10T11:00:00Z',
      'none',
    ],
    [
      'both sent, 14 days after the second',
      person({ firstWarnedAt: at('2025-11-11T12:00:00Z'), secondWarnedAt: at('2025-12-27T12:00:00Z') }),
      '2026-01-10T12:00:00Z',
      'anonymise',
    ],
    [
      'second sent late: never anonymised less than 14 days after it',
      person({ firstWarnedAt: at('2025-11-11T12:00:00Z'), secondWarnedAt: at('2026-03-01T00:00:00Z') }),
      '2026-03-14T23:00:00Z',
      'none',
    ],
    [
      'second sent late: anonymised 14 days after it',
      person({ firstWarnedAt: at('2025-11-11T12:00:00Z'), secondWarnedAt: at('2026-03-01T00:00:00Z') }),
      '2026-03-15T00:00:00Z',
      'anonymise',
    ],
    [
      'a login after the warnings restarts the clock (warnings void)',
      person({ lastActiveAt: at('2025-12-30T00:00:00Z'), firstWarnedAt: at('2025-11-11T12:00:00Z'), secondWarnedAt: at('2025-12-27T12:00:00Z') }),
      '2026-01-10T12:00:00Z',
      'none',
    ],
    [
      '… and three years later the first warning comes again',
      person({ lastActiveAt: at('2025-12-30T00:00:00Z'), firstWarnedAt: at('2025-11-11T12:00:00Z'), secondWarnedAt: at('2025-12-27T12:00:00Z') }),
      '2028-10-31T00:00:00Z',
      'warn1',
    ],
    [
      'activity between the warnings: the first is void, so it is sent again rather than the second',
      person({ lastActiveAt: at('2025-12-01T00:00:00Z'), firstWarnedAt: at('2025-11-11T12:00:00Z') }),
      '2028-12-27T12:00:00Z',
      'warn1',
    ],
    ['walk-in without e-mail: nothing before the deadline', person({ reachable: false }), '2026-01-10T09:59:00Z', 'none'],
    ['walk-in without e-mail: anonymised at the deadline, no warnings possible', person({ reachable: false }), '2026-01-10T10:00:00Z', 'anonymise'],
    [
      'walk-in without e-mail, counted from the last placement',
      person({ reachable: false, lastActiveAt: at('2024-06-01T00:00:00Z') }),
      '2026-01-10T10:00:00Z',
      'none',
    ],
  ];
  it.each(cases)('%s', (_name, facts, now, step) => {
    expect(inactivityStep(facts, 3, at(now))).toBe(step);
  });

  it('counts the configured number of years', () => {
    expect(inactivityStep(person(), 1, at('2023-11-11T10:00:00Z'))).toBe('warn1');
    expect(inactivityStep(person(), 10, at('2027-01-01T00:00:00Z'))).toBe('none');
  });
});

describe('anonymisationDate and afterStep', () => {
  it('is the deadline when warned on time, and the date the late warning promised otherwise', () => {
    expect(anonymisationDate(person(), 3)).toEqual(at('2026-01-10T10:00:00Z'));
    const lateFirst = afterStep(person(), 'warn1', at('2027-05-01T00:00:00Z'));
    expect(anonymisationDate(lateFirst, 3)).toEqual(at('2027-06-30T00:00:00Z'));
    const lateSecond = afterStep(lateFirst, 'warn2', at('2027-06-20T00:00:00Z'));
    expect(anonymisationDate(lateSecond, 3)).toEqual(at('2027-07-04T00:00:00Z'));
  });

  it('walks one person through warn1 → warn2 → anonymise, each step once', () => {
    let facts = person();
    const steps: InactivityStep[] = [];
    for (let t = at('2025-10-01T00:00:00Z').getTime(); t < at('2026-02-01T00:00:00Z').getTime(); t += 3 * 3600_000) {
      const now = new Date(t);
      const step = inactivityStep(facts, 3, now);
      if (step === 'none') continue;
      steps.push(step);
      if (step === 'anonymise') break;
      facts = afterStep(facts, step, now);
    }
    expect(steps).toEqual(['warn1', 'warn2', 'anonymise']);
    expect(isWarned(facts)).toBe(true);
    expect(isWarned({ ...facts, lastActiveAt: at('2026-02-01T00:00:00Z') })).toBe(false);
  });
});
