import { and, asc, eq, isNotNull, lte } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import {
  applicationEvents,
  applications,
  companies,
  companyMembers,
  companySkillOffers,
  companyTeamMembers,
  companyTeams,
  hourEntries,
  opportunities,
  organizations,
  places,
  programOpportunities,
  programPartners,
  programs,
  shifts,
  skills,
  teamSignupMembers,
  teamSignups,
  volunteers,
} from '../../db/schema/index.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import type { DemoUser } from './brokering-seed.js';

const companyName = 'Gyakorló Gépgyártó Kft. (demó)';

/**
 * Corporate volunteering in the demo (issue 16): the company with ceg@kapocs.example as coordinator,
 * a team of five demo volunteers (the demo volunteer among them; one without names consent), a skills
 * offer, the published corporate program "ceges-onkentesseg" (partners: the company and the host),
 * and two team days on a team shift of a demo host: a past one (members confirmed, applications
 * completed, approved hours) and an upcoming one (signed up, two confirmed, the rest pending).
 * Runs inside the seed's transaction.
 */
export async function seedCompaniesDemo(tx: Tx, input: { centerId: string; now: Date; usersByEmail: Map<string, DemoUser> }): Promise<void> {
  const { centerId, now } = input;
  const coordinator = input.usersByEmail.get('ceg@kapocs.example');
  const demoVolunteerUser = input.usersByEmail.get('onkentes@kapocs.example');
  if (!coordinator || !demoVolunteerUser) throw new Error('demo accounts missing');
  const addDays = (from: Date, n: number) => new Date(from.getTime() + n * 86_400_000);
  const adultBorn = `${Number(budapestDay(now).slice(0, 4)) - 19}-01-01`;

  const [demoVolunteer] = await tx.select().from(volunteers).where(eq(volunteers.userId, demoVolunteerUser.id));
  const others = await tx
    .select()
    .from(volunteers)
    .where(and(eq(volunteers.centerId, centerId), isNotNull(volunteers.birthDate), lte(volunteers.birthDate, adultBorn)))
    .orderBy(asc(volunteers.sortKey), asc(volunteers.id))
    .limit(8);
  const team = [...(demoVolunteer ? [demoVolunteer] : []), ...others.filter((v) => v.id !== demoVolunteer?.id)].slice(0, 5);

  const [kecskemet] = await tx.select({ id: places.id }).from(places).where(eq(places.name, 'Kecskemét')).limit(1);
  const [company] = await tx
    .insert(companies)
    .values({
      centerId,
      name: companyName,
      sortKey: hungarianSortKey(companyName),
      taxNumber: '12345676-2-03',
      placeId: kecskemet?.id ?? null,
      address: 'Ipari park 12.',
      email: 'ceg@kapocs.example',
      phone: '+36 76 555 0100',
      createdBy: coordinator.id,
    })
    .returning();
  if (!company) throw new Error('demo company missing');
  await tx.insert(companyMembers).values({ companyId: company.id, userId: coordinator.id, role: 'coordinator' });
  const [teamRow] = await tx.insert(companyTeams).values({ companyId: company.id, name: 'Zöld csapat', createdBy: coordinator.id }).returning();
  if (!teamRow) throw new Error('demo team missing');
  const joinedAt = addDays(now, -60);
  const members = [];
  for (const [i, v] of team.entries()) {
    const [m] = await tx
      .insert(companyTeamMembers)
      .values({
        teamId: teamRow.id,
        invitedEmail: v.email ?? `csapattag${i + 1}@kapocs.example`,
        invitedBy: coordinator.id,
        invitedAt: joinedAt,
        expiresAt: addDays(joinedAt, 14),
        volunteerId: v.id,
        joinedAt,
        // The last member did not agree to be named: the company sees them only as a count.
        namesConsentAt: i === team.length - 1 ? null : joinedAt,
      })
      .returning();
    if (m) members.push({ member: m, volunteer: v });
  }

  const skillRows = await tx.select({ slug: skills.slug }).from(skills).where(eq(skills.active, true)).orderBy(asc(skills.position)).limit(2);
  await tx.insert(companySkillOffers).values({
    companyId: company.id,
    title: 'Műszaki karbantartás és kisebb javítások',
    description: 'Gépészmérnökeink és szerelőink évente 40 órában segítenek civil szervezeteknek eszközök javításában és karbantartásában.',
    skills: skillRows.map((s) => s.slug),
    causes: [],
    hoursOffered: 40,
    availableUntil: budapestDay(addDays(now, 180)),
    createdBy: coordinator.id,
  });

  // The host: the first approved organization of the center with a published opportunity.
  const [host] = await tx
    .select({ organizationId: organizations.id, opportunityId: opportunities.id, title: opportunities.title })
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .where(and(eq(opportunities.centerId, centerId), eq(opportunities.status, 'published'), eq(organizations.status, 'approved')))
    .orderBy(asc(organizations.createdAt), asc(opportunities.createdAt))
    .limit(1);
  if (!host) return;

  const [program] = await tx
    .insert(programs)
    .values({
      centerId,
      name: 'Céges önkéntesség',
      sortKey: hungarianSortKey('Céges önkéntesség'),
      slug: 'ceges-onkentesseg',
      kind: 'corporate',
      status: 'published',
      summary: 'Cégek munkatársai csapatnapokon és szakértelmük felajánlásával segítik a megye civil szervezeteit.',
      description: 'A program csapatnapokat és pro bono szakértelem-felajánlásokat kapcsol össze a fogadó szervezetek igényeivel.',
      createdBy: coordinator.id,
    })
    .returning();
  if (program) {
    await tx.insert(programPartners).values([
      { programId: program.id, partnerKind: 'company', partnerId: company.id },
      { programId: program.id, partnerKind: 'organization', partnerId: host.organizationId },
    ]);
    await tx.insert(programOpportunities).values({ programId: program.id, opportunityId: host.opportunityId }).onConflictDoNothing();
  }

  const at = (days: number, hourUtc: number) => {
    const d = addDays(now, days);
    d.setUTCHours(hourUtc, 0, 0, 0);
    return d;
  };
  const base = { opportunityId: host.opportunityId, capacity: 12, teamCapacity: 2 };

  // The past team day: every member but the last confirmed; applications completed, hours approved.
  const pastStart = at(-14, 8);
  const confirmedPast = members.slice(0, 4);
  const [pastShift] = await tx
    .insert(shifts)
    .values({ ...base, startsAt: pastStart, endsAt: new Date(pastStart.getTime() + 3 * 3_600_000), seatsTaken: confirmedPast.length })
    .returning();
  if (!pastShift) throw new Error('demo shift missing');
  const [pastSignup] = await tx
    .insert(teamSignups)
    .values({ teamId: teamRow.id, shiftId: pastShift.id, seats: confirmedPast.length, signedUpBy: coordinator.id, createdAt: addDays(now, -30) })
    .returning();
  for (const { member, volunteer } of members) {
    const confirmed = confirmedPast.some((c) => c.member.id === member.id);
    let applicationId: string | null = null;
    if (confirmed) {
      const [app] = await tx
        .insert(applications)
        .values({
          volunteerId: volunteer.id,
          opportunityId: host.opportunityId,
          shiftId: pastShift.id,
          centerId,
          origin: 'volunteer',
          status: 'completed',
          holdsSeat: true,
          createdBy: volunteer.userId,
        })
        .returning();
      if (!app) continue;
      applicationId = app.id;
      await tx.insert(applicationEvents).values([
        { applicationId: app.id, fromStatus: null, toStatus: 'accepted', actorUserId: volunteer.userId, at: addDays(now, -28) },
        { applicationId: app.id, fromStatus: 'accepted', toStatus: 'completed', at: addDays(now, -13) },
      ]);
      await tx.insert(hourEntries).values({
        applicationId: app.id,
        volunteerId: volunteer.id,
        organizationId: host.organizationId,
        centerId,
        shiftId: pastShift.id,
        activityDay: budapestDay(pastStart),
        startsAt: pastStart,
        endsAt: new Date(pastStart.getTime() + 3 * 3_600_000),
        minutes: 180,
        activity: `Csapatnap: ${host.title}`,
        status: 'approved',
        decidedAt: addDays(now, -12),
      });
    }
    if (pastSignup) {
      await tx
        .insert(teamSignupMembers)
        .values({ signupId: pastSignup.id, memberId: member.id, status: confirmed ? 'confirmed' : 'declined', applicationId, answeredAt: addDays(now, -25) });
    }
  }

  // The upcoming team day: four seats held, two members confirmed (their own seats), the rest pending.
  const nextStart = at(12, 8);
  const confirmedNext = members.filter((m) => m.volunteer.id !== demoVolunteer?.id).slice(0, 2);
  const [nextShift] = await tx
    .insert(shifts)
    .values({ ...base, startsAt: nextStart, endsAt: new Date(nextStart.getTime() + 3 * 3_600_000), seatsTaken: 4 })
    .returning();
  if (!nextShift) return;
  const [nextSignup] = await tx.insert(teamSignups).values({ teamId: teamRow.id, shiftId: nextShift.id, seats: 4, signedUpBy: coordinator.id }).returning();
  if (!nextSignup) return;
  for (const { member, volunteer } of members) {
    const confirmed = confirmedNext.some((c) => c.member.id === member.id);
    let applicationId: string | null = null;
    if (confirmed) {
      const [app] = await tx
        .insert(applications)
        .values({
          volunteerId: volunteer.id,
          opportunityId: host.opportunityId,
          shiftId: nextShift.id,
          centerId,
          origin: 'volunteer',
          status: 'accepted',
          holdsSeat: true,
        })
        .returning();
      applicationId = app?.id ?? null;
      if (app) await tx.insert(applicationEvents).values({ applicationId: app.id, fromStatus: null, toStatus: 'accepted', actorUserId: volunteer.userId });
    }
    await tx
      .insert(teamSignupMembers)
      .values({ signupId: nextSignup.id, memberId: member.id, status: confirmed ? 'confirmed' : 'invited', applicationId, answeredAt: confirmed ? now : null });
  }
}
