import { and, asc, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import {
  centers,
  companies,
  companyMembers,
  companySkillOffers,
  companyTeamMembers,
  companyTeams,
  places,
  roleGrants,
  teamSignupMembers,
  teamSignups,
  users,
  volunteers,
} from '../../db/schema/index.js';
import { hungarianCollator } from '../../platform/i18n.js';
import type { ListParams } from '../../platform/list-params.js';
import type { SuggestionRow } from '../matching/repo.js';

/** Queries of corporate volunteering. No authorization here: the services check first. */

export type CompanyRow = typeof companies.$inferSelect;
export type CompanySort = 'name' | 'created';

export type CompanyListRow = { id: string; name: string; taxNumber: string | null; placeName: string | null; coordinators: number; teams: number };

function centerCondition(centerIds: 'all' | string[]): SQL | undefined {
  if (centerIds === 'all') return undefined;
  return centerIds.length ? inArray(companies.centerId, centerIds) : sql`false`;
}

export async function countCompanies(db: Queryable, centerIds: 'all' | string[]): Promise<number> {
  const [row] = await db.select({ n: count() }).from(companies).where(centerCondition(centerIds));
  return row?.n ?? 0;
}

export async function listCompanies(
  db: Queryable,
  centerIds: 'all' | string[],
  params: Pick<ListParams<CompanySort>, 'sort' | 'dir'>,
  page: { limit: number; offset: number },
): Promise<CompanyListRow[]> {
  const dir = params.dir === 'desc' ? desc : asc;
  const order = params.sort === 'created' ? [dir(companies.createdAt), asc(companies.sortKey)] : [dir(companies.sortKey), asc(companies.id)];
  return db
    .select({
      id: companies.id,
      name: companies.name,
      taxNumber: companies.taxNumber,
      placeName: places.name,
      coordinators: sql<number>`(select count(*)::int from company_members m where m.company_id = ${companies.id})`,
      teams: sql<number>`(select count(*)::int from company_teams t where t.company_id = ${companies.id})`,
    })
    .from(companies)
    .leftJoin(places, eq(places.id, companies.placeId))
    .where(centerCondition(centerIds))
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset);
}

export async function findCompany(db: Queryable, id: string) {
  const [row] = await db
    .select({ company: companies, placeName: places.name, county: places.county, lat: places.lat, lon: places.lon })
    .from(companies)
    .leftJoin(places, eq(places.id, companies.placeId))
    .where(eq(companies.id, id));
  return row;
}

export async function centerOfCounty(db: Queryable, county: string): Promise<string | undefined> {
  const [row] = await db.select({ id: centers.id }).from(centers).where(eq(centers.county, county)).orderBy(asc(centers.createdAt)).limit(1);
  return row?.id;
}

export async function findCoordinators(db: Queryable, companyId: string) {
  return db
    .select({ userId: users.id, familyName: users.familyName, givenName: users.givenName, email: users.email })
    .from(companyMembers)
    .innerJoin(users, eq(users.id, companyMembers.userId))
    .where(eq(companyMembers.companyId, companyId))
    .orderBy(users.sortKey);
}

export async function findUserByEmail(db: Queryable, email: string) {
  const [row] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, email));
  return row;
}

export async function hasGrant(db: Queryable, userId: string, role: string, centerId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, userId), eq(roleGrants.role, role), eq(roleGrants.centerId, centerId)));
  return !!row;
}

// Teams and their members --------------------------------------------------------------------------

export type TeamRow = typeof companyTeams.$inferSelect;
export type TeamMemberRow = typeof companyTeamMembers.$inferSelect;

/** The company's teams with their member and open-invitation counts, in Hungarian order. */
export async function findTeams(db: Queryable, companyId: string) {
  const rows = await db
    .select({
      id: companyTeams.id,
      name: companyTeams.name,
      members: sql<number>`(select count(*)::int from company_team_members m where m.team_id = ${companyTeams.id} and m.joined_at is not null and m.removed_at is null)`,
      invited: sql<number>`(select count(*)::int from company_team_members m where m.team_id = ${companyTeams.id} and m.joined_at is null and m.removed_at is null)`,
    })
    .from(companyTeams)
    .where(eq(companyTeams.companyId, companyId));
  return rows.sort((a, b) => hungarianCollator.compare(a.name, b.name));
}

