import { describe, expect, it } from 'vitest';
import { hospitalRequirementNames, requirementState, requirementStatuses } from './requirement-state.js';

/** The states the hospital pages show (ok, expiring within 30 days: warned, expired or missing: blocked). */
describe('requirementState', () => {
  const today = '2026-12-07';
  it.each([
    { held: [], state: 'missing', validUntil: null },
    { held: [{ name: 'Bevezető', validUntil: null }], state: 'ok', validUntil: null },
    { held: [{ name: 'Bevezető', validUntil: '2027-01-07' }], state: 'ok', validUntil: '2027-01-07' },
    { held: [{ name: 'Bevezető', validUntil: '2027-01-06' }], state: 'expiring', validUntil: '2027-01-06' },
    { held: [{ name: 'Bevezető', validUntil: today }], state: 'expiring', validUntil: today },
    { held: [{ name: 'Bevezető', validUntil: '2026-12-06' }], state: 'expired', validUntil: '2026-12-06' },
    // The best one held counts; names compare as the eligibility check compares them.
    {
      held: [
        { name: ' bevezető ', validUntil: '2026-01-01' },
        { name: 'BEVEZETŐ', validUntil: '2027-06-01' },
      ],
      state: 'ok',
      validUntil: '2027-06-01',
    },
    { held: [{ name: 'Más', validUntil: null }], state: 'missing', validUntil: null },
  ])('$held → $state', ({ held, state, validUntil }) => {
    expect(requirementState(held, 'Bevezető', today)).toEqual({ name: 'Bevezető', state, validUntil });
  });

  it('lists the induction (when the program has one), the health check and the declaration with the slug in their names', () => {
    expect(hospitalRequirementNames({ slug: 'korhaz', inductionQualification: ' Bevezető ' }).map((r) => r.kind)).toEqual([
      'induction',
      'health',
      'confidentiality',
    ]);
    expect(hospitalRequirementNames({ slug: 'korhaz', inductionQualification: null }).map((r) => r.name)).toEqual([
      'Egészségügyi alkalmasság (korhaz)',
      'Titoktartási nyilatkozat (korhaz)',
    ]);
    expect(
      requirementStatuses({ slug: 'korhaz', inductionQualification: null }, [{ name: 'Titoktartási nyilatkozat (korhaz)', validUntil: null }], today).map(
        (s) => s.state,
      ),
    ).toEqual(['missing', 'ok']);
  });
});
