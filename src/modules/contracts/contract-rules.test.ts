import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n.js';
import { noAnswers, placementFacts, termOf, triggersWrittenForm } from './placement-facts.js';
import { prefillOf, prefillTerm } from './prefill.js';
import { answersOf, answerValues, typedTermOf } from './schema.js';
import { signingRule } from './signatories.js';

describe('who signs, by age on the first day (HUNGARY.md §1.6, Ptk.; Köt. 5. § for abroad)', () => {
  const rows = [
    { name: 'no birth date: treated as adult', birth: null, on: '2026-06-01', signing: 'adult', guardian: false, under16: false, age: null },
    {
      name: '10 years: representative signs for the child (Ptk. under 14)',
      birth: '2016-06-01',
      on: '2026-06-01',
      signing: 'representative_for_child',
      guardian: true,
      under16: true,
      age: 10,
    },
    {
      name: '13 the day before the 14th birthday',
      birth: '2012-06-02',
      on: '2026-06-01',
      signing: 'representative_for_child',
      guardian: true,
      under16: true,
      age: 13,
    },
    {
      name: '14 on the birthday: minor signs, representative consents',
      birth: '2012-06-01',
      on: '2026-06-01',
      signing: 'minor_with_consent',
      guardian: true,
      under16: true,
      age: 14,
    },
    {
      name: '16: minor, may volunteer abroad (Köt. 5. §)',
      birth: '2010-06-01',
      on: '2026-06-01',
      signing: 'minor_with_consent',
      guardian: true,
      under16: false,
      age: 16,
    },
    {
      name: '17 the day before the 18th birthday',
      birth: '2008-06-02',
      on: '2026-06-01',
      signing: 'minor_with_consent',
      guardian: true,
      under16: false,
      age: 17,
    },
    {
      name: '18 on the birthday: adult (Ptk. full capacity)',
      birth: '2008-06-01',
      on: '2026-06-01',
      signing: 'adult',
      guardian: false,
      under16: false,
      age: 18,
    },
  ] as const;
  it.each(rows)('$name', (row) => {
    expect(signingRule(row.birth, row.on)).toEqual({ age: row.age, signing: row.signing, guardianRequired: row.guardian, under16: row.under16 });
  });

  it('is decided on the start day, not today: a 17-year-old turning 18 before the start signs alone', () => {
    expect(signingRule('2008-09-01', '2026-08-31').guardianRequired).toBe(true);
    expect(signingRule('2008-09-01', '2026-09-01').guardianRequired).toBe(false);
  });
});

describe('facts derived from the placement (HUNGARY.md §1.4, Köt. 6. §)', () => {
  it.each([
    { name: 'same day: 1 day', from: '2026-06-01', to: '2026-06-01', term: { kind: 'fixed', days: 1 } },
    { name: 'both ends included: 10 days', from: '2026-06-01', to: '2026-06-10', term: { kind: 'fixed', days: 10 } },
    { name: 'across a month end', from: '2026-01-30', to: '2026-02-02', term: { kind: 'fixed', days: 4 } },
    { name: 'no end: indefinite', from: '2026-06-01', to: null, term: { kind: 'indefinite' } },
  ])('term: $name', ({ from, to, term }) => {
    expect(termOf(from, to)).toEqual(term);
  });

  it.each([
    { type: 'work_clothing', triggers: false },
    { type: 'reward', triggers: false },
    { type: 'travel', triggers: true },
    { type: 'meals', triggers: true },
    { type: 'accommodation', triggers: true },
  ])('ledger benefit $type triggers written form (§1.4 b): $triggers', ({ type, triggers }) => {
    expect(triggersWrittenForm(type)).toBe(triggers);
  });

  const base = { startsOn: '2026-06-01', endsOn: '2026-06-02', birthDate: '1990-01-01', ledgerBenefitTypes: [] as string[], answers: noAnswers };

  it('an adult for 2 days with no benefit: nothing from the data', () => {
    const { facts } = placementFacts(base);
    expect(facts).toMatchObject({ term: { kind: 'fixed', days: 2 }, volunteerUnder18: false, benefitOtherThanExempt: false, abroad: false });
  });

  it('a minor on the first day: under 18 (the 2-day rule applies)', () => {
    const { facts, signing } = placementFacts({ ...base, birthDate: '2010-01-01' });
    expect(facts.volunteerUnder18).toBe(true);
    expect(signing.guardianRequired).toBe(true);
  });

  it('a travel benefit in the ledger, or a planned one ticked, is a benefit; a reward alone is not', () => {
    expect(placementFacts({ ...base, ledgerBenefitTypes: ['reward', 'work_clothing'] }).facts.benefitOtherThanExempt).toBe(false);
    expect(placementFacts({ ...base, ledgerBenefitTypes: ['reward', 'travel'] }).facts.benefitOtherThanExempt).toBe(true);
    expect(placementFacts({ ...base, answers: { ...noAnswers, plannedBenefit: true } }).facts.benefitOtherThanExempt).toBe(true);
  });

  it('answers map to the other triggers; the non-EEA exemption only counts for a non-EEA citizen', () => {
    const answers = {
      ...noAnswers,
      construction: true,
      abroad: true,
      restrictedTermination: true,
      volunteerAsks: true,
      otherLaw: true,
      nonEeaExemption: 'refugee_or_protected' as const,
    };
    const { facts } = placementFacts({ ...base, answers });
    expect(facts).toMatchObject({
      constructionRequiringPermit: true,
      abroad: true,
      immediateTerminationRestricted: true,
      volunteerAsksForWriting: true,
      otherLawRequires: true,
      nonEeaCitizen: false,
      nonEeaExemption: null,
    });
  });
});

