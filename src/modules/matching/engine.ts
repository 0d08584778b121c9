import type { Queryable } from '../../db/database.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { hungarianCollator } from '../../platform/i18n.js';
import { boundingBox } from './distance.js';
import { evaluatePair, type PairOutcome } from './evaluate.js';
import { groupBy, type ShiftSummary, summary, toMatchOpportunity, toMatchShift, toMatchVolunteer } from './match-rows.js';
import { type EngineOptions, type Ranked, ranked, ringsUpTo } from './ranked.js';
import {
  findAppliedPairs,
  findCandidateVolunteers,
  findNearbyVolunteers,
  findOpportunityForMatching,
  findQualificationsOf,
  findUpcomingShifts,
  findVolunteerForMatching,
  type OpportunityMatchRow,
  type VolunteerFilter,
  type VolunteerMatchRow,
} from './repo.js';
import { pairDistanceKm } from './rules.js';
import type { MatchOpportunity, MatchShift, Reason } from './types.js';
import { matchingDistances, matchingLimits } from './weights.js';

/**
 * The matching engine in both directions: the SQL pre-filter (repo.ts) gives a short list, the
 * hard rules (rules.ts) decide eligibility exactly, the score (score.ts) orders. No authorization
 * here: service.ts checks who may ask before it calls these.
 */
export type { ShiftSummary } from './match-rows.js';
export { matchOpportunitiesForUser, matchOpportunitiesForVolunteer, type OpportunitySuggestion } from './opportunities-for-volunteer.js';
export { type EngineOptions, ringsUpTo } from './ranked.js';

export type VolunteerCandidate = {
  volunteerId: string;
  familyName: string;
  givenName: string;
  placeName: string | null;
  distanceKm: number | null;
  shift: ShiftSummary | null;
  score: number;
  reasons: Reason[];
};

export type ExcludedVolunteer = Omit<VolunteerCandidate, 'score' | 'reasons'> & { exclusions: Reason[] };

/** Who may see a volunteer as a candidate: the opportunity's center's coordinators also see its own volunteers. */
/** Whose own volunteers the viewer may see beside those who consented (see visibleVolunteers in repo.ts). */
export type CandidateVisibility = { visibleCenterId?: string | null; visiblePointIds?: string[] };

type OpportunityContext = { row: OpportunityMatchRow; opportunity: MatchOpportunity; shifts: MatchShift[] };

async function loadOpportunityContext(db: Queryable, opportunityId: string, now: Date): Promise<OpportunityContext> {
  const row = await findOpportunityForMatching(db, opportunityId);
  if (!row) throw new NotFoundError('opportunity');
  const shifts = (await findUpcomingShifts(db, [opportunityId], now, matchingLimits.shiftsPerOpportunity)).map(toMatchShift);
  return { row, opportunity: toMatchOpportunity(row), shifts };
}

/** The latest birth date old enough (max(10, min age)) on the last shift considered: a bound, the rules decide. */
function bornOnOrBefore(ctx: OpportunityContext, now: Date): string {
  const last = ctx.shifts.at(-1)?.startsAt ?? now;
  const [y, m, d] = budapestDay(last).split('-');
  const requiredAge = Math.max(10, ctx.opportunity.minAge ?? 0);
  const day = m === '02' && d === '29' ? '28' : d;
  return `${String(Number(y) - requiredAge).padStart(4, '0')}-${m}-${day}`;
}

/** The first ring around an on-site opportunity: "nearby" for the excluded list. */
function nearOf(opportunity: MatchOpportunity) {
  if (opportunity.remote || opportunity.lat == null || opportunity.lon == null) return null;
  const box = boundingBox(opportunity.lat, opportunity.lon, matchingLimits.ringsKm[0]);
  return { lat: opportunity.lat, lon: opportunity.lon, box };
}

async function evaluateVolunteers(db: Queryable, ctx: OpportunityContext, rows: VolunteerMatchRow[], now: Date) {
  const ids = rows.map((r) => r.id);
  const [qualifications, applied] = await Promise.all([
    ctx.opportunity.requiredQualifications.length > 0 ? findQualificationsOf(db, ids) : Promise.resolve([]),
    findAppliedPairs(db, ids, [ctx.row.id]),
  ]);
  const qualificationsOf = groupBy(qualifications, (q) => q.volunteer_id);
  const appliedBy = new Set(applied.map((a) => a.volunteer_id));
  return rows.map((row) => {
    const volunteer = toMatchVolunteer(row, qualificationsOf.get(row.id) ?? [], appliedBy.has(row.id) ? [ctx.row.id] : []);
    return { row, volunteer, outcome: evaluatePair(volunteer, ctx.opportunity, ctx.shifts, now) };
  });
}

