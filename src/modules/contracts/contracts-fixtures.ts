import type { Database } from '../../db/database.js';
import { translator } from '../../platform/i18n.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';
import { contractRequirement } from '../volunteer-law/contract-requirement.js';
import { noAnswers, placementFacts } from './placement-facts.js';
import { insertContract } from './repo.js';
import type { ContractSnapshot, StoredRequirement } from './snapshot.js';
import { defaultTemplate } from './template-service.js';

/** Path fixtures of this module for the route matrix and hostile-input tests: contractId (a draft contract of the placement). */
export async function createContractFixtures(db: Database, base: FixtureBase): Promise<Record<string, string>> {
  const startsOn = new Date().toISOString().slice(0, 10);
  const { facts } = placementFacts({ startsOn, endsOn: null, birthDate: '1990-05-01', ledgerBenefitTypes: [], answers: noAnswers });
  const requirement: StoredRequirement = { ...contractRequirement(facts), facts };
  const snapshot: ContractSnapshot = {
    organization: { name: 'Fixture Egyesület', seat: 'Kecskemét', taxNumber: null, kotRegistrationNumber: null },
    volunteer: { familyName: 'Fixture', givenName: 'Önkéntes', birthDate: '1990-05-01' },
    guardian: null,
    signing: 'adult',
    opportunityTitle: 'Fixture lehetőség',
    template: defaultTemplate(translator('hu')),
    requirement: { required: requirement.required, reasons: requirement.reasons },
  };
  const contract = await insertContract(db, {
    applicationId: base.applicationId,
    volunteerId: base.volunteerId,
    organizationId: base.organizationId,
    centerId: base.centerId,
    activity: 'Fixture tevékenység',
    place: 'Kecskemét',
    timeAndRest: 'Egyeztetés szerint.',
    benefits: 'Az önkéntes juttatásban nem részesül.',
    benefitsOnEnd: 'Juttatás hiányában nincs teendő.',
    startsOn,
    requirement,
    snapshot,
    createdByUserId: base.memberUserId,
  });
  return { contractId: contract.id };
}
