import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { organizations, registerEntries, volunteers } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';

/**
 * Path fixtures of this module for the route matrix and hostile-input tests: registerEntryId (the
 * placement's register entry). The fixture organization is made a Köt.-registered host (it has no
 * Köt. number by default), so the register pages show the register, not the notice.
 */
export async function createRegisterFixtures(db: Database, base: FixtureBase): Promise<Record<string, string>> {
  await db.update(organizations).set({ kotRegistrationNumber: 'KÖT-FIXTURE/2026' }).where(eq(organizations.id, base.organizationId));
  const [volunteer] = await db.select().from(volunteers).where(eq(volunteers.id, base.volunteerId)).limit(1);
  if (!volunteer) throw new Error('fixture volunteer missing');
  const [entry] = await db
    .insert(registerEntries)
    .values({
      organizationId: base.organizationId,
      centerId: base.centerId,
      applicationId: base.applicationId,
      volunteerId: base.volunteerId,
      familyName: volunteer.familyName,
      givenName: volunteer.givenName,
      sortKey: hungarianSortKey(`${volunteer.familyName} ${volunteer.givenName}`),
      birthPlace: 'Kecskemét',
      birthDate: volunteer.birthDate ?? '1990-05-01',
      motherName: 'Fixture Anna',
      residence: '6000 Kecskemét, Fő utca 1.',
      activity: 'Fixture activity',
      place: 'Kecskemét',
      timeAndRest: 'Szombatonként 9–12 óra, 15 perc szünet',
      startsOn: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
      recordedByUserId: base.memberUserId,
    })
    .returning({ id: registerEntries.id });
  if (!entry) throw new Error('fixture register entry missing');
  return { registerEntryId: entry.id };
}
