import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, notInArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import {
  applicationEvents,
  applications,
  benefits,
  erasureRequests,
  hourEntries,
  opportunities,
  organizationMembers,
  organizations,
  places,
  registerEntries,
  volunteerContracts,
  volunteers,
} from '../../db/schema/index.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { translator } from '../../platform/i18n.js';
import { noAnswers, placementFacts } from '../contracts/placement-facts.js';
import type { ContractSnapshot, StoredRequirement } from '../contracts/snapshot.js';
import { defaultTemplate } from '../contracts/template-service.js';
import { contractRequirement } from '../volunteer-law/contract-requirement.js';
import { daysAgo } from './demo-clock.js';

/**
 * The records part of the demo (hours, benefits, contract, register, erasure): the demo volunteer
 * gets an active placement at the demo organization account's own organization (registered under
 * the Köt.) with approved and waiting hours, a travel reimbursement, a signed written contract and
 * its Köt. 14. § register entry; one walk-in volunteer has an open erasure request, so the center
 * admin's start page shows one. All fictional. Runs inside the demo seed's transaction.
 */
export async function seedRecordsDemo(
  tx: Tx,
  input: { centerId: string; now: Date; volunteerUserId: string; organizationAdminUserId: string; coordinatorUserId: string },
): Promise<void> {
  const { now } = input;
  const [me] = await tx.select().from(volunteers).where(eq(volunteers.userId, input.volunteerUserId));
  const [org] = await tx
    .select({
      id: organizations.id,
      name: organizations.name,
      address: organizations.address,
      taxNumber: organizations.taxNumber,
      kot: organizations.kotRegistrationNumber,
      seat: places.name,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .innerJoin(places, eq(places.id, organizations.placeId))
    .where(eq(organizationMembers.userId, input.organizationAdminUserId));
  if (!me || !org) throw new Error('demo volunteer or organization missing');
  const taken = (await tx.select({ id: applications.opportunityId }).from(applications).where(eq(applications.volunteerId, me.id))).map((r) => r.id);
  const [opportunity] = await tx
    .select({ id: opportunities.id, title: opportunities.title, address: opportunities.address })
    .from(opportunities)
    .where(and(eq(opportunities.organizationId, org.id), eq(opportunities.status, 'published'), taken.length ? notInArray(opportunities.id, taken) : sql`true`))
    .orderBy(asc(opportunities.createdAt))
    .limit(1);
  if (!opportunity) throw new Error('demo organization has no free published opportunity');

  const startsOn = budapestDay(daysAgo(now, 30));
  const endsOn = budapestDay(daysAgo(now, -60));
  const applicationId = randomUUID();
  await tx.insert(applications).values({
    id: applicationId,
    volunteerId: me.id,
    opportunityId: opportunity.id,
    centerId: input.centerId,
    origin: 'volunteer',
    status: 'active',
    createdBy: input.volunteerUserId,
    createdAt: daysAgo(now, 35),
    updatedAt: daysAgo(now, 30),
  });
  await tx.insert(applicationEvents).values([
    { applicationId, fromStatus: null, toStatus: 'applied', actorUserId: input.volunteerUserId, at: daysAgo(now, 35) },
    { applicationId, fromStatus: 'applied', toStatus: 'accepted', actorUserId: input.organizationAdminUserId, at: daysAgo(now, 33) },
    { applicationId, fromStatus: 'accepted', toStatus: 'active', actorUserId: input.organizationAdminUserId, at: daysAgo(now, 30) },
  ]);

  const side = { applicationId, volunteerId: me.id, organizationId: org.id, centerId: input.centerId };
  const decided = { status: 'approved', decidedByUserId: input.organizationAdminUserId, loggedByUserId: input.volunteerUserId };
  await tx.insert(hourEntries).values([
    { ...side, ...decided, activityDay: budapestDay(daysAgo(now, 28)), minutes: 180, activity: 'Előkészítés, eszközök kiosztása', decidedAt: daysAgo(now, 26) },
    { ...side, ...decided, activityDay: budapestDay(daysAgo(now, 21)), minutes: 150, activity: 'Terepmunka', decidedAt: daysAgo(now, 19) },
    { ...side, ...decided, activityDay: budapestDay(daysAgo(now, 14)), minutes: 120, activity: 'Eszközök rendbetétele', decidedAt: daysAgo(now, 12) },
    {
      ...side,
      status: 'submitted',
      loggedByUserId: input.volunteerUserId,
      activityDay: budapestDay(daysAgo(now, 3)),
      minutes: 90,
      activity: 'Terepmunka',
      note: 'A délutáni csapattal.',
    },
  ]);
  await tx.insert(benefits).values({
    ...side,
    type: 'travel',
    givenOn: budapestDay(daysAgo(now, 20)),
    amountHuf: 2_480,
    reimbursement: true,
    description: 'Helyi bérlet arányos része',
    recordedByUserId: input.organizationAdminUserId,
  });

  // The written contract: a benefit (travel) makes the written form mandatory (Köt. 6. §, HUNGARY.md §1.4 b).
  const { facts, signing } = placementFacts({ startsOn, endsOn, birthDate: me.birthDate, ledgerBenefitTypes: ['travel'], answers: noAnswers });
  const requirement: StoredRequirement = { ...contractRequirement(facts), facts };
  const activity = `${opportunity.title}: a program előkészítése és lebonyolítása, az eszközök rendbetétele.`;
  const place = [org.seat, opportunity.address ?? org.address].filter(Boolean).join(', ');
  const timeAndRest = 'Hetente egy alkalommal, alkalmanként legfeljebb 4 óra; 2 óra után 15 perc pihenő.';
  const snapshot: ContractSnapshot = {
    organization: {
      name: org.name,
      seat: [org.seat, org.address].filter(Boolean).join(', '),
      settlement: org.seat,
      taxNumber: org.taxNumber,
      kotRegistrationNumber: org.kot,
    },
    volunteer: { familyName: me.familyName, givenName: me.givenName, birthDate: me.birthDate },
    guardian: null,
    signing: signing.signing,
    opportunityTitle: opportunity.title,
    template: defaultTemplate(translator('hu')),
    requirement: { required: requirement.required, reasons: requirement.reasons },
  };
  const [contract] = await tx
    .insert(volunteerContracts)
    .values({
      ...side,
      activity,
      place,
      timeAndRest,
      benefits: 'A szervezet megtéríti a tevékenységhez szükséges helyi közlekedés igazolt költségét.',
      benefitsOnEnd: 'A szerződés megszűnésével a költségtérítés is megszűnik; a már igazolt költséget a szervezet megtéríti.',
      startsOn,
      endsOn,
      requirement,
      snapshot,
      status: 'signed',
      guardianRequired: false,
      signedOn: startsOn,
      volunteerSignatory: `${me.familyName} ${me.givenName}`,
      organizationSignatory: 'Nagy Levente',
      signedRecordedByUserId: input.organizationAdminUserId,
      signedRecordedAt: daysAgo(now, 30),
      createdByUserId: input.organizationAdminUserId,
      createdAt: daysAgo(now, 31),
    })
    .returning({ id: volunteerContracts.id });

  // Its Köt. 14. § register entry (fictional birth data).
  await tx.insert(registerEntries).values({
    organizationId: org.id,
    centerId: input.centerId,
    applicationId,
    volunteerId: me.id,
    contractId: contract?.id ?? null,
    familyName: me.familyName,
    givenName: me.givenName,
    sortKey: me.sortKey,
    birthPlace: 'Kecskemét',
    birthDate: me.birthDate ?? '2002-03-14',
    motherName: 'Példa Mária',
    residence: `${org.seat}, Minta utca 5.`,
    activity,
    place,
    timeAndRest,
    startsOn,
    endsOn,
    recordedByUserId: input.organizationAdminUserId,
  });

  // A walk-in volunteer asked the Volunteer Point by phone to erase their data: the center decides.
  const [walkIn] = await tx
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(and(eq(volunteers.centerId, input.centerId), isNull(volunteers.userId), isNull(volunteers.email), isNull(volunteers.guardianName)))
    .orderBy(asc(volunteers.sortKey))
    .limit(1);
  if (walkIn) {
    await tx.insert(erasureRequests).values({
      volunteerId: walkIn.id,
      centerId: input.centerId,
      requestedByUserId: input.coordinatorUserId,
      requestedAt: daysAgo(now, 2),
      reason: 'Telefonon kérte, mert elköltözik a megyéből.',
    });
  }
}
