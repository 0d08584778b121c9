import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenRules } from '../matching/hard-rule-oracle.js';
import { opportunityArb, propertyNow, shiftArb, volunteerArb } from '../matching/matching-arbitraries.js';
import { exclusionsOf } from '../matching/rules.js';
import { type EligibilityCode, type EligibilityReason, eligibilityCodes } from '../volunteer-law/eligibility.js';
import { applyRefusalReasons } from './eligibility.js';

/**
 * Issue 12: apply, shift sign-up, referral and invitation decide with the same must-hold rules as
 * matching's suggestions. For any volunteer, opportunity, shift (or none) and moment, the reasons
 * the application paths refuse for are exactly matching's exclusions of those rules, and an
 * independent oracle (matching/hard-rule-oracle.ts) finds the same rules broken.
 */
const mustHold: ReadonlySet<string> = new Set(eligibilityCodes);
const oracleLabel: Record<EligibilityCode, (r: EligibilityReason) => string> = {
  birth_date_missing: () => 'birth date',
  under_10: () => 'age 10',
  below_min_age: () => 'min age',
  under_16: () => 'guardian',
  minor_night: () => 'night',
  minor_too_long: () => 'too long',
  missing_qualification: (r) => `qualification ${r.params?.name}`,
  expired_qualification: (r) => `qualification ${r.params?.name}`,
  conduct_required: () => 'conduct',
  health_required: () => 'health',
};
const oracleMustHold = new Set(['birth date', 'age 10', 'min age', 'guardian', 'night', 'too long', 'conduct', 'health']);

const caseArb = fc.record({
  volunteer: volunteerArb(['00000000-0000-4000-8000-000000000001']),
  opportunity: opportunityArb('00000000-0000-4000-8000-000000000001'),
  shift: fc.option(shiftArb, { freq: 3 }),
  // From two days before the generators' "now" to half a year after it (qualifications expire in between).
  now: fc.integer({ min: -2 * 96, max: 180 * 96 }).map((q) => new Date(propertyNow.getTime() + q * 15 * 60_000)),
});

describe('one eligibility decision for applying and for matching', () => {
  it('the application paths refuse for exactly the must-hold rules matching excludes for', () => {
    let refused = 0;
    let allowed = 0;
    fc.assert(
      fc.property(caseArb, ({ volunteer, opportunity, shift, now }) => {
        const apply = applyRefusalReasons(volunteer, opportunity, shift, now);
        const matching = exclusionsOf({ volunteer, opportunity, shift, now });
        if (apply[0]?.code === 'shift_closed') {
          expect(matching.map((r) => r.code)).toContain('shift_closed');
          return;
        }
        expect(apply).toEqual(matching.filter((r) => mustHold.has(r.code)));
        const oracle = brokenRules(volunteer, opportunity, shift, now).filter((b) => oracleMustHold.has(b) || b.startsWith('qualification '));
        expect([...new Set(apply.map((r) => oracleLabel[r.code as EligibilityCode](r as EligibilityReason)))].sort()).toEqual([...new Set(oracle)].sort());
        if (apply.length) refused += 1;
        else allowed += 1;
      }),
      { numRuns: 3000 },
    );
    // Both outcomes must be reached, or the property would hold vacuously.
    expect(refused).toBeGreaterThan(100);
    expect(allowed).toBeGreaterThan(20);
  }, 60_000);
});
