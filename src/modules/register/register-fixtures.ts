import type { Database } from '../../db/database.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';

/** Path fixtures of this module for the route matrix and hostile-input tests: registerEntryId (the placement's register entry). */
export async function createRegisterFixtures(_db: Database, _base: FixtureBase): Promise<Record<string, string>> {
  return {};
}
