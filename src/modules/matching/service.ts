import type { Queryable } from '../../db/database.js';
import { type Actor, can, centersVisibleTo, pointsVisibleTo, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { memoPerDatabase } from '../../platform/memo-per-database.js';
import { requireOrganizationMember } from '../organizations/service.js';
import {
  type CandidateVisibility,
  type ExcludedVolunteer,
  excludedVolunteersNear,
  matchOpportunitiesForUser,
  matchVolunteersForOpportunity,
  type OpportunitySuggestion,
  type VolunteerCandidate,
} from './engine.js';
import { findOpportunityForMatching, findVocabulary } from './repo.js';
import { type Vocabulary, vocabularyOf } from './vocabulary.js';

/**
 * The matching module's entry point. The engine functions (re-exported below) do no authorization:
 * they serve trusted callers — the alert digest job, and services that checked access themselves.
 * The functions in this file act for a user and start with the access check.
 */
export {
  type ExcludedVolunteer,
  explainExclusions,
  matchOpportunitiesForVolunteer,
  matchVolunteersForOpportunity,
  type OpportunitySuggestion,
  type PairExplanation,
  type ShiftSummary,
  type VolunteerCandidate,
} from './engine.js';
export type { Reason, Term } from './types.js';

/** Causes and skills change only with a migration or a seed: read once a minute, not on every page. */
const vocabularies = memoPerDatabase<Vocabulary>(60_000);

export async function matchingVocabulary(db: Queryable): Promise<Vocabulary> {
  return vocabularies(db, 'causes-and-skills', async () => vocabularyOf(await findVocabulary(db)));
}

export type Suggestions = { hasProfile: false } | { hasProfile: true; volunteerId: string; suggestions: OpportunitySuggestion[] };

/** The logged-in user's own suggestions; a user without a volunteer profile gets none (and a prompt). */
export async function suggestionsForActor(db: Queryable, actor: Actor | null, options: { limit?: number; now?: Date } = {}): Promise<Suggestions> {
  const a = requireActor(actor);
  const found = await matchOpportunitiesForUser(db, a.userId, options);
  return found ? { hasProfile: true, ...found } : { hasProfile: false };
}

export type CandidateAudience = 'coordinator' | 'organization';

export type Candidates = {
  opportunity: { id: string; title: string; organizationName: string; open: boolean };
  audience: CandidateAudience;
  candidates: VolunteerCandidate[];
  /** Only when asked for: volunteers nearby whom a hard rule excludes, with the reasons. */
  excluded: ExcludedVolunteer[] | null;
};

/** What decides whether "recommended volunteers" is offered for an opportunity. */
export type RecommendTarget = { centerId: string; pointId: string | null; status: string; organizationStatus: string };

/**
 * Whether to link the actor to an opportunity's recommended volunteers: a coordinator of its center
 * (or of its organization's point), as candidatesForActor's coordinator audience, and only while
 * volunteers can be sent there (published by an approved organization).
 */
export function mayRecommendFor(actor: Actor | null, o: RecommendTarget): boolean {
  return o.status === 'published' && o.organizationStatus === 'approved' && can(actor, 'placements.coordinate', { centerId: o.centerId, pointId: o.pointId });
}

/** The candidates page of the opportunity, when mayRecommendFor allows the actor; otherwise null. */
export async function recommendLinkFor(db: Queryable, actor: Actor | null, opportunityId: string): Promise<string | null> {
  if (!actor) return null;
  const row = await findOpportunityForMatching(db, opportunityId);
  if (!row) return null;
  const target = { centerId: row.center_id, pointId: row.point_id, status: row.status, organizationStatus: row.organization_status };
  return mayRecommendFor(actor, target) ? candidatesPath(opportunityId) : null;
}

export function candidatesPath(opportunityId: string): string {
  return `/opportunities/${opportunityId}/candidates`;
}

/** A coordinator sees the same own volunteers here as in the volunteer list: the center's, or only their point's. */
function coordinatorReach(actor: Actor | null, centerId: string): Required<CandidateVisibility> {
  const centers = centersVisibleTo(actor, 'volunteers.view');
  if (centers === 'all' || centers.includes(centerId)) return { visibleCenterId: centerId, visiblePointIds: [] };
  return { visibleCenterId: null, visiblePointIds: pointsVisibleTo(actor, 'volunteers.view') };
}

/**
 * Best volunteers for an opportunity, for the center's (or the organization's Volunteer Point's)
 * coordinators and for the organization's own members. Organizations see only volunteers who agreed
 * to be contacted (GDPR Art. 6, HUNGARY.md §4); coordinators also see their own (the center's, or a point coordinator's point's).
 */
export async function candidatesForActor(
  db: Queryable,
  actor: Actor | null,
  opportunityId: string,
  options: { limit?: number; now?: Date; explain?: boolean } = {},
): Promise<Candidates> {
  requireActor(actor);
  const row = await findOpportunityForMatching(db, opportunityId);
  if (!row) throw new NotFoundError('opportunity');
  let audience: CandidateAudience = 'coordinator';
  if (!can(actor, 'placements.coordinate', { centerId: row.center_id, pointId: row.point_id })) {
    await requireOrganizationMember(db, actor, row.organization_id);
    audience = 'organization';
  }
  const visibility = audience === 'coordinator' ? coordinatorReach(actor, row.center_id) : { visibleCenterId: null, visiblePointIds: [] };
  const [candidates, excluded] = await Promise.all([
    matchVolunteersForOpportunity(db, opportunityId, { ...options, ...visibility }),
    options.explain ? excludedVolunteersNear(db, opportunityId, { now: options.now, ...visibility }) : Promise.resolve(null),
  ]);
  return {
    opportunity: {
      id: row.id,
      title: row.title,
      organizationName: row.organization_name,
      open: row.status === 'published' && row.organization_status === 'approved',
    },
    audience,
    candidates,
    excluded,
  };
}
