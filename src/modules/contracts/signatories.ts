import { ageOnDay } from '../volunteer-law/minor-time-limits.js';

/**
 * Who signs a volunteer contract, by the volunteer's age on the first day of the contract
 * (HUNGARY.md §1.6, Ptk. capacity rules; whether the Köt. has its own rule for 10–13-year-olds is
 * not verified, so the safe design of HUNGARY.md is followed):
 * - under 14: no capacity (Ptk.); the legal representative (törvényes képviselő) signs for the child;
 * - 14–17: limited capacity (Ptk.); the minor signs and the legal representative consents by signing too;
 * - 18 or over: the volunteer alone.
 * In both minor cases the contract has a legal representative's signature line, and recording the
 * signature needs the representative's name (guardian_required).
 */
export const noCapacityUnder = 14; // Ptk.: under 14 no capacity
export const adultFrom = 18; // Ptk.: full capacity
/** Köt. 5. § (HUNGARY.md §1.6): under 16 no volunteering abroad. */
export const abroadAllowedFrom = 16;

export type Signing = 'adult' | 'minor_with_consent' | 'representative_for_child';

export type SigningRule = {
  /** Whole years on the contract's first day; null when the birth date is not recorded. */
  age: number | null;
  signing: Signing;
  guardianRequired: boolean;
  under16: boolean;
};

/** The signing rule for a volunteer born on `birthDate` whose contract starts on `startsOn` (both "YYYY-MM-DD"). */
export function signingRule(birthDate: string | null, startsOn: string): SigningRule {
  if (!birthDate) return { age: null, signing: 'adult', guardianRequired: false, under16: false };
  const age = ageOnDay(birthDate, startsOn);
  const signing: Signing = age < noCapacityUnder ? 'representative_for_child' : age < adultFrom ? 'minor_with_consent' : 'adult';
  return { age, signing, guardianRequired: signing !== 'adult', under16: age < abroadAllowedFrom };
}
