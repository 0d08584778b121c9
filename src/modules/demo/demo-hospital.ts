import { and, asc, eq, isNotNull, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import {
  opportunities,
  organizationMembers,
  organizations,
  programConfidentialityDeclarations,
  programOpportunities,
  programPartners,
  programs,
  trainingCourses,
  volunteerQualifications,
  volunteers,
  wardRosterSignups,
  wardRosterSlots,
  wards,
} from '../../db/schema/index.js';
import { addDays, addMonths, budapestDay } from '../../platform/budapest-time.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { defaultDeclarationTemplate } from '../hospital/declaration-text.js';
import { rosterWeeks } from '../hospital/roster-weeks.js';
import {
  confidentialityQualificationName,
  healthFitnessQualificationName,
  healthFitnessValidUntil,
  type ProgramRules,
  withProgramQualifications,
} from '../programs/requirements.js';
import type { DemoUser } from './brokering-seed.js';

/** The demo hospital program's induction course and the qualification it grants. */
export const demoInductionQualification = 'Kórházi önkéntes bevezető képzés';
const demoHospitalName = 'Megyei Kórház Betegtámogató Szolgálata';

/**
 * Hospital volunteering in the demo (issue 16): a published hospital program ("korhazi-onkentesseg")
 * of the demo center with its induction course, 12-month health checks and a confidentiality
 * template; the demo hospital (an approved host of the brokering demo) as its partner, one of its
 * published opportunities in the program (the requirements added as required qualifications); the
 * ward "Belgyógyászat" with its supervisor (the head-nurse login, hospital staff) and three weekly slots; three volunteers meeting every
 * requirement (the demo volunteer's health check expires within 30 days: warned) signed up for the
 * coming weeks, and one whose health check has expired (blocked). Runs inside the seed's transaction.
 */
export async function seedHospitalDemo(tx: Tx, input: { centerId: string; now: Date; usersByEmail: Map<string, DemoUser> }): Promise<void> {
  const { centerId, now } = input;
  const coordinator = input.usersByEmail.get('koordinator@kapocs.example');
  const demoVolunteerUser = input.usersByEmail.get('onkentes@kapocs.example');
  const headNurse = input.usersByEmail.get('fonover@kapocs.example');
  if (!coordinator || !demoVolunteerUser || !headNurse) throw new Error('demo accounts missing');
  const today = budapestDay(now);

  await tx.insert(trainingCourses).values({
    centerId,
    slug: 'korhazi-onkentes-bevezeto-kepzes',
    title: demoInductionQualification,
    sortKey: hungarianSortKey(demoInductionQualification),
    audience: 'volunteer',
    summary: 'Betegjogok, higiénia, titoktartás és a kórházi önkéntesség rendje: a kórházi beosztás előfeltétele.',
    description:
      'A képzés bemutatja a betegjogokat, a kézhigiénét és a fertőzésmegelőzést, a titoktartás szabályait, valamint az osztályos önkéntes munka rendjét. Elvégzése két évig érvényes.',
    durationMinutes: 240,
    qualificationName: demoInductionQualification,
    validityMonths: 24,
    minAge: 16,
    status: 'published',
    createdBy: coordinator.id,
  });

  const name = 'Kórházi önkéntesség';
  const [program] = await tx
    .insert(programs)
    .values({
      centerId,
      name,
      sortKey: hungarianSortKey(name),
      slug: 'korhazi-onkentesseg',
      kind: 'hospital',
      status: 'published',
      summary: 'Betegkísérés, felolvasás és várótermi segítség a megyei kórház osztályain, heti beosztással.',
      description:
        'A program önkéntesei heti rendszerességgel segítenek a kórház osztályain. A beosztás előtt el kell végezni a bevezető képzést, egészségügyi alkalmassági vizsgálaton kell részt venni, és alá kell írni a titoktartási nyilatkozatot.',
      minAge: 16,
      inductionQualification: demoInductionQualification,
      healthValidMonths: 12,
      confidentialityTemplate: defaultDeclarationTemplate,
      createdBy: coordinator.id,
    })
    .returning();
  if (!program) throw new Error('demo program missing');
  const rules: ProgramRules = {
    kind: 'hospital',
    slug: program.slug,
    minAge: program.minAge,
    inductionQualification: demoInductionQualification,
    healthValidMonths: 12,
  };

  const [hospital] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.centerId, centerId), eq(organizations.name, demoHospitalName), eq(organizations.status, 'approved')))
    .limit(1);
  if (!hospital) throw new Error('demo hospital organization missing');
  await tx.insert(programPartners).values({ programId: program.id, partnerKind: 'organization', partnerId: hospital.id });
  // The ward's supervisor (fonover@kapocs.example) is staff of the hospital: her dashboard shows the ward's week.
  await tx.insert(organizationMembers).values({ organizationId: hospital.id, userId: headNurse.id, role: 'staff' });
  const [opportunity] = await tx
    .select({ id: opportunities.id, requiredQualifications: opportunities.requiredQualifications })
    .from(opportunities)
    .where(and(eq(opportunities.organizationId, hospital.id), eq(opportunities.status, 'published')))
    .orderBy(asc(opportunities.createdAt), asc(opportunities.id))
    .limit(1);
  if (opportunity) {
    const { required, addedByProgram } = withProgramQualifications(opportunity.requiredQualifications, [], [{ programId: program.id, rules }]);
    await tx.update(opportunities).set({ requiredQualifications: required }).where(eq(opportunities.id, opportunity.id));
    await tx
      .insert(programOpportunities)
      .values({ programId: program.id, opportunityId: opportunity.id, addedQualifications: addedByProgram.get(program.id) ?? [] });
  }

  const [ward] = await tx
    .insert(wards)
    .values({
      programId: program.id,
      organizationId: hospital.id,
      name: 'Belgyógyászat',
      supervisorUserId: headNurse.id,
      supervisorName: 'Lakatos Judit főnővér',
    })
    .returning({ id: wards.id });
  if (!ward) throw new Error('demo ward missing');
  const activeFrom = addDays(today, -60);
  const slots = await tx
    .insert(wardRosterSlots)
    .values([
      { wardId: ward.id, weekday: 2, startsAt: '09:00', endsAt: '12:00', capacity: 3, task: 'Betegkísérés vizsgálatokra', activeFrom },
      { wardId: ward.id, weekday: 4, startsAt: '14:00', endsAt: '17:00', capacity: 2, task: 'Felolvasás, beszélgetés a betegekkel', activeFrom },
      { wardId: ward.id, weekday: 6, startsAt: '10:00', endsAt: '13:00', capacity: 2, task: 'Várótermi segítség a látogatóknak', activeFrom },
    ])
    .returning({ id: wardRosterSlots.id });

  // The demo volunteer and three other adults of the demo center, in a stable order.
  const [demoVolunteer] = await tx.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.userId, demoVolunteerUser.id)).limit(1);
  const adultBirth = addMonths(today, -12 * 20);
  const others = await tx
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(
      and(
        eq(volunteers.centerId, centerId),
        isNotNull(volunteers.birthDate),
        lt(volunteers.birthDate, adultBirth),
        isNull(volunteers.erasedAt),
        demoVolunteer ? ne(volunteers.id, demoVolunteer.id) : sql`true`,
      ),
    )
    .orderBy(asc(volunteers.sortKey), asc(volunteers.id))
    .limit(3);
  const [expired, ...ready] = others;
  if (!expired || ready.length < 2) throw new Error('demo volunteers missing');
  // Ready: all three requirements; the demo volunteer's health check (a year ago less 20 days) expires in 20 days: warned.
  const holders = [
    ...(demoVolunteer ? [{ id: demoVolunteer.id, checkedOn: addDays(addMonths(today, -12), 20) }] : []),
    ...ready.map((v, i) => ({ id: v.id, checkedOn: addDays(today, -30 - 10 * i) })),
  ];
  const expiredCheck = addMonths(today, -13);
  for (const v of [...holders, { id: expired.id, checkedOn: expiredCheck }]) {
    await tx.update(volunteers).set({ healthStatus: 'fit', healthCheckedAt: v.checkedOn, healthCheckedBy: coordinator.id }).where(eq(volunteers.id, v.id));
    await tx.insert(volunteerQualifications).values([
      { volunteerId: v.id, name: demoInductionQualification, validUntil: addMonths(today, 18), recordedBy: coordinator.id },
      {
        volunteerId: v.id,
        name: healthFitnessQualificationName(program.slug),
        validUntil: healthFitnessValidUntil(v.checkedOn, 12),
        recordedBy: coordinator.id,
      },
    ]);
    const [declaration] = await tx
      .insert(volunteerQualifications)
      .values({ volunteerId: v.id, name: confidentialityQualificationName(program.slug), validUntil: null, recordedBy: coordinator.id })
      .returning({ id: volunteerQualifications.id });
    await tx
      .insert(programConfidentialityDeclarations)
      .values({ programId: program.id, volunteerId: v.id, signedOn: addDays(today, -40), qualificationId: declaration?.id, recordedBy: coordinator.id });
  }
  // Signed up for the next two weeks: each ready volunteer to one slot a week (capacities respected).
  const weeks = rosterWeeks(now).slice(1, 3);
  const signups = holders.flatMap((v, i) =>
    weeks.map((weekStart) => ({ slotId: slots[i % slots.length]?.id as string, volunteerId: v.id, weekStart, createdBy: coordinator.id })),
  );
  if (signups.length) await tx.insert(wardRosterSignups).values(signups);
}
