import type { ContractFacts, ContractRequirement } from '../volunteer-law/contract-requirement.js';
import type { Signing } from './signatories.js';

/** The parties and texts as they were when the contract was generated, so the PDF never changes afterwards. */
export type ContractSnapshot = {
  /** seat: settlement and address; settlement alone is the place the contract is dated at ("Kelt: Kecskemét, …"). */
  organization: { name: string; seat: string; settlement?: string; taxNumber: string | null; kotRegistrationNumber: string | null };
  volunteer: { familyName: string; givenName: string; birthDate: string | null };
  /** The legal representative of a minor (name as recorded on the volunteer's profile, if any). */
  guardian: { name: string | null } | null;
  signing: Signing;
  opportunityTitle: string;
  template: { introText: string; dutiesText: string; closingText: string };
  /** The written-form calculation's reasons (also in the contract's own `requirement` column with the facts). */
  requirement: ContractRequirement;
};

/** The `requirement` column: the calculation and the facts it was made from. */
export type StoredRequirement = ContractRequirement & { facts: ContractFacts };

/** The snapshot as stored (jsonb) read back with its type; rows are only ever written by generateContract. */
export function snapshotOf(contract: { snapshot: unknown }): ContractSnapshot {
  return contract.snapshot as ContractSnapshot;
}

export function requirementOf(contract: { requirement: unknown }): StoredRequirement {
  return contract.requirement as StoredRequirement;
}
