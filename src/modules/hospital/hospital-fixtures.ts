import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { programPartners, programs, wardRosterSignups, wardRosterSlots, wards } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';
import { rosterWeeks } from './roster-weeks.js';

/** The confidentiality template the fixtures and tests use (with every placeholder). */
export const testDeclarationTemplate =
  'Alulírott {{nev}} (született: {{szuletesi_datum}}) a(z) „{{program}}” programban ({{kozpont}}) vállalom a titoktartást.\n\nKelt: {{datum}}';

/** A published hospital program of the center (unique slug), with a 12-month health validity. */
export async function insertHospitalProgram(db: Database, centerId: string, attrs: Partial<typeof programs.$inferInsert> = {}) {
  const name = attrs.name ?? `Kórházi program ${randomBytes(3).toString('hex')}`;
  const [row] = await db
    .insert(programs)
    .values({
      centerId,
      kind: 'hospital',
      status: 'published',
      slug: `korhaz-${randomBytes(5).toString('hex')}`,
      inductionQualification: 'Kórházi bevezető képzés',
      healthValidMonths: 12,
      confidentialityTemplate: testDeclarationTemplate,
      ...attrs,
      name,
      sortKey: hungarianSortKey(name),
    })
    .returning();
  if (!row) throw new Error('program insert returned nothing');
  return row;
}

export type HospitalPathFixtures = { hospitalProgramId: string; rosterProgramId: string; wardId: string; slotId: string; rosterSignupId: string };

/**
 * Path fixtures of hospital volunteering for the route matrix and hostile-input tests, all of center A:
 * a published hospital program (hospitalProgramId, and rosterProgramId for the volunteers' roster) with the
 * fixture organization as its partner, a ward there (its member is a host member of the ward), a Sunday slot and the
 * fixture volunteer's sign-up to it next week (rosterSignupId).
 */
export async function createHospitalFixtures(
  db: Database,
  base: Pick<FixtureBase, 'centerId' | 'organizationId' | 'volunteerId'>,
): Promise<HospitalPathFixtures> {
  const program = await insertHospitalProgram(db, base.centerId, { name: 'Fixture kórházi program' });
  await db.insert(programPartners).values({ programId: program.id, partnerKind: 'organization', partnerId: base.organizationId });
  const [ward] = await db
    .insert(wards)
    .values({ programId: program.id, organizationId: base.organizationId, name: 'Fixture osztály', supervisorName: 'Fixture Főnővér' })
    .returning();
  if (!ward) throw new Error('fixture ward missing');
  const [slot] = await db
    .insert(wardRosterSlots)
    .values({ wardId: ward.id, weekday: 7, startsAt: '10:00', endsAt: '12:00', capacity: 3, task: 'Betegkísérés', activeFrom: '2020-01-01' })
    .returning();
  if (!slot) throw new Error('fixture slot missing');
  const [signup] = await db
    .insert(wardRosterSignups)
    .values({ slotId: slot.id, volunteerId: base.volunteerId, weekStart: rosterWeeks(new Date())[1] as string })
    .returning();
  if (!signup) throw new Error('fixture sign-up missing');
  return { hospitalProgramId: program.id, rosterProgramId: program.id, wardId: ward.id, slotId: slot.id, rosterSignupId: signup.id };
}
