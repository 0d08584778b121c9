import { exclusionsOf } from './rules.js';
import { type ScoredPair, scorePair } from './score.js';
import type { MatchOpportunity, MatchShift, MatchVolunteer, Reason } from './types.js';

/**
 * One volunteer × one opportunity with its upcoming shifts: eligible through the earliest shift that
 * passes every hard rule, then scored; otherwise explained through the shift that came closest (the
 * fewest exclusions), so "why not?" names what would have to change.
 */
export type PairOutcome =
  | ({ eligible: true; shift: MatchShift | null; exclusions: [] } & ScoredPair)
  | { eligible: false; shift: MatchShift | null; exclusions: Reason[] };

export function evaluatePair(volunteer: MatchVolunteer, opportunity: MatchOpportunity, shifts: readonly MatchShift[], now: Date): PairOutcome {
  const upcoming = shifts.filter((s) => !s.cancelledAt && s.startsAt.getTime() > now.getTime()).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  // An ongoing opportunity may run without a schedule; anything else needs a shift to join.
  const candidates: (MatchShift | null)[] = upcoming.length > 0 ? upcoming : opportunity.kind === 'ongoing' ? [null] : [];
  if (candidates.length === 0) {
    const exclusions = [...exclusionsOf({ volunteer, opportunity, shift: null, now }), { code: 'no_upcoming_shift' } satisfies Reason];
    return { eligible: false, shift: null, exclusions };
  }
  let closest: { shift: MatchShift | null; exclusions: Reason[] } | undefined;
  for (const shift of candidates) {
    const exclusions = exclusionsOf({ volunteer, opportunity, shift, now });
    if (exclusions.length === 0) return { eligible: true, shift, exclusions: [], ...scorePair(volunteer, opportunity, shift, now) };
    if (!closest || exclusions.length < closest.exclusions.length) closest = { shift, exclusions };
  }
  const { shift, exclusions } = closest as { shift: MatchShift | null; exclusions: Reason[] };
  return { eligible: false, shift, exclusions };
}

/** Highest score first; ties go to the nearer, then the earlier shift, then the id (a stable order). */
export function compareMatches(
  a: { score: number; distanceKm: number | null; shift: MatchShift | null; id: string },
  b: { score: number; distanceKm: number | null; shift: MatchShift | null; id: string },
): number {
  if (b.score !== a.score) return b.score - a.score;
  const da = a.distanceKm ?? 0;
  const db = b.distanceKm ?? 0;
  if (da !== db) return da - db;
  const sa = a.shift?.startsAt.getTime() ?? Number.MAX_SAFE_INTEGER;
  const sb = b.shift?.startsAt.getTime() ?? Number.MAX_SAFE_INTEGER;
  if (sa !== sb) return sa - sb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
