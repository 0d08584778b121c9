import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { auditLog, opportunities, programOpportunities, programPartners, volunteerQualifications, wardRosterSlots, wards } from '../../db/schema/index.js';
import { addDays, budapestDay } from '../../platform/budapest-time.js';
import { createOpportunity, createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { clientFor, volunteerWithLogin } from '../placements/placements-test-support.js';
import { confidentialityQualificationName, healthFitnessQualificationName, withProgramQualifications } from '../programs/requirements.js';
import { insertHospitalProgram } from './hospital-fixtures.js';

export const today = () => budapestDay(new Date());

/**
 * A hospital program of a new center with its staff (a center coordinator), a host organization (one
 * member) that is its partner, a published opportunity of it in the program (the program's
 * requirements added as required qualifications, as the programs module does), and a ward (Belgyógyászat) with a
 * supervisor account and one weekly slot on `weekday` (Wednesday by default), 09:00–12:00.
 */
export async function hospitalScene(t: TestApp, options: { capacity?: number; weekday?: number; program?: Parameters<typeof insertHospitalProgram>[2] } = {}) {
  const center = await createCenter(t.db);
  const staff = await createUser(t.db, { familyName: 'Koordinátor', givenName: 'Kata', grants: [{ role: 'center_coordinator', centerId: center.id }] });
  const program = await insertHospitalProgram(t.db, center.id, options.program);
  const member = await createUser(t.db, { familyName: 'Kórházi', givenName: 'Kálmán' });
  const organization = await createOrganization(t.db, center.id, { name: `Teszt Kórház ${program.slug}`, memberUserIds: [member.id] });
  await t.db.insert(programPartners).values({ programId: program.id, partnerKind: 'organization', partnerId: organization.id });
  const opportunity = await createOpportunity(t.db, organization);
  const rules = {
    kind: program.kind,
    slug: program.slug,
    minAge: program.minAge,
    inductionQualification: program.inductionQualification,
    healthValidMonths: program.healthValidMonths,
  };
  const { required, addedByProgram } = withProgramQualifications(opportunity.requiredQualifications, [], [{ programId: program.id, rules }]);
  await t.db.update(opportunities).set({ requiredQualifications: required }).where(eq(opportunities.id, opportunity.id));
  await t.db
    .insert(programOpportunities)
    .values({ programId: program.id, opportunityId: opportunity.id, addedQualifications: addedByProgram.get(program.id) ?? [] });
  const supervisor = await createUser(t.db, { familyName: 'Főnővér', givenName: 'Fanni' });
  const [ward] = await t.db
    .insert(wards)
    .values({ programId: program.id, organizationId: organization.id, name: 'Belgyógyászat', supervisorUserId: supervisor.id })
    .returning();
  if (!ward) throw new Error('ward missing');
  const [slot] = await t.db
    .insert(wardRosterSlots)
    .values({
      wardId: ward.id,
      weekday: options.weekday ?? 3,
      startsAt: '09:00',
      endsAt: '12:00',
      capacity: options.capacity ?? 2,
      task: 'Betegkísérés',
      activeFrom: '2020-01-01',
    })
    .returning();
  if (!slot) throw new Error('slot missing');
  return {
    center,
    staff,
    staffClient: await clientFor(t, staff.id),
    program,
    organization,
    member,
    opportunity,
    supervisor,
    ward,
    slot,
    names: {
      induction: program.inductionQualification as string,
      health: healthFitnessQualificationName(program.slug),
      confidentiality: confidentialityQualificationName(program.slug),
    },
  };
}
export type HospitalScene = Awaited<ReturnType<typeof hospitalScene>>;

/**
 * A volunteer of the scene's center with a login, holding the program's requirements: each valid
 * until the given day (null: no expiry), or left out when `false`.
 */
export async function hospitalVolunteer(
  t: TestApp,
  s: HospitalScene,
  held: { induction?: string | null | false; health?: string | null | false; confidentiality?: string | null | false } = {},
  attrs: Parameters<typeof volunteerWithLogin>[1] = {},
) {
  const v = await volunteerWithLogin(t, { centerId: s.center.id, ...attrs });
  const defaults = { induction: addDays(today(), 365), health: addDays(today(), 200), confidentiality: null };
  for (const kind of ['induction', 'health', 'confidentiality'] as const) {
    const validUntil = held[kind] === undefined ? defaults[kind] : held[kind];
    if (validUntil === false) continue;
    await t.db.insert(volunteerQualifications).values({ volunteerId: v.volunteer.id, name: s.names[kind], validUntil });
  }
  return v;
}

export function qualificationsNamed(db: Database, volunteerId: string, name: string) {
  return db
    .select()
    .from(volunteerQualifications)
    .where(and(eq(volunteerQualifications.volunteerId, volunteerId), eq(volunteerQualifications.name, name)));
}

export function auditOf(db: Database, entityType: string, entityId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));
}
