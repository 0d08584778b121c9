import { describe, expect, it } from 'vitest';
import {
  confidentialityQualificationName,
  healthFitnessQualificationName,
  healthFitnessValidUntil,
  programRequirements,
  withProgramQualifications,
} from './requirements.js';

const hospital = { kind: 'hospital', slug: 'korhaz', minAge: 16, inductionQualification: 'Kórházi bevezető', healthValidMonths: 12 };

describe('program requirements (ADR 025, Köt. 4. § (2))', () => {
  it('a hospital program requires its induction, the confidentiality declaration and the health check', () => {
    expect(programRequirements(hospital)).toEqual({
      minAge: 16,
      qualifications: ['Kórházi bevezető', confidentialityQualificationName('korhaz'), healthFitnessQualificationName('korhaz')],
    });
  });

  it('other programs add only their minimum age', () => {
    expect(programRequirements({ ...hospital, kind: 'iksz' })).toEqual({ minAge: 16, qualifications: [] });
  });

  it.each([
    ['2026-03-15', 12, '2027-03-14'],
    ['2026-01-31', 1, '2026-02-27'],
    ['2024-02-29', 12, '2025-02-27'],
    ['2026-03-15', null, null],
  ] as const)('a health check of %s valid for %s months lasts until %s', (on, months, until) => {
    expect(healthFitnessValidUntil(on, months)).toBe(until);
  });

  it('keeps the opportunity’s own requirements and replaces what programs added before', () => {
    const { required, addedByProgram } = withProgramQualifications(['Elsősegély', 'Régi program'], ['Régi program'], [{ programId: 'p', rules: hospital }]);
    expect(required).toEqual(['Elsősegély', 'Kórházi bevezető', confidentialityQualificationName('korhaz'), healthFitnessQualificationName('korhaz')]);
    expect(addedByProgram.get('p')).toHaveLength(3);
  });

  it('does not claim a qualification the opportunity already required on its own', () => {
    const { addedByProgram } = withProgramQualifications(['Kórházi bevezető'], [], [{ programId: 'p', rules: hospital }]);
    expect(addedByProgram.get('p')).not.toContain('Kórházi bevezető');
  });
});