describe('answers from a query string or form', () => {
  it('reads ticked boxes, ignores junk, and writes them back', () => {
    const answers = answersOf({ abroad: 'on', construction: 'yes', nonEea: ['on', 'x'], nonEeaExemption: 'immigrant_or_settled', otherLaw: '<script>' });
    expect(answers).toEqual({ ...noAnswers, abroad: true, nonEea: true, nonEeaExemption: 'immigrant_or_settled' });
    expect(answerValues(answers)).toEqual({ abroad: 'on', nonEea: 'on', nonEeaExemption: 'immigrant_or_settled' });
    expect(answersOf({ nonEeaExemption: 'refugee_or_protected' }).nonEeaExemption).toBeNull();
    expect(answersOf(null)).toEqual(noAnswers);
  });
});

describe('a term typed into the form', () => {
  it.each([
    { input: { startsOn: '2026-06-01', endsOn: '2026-06-12' }, term: { startsOn: '2026-06-01', endsOn: '2026-06-12' } },
    { input: { startsOn: ' 2026-06-01 ', endsOn: '' }, term: { startsOn: '2026-06-01', endsOn: null } },
    { input: { startsOn: '2026-06-01' }, term: { startsOn: '2026-06-01', endsOn: null } },
    { input: { startsOn: '2026-06-10', endsOn: '2026-06-01' }, term: null },
    { input: { startsOn: '2026-02-30', endsOn: '' }, term: null },
    { input: { startsOn: '2026-13-45', endsOn: '' }, term: null },
    { input: { startsOn: ['2026-06-01'], endsOn: 'x' }, term: null },
    { input: null, term: null },
  ])('$input → $term', ({ input, term }) => {
    expect(typedTermOf(input)).toEqual(term);
  });
});

describe('prefill of the generate form', () => {
  const t = translator('hu');
  const source = {
    opportunityTitle: 'Parkfelújítás',
    opportunityDescription: 'Padok festése a parkban.',
    opportunityKind: 'one_off',
    remote: false,
    address: 'Fő utca 1.',
    settlement: 'Kecskemét',
    shift: null,
    shiftRange: null,
    ledgerBenefitTypes: [] as string[],
  };

  it("term: the placement shift days (Budapest), else a one-off opportunity's shift range, else from today indefinitely", () => {
    const shift = { startsAt: new Date('2026-06-01T22:30:00Z'), endsAt: new Date('2026-06-02T08:00:00Z') };
    expect(prefillTerm({ ...source, shift }, '2026-05-01')).toEqual({ startsOn: '2026-06-02', endsOn: '2026-06-02' });
    const shiftRange = { from: new Date('2026-06-01T08:00:00Z'), to: new Date('2026-06-12T12:00:00Z') };
    expect(prefillTerm({ ...source, shiftRange }, '2026-05-01')).toEqual({ startsOn: '2026-06-01', endsOn: '2026-06-12' });
    expect(prefillTerm({ ...source, opportunityKind: 'regular', shiftRange }, '2026-05-01')).toEqual({ startsOn: '2026-05-01', endsOn: '' });
  });

  it('place from the settlement and address, or remote; benefits from the ledger types or none', () => {
    const plain = prefillOf(t, source, 'adult', '2026-05-01');
    expect(plain.activity).toBe('Parkfelújítás: Padok festése a parkban.');
    expect(plain.place).toBe('Kecskemét, Fő utca 1.');
    expect(plain.benefits).toBe('Az önkéntes juttatásban nem részesül.');
    expect(prefillOf(t, { ...source, remote: true }, 'adult', '2026-05-01').place).toContain('Távoli');
    const withLedger = prefillOf(t, { ...source, ledgerBenefitTypes: ['meals', 'travel'] }, 'adult', '2026-05-01');
    expect(withLedger.benefits).toBe('Étkezés, Utazás');
    expect(withLedger.benefitsOnEnd).toContain('megszűnik');
  });

  it('time from the shift in Budapest time; a minor gets the Köt. 5. § night and rest rules', () => {
    const shift = { startsAt: new Date('2026-06-01T08:00:00Z'), endsAt: new Date('2026-06-01T11:00:00Z') };
    expect(prefillOf(t, { ...source, shift }, 'adult', '2026-05-01').timeAndRest).toMatch(/^2026\. 06\. 01\., 10:00–13:00 óra között\./);
    expect(prefillOf(t, { ...source, shift }, 'minor_with_consent', '2026-05-01').timeAndRest).toContain('14 óra pihenőidőt');
  });
});
