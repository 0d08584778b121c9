import type { Database } from '../../db/database.js';
import { erasureRequests } from '../../db/schema/index.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createUser } from '../../test-support/factories.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';

/**
 * Path fixtures of this module for the route matrix and hostile-input tests: erasureRequestId (an
 * open erasure request of another volunteer of center A) and accessRequestId (an open request of a
 * walk-in volunteer of center A for a copy of their data).
 */
export async function createErasureFixtures(db: Database, base: FixtureBase): Promise<Record<string, string>> {
  const user = await createUser(db, { familyName: 'Törlendő', grants: [{ role: 'volunteer' }] });
  const volunteer = await createVolunteer(db, { centerId: base.centerId, userId: user.id, email: user.email, phone: '+36 30 555 0101' });
  const [request] = await db
    .insert(erasureRequests)
    .values({ volunteerId: volunteer.id, centerId: base.centerId, requestedByUserId: user.id, status: 'requested', reason: 'Elköltöztem.' })
    .returning({ id: erasureRequests.id });
  if (!request) throw new Error('fixture erasure request missing');
  const walkIn = await createVolunteer(db, { centerId: base.centerId, familyName: 'Másolatkérő' });
  const [access] = await db
    .insert(erasureRequests)
    .values({ kind: 'access', volunteerId: walkIn.id, centerId: base.centerId, status: 'requested' })
    .returning({ id: erasureRequests.id });
  if (!access) throw new Error('fixture access request missing');
  return { erasureRequestId: request.id, accessRequestId: access.id };
}
