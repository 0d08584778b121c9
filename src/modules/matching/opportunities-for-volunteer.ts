import type { Queryable } from '../../db/database.js';
import { NotFoundError } from '../../platform/errors.js';
import { currentPublishedIndex, firstShiftIn, type IndexedOpportunity, type PublishedIndex, publishedAtAtLeast, shiftIdAt } from '../search/service.js';
import { ageOn, earliestActivityAllowed } from '../volunteers/service.js';
import { type BoundedCandidate, evaluateBestFirst } from './best-first.js';
import { type BoundingBox, boundingBox } from './distance.js';
import { evaluatePair } from './evaluate.js';
import { nearbyShortList, remoteShortList } from './indexed-short-list.js';
import { type ShiftSummary, summary, toMatchOpportunity, toMatchShift, toMatchVolunteer } from './match-rows.js';
import { type EngineOptions, type Ranked, ranked, ringsUpTo } from './ranked.js';
import {
  asDate,
  findNearbyOpportunities,
  findRemoteOpportunities,
  findRulesAndShifts,
  findVolunteerForSuggestions,
  type OpportunityFilter,
  type SuggestionRow,
} from './repo.js';
import { effectiveRadiusKm } from './rules.js';
import { scoreUpperBound } from './score.js';
import type { MatchVolunteer, Reason } from './types.js';
import { matchingLimits } from './weights.js';

/**
 * "Opportunities for a volunteer": a short list per ring around the volunteer's home (and the
 * newest remote ones), every hard rule applied exactly (rules.ts), the best scores kept. The short
 * lists come from the search's in-process index when it is built (ADR 022), else from SQL (repo.ts).
 */
export type OpportunitySuggestion = {
  opportunityId: string;
  title: string;
  organizationId: string;
  organizationName: string;
  placeName: string | null;
  remote: boolean;
  kind: string;
  distanceKm: number | null;
  shift: ShiftSummary | null;
  score: number;
  reasons: Reason[];
};

const yearMs = 366 * 86_400_000;

/** Rows read from the index's short lists per round trip, best bound first (20–60 cost about the same; fewer round trips won). */
const batchSize = 40;

/** How far before the clock a `now` still counts as the present (the request's own milliseconds). */
const presentToleranceMs = 1000;

type Ring = { box: BoundingBox; inner: BoundingBox | null };

/** The eligible suggestions found so far, and how many are on site. */
function collector(volunteer: MatchVolunteer, now: Date) {
  const results = new Map<string, Ranked<OpportunitySuggestion>>();
  let onSite = 0;
  return {
    results,
    onSite: () => onSite,
    /** The pre-filter's "not applied" condition is exact, and each row brought its upcoming shifts along. */
    add(rows: SuggestionRow[]) {
      for (const o of rows) {
        if (results.has(o.id)) continue;
        const outcome = evaluatePair(volunteer, toMatchOpportunity(o), (o.upcoming_shifts ?? []).map(toMatchShift), now);
        if (!outcome.eligible) continue;
        if (!o.remote) onSite += 1;
        results.set(o.id, {
          id: o.id,
          matchShift: outcome.shift,
          opportunityId: o.id,
          title: o.title,
          organizationId: o.organization_id,
          organizationName: o.organization_name,
          placeName: o.place_name,
          remote: o.remote,
          kind: o.kind,
          distanceKm: outcome.distanceKm,
          shift: summary(outcome.shift),
          score: outcome.score,
          reasons: outcome.reasons,
        });
      }
    },
  };
}

type Collector = ReturnType<typeof collector>;
type Search = { filter: OpportunityFilter; rings: Ring[]; remoteLimit: number; limit: number };

/** With SQL alone: remote and the first ring at once; the outer rings, together, only when the first left the list short. */
async function collectWithSql(db: Queryable, { filter, rings, remoteLimit, limit }: Search, found: Collector): Promise<void> {
  const [remote, firstRing] = await Promise.all([
    findRemoteOpportunities(db, { ...filter, limit: remoteLimit }),
    rings[0] ? findNearbyOpportunities(db, filter, rings[0].box, rings[0].inner) : Promise.resolve([]),
  ]);
  found.add([...remote, ...firstRing]);
  if (found.onSite() >= limit || rings.length < 2) return;
  // The area is sparse, so the outer rings are cheap: ask them in one round trip, then use them in
  // order, stopping where the ring-by-ring search would have stopped.
  const outer = await Promise.all(rings.slice(1).map((ring) => findNearbyOpportunities(db, filter, ring.box, ring.inner)));
  for (const rows of outer) {
    if (found.onSite() >= limit) break;
    found.add(rows);
  }
}

/**
 * The rows of these index entries: what the index holds (current with every committed write, ADR
 * 021) with, read from the database as they are now, the columns it does not hold and the first
 * upcoming shifts (the index knows which) with their seats.
 */
async function rowsOf(db: Queryable, entries: IndexedOpportunity[], filter: OpportunityFilter): Promise<SuggestionRow[]> {
  const fromUs = filter.earliestStart.getTime() * 1000 + 1;
  const shiftIds = entries.flatMap((e) => {
    const first = firstShiftIn(e, fromUs, Number.POSITIVE_INFINITY);
    if (first < 0) return [];
    const last = Math.min(e.shiftCount, first + filter.shiftsPerOpportunity);
    return Array.from({ length: last - first }, (_, i) => shiftIdAt(e, first + i));
  });
  const rules = await findRulesAndShifts(
    db,
    entries.map((e) => e.id),
    shiftIds,
  );
  const entryOf = new Map(entries.map((e) => [e.id, e]));
  return rules.map((o) => {
    const e = entryOf.get(o.id) as IndexedOpportunity;
    // Field by field: spreading a driver's row copies it slowly (~10 µs a row).
    return {
      id: o.id,
      status: o.status,
      required_qualifications: o.required_qualifications,
      languages: o.languages,
      published_at: o.published_at,
      title: e.title,
      organization_id: e.organizationId,
      organization_name: e.organizationName,
      organization_status: 'approved',
      place_name: e.placeName,
      lat: e.lat,
      lon: e.lon,
      remote: e.remote,
      min_age: e.minAge,
      requires_conduct: e.requiresConduct,
      requires_health: e.requiresHealth,
      causes: e.causes,
      skills: e.skills,
      group_friendly: e.groupFriendly,
      kind: e.kind,
      upcoming_shifts: o.shifts,
    };
  });
}

