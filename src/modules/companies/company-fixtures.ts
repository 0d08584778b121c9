import type { Database } from '../../db/database.js';
import { companies, companyMembers, companySkillOffers, companyTeamMembers, companyTeams, teamSignupMembers, teamSignups } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { hashToken, newToken } from '../../platform/secure-token.js';
import { createOpportunity, createShift, createVolunteer } from '../../test-support/brokering-factories.js';
import { createUser, placeByName } from '../../test-support/factories.js';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Test factories of corporate volunteering (issue 16). */
export async function createCompany(db: Database, centerId: string, attrs: Partial<typeof companies.$inferInsert> = {}) {
  const place = await placeByName(db, 'Kecskemét');
  const name = attrs.name ?? `Teszt Kft. ${unique()}`;
  const [row] = await db
    .insert(companies)
    .values({ centerId, placeId: place.id, ...attrs, name, sortKey: hungarianSortKey(name) })
    .returning();
  if (!row) throw new Error('company missing');
  return row;
}

export async function addCompanyCoordinator(db: Database, companyId: string, userId: string) {
  await db.insert(companyMembers).values({ companyId, userId, role: 'coordinator' });
}

export async function createTeam(db: Database, companyId: string, name = `Csapat ${unique()}`) {
  const [row] = await db.insert(companyTeams).values({ companyId, name }).returning();
  if (!row) throw new Error('team missing');
  return row;
}

/** A joined member of the team (with consent to show the name unless `consent: false`). */
export async function addTeamMember(
  db: Database,
  teamId: string,
  volunteer: { id: string; email: string | null },
  options: { consent?: boolean; joinedAt?: Date } = {},
) {
  const joinedAt = options.joinedAt ?? new Date(Date.now() - 30 * 86_400_000);
  const [row] = await db
    .insert(companyTeamMembers)
    .values({
      teamId,
      invitedEmail: volunteer.email ?? `member-${unique()}@example.test`,
      invitedAt: joinedAt,
      expiresAt: new Date(joinedAt.getTime() + 14 * 86_400_000),
      volunteerId: volunteer.id,
      joinedAt,
      namesConsentAt: options.consent === false ? null : joinedAt,
    })
    .returning();
  if (!row) throw new Error('team member missing');
  return row;
}

/** An open invitation to the team; returns the link's token. */
export async function createInvitation(db: Database, teamId: string, email = `invitee-${unique()}@example.test`) {
  const token = newToken();
  const [row] = await db
    .insert(companyTeamMembers)
    .values({ teamId, invitedEmail: email, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 14 * 86_400_000) })
    .returning();
  if (!row) throw new Error('invitation missing');
  return { token, member: row };
}

/**
 * Route-matrix fixtures (src/test-support/personas.ts): a company of center A with a coordinator,
 * a team with a member, an open invitation, a skills offer, and the team's sign-up for a team shift
 * of the fixture organization.
 */
export async function createCompanyPathFixtures(db: Database, base: { centerId: string; organizationId: string }) {
  const company = await createCompany(db, base.centerId);
  const coordinator = await createUser(db, { familyName: 'Fixture', grants: [{ role: 'company_coordinator', centerId: base.centerId }] });
  await addCompanyCoordinator(db, company.id, coordinator.id);
  const team = await createTeam(db, company.id);
  const volunteer = await createVolunteer(db, { centerId: base.centerId });
  const member = await addTeamMember(db, team.id, volunteer);
  const invitation = await createInvitation(db, team.id);
  const [offer] = await db.insert(companySkillOffers).values({ companyId: company.id, title: 'Fixture offer', skills: [], causes: [] }).returning();
  const opportunity = await createOpportunity(db, { id: base.organizationId, centerId: base.centerId });
  const shift = await createShift(db, opportunity.id, { teamCapacity: 2, capacity: 10, seatsTaken: 1 });
  const [signup] = await db.insert(teamSignups).values({ teamId: team.id, shiftId: shift.id, seats: 1 }).returning();
  if (!offer || !signup) throw new Error('company fixtures missing');
  await db.insert(teamSignupMembers).values({ signupId: signup.id, memberId: member.id });
  return { companyId: company.id, teamId: team.id, teamMemberId: member.id, offerId: offer.id, signupId: signup.id, joinToken: invitation.token };
}
