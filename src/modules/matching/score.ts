import { pairDistanceKm } from './rules.js';
import { shiftSlots } from './shift-slots.js';
import type { MatchOpportunity, MatchShift, MatchVolunteer, Reason, Term } from './types.js';
import { matchingDistances, matchingWeights, type ScoreComponent } from './weights.js';

/**
 * Stage 2 of matching: a weighted score 0–100 over pairs that passed the hard rules. Each component
 * is a number 0…1; the weights (weights.ts) say how much it counts. The reasons say, in words the
 * user can check, why the pair scored ("3 km", "közös: környezetvédelem, angol").
 */
export type ScoredPair = { score: number; reasons: Reason[]; distanceKm: number | null; components: Record<ScoreComponent, number> };

const dayMs = 86_400_000;

/** The values of `b` (once each, in its order) that `a` has too. Lists are a handful long: no Sets to build. */
function shared(a: readonly string[], b: readonly string[]): string[] {
  return b.filter((x, i) => b.indexOf(x) === i && a.includes(x));
}

const distinctCount = (items: readonly string[]) => items.filter((x, i) => items.indexOf(x) === i).length;

/** Share of what the opportunity asks for that the volunteer brings; nothing asked → neutral 0.5. */
function overlapShare(wanted: readonly string[], common: readonly string[]): number {
  if (wanted.length === 0) return 0.5;
  return Math.min(1, common.length / distinctCount(wanted));
}

function groupFit(preference: string, groupFriendly: boolean): number {
  if (preference === 'group') return groupFriendly ? 1 : 0;
  if (preference === 'individual') return groupFriendly ? 0.5 : 1;
  return 0.5;
}

/** Rounded the way people say distances: "0,4 km" close by, whole kilometres further out. */
export function roundedKm(km: number): number {
  return km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
}

/** What the score reads of an opportunity before its languages and shift are known (the index holds these). */
export type ScoreBasis = Pick<MatchOpportunity, 'lat' | 'lon' | 'remote' | 'causes' | 'skills' | 'groupFriendly' | 'publishedAt'>;

/** The components that need neither the opportunity's languages nor a shift, with what their reasons say. */
function knownComponents(volunteer: MatchVolunteer, opportunity: ScoreBasis, now: Date) {
  const causes = shared(volunteer.causes, opportunity.causes);
  const skills = shared(volunteer.skills, opportunity.skills);
  const km = opportunity.remote ? null : pairDistanceKm(volunteer, opportunity);
  const ageDays = opportunity.publishedAt ? Math.max(0, (now.getTime() - opportunity.publishedAt.getTime()) / dayMs) : Number.POSITIVE_INFINITY;
  return {
    causes,
    skills,
    km,
    ageDays,
    components: {
      causes: causes.length === 0 ? 0 : overlapShare(opportunity.causes, causes),
      skills: skills.length === 0 ? 0 : overlapShare(opportunity.skills, skills),
      distance: opportunity.remote ? 1 : km == null ? 0 : 0.5 ** (km / matchingDistances.distanceHalfLifeKm),
      group: groupFit(volunteer.groupPreference, opportunity.groupFriendly),
      freshness: 0.5 ** (ageDays / matchingDistances.freshnessHalfLifeDays),
    },
  };
}

function weighted(components: Record<ScoreComponent, number>): number {
  let total = 0;
  let weightSum = 0;
  for (const key of Object.keys(matchingWeights) as ScoreComponent[]) {
    total += matchingWeights[key] * components[key];
    weightSum += matchingWeights[key];
  }
  return Math.round((total / weightSum) * 1000) / 10;
}

/**
 * A score no shift and no list of languages can beat: availability at its best (1), languages at
 * the best the volunteer can reach (1, or 0.5 for a volunteer who named none). The same arithmetic
 * in the same order as scorePair, so never below it (engine.ts evaluates best bounds first).
 */
export function scoreUpperBound(volunteer: MatchVolunteer, opportunity: ScoreBasis, now: Date): number {
  const { components } = knownComponents(volunteer, opportunity, now);
  return weighted({ ...components, availability: 1, languages: volunteer.languages.length > 0 ? 1 : 0.5 });
}

export function scorePair(volunteer: MatchVolunteer, opportunity: MatchOpportunity, shift: MatchShift | null, now: Date): ScoredPair {
  const reasons: Reason[] = [];
  const known = knownComponents(volunteer, opportunity, now);
  const { causes, skills, km } = known;
  const languages = shared(volunteer.languages, opportunity.languages);

  if (opportunity.remote) reasons.push({ code: 'remote' });
  else if (km != null) reasons.push({ code: 'distance', params: { km: roundedKm(km) } });

  const terms: Term[] = [
    ...causes.map((value) => ({ kind: 'cause' as const, value })),
    ...skills.map((value) => ({ kind: 'skill' as const, value })),
    ...languages.map((value) => ({ kind: 'language' as const, value })),
  ];
  if (terms.length > 0) reasons.push({ code: 'shared', terms });

  let availability = 0.5;
  if (shift && volunteer.availability.length > 0) {
    const slots = shiftSlots(shift.startsAt, shift.endsAt);
    const free = new Set(volunteer.availability);
    const fitting = slots.filter((s) => free.has(s));
    availability = slots.length === 0 ? 0 : fitting.length / slots.length;
    if (fitting.length > 0) reasons.push({ code: 'available', terms: fitting.map((value) => ({ kind: 'slot' as const, value })) });
  } else if (volunteer.availability.length === 0) {
    reasons.push({ code: 'flexible' });
  }

  if (known.components.group === 1) reasons.push({ code: opportunity.groupFriendly ? 'group_friendly' : 'individual_fit' });
  if (known.ageDays <= 7) reasons.push({ code: 'fresh' });

  const components: Record<ScoreComponent, number> = {
    causes: known.components.causes,
    skills: known.components.skills,
    distance: known.components.distance,
    availability,
    languages: opportunity.languages.length === 0 ? 0.5 : overlapShare(opportunity.languages, languages),
    group: known.components.group,
    freshness: known.components.freshness,
  };
  return { score: weighted(components), reasons, distanceKm: km, components };
}
