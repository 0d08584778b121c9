import { describe, expect, it } from 'vitest';
import { abroadNotAllowed, type ContractFacts, contractFormRules, contractRequirement, mandatoryContractContent } from './contract-requirement.js';

/** HUNGARY.md §1.4 a)–h) (written form, Köt. 6. §), one row per trigger and edge. */
const none: ContractFacts = {
  term: { kind: 'fixed', days: 1 },
  volunteerUnder18: false,
  partiallyLimitedCapacity: false,
  benefitOtherThanExempt: false,
  constructionRequiringPermit: false,
  abroad: false,
  nonEeaCitizen: false,
  nonEeaExemption: null,
  immediateTerminationRestricted: false,
  volunteerAsksForWriting: false,
  otherLawRequires: false,
};

type Row = { name: string; section: string; facts: Partial<ContractFacts>; codes: string[]; params?: Record<string, number> };

const rows: Row[] = [
  { name: 'nothing applies: oral contract allowed', section: 'Köt. 6. §', facts: {}, codes: [] },
  { name: 'a) indefinite term', section: 'Köt. 6. § (HUNGARY.md §1.4 a)', facts: { term: { kind: 'indefinite' } }, codes: ['indefinite_term'] },
  { name: 'a) adult, 9 days', section: 'Köt. 6. § (HUNGARY.md §1.4 a)', facts: { term: { kind: 'fixed', days: 9 } }, codes: [] },
  {
    name: 'a) adult, 10 days',
    section: 'Köt. 6. § (HUNGARY.md §1.4 a)',
    facts: { term: { kind: 'fixed', days: 10 } },
    codes: ['term_10_days'],
    params: { days: 10, threshold: 10 },
  },
  { name: 'a) minor, 1 day', section: 'Köt. 6. § (HUNGARY.md §1.4 a)', facts: { volunteerUnder18: true }, codes: [] },
  {
    name: 'a) minor, 2 days',
    section: 'Köt. 6. § (HUNGARY.md §1.4 a)',
    facts: { volunteerUnder18: true, term: { kind: 'fixed', days: 2 } },
    codes: ['protected_term_2_days'],
    params: { days: 2, threshold: 2 },
  },
  {
    name: 'a) minor, 10 days: the 2-day rule, once',
    section: 'Köt. 6. § (HUNGARY.md §1.4 a)',
    facts: { volunteerUnder18: true, term: { kind: 'fixed', days: 10 } },
    codes: ['protected_term_2_days'],
    params: { days: 10, threshold: 2 },
  },
  {
    name: 'a) adult of partially limited capacity, 2 days',
    section: 'Köt. 6. § (HUNGARY.md §1.4 a)',
    facts: { partiallyLimitedCapacity: true, term: { kind: 'fixed', days: 2 } },
    codes: ['protected_term_2_days'],
  },
  {
    name: 'a) minor, indefinite',
    section: 'Köt. 6. § (HUNGARY.md §1.4 a)',
    facts: { volunteerUnder18: true, term: { kind: 'indefinite' } },
    codes: ['indefinite_term'],
  },
  {
    name: 'b) a benefit beyond clothing, equipment, reward',
    section: 'Köt. 6. § (HUNGARY.md §1.4 b)',
    facts: { benefitOtherThanExempt: true },
    codes: ['benefit'],
  },
  {
    name: 'c) construction requiring a permit',
    section: 'Köt. 6. § (HUNGARY.md §1.4 c)',
    facts: { constructionRequiringPermit: true },
    codes: ['construction_permit'],
  },
  { name: 'd) abroad', section: 'Köt. 6. § (HUNGARY.md §1.4 d)', facts: { abroad: true }, codes: ['abroad'] },
  { name: 'e) non-EEA citizen', section: 'Köt. 6. § (HUNGARY.md §1.4 e)', facts: { nonEeaCitizen: true }, codes: ['non_eea_citizen'] },
  {
    name: 'e) non-EEA refugee or protected person: exempt',
    section: 'Köt. 6. § (HUNGARY.md §1.4 e)',
    facts: { nonEeaCitizen: true, nonEeaExemption: 'refugee_or_protected' },
    codes: [],
  },
  {
    name: 'e) non-EEA immigrant or settled person: exempt',
    section: 'Köt. 6. § (HUNGARY.md §1.4 e)',
    facts: { nonEeaCitizen: true, nonEeaExemption: 'immigrant_or_settled' },
    codes: [],
  },
  {
    name: 'e) non-EEA relative or spouse of an EEA citizen: exempt',
    section: 'Köt. 6. § (HUNGARY.md §1.4 e)',
    facts: { nonEeaCitizen: true, nonEeaExemption: 'eea_citizen_relative' },
    codes: [],
  },
  {
    name: 'f) immediate termination restricted',
    section: 'Köt. 6. § (HUNGARY.md §1.4 f)',
    facts: { immediateTerminationRestricted: true },
    codes: ['restricted_termination'],
  },
  { name: 'g) the volunteer asks', section: 'Köt. 6. § (HUNGARY.md §1.4 g)', facts: { volunteerAsksForWriting: true }, codes: ['volunteer_asks'] },
  { name: 'h) another law requires it', section: 'Köt. 6. § (HUNGARY.md §1.4 h)', facts: { otherLawRequires: true }, codes: ['other_law'] },
  {
    name: 'several at once, in the order of the list',
    section: 'Köt. 6. §',
    facts: { otherLawRequires: true, abroad: true, term: { kind: 'indefinite' }, benefitOtherThanExempt: true },
    codes: ['indefinite_term', 'benefit', 'abroad', 'other_law'],
  },
];

describe('contractRequirement (written form)', () => {
  it.each(rows)('$section: $name', (row) => {
    const result = contractRequirement({ ...none, ...row.facts });
    expect(result.reasons.map((r) => r.code)).toEqual(row.codes);
    expect(result.required).toBe(row.codes.length > 0);
    for (const reason of result.reasons) expect(reason.section).toBe('Köt. 6. §');
    if (row.params) expect(result.reasons[0]?.params).toEqual(row.params);
  });

  it('has one table row per trigger code, each with its HUNGARY.md letter', () => {
    expect(contractFormRules.map((r) => r.item).join('')).toBe('aaabcdefgh');
    expect(new Set(contractFormRules.map((r) => r.code)).size).toBe(contractFormRules.length);
  });
});

describe('mandatory contract content (Köt. 6. § (1) a–d)', () => {
  it('lists the activity, place, time and rest, and benefits', () => {
    expect(mandatoryContractContent.map((c) => `${c.section}: ${c.code}`)).toEqual([
      'Köt. 6. § (1) a): activity',
      'Köt. 6. § (1) b): place',
      'Köt. 6. § (1) c): time_and_rest',
      'Köt. 6. § (1) d): benefits',
    ]);
  });
});

describe('abroadNotAllowed (Köt. 5. §)', () => {
  it.each([
    ['under 16 abroad', { abroad: true, under16: true, partiallyLimitedCapacity: false }, true],
    ['16–17 abroad', { abroad: true, under16: false, partiallyLimitedCapacity: false }, false],
    ['adult of partially limited capacity abroad', { abroad: true, under16: false, partiallyLimitedCapacity: true }, true],
    ['under 16 at home', { abroad: false, under16: true, partiallyLimitedCapacity: false }, false],
  ])('%s → %s', (_name, facts, banned) => {
    expect(abroadNotAllowed(facts)).toEqual(banned ? { code: 'abroad_not_allowed', section: 'Köt. 5. §' } : null);
  });
});
