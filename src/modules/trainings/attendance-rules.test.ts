import { describe, expect, it } from 'vitest';
import { timingRefusal, transitionOf } from './attendance-rules.js';
import { attendanceChoiceOf } from './attendance-schema.js';

describe('the roster transitions', () => {
  it.each([
    ['registered', 'attended', 'change'],
    ['no_show', 'attended', 'change'],
    ['attended', 'attended', 'same'],
    ['completed', 'attended', 'completedFirst'],
    ['registered', 'no_show', 'change'],
    ['attended', 'no_show', 'change'],
    ['completed', 'no_show', 'completedFirst'],
    ['registered', 'completed', 'change'],
    ['attended', 'completed', 'change'],
    ['completed', 'completed', 'same'],
    ['no_show', 'completed', 'noShowFirst'],
    ['waitlisted', 'attended', 'notOnRoster'],
    ['offered', 'completed', 'notOnRoster'],
    ['cancelled', 'no_show', 'notOnRoster'],
  ] as const)('%s + %s → %s', (status, decision, expected) => {
    expect(transitionOf(status, decision)).toBe(expected);
  });
});

describe('when a decision may be recorded', () => {
  const session = { startsAt: new Date('2030-01-10T09:00:00Z'), endsAt: new Date('2030-01-10T13:00:00Z') };
  const at = (iso: string) => new Date(iso);
  it('attended: from an hour before the start, also after the end (a late roster)', () => {
    expect(timingRefusal(session, 'attended', at('2030-01-10T07:59:59Z'))).toBe('tooEarly');
    expect(timingRefusal(session, 'attended', at('2030-01-10T08:00:00Z'))).toBeUndefined();
    expect(timingRefusal(session, 'attended', at('2030-01-12T08:00:00Z'))).toBeUndefined();
  });
  it('no-show and completed: from the start', () => {
    for (const decision of ['no_show', 'completed'] as const) {
      expect(timingRefusal(session, decision, at('2030-01-10T08:59:59Z'))).toBe('notStarted');
      expect(timingRefusal(session, decision, at('2030-01-10T09:00:00Z'))).toBeUndefined();
    }
  });
});

describe('the roster form', () => {
  const a = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
  const b = '1b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
  it("a row's own button wins over the ticked boxes", () => {
    expect(attendanceChoiceOf({ row: `${a}:completed`, decision: 'attended', registrationIds: [b] })).toEqual({ decision: 'completed', registrationIds: [a] });
  });
  it('a bulk button takes the ticked boxes, one or many, ignoring what is not an id', () => {
    expect(attendanceChoiceOf({ decision: 'no_show', registrationIds: b })).toEqual({ decision: 'no_show', registrationIds: [b] });
    expect(attendanceChoiceOf({ decision: 'attended', registrationIds: [a, 'x', 3, b.toUpperCase()] })).toEqual({
      decision: 'attended',
      registrationIds: [a, b],
    });
    expect(attendanceChoiceOf({ decision: 'attended' })).toEqual({ decision: 'attended', registrationIds: [] });
  });
  it('anything else is no choice', () => {
    for (const body of [undefined, null, 'x', {}, { decision: 'delete' }, { row: `${a}:delete` }, { row: 'x:attended' }, { decision: ['attended'] }]) {
      expect(attendanceChoiceOf(body)).toBeUndefined();
    }
  });
});