export async function findTeam(db: Queryable, teamId: string): Promise<TeamRow | undefined> {
  const [row] = await db.select().from(companyTeams).where(eq(companyTeams.id, teamId));
  return row;
}

/** The team's members (joined) and open invitations; removed ones left out. */
export async function findTeamMembers(db: Queryable, teamId: string) {
  return db
    .select({
      member: companyTeamMembers,
      familyName: volunteers.familyName,
      givenName: volunteers.givenName,
      sortKey: volunteers.sortKey,
    })
    .from(companyTeamMembers)
    .leftJoin(volunteers, eq(volunteers.id, companyTeamMembers.volunteerId))
    .where(and(eq(companyTeamMembers.teamId, teamId), isNull(companyTeamMembers.removedAt)))
    .orderBy(sql`${companyTeamMembers.joinedAt} is null`, asc(volunteers.sortKey), asc(companyTeamMembers.invitedEmail));
}

export async function findTeamMember(db: Queryable, memberId: string) {
  const [row] = await db
    .select({ member: companyTeamMembers, team: companyTeams })
    .from(companyTeamMembers)
    .innerJoin(companyTeams, eq(companyTeams.id, companyTeamMembers.teamId))
    .where(eq(companyTeamMembers.id, memberId));
  return row;
}

export async function findInvitationByTokenHash(db: Queryable, hash: string) {
  const [row] = await db
    .select({ member: companyTeamMembers, teamName: companyTeams.name, companyId: companies.id, companyName: companies.name, centerId: companies.centerId })
    .from(companyTeamMembers)
    .innerJoin(companyTeams, eq(companyTeams.id, companyTeamMembers.teamId))
    .innerJoin(companies, eq(companies.id, companyTeams.companyId))
    .where(eq(companyTeamMembers.tokenHash, hash));
  return row;
}

/** The volunteer's active memberships with their team and company (the volunteer's own view). */
export async function membershipsOfVolunteer(db: Queryable, volunteerId: string) {
  return db
    .select({
      memberId: companyTeamMembers.id,
      namesConsentAt: companyTeamMembers.namesConsentAt,
      joinedAt: companyTeamMembers.joinedAt,
      teamId: companyTeams.id,
      teamName: companyTeams.name,
      companyId: companies.id,
      companyName: companies.name,
    })
    .from(companyTeamMembers)
    .innerJoin(companyTeams, eq(companyTeams.id, companyTeamMembers.teamId))
    .innerJoin(companies, eq(companies.id, companyTeams.companyId))
    .where(and(eq(companyTeamMembers.volunteerId, volunteerId), isNull(companyTeamMembers.removedAt)))
    .orderBy(companies.sortKey, companyTeams.name);
}

// Skills offers -------------------------------------------------------------------------------------

export type OfferRow = typeof companySkillOffers.$inferSelect;

export async function findOffers(db: Queryable, companyId: string): Promise<OfferRow[]> {
  return db
    .select()
    .from(companySkillOffers)
    .where(eq(companySkillOffers.companyId, companyId))
    .orderBy(desc(companySkillOffers.active), desc(companySkillOffers.createdAt));
}

export async function findOffer(db: Queryable, offerId: string): Promise<OfferRow | undefined> {
  const [row] = await db.select().from(companySkillOffers).where(eq(companySkillOffers.id, offerId));
  return row;
}

/**
 * Published opportunities of approved organizations of the center that ask for at least one of the
 * skills or causes, with the columns the matching engine's score reads (matching/repo.ts SuggestionRow).
 */
export async function findOpportunitiesNeeding(db: Queryable, centerId: string, skills: readonly string[], causes: readonly string[], limit: number) {
  if (skills.length === 0 && causes.length === 0) return [];
  return queryRows<SuggestionRow>(
    db,
    sql`select o.id, o.title, o.organization_id, org.name as organization_name, o.status, org.status as organization_status, o.lat, o.lon, o.remote, o.min_age,
          o.required_qualifications, o.requires_conduct, o.requires_health, o.causes, o.skills, o.languages, o.group_friendly,
          o.published_at, o.kind, p.name as place_name
        from opportunities o join organizations org on org.id = o.organization_id left join places p on p.id = o.place_id
        where o.center_id = ${centerId} and o.status = 'published' and org.status = 'approved'
          and (o.skills && ${arrayParam(skills, 'text')} or o.causes && ${arrayParam(causes, 'text')})
        order by o.published_at desc nulls last, o.id
        limit ${limit}`,
  );
}

