import type { Queryable } from '../../db/database.js';
import { type Actor, can, requireActor } from '../../platform/authz.js';
import { formatPersonName } from '../../platform/i18n.js';
import { dueAdvocacyFollowUpsFor } from '../advocacy/actions-service.js';
import { companyDashboardFor } from '../companies/dashboard-part.js';
import { eventDayDashboardFor } from '../event-day/dashboard-part.js';
import { countOverdueFollowUpsFor } from '../exchange-meetings/follow-ups-service.js';
import { guardianHome } from '../guardians/service.js';
import { hospitalDashboardFor } from '../hospital/dashboard-part.js';
import { countWaitingHours } from '../hours/service.js';
import { ikszDashboardFor } from '../iksz/dashboard-part.js';
import { inquiryWorkload } from '../inquiries/service.js';
import { countArticlesAwaitingReview } from '../knowledge/manage-service.js';
import { organizationIdsOfUser } from '../organizations/service.js';
import { coordinatorReachOf, countDueFollowUpsFor, countUnansweredHostAnswers, seatedShiftsOfVolunteer } from '../placements/service.js';
import { overdueConsultationActionsFor } from '../points/consulting-service.js';
import { readinessDueAmong } from '../readiness/service.js';
import { schoolDashboardFor } from '../schools/dashboard-part.js';
import { trainingsAtAGlance } from '../trainings/mine-service.js';
import { findUpcomingOfPerson } from '../trainings/participants-repo.js';
import { getVolunteerByUserId } from '../volunteers/service.js';
import { type NextStepFacts, nextStepsFor } from './next-steps.js';
import {
  awaitingVolunteerAnswer,
  countNewVolunteers,
  myApplications,
  newApplicants,
  newVolunteersWithoutPlacement,
  opportunitiesOfOrganizations,
  organizationProgress,
  publishedWithoutApplicants,
  recentPlacementChanges,
  shiftsWithFreeSeats,
  signupKindOf,
  vettingQueueCounts,
} from './repo.js';

/** "New volunteers" on the coordinator's tiles: registered in the last 30 days. */
export const newVolunteerDays = 30;

const personalRoles = new Set(['volunteer', 'guardian']);

async function volunteerPart(db: Queryable, volunteerId: string, userId: string, now: Date) {
  const [applications, upcomingShifts, awaiting, trainings] = await Promise.all([
    myApplications(db, volunteerId),
    seatedShiftsOfVolunteer(db, volunteerId, { since: now }),
    awaitingVolunteerAnswer(db, volunteerId),
    findUpcomingOfPerson(db, { volunteerId, userId }, now, 10),
  ]);
  return { applications, upcomingShifts: upcomingShifts.slice(0, 10), awaiting, trainings };
}

async function organizationPart(db: Queryable, organizationIds: string[], now: Date) {
  const [organizations, opportunities, applicants, openShifts] = await Promise.all([
    organizationProgress(db, organizationIds),
    opportunitiesOfOrganizations(db, organizationIds),
    newApplicants(db, organizationIds),
    shiftsWithFreeSeats(db, organizationIds, now),
  ]);
  return { organizations, opportunities, applicants, openShifts };
}

/**
 * The coordinator's work, each with a number and a list behind it: answers the hosts owe, the
 * vetting queues, hours waiting for the organizations' decision, new volunteers, follow-ups due.
 * Only counts whose list the actor may open are present.
 */
async function coordinatorPart(db: Queryable, actor: Actor, now: Date) {
  const reach = coordinatorReachOf(actor);
  const [hostAnswers, queue, hours, newVolunteers, followUpsDue, recentPlacements, volunteersWithoutPlacement, opportunitiesWithoutApplicants, trainings] =
    await Promise.all([
      countUnansweredHostAnswers(db, actor, now),
      // Only for those who vet: a point coordinator sees no vetting tiles.
      can(actor, 'organizations.vet') || can(actor, 'opportunities.vet') ? vettingQueueCounts(db, reach) : undefined,
      can(actor, 'hours.review') ? countWaitingHours(db, actor, now) : undefined,
      can(actor, 'volunteers.view') ? countNewVolunteers(db, reach, now, newVolunteerDays) : undefined,
      countDueFollowUpsFor(db, actor, now),
      recentPlacementChanges(db, reach, now),
      newVolunteersWithoutPlacement(db, reach, now),
      publishedWithoutApplicants(db, reach),
      // Training staff: sessions in the next 14 days and seat offers waiting for an answer (null without trainings.manage).
      trainingsAtAGlance(db, actor, now),
    ]);
  return {
    hostAnswers,
    organizationsToVet: queue && can(actor, 'organizations.vet') ? queue.organizations : undefined,
    opportunitiesToVet: queue && can(actor, 'opportunities.vet') ? queue.opportunities : undefined,
    hours,
    newVolunteers,
    followUpsDue,
    recentPlacements,
    volunteersWithoutPlacement,
    opportunitiesWithoutApplicants,
    trainings,
  };
}

