import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { programOpportunities, programPartners, programs } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';

/**
 * Path fixtures of thematic programs for the route matrix and hostile-input tests, of center A:
 * programId (a published program with the fixture organization as partner) and programSlug (its slug).
 */
export async function createProgramFixtures(
  db: Database,
  base: Pick<FixtureBase, 'centerId' | 'organizationId'>,
): Promise<{ programId: string; programSlug: string }> {
  const name = 'Fixture Idősbarát program';
  const slug = `fixture-program-${randomBytes(4).toString('hex')}`;
  const [program] = await db
    .insert(programs)
    .values({ centerId: base.centerId, name, sortKey: hungarianSortKey(name), slug, kind: 'other', status: 'published', summary: 'Fixture összefoglaló' })
    .returning({ id: programs.id });
  if (!program) throw new Error('fixture program missing');
  await db.insert(programPartners).values({ programId: program.id, partnerKind: 'organization', partnerId: base.organizationId });
  return { programId: program.id, programSlug: slug };
}

/** Links an opportunity to a program without re-applying rules (tests that check the re-application do it themselves). */
export async function linkOpportunity(db: Database, programId: string, opportunityId: string) {
  await db.insert(programOpportunities).values({ programId, opportunityId });
}
