import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/database.js';
import { seedGuardianDemo } from './demo-guardian.js';
import { type DemoPlace, seedOrganizationsAndOpportunities } from './demo-organizations.js';
import { seedRecordsDemo } from './demo-records.js';
import { seedApplications, seedVolunteers } from './demo-volunteers.js';
import { SeededRandom } from './seeded-random.js';

/** Same seed, same demo people and texts on every first start (dates follow the seeding day). */
export const demoRandomSeed = 20_261_124;

export type DemoUser = { id: string; email: string; familyName: string; givenName: string };

/**
 * The brokering part of the demo: organizations, opportunities with shifts, volunteers and a
 * few applications, all in the demo center's county. Runs inside the demo seed's transaction
 * with multi-row inserts only, so it takes well under the 5 s budget even on PGlite.
 */
export async function seedBrokeringDemo(
  tx: Tx,
  input: { centerId: string; county: string; pointIds: string[]; usersByEmail: Map<string, DemoUser>; now?: Date },
): Promise<void> {
  const user = (email: string) => {
    const found = input.usersByEmail.get(email);
    if (!found) throw new Error(`demo account missing: ${email}`);
    return found;
  };
  const places = await queryRows<DemoPlace>(
    tx,
    sql`select id, name, lat, lon from places where county = ${input.county} and not is_summary
        order by population desc, id limit 40`,
  );
  if (places.length === 0) throw new Error(`no settlements for ${input.county}`);
  const ctx = {
    tx,
    rng: new SeededRandom(demoRandomSeed),
    now: input.now ?? new Date(),
    centerId: input.centerId,
    pointIds: input.pointIds,
    places,
    coordinatorUserId: user('koordinator@kapocs.example').id,
    organizationAdminUserId: user('szervezet@kapocs.example').id,
  };
  const opportunityList = await seedOrganizationsAndOpportunities(ctx);
  const people = await seedVolunteers({ ...ctx, volunteerUser: user('onkentes@kapocs.example') });
  await seedApplications(ctx, people, opportunityList);
  await seedGuardianDemo(tx, { guardian: user('gondviselo@kapocs.example'), coordinatorUserId: ctx.coordinatorUserId, now: ctx.now });
  await seedRecordsDemo(tx, {
    centerId: input.centerId,
    now: ctx.now,
    volunteerUserId: user('onkentes@kapocs.example').id,
    organizationAdminUserId: ctx.organizationAdminUserId,
    coordinatorUserId: ctx.coordinatorUserId,
  });
}