/**
 * The dashboard every signed-in user lands on: next steps, then one section per way the user
 * takes part — as a volunteer, as a member of organizations, as a coordinator — and a link to
 * the admin area for those who may enter it.
 */
export async function dashboardFor(db: Queryable, actor: Actor | null, now = new Date()) {
  const a = requireActor(actor);
  const [volunteer, organizationIds, signupKind, guardian, articlesInReview] = await Promise.all([
    getVolunteerByUserId(db, a.userId),
    organizationIdsOfUser(db, a.userId),
    signupKindOf(db, a.userId),
    guardianHome(db, a, now),
    countArticlesAwaitingReview(db, a),
  ]);
  const [volunteerData, organizationData, coordinatorData, readinessDue, overdueMeetingFollowUps, inquiries, overdueConsultationActions, dueAdvocacyFollowUps] =
    await Promise.all([
      volunteer ? volunteerPart(db, volunteer.id, a.userId, now) : undefined,
      organizationIds.length ? organizationPart(db, organizationIds, now) : undefined,
      can(a, 'placements.coordinate') ? coordinatorPart(db, a, now) : undefined,
      readinessDueAmong(db, a, organizationIds, now),
      countOverdueFollowUpsFor(db, a, now),
      inquiryWorkload(db, a, now),
      overdueConsultationActionsFor(db, a, now),
      dueAdvocacyFollowUpsFor(db, a, now),
    ]);
  const facts: NextStepFacts = {
    signupKind,
    hasVolunteerProfile: volunteer != null,
    // The latest applications (at most 10): none there means none at all.
    hasApplied: (volunteerData?.applications.length ?? 0) > 0,
    awaiting: volunteerData?.awaiting ?? [],
    trainingOffers: (volunteerData?.trainings ?? []).filter((r) => r.status === 'offered'),
    organizations: organizationData?.organizations ?? [],
    isStaff: a.grants.some((g) => !personalRoles.has(g.role)),
    isGuardian: a.grants.some((g) => g.role === 'guardian') || guardian.minors.length > 0,
    minorsAwaitingConsent: guardian.minors.filter((m) => m.consentWaiting).map((m) => ({ id: m.id, name: formatPersonName(m.familyName, m.givenName) })),
    guardianInvitations: guardian.invitations.length,
    articlesInReview,
    readinessDue,
    overdueMeetingFollowUps,
    inquiries,
    overdueConsultationActions,
    dueAdvocacyFollowUps,
  };
  // The programs' sections (issue 16), each null when the person takes no part: read at once, not one after another.
  const [school, company, iksz, hospital, eventDay] = await Promise.all([
    schoolDashboardFor(db, a, now),
    companyDashboardFor(db, a, now),
    ikszDashboardFor(db, a, now),
    hospitalDashboardFor(db, a, now),
    eventDayDashboardFor(db, a, now),
  ]);
  return {
    nextSteps: nextStepsFor(facts),
    volunteer: volunteer && volunteerData ? { id: volunteer.id, hasCalendarFeed: volunteer.calendarTokenHash != null, ...volunteerData } : null,
    organization: organizationData ?? null,
    coordinator: coordinatorData ?? null,
    admin: can(a, 'admin.enter'),
    /** School members' figures and guardians' yearly IKSZ agreements. */
    school,
    /** Company coordinators' companies and employees' teams with pending team days. */
    company,
    /** IKSZ: the student's progress, a guardian's students, a host's occasions to certify. */
    iksz,
    /** Hospital volunteering: a volunteer's requirements to renew, staff's programs with expiring ones. */
    hospital,
    /** Event days: the next ones of a center staff member's centers. */
    eventDay,
    /** School or company staff roles whose holder no school or company has taken on as a member yet. */
    rolesWithoutArea: a.grants.filter((g) => (g.role === 'school_coordinator' && !school) || (g.role === 'company_coordinator' && !company)).map((g) => g.role),
  };
}
export type Dashboard = Awaited<ReturnType<typeof dashboardFor>>;