/** Best volunteers to invite or propose for an opportunity. */
export async function matchVolunteersForOpportunity(
  db: Queryable,
  opportunityId: string,
  options: EngineOptions & CandidateVisibility = {},
): Promise<VolunteerCandidate[]> {
  const { limit = 50, now = new Date(), visibleCenterId = null, visiblePointIds = [], shortList = matchingLimits.shortList } = options;
  const ctx = await loadOpportunityContext(db, opportunityId, now);
  const { opportunity } = ctx;
  if (opportunity.status !== 'published' || opportunity.organizationStatus !== 'approved') return [];
  if (ctx.shifts.length === 0 && opportunity.kind !== 'ongoing') return [];
  if (!opportunity.remote && (opportunity.lat == null || opportunity.lon == null)) return [];

  const baseFilter = {
    opportunityId,
    bornOnOrBefore: bornOnOrBefore(ctx, now),
    causes: opportunity.causes,
    skills: opportunity.skills,
    requiresConduct: opportunity.requiresConduct,
    requiresHealth: opportunity.requiresHealth,
    visibleCenterId,
    visiblePointIds,
    limit: shortList,
    maxRadiusKm: matchingDistances.maxTravelRadiusKm,
    defaultRadiusKm: matchingDistances.defaultTravelRadiusKm,
  };
  const results = new Map<string, Ranked<VolunteerCandidate>>();
  const collect = async (near: VolunteerFilter['near'], overlap: VolunteerFilter['overlap']) => {
    const rows = (await findCandidateVolunteers(db, { ...baseFilter, near, overlap })).filter((r) => !results.has(r.id));
    for (const { row, outcome } of await evaluateVolunteers(db, ctx, rows, now)) {
      if (!outcome.eligible) continue;
      results.set(row.id, {
        id: row.id,
        matchShift: outcome.shift,
        volunteerId: row.id,
        familyName: row.family_name,
        givenName: row.given_name,
        placeName: row.place_name,
        distanceKm: outcome.distanceKm,
        shift: summary(outcome.shift),
        score: outcome.score,
        reasons: outcome.reasons,
      });
    }
  };
  // Sharing a cause or skill is the strongest part of the score and GIN-indexed: look for those
  // first in each ring, then the others, and widen the ring only while the list is not full.
  const phases: VolunteerFilter['overlap'][] = opportunity.causes.length > 0 || opportunity.skills.length > 0 ? ['required', 'excluded'] : ['any'];
  const rings: VolunteerFilter['near'][] = [];
  if (opportunity.remote || opportunity.lat == null || opportunity.lon == null) rings.push(null);
  else {
    let inner: ReturnType<typeof boundingBox> | null = null;
    for (const ring of ringsUpTo(matchingDistances.maxTravelRadiusKm)) {
      const box = boundingBox(opportunity.lat, opportunity.lon, ring);
      rings.push({ lat: opportunity.lat, lon: opportunity.lon, box, inner });
      inner = box;
    }
  }
  search: for (const near of rings) {
    for (const overlap of phases) {
      await collect(near, overlap);
      if (results.size >= limit) break search;
    }
  }
  return ranked(results.values(), limit);
}

/** Volunteers living near the opportunity who fail a hard rule, each with the reasons. */
export async function excludedVolunteersNear(
  db: Queryable,
  opportunityId: string,
  options: { limit?: number; now?: Date } & CandidateVisibility = {},
): Promise<ExcludedVolunteer[]> {
  const { limit = 50, now = new Date(), visibleCenterId = null, visiblePointIds = [] } = options;
  const ctx = await loadOpportunityContext(db, opportunityId, now);
  const rows = await findNearbyVolunteers(db, {
    near: nearOf(ctx.opportunity),
    visibleCenterId,
    visiblePointIds,
    limit: Math.max(limit * 4, matchingLimits.shortList),
  });
  const excluded: ExcludedVolunteer[] = [];
  for (const { row, volunteer, outcome } of await evaluateVolunteers(db, ctx, rows, now)) {
    if (outcome.eligible) continue;
    excluded.push({
      volunteerId: row.id,
      familyName: row.family_name,
      givenName: row.given_name,
      placeName: row.place_name,
      distanceKm: ctx.opportunity.remote ? null : pairDistanceKm(volunteer, ctx.opportunity),
      shift: summary(outcome.shift),
      exclusions: outcome.exclusions,
    });
  }
  // Nearest first, then by name in Hungarian order.
  return excluded
    .sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || hungarianCollator.compare(`${a.familyName} ${a.givenName}`, `${b.familyName} ${b.givenName}`))
    .slice(0, limit);
}

export type PairExplanation = { eligible: boolean; exclusions: Reason[]; reasons: Reason[]; score: number | null; shift: ShiftSummary | null };

/** Why one volunteer and one opportunity do (or do not) match. */
export async function explainExclusions(
  db: Queryable,
  pair: { volunteerId: string; opportunityId: string },
  options: { now?: Date } = {},
): Promise<PairExplanation> {
  const { now = new Date() } = options;
  const row = await findVolunteerForMatching(db, pair.volunteerId);
  if (!row) throw new NotFoundError('volunteer');
  const ctx = await loadOpportunityContext(db, pair.opportunityId, now);
  const [evaluated] = await evaluateVolunteers(db, ctx, [row], now);
  const outcome = (evaluated as { outcome: PairOutcome }).outcome;
  if (outcome.eligible) return { eligible: true, exclusions: [], reasons: outcome.reasons, score: outcome.score, shift: summary(outcome.shift) };
  return { eligible: false, exclusions: outcome.exclusions, reasons: [], score: null, shift: summary(outcome.shift) };
}
