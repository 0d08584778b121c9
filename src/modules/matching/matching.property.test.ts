import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePair } from './evaluate.js';
import { brokenRules } from './hard-rule-oracle.js';
import { opportunityArb, propertyNow, shiftArb, volunteerArb } from './matching-arbitraries.js';
import type { MatchShift } from './types.js';

/**
 * The property the issue asks for: for random volunteers, opportunities and shifts, no pair the
 * engine returns as a match breaks a hard rule (checked by an independent oracle), and no pair the
 * engine excludes goes without a reason.
 */
const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
const pairArb = fc.record({
  opportunity: fc.constantFrom(...ids).chain((id) => opportunityArb(id)),
  shifts: fc.array(shiftArb, { maxLength: 4 }),
  volunteer: volunteerArb(ids),
});

const hasUpcomingShift = (shifts: MatchShift[]) => shifts.some((s) => !s.cancelledAt && s.startsAt > propertyNow);

describe('matching properties', () => {
  it('no match breaks a hard rule; every exclusion has a reason', () => {
    let matched = 0;
    fc.assert(
      fc.property(pairArb, ({ volunteer, opportunity, shifts }) => {
        const outcome = evaluatePair(volunteer, opportunity, shifts, propertyNow);
        if (outcome.eligible) {
          matched += 1;
          expect(brokenRules(volunteer, opportunity, outcome.shift, propertyNow)).toEqual([]);
          // Unscheduled only when there is no shift to join.
          if (outcome.shift === null) expect(hasUpcomingShift(shifts)).toBe(false);
          expect(outcome.score).toBeGreaterThanOrEqual(0);
          expect(outcome.score).toBeLessThanOrEqual(100);
        } else {
          expect(outcome.exclusions.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
    // The generators must reach matches too, or the property would hold vacuously.
    expect(matched).toBeGreaterThan(20);
  }, 60_000);

  it('an excluded pair has no shift the oracle would accept', () => {
    fc.assert(
      fc.property(pairArb, ({ volunteer, opportunity, shifts }) => {
        const outcome = evaluatePair(volunteer, opportunity, shifts, propertyNow);
        if (outcome.eligible) return;
        // An ongoing opportunity without upcoming shifts is joined without one.
        const candidates = hasUpcomingShift(shifts) ? shifts : [...shifts, null];
        for (const shift of candidates) expect(brokenRules(volunteer, opportunity, shift, propertyNow)).not.toEqual([]);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});
