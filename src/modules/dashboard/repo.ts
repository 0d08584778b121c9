import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import type { FollowUpReach } from '../placements/service.js';

/** Small, bounded queries for the role-aware dashboard (each section shows a handful of rows). */
const sectionRows = 10;

const uuidList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** "Rows of these centers / these points" for a table alias with center_id and point_id. */
function inReach(reach: FollowUpReach, alias: string, pointColumn: SQL): SQL {
  if (reach.centers === 'all') return sql`true`;
  const parts: SQL[] = [];
  if (reach.centers.length) parts.push(sql`${sql.raw(alias)}.center_id in (${uuidList(reach.centers)})`);
  if (reach.points.length) parts.push(sql`${pointColumn} in (${uuidList(reach.points)})`);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

export type MyApplicationRow = { id: string; status: string; opportunityId: string; title: string; startsAt: Date | null; updatedAt: Date };

export function myApplications(db: Queryable, volunteerId: string) {
  return queryRows<MyApplicationRow>(
    db,
    sql`select a.id, a.status, op.id as "opportunityId", op.title, s.starts_at as "startsAt", a.updated_at as "updatedAt"
        from applications a join opportunities op on op.id = a.opportunity_id left join shifts s on s.id = a.shift_id
        where a.volunteer_id = ${volunteerId} order by a.updated_at desc, a.id limit ${sectionRows}`,
  );
}

/**
 * The organizations the user is a member of, by name, with what their next step depends on: the
 * vetting status, opportunities by status, applicants and hours waiting for the organization.
 */
export type OrganizationProgressRow = {
  id: string;
  name: string;
  status: string;
  keepsRegister: boolean;
  openOpportunities: number;
  unsubmittedOpportunities: number;
  applicantsWaiting: number;
  hoursWaiting: number;
};

export function organizationProgress(db: Queryable, organizationIds: string[]) {
  if (!organizationIds.length) return Promise.resolve([]);
  return queryRows<OrganizationProgressRow>(
    db,
    sql`select o.id, o.name, o.status, (coalesce(trim(o.kot_registration_number), '') <> '') as "keepsRegister",
          (select count(*)::int from opportunities op where op.organization_id = o.id and op.status in ('draft', 'submitted', 'needs_changes', 'published')) as "openOpportunities",
          (select count(*)::int from opportunities op where op.organization_id = o.id and op.status in ('draft', 'needs_changes')) as "unsubmittedOpportunities",
          (select count(*)::int from applications a join opportunities op on op.id = a.opportunity_id
            where op.organization_id = o.id and a.status in ('applied', 'referred')) as "applicantsWaiting",
          (select count(*)::int from hour_entries h where h.organization_id = o.id and h.status = 'submitted') as "hoursWaiting"
        from organizations o where o.id in (${uuidList(organizationIds)}) order by o.sort_key collate "C", o.id limit ${sectionRows}`,
  );
}

export type AwaitingVolunteerRow = { id: string; status: 'proposed' | 'invited' | 'offered'; title: string; offerExpiresAt: Date | null };

/** What waits for the volunteer's own answer: proposals, invitations and seats held for them. */
export function awaitingVolunteerAnswer(db: Queryable, volunteerId: string) {
  return queryRows<AwaitingVolunteerRow>(
    db,
    sql`select a.id, a.status, op.title, a.offer_expires_at as "offerExpiresAt"
        from applications a join opportunities op on op.id = a.opportunity_id
        where a.volunteer_id = ${volunteerId} and a.status in ('proposed', 'invited', 'offered')
        order by a.offer_expires_at nulls last, a.updated_at, a.id limit ${sectionRows}`,
  );
}

/** Volunteers who registered in the last `days` days in the coordinator's reach. */
export async function countNewVolunteers(db: Queryable, reach: FollowUpReach, now: Date, days: number): Promise<number> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from volunteers v where v.created_at >= ${since} and ${inReach(reach, 'v', sql`v.point_id`)}`,
  );
  return row?.n ?? 0;
}

export type OrgOpportunityRow = { id: string; title: string; status: string; organizationName: string; newApplicants: number };

export function opportunitiesOfOrganizations(db: Queryable, organizationIds: string[]) {
  if (!organizationIds.length) return Promise.resolve([]);
  return queryRows<OrgOpportunityRow>(
    db,
    sql`select op.id, op.title, op.status, o.name as "organizationName",
          (select count(*)::int from applications a where a.opportunity_id = op.id and a.status in ('applied', 'referred')) as "newApplicants"
        from opportunities op join organizations o on o.id = op.organization_id
        where op.organization_id in (${uuidList(organizationIds)}) and op.status <> 'closed'
        order by op.updated_at desc, op.id limit ${sectionRows}`,
  );
}

export type ApplicantRow = { id: string; status: string; title: string; familyName: string; givenName: string; createdAt: Date };

/** Applications waiting for the organization's decision. */
export function newApplicants(db: Queryable, organizationIds: string[]) {
  if (!organizationIds.length) return Promise.resolve([]);
  return queryRows<ApplicantRow>(
    db,
    sql`select a.id, a.status, op.title, v.family_name as "familyName", v.given_name as "givenName", a.created_at as "createdAt"
        from applications a join opportunities op on op.id = a.opportunity_id join volunteers v on v.id = a.volunteer_id
        where op.organization_id in (${uuidList(organizationIds)}) and a.status in ('applied', 'referred')
        order by a.created_at, a.id limit ${sectionRows}`,
  );
}

export type OpenShiftRow = { id: string; opportunityId: string; title: string; startsAt: Date; capacity: number; seatsTaken: number };

export function shiftsWithFreeSeats(db: Queryable, organizationIds: string[], now: Date) {
  if (!organizationIds.length) return Promise.resolve([]);
  return queryRows<OpenShiftRow>(
    db,
    sql`select s.id, op.id as "opportunityId", op.title, s.starts_at as "startsAt", s.capacity, s.seats_taken as "seatsTaken"
        from shifts s join opportunities op on op.id = s.opportunity_id
        where op.organization_id in (${uuidList(organizationIds)}) and s.cancelled_at is null
          and s.starts_at > ${now} and s.seats_taken < s.capacity
        order by s.starts_at, s.id limit ${sectionRows}`,
  );
}

export async function vettingQueueCounts(db: Queryable, reach: FollowUpReach) {
  const [row] = await queryRows<{ organizations: number; opportunities: number }>(
    db,
    sql`select
          (select count(*)::int from organizations o where o.status = 'submitted' and ${inReach(reach, 'o', sql`o.point_id`)}) as organizations,
          (select count(*)::int from opportunities op join organizations o on o.id = op.organization_id
            where op.status = 'submitted' and ${inReach(reach, 'op', sql`o.point_id`)}) as opportunities`,
  );
  return row ?? { organizations: 0, opportunities: 0 };
}

export type VolunteerWithoutPlacementRow = { id: string; familyName: string; givenName: string; createdAt: Date };

/** Volunteers registered in the last 60 days who have no accepted, active or completed placement. */
export function newVolunteersWithoutPlacement(db: Queryable, reach: FollowUpReach, now: Date) {
  const since = new Date(now.getTime() - 60 * 86_400_000);
  return queryRows<VolunteerWithoutPlacementRow>(
    db,
    sql`select v.id, v.family_name as "familyName", v.given_name as "givenName", v.created_at as "createdAt"
        from volunteers v
        where v.created_at >= ${since} and ${inReach(reach, 'v', sql`v.point_id`)}
          and not exists (select 1 from applications a where a.volunteer_id = v.id and a.status in ('accepted', 'active', 'completed'))
        order by v.created_at desc, v.id limit ${sectionRows}`,
  );
}

export type OpportunityWithoutApplicantsRow = { id: string; title: string; organizationName: string; publishedAt: Date | null };

export function publishedWithoutApplicants(db: Queryable, reach: FollowUpReach) {
  return queryRows<OpportunityWithoutApplicantsRow>(
    db,
    sql`select op.id, op.title, o.name as "organizationName", op.published_at as "publishedAt"
        from opportunities op join organizations o on o.id = op.organization_id
        where op.status = 'published' and ${inReach(reach, 'op', sql`o.point_id`)}
          and not exists (select 1 from applications a where a.opportunity_id = op.id)
        order by op.published_at nulls last, op.id limit ${sectionRows}`,
  );
}

export type RecentPlacementRow = { id: string; status: string; familyName: string; givenName: string; title: string; updatedAt: Date };

/** Applications in the coordinator's reach that changed in the last 14 days, newest first. */
export function recentPlacementChanges(db: Queryable, reach: FollowUpReach, now: Date) {
  const since = new Date(now.getTime() - 14 * 86_400_000);
  return queryRows<RecentPlacementRow>(
    db,
    sql`select a.id, a.status, v.family_name as "familyName", v.given_name as "givenName", op.title, a.updated_at as "updatedAt"
        from applications a
        join volunteers v on v.id = a.volunteer_id
        join opportunities op on op.id = a.opportunity_id
        join organizations o on o.id = op.organization_id
        where a.updated_at >= ${since} and ${inReach(reach, 'a', sql`o.point_id`)}
        order by a.updated_at desc, a.id limit ${sectionRows}`,
  );
}

/** How the user signed up ('volunteer' or 'organization'): a new organization account is guided to register one. */
export async function signupKindOf(db: Queryable, userId: string): Promise<string> {
  const [row] = await queryRows<{ kind: string }>(db, sql`select signup_kind as kind from users where id = ${userId}`);
  return row?.kind ?? 'volunteer';
}
