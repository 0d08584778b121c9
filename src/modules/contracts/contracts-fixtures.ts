import type { Database } from '../../db/database.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';

/** Path fixtures of this module for the route matrix and hostile-input tests: contractId (a draft contract of the placement). */
export async function createContractFixtures(_db: Database, _base: FixtureBase): Promise<Record<string, string>> {
  return {};
}