/** With the index: the same short lists chosen in memory, their rows read best bound first (best-first.ts). */
async function collectFromIndex(
  db: Queryable,
  index: PublishedIndex,
  volunteer: MatchVolunteer,
  { filter, rings, remoteLimit, limit }: Search,
  found: Collector,
): Promise<void> {
  const f = { ...filter, applied: volunteer.appliedOpportunityIds };
  const bounded = (entries: IndexedOpportunity[]): BoundedCandidate[] =>
    entries.map((e) => ({
      id: e.id,
      bound: scoreUpperBound(
        volunteer,
        { lat: e.lat, lon: e.lon, remote: e.remote, causes: e.causes, skills: e.skills, groupFriendly: e.groupFriendly, publishedAt: publishedAtAtLeast(e) },
        filter.now,
      ),
    }));
  const entriesOf = (ids: string[]) => ids.flatMap((id) => index.byId.get(id) ?? []);
  await evaluateBestFirst({
    remote: bounded(remoteShortList(index, f, remoteLimit)),
    ringCount: rings.length,
    ring: (k) => {
      const ring = rings[k] as Ring;
      return bounded(nearbyShortList(index, f, ring.box, ring.inner, filter.limit));
    },
    limit,
    batchSize,
    evaluate: async (ids) => found.add(await rowsOf(db, entriesOf(ids), filter)),
    onSiteEligible: found.onSite,
    lastPlaceScore: () => {
      if (found.results.size < limit) return undefined;
      return [...found.results.values()].map((r) => r.score).sort((a, b) => b - a)[limit - 1];
    },
  });
}

type SuggestionOptions = EngineOptions & { /** Short lists from SQL even when the index is built (tests compare both). */ sqlOnly?: boolean };

/** Best open opportunities (and their earliest fitting shift) for one volunteer. */
export async function matchOpportunitiesForVolunteer(db: Queryable, volunteerId: string, options: SuggestionOptions = {}): Promise<OpportunitySuggestion[]> {
  const found = await suggestionsOf(db, { volunteerId }, options);
  if (!found) throw new NotFoundError('volunteer');
  return found.suggestions;
}

/** The same for the volunteer profile of an account (the suggestions page): undefined when the account has none. */
export async function matchOpportunitiesForUser(
  db: Queryable,
  userId: string,
  options: SuggestionOptions = {},
): Promise<{ volunteerId: string; suggestions: OpportunitySuggestion[] } | undefined> {
  return suggestionsOf(db, { userId }, options);
}

async function suggestionsOf(
  db: Queryable,
  who: { volunteerId: string } | { userId: string },
  options: SuggestionOptions,
): Promise<{ volunteerId: string; suggestions: OpportunitySuggestion[] } | undefined> {
  const { limit = 20, now = new Date(), shortList = matchingLimits.shortList } = options;
  // The index holds the shifts that were upcoming when it read them: a `now` in the past (a test
  // replaying a fixed day) may need earlier ones, so it asks the database.
  const useIndex = !options.sqlOnly && now.getTime() >= Date.now() - presentToleranceMs;
  // One round trip for the volunteer, the applications and the qualifications; the index meanwhile.
  const [row, index] = await Promise.all([findVolunteerForSuggestions(db, who), useIndex ? currentPublishedIndex(db) : undefined]);
  if (!row) return undefined;
  // Without a birth date no age rule can be checked (Köt. 4. §): nothing is eligible.
  if (!row.birth_date) return { volunteerId: row.id, suggestions: [] };
  const filter: OpportunityFilter = {
    volunteerId: row.id,
    now,
    maxAge: ageOn(row.birth_date, new Date(now.getTime() + yearMs)),
    causes: row.causes,
    skills: row.skills,
    conductClear: row.conduct_status === 'clear',
    healthFit: row.health_status === 'fit',
    limit: shortList,
    shiftsPerOpportunity: matchingLimits.shiftsPerOpportunity,
    earliestStart: earliestActivityAllowed({ birthDate: row.birth_date, guardianConsentAt: asDate(row.guardian_consent_at) }, now),
  };
  const volunteer = toMatchVolunteer(row, row.qualifications, row.applied_ids);
  const home = !row.remote_only && row.lat != null && row.lon != null ? { lat: row.lat, lon: row.lon } : null;
  const boxes = home ? ringsUpTo(effectiveRadiusKm(volunteer)).map((r) => boundingBox(home.lat, home.lon, r)) : [];
  const search: Search = {
    filter,
    rings: boxes.map((box, i) => ({ box, inner: boxes[i - 1] ?? null })),
    remoteLimit: Math.max(Math.ceil(shortList / 2), matchingLimits.remoteShortList),
    limit,
  };
  const found = collector(volunteer, now);
  if (index) await collectFromIndex(db, index, volunteer, search, found);
  else await collectWithSql(db, search, found);
  return { volunteerId: row.id, suggestions: ranked(found.results.values(), limit) };
}
