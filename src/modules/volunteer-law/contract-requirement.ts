/**
 * When a volunteer contract must be in writing (HUNGARY.md §1.4 a–h), what it must contain
 * (Köt. 6. § (1)), and who may not volunteer abroad (Köt. 5. §). Pure rules, one table row each.
 * HUNGARY.md gives the written-form list under Köt. 6. § without its paragraph number; sources:
 * nonprofit.hu "Hova és hogyan kell bejelentkezni…" and adopraxis.hu "A közérdekű önkéntes személy
 * részére adható juttatások". Check the wording against njt.hu before relying on it.
 */

/** A non-EEA citizen's status that takes them out of trigger e) (the exemptions of HUNGARY.md §1.4 e, Köt. 4. § (6)). */
export const nonEeaExemptions = ['refugee_or_protected', 'immigrant_or_settled', 'eea_citizen_relative'] as const;
export type NonEeaExemption = (typeof nonEeaExemptions)[number];

/** The facts of a placement that decide the form of the contract. */
export type ContractFacts = {
  /** Indefinite term, or the planned length in consecutive days. */
  term: { kind: 'indefinite' } | { kind: 'fixed'; days: number };
  volunteerUnder18: boolean;
  /** An adult whose capacity is partially limited (Ptk.). */
  partiallyLimitedCapacity: boolean;
  /** Any benefit other than work clothing, protective equipment and the reward (jutalom). */
  benefitOtherThanExempt: boolean;
  constructionRequiringPermit: boolean;
  abroad: boolean;
  nonEeaCitizen: boolean;
  /** For a non-EEA citizen: the exemption that applies, if any. */
  nonEeaExemption: NonEeaExemption | null;
  immediateTerminationRestricted: boolean;
  volunteerAsksForWriting: boolean;
  otherLawRequires: boolean;
};

export type ContractReasonCode =
  | 'indefinite_term'
  | 'term_10_days'
  | 'protected_term_2_days'
  | 'benefit'
  | 'construction_permit'
  | 'abroad'
  | 'non_eea_citizen'
  | 'restricted_termination'
  | 'volunteer_asks'
  | 'other_law';

/** A trigger that applies: its code (i18n key `law.contract.<code>`), citation and message parameters. */
export type ContractReason = { code: ContractReasonCode; section: string; params: Record<string, string | number> };
export type ContractRequirement = { required: boolean; reasons: ContractReason[] };

export const contractFormSection = 'Köt. 6. §';

/** Days from which a fixed term needs writing: 10, or 2 for a minor or an adult of partially limited capacity. */
export const writtenContractDays = { general: 10, protectedVolunteer: 2 } as const;

const isProtected = (f: ContractFacts) => f.volunteerUnder18 || f.partiallyLimitedCapacity;

type ContractRule = {
  code: ContractReasonCode;
  /** HUNGARY.md §1.4 letter. */
  item: string;
  section: string;
  applies(facts: ContractFacts): Record<string, string | number> | null;
};

const yes = {};

export const contractFormRules: readonly ContractRule[] = [
  { code: 'indefinite_term', item: 'a', section: contractFormSection, applies: (f) => (f.term.kind === 'indefinite' ? yes : null) },
  {
    code: 'term_10_days',
    item: 'a',
    section: contractFormSection,
    applies: (f) =>
      f.term.kind === 'fixed' && !isProtected(f) && f.term.days >= writtenContractDays.general
        ? { days: f.term.days, threshold: writtenContractDays.general }
        : null,
  },
  {
    // HUNGARY.md §1.4 a): eutax.hu says 10 days for minors too; nonprofit.hu and adopraxis say 2 — the safer rule.
    code: 'protected_term_2_days',
    item: 'a',
    section: contractFormSection,
    applies: (f) =>
      f.term.kind === 'fixed' && isProtected(f) && f.term.days >= writtenContractDays.protectedVolunteer
        ? { days: f.term.days, threshold: writtenContractDays.protectedVolunteer }
        : null,
  },
  { code: 'benefit', item: 'b', section: contractFormSection, applies: (f) => (f.benefitOtherThanExempt ? yes : null) },
  { code: 'construction_permit', item: 'c', section: contractFormSection, applies: (f) => (f.constructionRequiringPermit ? yes : null) },
  { code: 'abroad', item: 'd', section: contractFormSection, applies: (f) => (f.abroad ? yes : null) },
  {
    code: 'non_eea_citizen',
    item: 'e',
    section: contractFormSection,
    applies: (f) => (f.nonEeaCitizen && f.nonEeaExemption == null ? yes : null),
  },
  { code: 'restricted_termination', item: 'f', section: contractFormSection, applies: (f) => (f.immediateTerminationRestricted ? yes : null) },
  { code: 'volunteer_asks', item: 'g', section: contractFormSection, applies: (f) => (f.volunteerAsksForWriting ? yes : null) },
  { code: 'other_law', item: 'h', section: contractFormSection, applies: (f) => (f.otherLawRequires ? yes : null) },
];

/** Whether the contract must be in writing, and every trigger that makes it so (in the order of HUNGARY.md §1.4). */
export function contractRequirement(facts: ContractFacts): ContractRequirement {
  const reasons: ContractReason[] = [];
  for (const rule of contractFormRules) {
    const params = rule.applies(facts);
    if (params) reasons.push({ code: rule.code, section: rule.section, params: { ...params } });
  }
  return { required: reasons.length > 0, reasons };
}

/** Köt. 6. § (1) a)–d): what every volunteer contract must settle (data for generating contracts later). */
export const mandatoryContractContent = [
  { item: 'a', code: 'activity', section: 'Köt. 6. § (1) a)' },
  { item: 'b', code: 'place', section: 'Köt. 6. § (1) b)' },
  { item: 'c', code: 'time_and_rest', section: 'Köt. 6. § (1) c)' },
  { item: 'd', code: 'benefits', section: 'Köt. 6. § (1) d)' },
] as const;
export type MandatoryContentCode = (typeof mandatoryContractContent)[number]['code'];

/**
 * Köt. 5. § (HUNGARY.md §1.6): a volunteer under 16, or an adult of partially limited capacity,
 * may not volunteer abroad. Returns the broken rule, or null.
 */
export function abroadNotAllowed(facts: {
  abroad: boolean;
  under16: boolean;
  partiallyLimitedCapacity: boolean;
}): { code: 'abroad_not_allowed'; section: string } | null {
  return facts.abroad && (facts.under16 || facts.partiallyLimitedCapacity) ? { code: 'abroad_not_allowed', section: 'Köt. 5. §' } : null;
}
