import type { Queryable } from '../../db/database.js';
import { type Actor, can, requireActor, requirePermission } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { organizationIdsOfUser } from '../organizations/service.js';
import { getVolunteerByUserId } from '../volunteers/service.js';
import { seatedShiftsOfVolunteer } from './calendar-repo.js';
import { coordinatorReachOf } from './coordinator-reach.js';
import {
  myApplications,
  newApplicants,
  newVolunteersWithoutPlacement,
  opportunitiesOfOrganizations,
  organizationsByName,
  publishedWithoutApplicants,
  recentPlacementChanges,
  shiftsWithFreeSeats,
  vettingQueueCounts,
} from './dashboard-repo.js';
import { countDueFollowUps, type FollowUpRow, type FollowUpSort, findDueFollowUps } from './follow-up-repo.js';
import { countOverdueHostAnswersIn } from './host-answer-service.js';

/** Follow-up list: placements whose follow-up day (start + 14 days) has come, in the actor's reach. */
export async function listDueFollowUps(db: Queryable, actor: Actor | null, params: ListParams<FollowUpSort>, now = new Date()): Promise<Page<FollowUpRow>> {
  const a = requirePermission(actor, 'placements.coordinate');
  const reach = coordinatorReachOf(a);
  const today = budapestDay(now);
  const [rows, total] = await Promise.all([
    findDueFollowUps(db, reach, today, params, { limit: params.pageSize, offset: offsetOf(params) }),
    countDueFollowUps(db, reach, today),
  ]);
  return pageOf(rows, total, params);
}

export async function exportDueFollowUps(db: Queryable, actor: Actor | null, order: Pick<ListParams<FollowUpSort>, 'sort' | 'dir'>, now = new Date()) {
  const a = requirePermission(actor, 'placements.coordinate');
  return findDueFollowUps(db, coordinatorReachOf(a), budapestDay(now), order, { limit: maxExportRows, offset: 0 });
}

/**
 * The dashboard: one section per way the user takes part — as a volunteer (their profile), as a
 * member of organizations, as a coordinator. Each section is a few bounded queries.
 */
export async function dashboardFor(db: Queryable, actor: Actor | null, now = new Date()) {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  const organizationIds = await organizationIdsOfUser(db, a.userId);
  const coordinator = can(a, 'placements.coordinate');
  const reach = coordinator ? coordinatorReachOf(a) : null;
  return {
    volunteer: volunteer
      ? {
          id: volunteer.id,
          hasCalendarFeed: volunteer.calendarTokenHash != null,
          applications: await myApplications(db, volunteer.id),
          upcomingShifts: (await seatedShiftsOfVolunteer(db, volunteer.id, { since: now })).slice(0, 10),
        }
      : null,
    organization: organizationIds.length
      ? {
          organizations: await organizationsByName(db, organizationIds),
          opportunities: await opportunitiesOfOrganizations(db, organizationIds),
          applicants: await newApplicants(db, organizationIds),
          openShifts: await shiftsWithFreeSeats(db, organizationIds, now),
        }
      : null,
    coordinator: reach
      ? {
          queue: await vettingQueueCounts(db, reach),
          overdueHostAnswers: await countOverdueHostAnswersIn(db, reach, now),
          recentPlacements: await recentPlacementChanges(db, reach, now),
          volunteersWithoutPlacement: await newVolunteersWithoutPlacement(db, reach, now),
          opportunitiesWithoutApplicants: await publishedWithoutApplicants(db, reach),
        }
      : null,
  };
}
export type Dashboard = Awaited<ReturnType<typeof dashboardFor>>;
