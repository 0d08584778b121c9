import { describe, expect, it } from 'vitest';
import { touchesMinorsNight } from '../volunteer-law/minor-time-limits.js';
import { shiftSlots } from './shift-slots.js';

const at = (iso: string) => new Date(iso);

describe('shift slots on the Budapest wall clock', () => {
  it.each([
    ['Wednesday 09–12', '2026-12-02T08:00:00Z', '2026-12-02T11:00:00Z', ['wed-morning']],
    ['across noon', '2026-12-02T10:00:00Z', '2026-12-02T13:00:00Z', ['wed-morning', 'wed-afternoon']],
    ['afternoon into the evening', '2026-12-02T16:00:00Z', '2026-12-02T18:00:00Z', ['wed-afternoon', 'wed-evening']],
    ['a Sunday night into Monday morning', '2026-12-06T20:00:00Z', '2026-12-07T07:00:00Z', ['sun-evening', 'mon-morning']],
    ['only at night', '2026-12-02T22:00:00Z', '2026-12-03T03:00:00Z', []],
    ['in summer time (CEST)', '2027-06-05T07:00:00Z', '2027-06-05T09:00:00Z', ['sat-morning']],
    ['the Sunday summer time begins, 09:00–12:30 CEST', '2027-03-28T07:00:00Z', '2027-03-28T10:30:00Z', ['sun-morning', 'sun-afternoon']],
    ['the Sunday summer time ends, 09:00–12:00 CET', '2026-10-25T08:00:00Z', '2026-10-25T11:00:00Z', ['sun-morning']],
    ['New Year’s Eve evening into a Friday morning', '2026-12-31T20:00:00Z', '2027-01-01T06:00:00Z', ['thu-evening', 'fri-morning']],
  ])('%s → %j', (_name, start, end, slots) => {
    expect(shiftSlots(at(start), at(end))).toEqual(slots);
  });

  it.each([
    ['09–12', '2026-12-02T08:00:00Z', '2026-12-02T11:00:00Z', false],
    ['ends at 20:00 sharp', '2026-12-02T17:00:00Z', '2026-12-02T19:00:00Z', false],
    ['ends at 20:30', '2026-12-02T17:00:00Z', '2026-12-02T19:30:00Z', true],
    ['starts at 06:00 sharp', '2026-12-02T05:00:00Z', '2026-12-02T08:00:00Z', false],
    ['starts at 05:45', '2026-12-02T04:45:00Z', '2026-12-02T08:00:00Z', true],
    ['a whole day', '2026-12-02T05:00:00Z', '2026-12-03T05:00:00Z', true],
    ['over midnight', '2026-12-02T22:30:00Z', '2026-12-03T01:00:00Z', true],
  ])('minors’ night (20–06): %s → %s', (_name, start, end, night) => {
    expect(touchesMinorsNight(at(start), at(end))).toBe(night);
  });
});
