import { describe, expect, it } from 'vitest';
import {
  type ApplicationStatus,
  applicationStatuses,
  finalStatuses,
  followUpDay,
  isApplicationStatus,
  isShiftChangeMove,
  mayTransition,
  nextStatuses,
  type PlacementSide,
  reasonRequired,
} from './status-rules.js';

const allowed: [ApplicationStatus, ApplicationStatus, PlacementSide[]][] = [
  ['applied', 'referred', ['coordinator']],
  ['applied', 'accepted', ['organization', 'coordinator']],
  ['applied', 'declined', ['organization', 'coordinator']],
  ['applied', 'withdrawn', ['volunteer']],
  ['proposed', 'referred', ['volunteer', 'coordinator']],
  ['proposed', 'declined', ['volunteer', 'coordinator']],
  ['proposed', 'withdrawn', ['volunteer']],
  ['invited', 'accepted', ['volunteer']],
  ['invited', 'declined', ['volunteer', 'organization']],
  ['referred', 'accepted', ['organization', 'coordinator']],
  ['referred', 'declined', ['organization', 'coordinator']],
  ['referred', 'withdrawn', ['volunteer']],
  ['waitlisted', 'declined', ['organization', 'coordinator']],
  ['waitlisted', 'withdrawn', ['volunteer']],
  ['offered', 'accepted', ['volunteer']],
  ['offered', 'withdrawn', ['volunteer']],
  ['offered', 'declined', ['organization', 'coordinator']],
  ['accepted', 'active', ['organization', 'coordinator']],
  ['accepted', 'no_show', ['organization', 'coordinator']],
  ['accepted', 'withdrawn', ['volunteer']],
  ['active', 'completed', ['organization', 'coordinator']],
  ['active', 'withdrawn', ['volunteer']],
];
const sides: PlacementSide[] = ['volunteer', 'organization', 'coordinator'];

describe('status machine', () => {
  it.each(allowed)('%s → %s only by %j', (from, to, by) => {
    for (const side of sides) expect(mayTransition(from, to, [side]), `${side}`).toBe(by.includes(side));
  });

  it('allows nothing else, for anyone', () => {
    const listed = new Set(allowed.map(([f, t]) => `${f}>${t}`));
    for (const from of applicationStatuses) {
      for (const to of applicationStatuses) {
        if (!listed.has(`${from}>${to}`)) expect(mayTransition(from, to, sides), `${from} → ${to}`).toBe(false);
      }
    }
  });

  it('ends in final states', () => {
    for (const s of finalStatuses) expect(nextStatuses(s, sides)).toEqual([]);
  });

  it('a volunteer may not accept themselves, a host may not withdraw for them', () => {
    expect(mayTransition('applied', 'accepted', ['volunteer'])).toBe(false);
    expect(mayTransition('accepted', 'withdrawn', ['organization', 'coordinator'])).toBe(false);
    // The waitlist moves to accepted only when a seat frees up, never by hand.
    expect(mayTransition('waitlisted', 'accepted', sides)).toBe(false);
  });

  it('moves a waitlisted volunteer only through an offer, and only the shift services make those moves', () => {
    expect(mayTransition('waitlisted', 'offered', sides)).toBe(false);
    expect(isShiftChangeMove('waitlisted', 'offered')).toBe(true);
    expect(isShiftChangeMove('offered', 'withdrawn')).toBe(true);
    expect(isShiftChangeMove('accepted', 'waitlisted')).toBe(true);
    expect(isShiftChangeMove('offered', 'waitlisted')).toBe(true);
    expect(isShiftChangeMove('accepted', 'declined')).toBe(true);
    expect(isShiftChangeMove('active', 'waitlisted')).toBe(false);
    expect(isShiftChangeMove('withdrawn', 'offered')).toBe(false);
    expect(nextStatuses('offered', ['volunteer'])).toEqual(['accepted', 'withdrawn']);
  });

  it('lists the next steps of a side, and of several sides together', () => {
    expect(nextStatuses('applied', ['volunteer'])).toEqual(['withdrawn']);
    expect(nextStatuses('applied', ['organization'])).toEqual(['accepted', 'declined']);
    expect(nextStatuses('applied', ['organization', 'coordinator'])).toEqual(['referred', 'accepted', 'declined']);
  });

  it('requires a reason to decline only', () => {
    expect(applicationStatuses.filter(reasonRequired)).toEqual(['declined']);
  });

  it('knows its statuses', () => {
    expect(isApplicationStatus('no_show')).toBe(true);
    expect(isApplicationStatus('deleted')).toBe(false);
    expect(isApplicationStatus(3)).toBe(false);
  });

  it('follows up 14 days after the start, across month and year ends', () => {
    expect(followUpDay('2026-11-24')).toBe('2026-12-08');
    expect(followUpDay('2026-12-25')).toBe('2027-01-08');
    expect(followUpDay('2028-02-20')).toBe('2028-03-05');
  });
});