// Team days ------------------------------------------------------------------------------------------

export type SignupRow = typeof teamSignups.$inferSelect;

export type TeamShiftRow = {
  shift_id: string;
  starts_at: Date | string;
  ends_at: Date | string;
  capacity: number;
  seats_taken: number;
  team_capacity: number;
  active_teams: number;
  opportunity_id: string;
  title: string;
  organization_name: string;
};

/** Upcoming team shifts (team_capacity set) of published opportunities in the center, with their free seats and team places. */
export async function findTeamShifts(db: Queryable, centerId: string, now: Date) {
  return queryRows<TeamShiftRow>(
    db,
    sql`select s.id as shift_id, s.starts_at, s.ends_at, s.capacity, s.seats_taken, s.team_capacity,
          (select count(*)::int from team_signups ts where ts.shift_id = s.id and ts.status = 'active') as active_teams,
          o.id as opportunity_id, o.title, org.name as organization_name
        from shifts s join opportunities o on o.id = s.opportunity_id join organizations org on org.id = o.organization_id
        where o.center_id = ${centerId} and o.status = 'published' and org.status = 'approved'
          and s.team_capacity is not null and s.cancelled_at is null and s.starts_at > ${now}
        order by s.starts_at, s.id
        limit 100`,
  );
}

export async function findShiftForTeam(db: Queryable, shiftId: string) {
  const [row] = await queryRows<{
    id: string;
    starts_at: Date | string;
    team_capacity: number | null;
    cancelled_at: Date | null;
    center_id: string;
    status: string;
  }>(
    db,
    sql`select s.id, s.starts_at, s.team_capacity, s.cancelled_at, o.center_id, o.status
        from shifts s join opportunities o on o.id = s.opportunity_id where s.id = ${shiftId}`,
  );
  return row;
}

export async function countActiveTeamSignups(db: Queryable, shiftId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(teamSignups)
    .where(and(eq(teamSignups.shiftId, shiftId), eq(teamSignups.status, 'active')));
  return row?.n ?? 0;
}

/** The company's team sign-ups (newest shift first), with their shift and answers. */
export async function findSignupsOfCompany(db: Queryable, companyId: string) {
  return queryRows<SignupSummary>(db, signupSummarySql(sql`t.company_id = ${companyId}`));
}

export type SignupSummary = {
  id: string;
  team_id: string;
  team_name: string;
  company_id: string;
  company_name: string;
  seats: number;
  status: string;
  shift_id: string;
  starts_at: Date | string;
  ends_at: Date | string;
  title: string;
  organization_name: string;
  confirmed: number;
  pending: number;
};

function signupSummarySql(where: SQL): SQL {
  return sql`select ts.id, ts.team_id, t.name as team_name, c.id as company_id, c.name as company_name, ts.seats, ts.status,
      s.id as shift_id, s.starts_at, s.ends_at, o.title, org.name as organization_name,
      (select count(*)::int from team_signup_members sm where sm.signup_id = ts.id and sm.status = 'confirmed') as confirmed,
      (select count(*)::int from team_signup_members sm where sm.signup_id = ts.id and sm.status = 'invited') as pending
    from team_signups ts join company_teams t on t.id = ts.team_id join companies c on c.id = t.company_id
      join shifts s on s.id = ts.shift_id join opportunities o on o.id = s.opportunity_id join organizations org on org.id = o.organization_id
    where ${where}
    order by s.starts_at desc, ts.id`;
}

export async function findSignupSummary(db: Queryable, signupId: string): Promise<SignupSummary | undefined> {
  const [row] = await queryRows<SignupSummary>(db, signupSummarySql(sql`ts.id = ${signupId}`));
  return row;
}

