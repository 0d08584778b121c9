import type { BenefitType } from '../../db/schema/benefits.js';
import { dayNumber } from '../../platform/budapest-time.js';
import type { ContractFacts, NonEeaExemption } from '../volunteer-law/contract-requirement.js';
import { type SigningRule, signingRule } from './signatories.js';

/**
 * The facts of the written-form calculation (contract-requirement.ts, HUNGARY.md §1.4) for one
 * placement: those Kapocs has data for are derived here, the rest are the organization's answers
 * (checkboxes on the contract page).
 */

/**
 * HUNGARY.md §1.4 b): work clothing, protective equipment and the reward (jutalom) do not make the
 * written form necessary (adopraxis); every other benefit type of the ledger does.
 */
export const benefitTypesWithoutWrittenForm: ReadonlySet<BenefitType> = new Set<BenefitType>(['work_clothing', 'reward']);

export function triggersWrittenForm(type: string): boolean {
  return !benefitTypesWithoutWrittenForm.has(type as BenefitType);
}

/** The term of a contract: no end day is an indefinite term; otherwise the calendar days from start to end, both included. */
export function termOf(startsOn: string, endsOn: string | null): ContractFacts['term'] {
  if (!endsOn) return { kind: 'indefinite' };
  return { kind: 'fixed', days: dayNumber(endsOn) - dayNumber(startsOn) + 1 };
}

/** What the organization answers on the form: the facts Kapocs has no data for. */
export type ContractAnswers = {
  /** A benefit is planned besides what the ledger already holds (not work clothing or the reward). */
  plannedBenefit: boolean;
  construction: boolean;
  abroad: boolean;
  nonEea: boolean;
  nonEeaExemption: NonEeaExemption | null;
  restrictedTermination: boolean;
  volunteerAsks: boolean;
  otherLaw: boolean;
};

export const noAnswers: ContractAnswers = {
  plannedBenefit: false,
  construction: false,
  abroad: false,
  nonEea: false,
  nonEeaExemption: null,
  restrictedTermination: false,
  volunteerAsks: false,
  otherLaw: false,
};

export type PlacementFactsInput = {
  startsOn: string;
  endsOn: string | null;
  birthDate: string | null;
  /** Types of the benefits in the placement's ledger (corrected entries left out). */
  ledgerBenefitTypes: readonly string[];
  answers: ContractAnswers;
};

/** The calculator's facts, and the signing rule (age on the first day) that also decides the guardian line. */
export function placementFacts(input: PlacementFactsInput): { facts: ContractFacts; signing: SigningRule } {
  const signing = signingRule(input.birthDate, input.startsOn);
  const { answers } = input;
  return {
    signing,
    facts: {
      term: termOf(input.startsOn, input.endsOn),
      volunteerUnder18: signing.guardianRequired,
      // Partially limited capacity of an adult (Ptk.) is not recorded in Kapocs.
      partiallyLimitedCapacity: false,
      benefitOtherThanExempt: answers.plannedBenefit || input.ledgerBenefitTypes.some(triggersWrittenForm),
      constructionRequiringPermit: answers.construction,
      abroad: answers.abroad,
      nonEeaCitizen: answers.nonEea,
      nonEeaExemption: answers.nonEea ? answers.nonEeaExemption : null,
      immediateTerminationRestricted: answers.restrictedTermination,
      volunteerAsksForWriting: answers.volunteerAsks,
      otherLawRequires: answers.otherLaw,
    },
  };
}