export async function findSignup(db: Queryable, signupId: string, options: { lock?: boolean } = {}): Promise<SignupRow | undefined> {
  const query = db.select().from(teamSignups).where(eq(teamSignups.id, signupId));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** The answers of a sign-up's members, with names (the coordinator sees names only with consent: the service decides). */
export async function findSignupMembers(db: Queryable, signupId: string) {
  return db
    .select({
      answer: teamSignupMembers,
      namesConsentAt: companyTeamMembers.namesConsentAt,
      volunteerId: companyTeamMembers.volunteerId,
      familyName: volunteers.familyName,
      givenName: volunteers.givenName,
    })
    .from(teamSignupMembers)
    .innerJoin(companyTeamMembers, eq(companyTeamMembers.id, teamSignupMembers.memberId))
    .leftJoin(volunteers, eq(volunteers.id, companyTeamMembers.volunteerId))
    .where(eq(teamSignupMembers.signupId, signupId))
    .orderBy(volunteers.sortKey);
}

/** The volunteer's answer row for a sign-up, if they were asked. */
export async function findAnswerOfVolunteer(db: Queryable, signupId: string, volunteerId: string) {
  const [row] = await db
    .select({ answer: teamSignupMembers })
    .from(teamSignupMembers)
    .innerJoin(companyTeamMembers, eq(companyTeamMembers.id, teamSignupMembers.memberId))
    .where(and(eq(teamSignupMembers.signupId, signupId), eq(companyTeamMembers.volunteerId, volunteerId)));
  return row?.answer;
}

/** Sign-ups the volunteer has been asked about and has not answered yet (upcoming, active ones). */
export async function findPendingAnswersOfVolunteer(db: Queryable, volunteerId: string, now: Date) {
  return queryRows<SignupSummary>(
    db,
    signupSummarySql(
      sql`ts.status = 'active' and s.starts_at > ${now} and exists (select 1 from team_signup_members sm join company_team_members m on m.id = sm.member_id
          where sm.signup_id = ts.id and sm.status = 'invited' and m.volunteer_id = ${volunteerId} and m.removed_at is null)`,
    ),
  );
}

// Impact ---------------------------------------------------------------------------------------------

/**
 * Approved hour entries (Köt. hours; IKSZ hours are a ledger of their own and never here) of the
 * company's team members in the period, on days they were members (joined on or before the day,
 * not removed before it). An entry of a member of two teams comes once per team: the caller dedupes.
 */
export async function findImpactEntries(db: Queryable, companyId: string, from: string, to: string) {
  const rows = await queryRows<{ id: string; activity_day: string | Date; minutes: number; volunteer_id: string; organization_name: string; causes: string[] }>(
    db,
    sql`select h.id, h.activity_day, h.minutes, h.volunteer_id, org.name as organization_name, o.causes
        from hour_entries h
        join applications a on a.id = h.application_id
        join opportunities o on o.id = a.opportunity_id
        join organizations org on org.id = h.organization_id
        join company_team_members m on m.volunteer_id = h.volunteer_id and m.joined_at is not null
          and h.activity_day >= (m.joined_at at time zone 'Europe/Budapest')::date
          and (m.removed_at is null or h.activity_day <= (m.removed_at at time zone 'Europe/Budapest')::date)
        join company_teams t on t.id = m.team_id
        where t.company_id = ${companyId} and h.status = 'approved' and h.activity_day between ${from} and ${to}`,
  );
  return rows.map((r) => ({
    entryId: r.id,
    activityDay: typeof r.activity_day === 'string' ? r.activity_day.slice(0, 10) : r.activity_day.toISOString().slice(0, 10),
    minutes: r.minutes,
    volunteerId: r.volunteer_id,
    organizationName: r.organization_name,
    causes: r.causes ?? [],
  }));
}

/** The company's members who consented that the company sees their name (in any of its teams, still a member). */
export async function findConsentedMembers(db: Queryable, companyId: string) {
  return db
    .selectDistinct({ volunteerId: volunteers.id, familyName: volunteers.familyName, givenName: volunteers.givenName })
    .from(companyTeamMembers)
    .innerJoin(companyTeams, eq(companyTeams.id, companyTeamMembers.teamId))
    .innerJoin(volunteers, eq(volunteers.id, companyTeamMembers.volunteerId))
    .where(and(eq(companyTeams.companyId, companyId), isNull(companyTeamMembers.removedAt), sql`${companyTeamMembers.namesConsentAt} is not null`));
}
