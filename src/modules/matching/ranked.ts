import { compareMatches } from './evaluate.js';
import type { MatchShift } from './types.js';
import { matchingLimits } from './weights.js';

/** What both directions of the engine share: their options, the widening rings, the final order. */

/** Options of both directions; `shortList` overrides the pre-filter's row limit (tests use a large one). */
export type EngineOptions = { limit?: number; now?: Date; shortList?: number };

/** How far the engine searches: the widening rings up to `radiusKm` (see matchingLimits.ringsKm). */
export function ringsUpTo(radiusKm: number): number[] {
  return [...matchingLimits.ringsKm.filter((r) => r < radiusKm), radiusKm];
}

/** A result while it is collected: with its id and the shift the score was computed for. */
export type Ranked<T> = T & { id: string; matchShift: MatchShift | null };

/** The best `limit` in compareMatches order, without the collection fields. */
export function ranked<T extends { score: number; distanceKm: number | null }>(items: Iterable<Ranked<T>>, limit: number): T[] {
  return [...items]
    .sort((a, b) => compareMatches({ ...a, shift: a.matchShift }, { ...b, shift: b.matchShift }))
    .slice(0, limit)
    .map(({ id: _id, matchShift: _s, ...rest }) => rest as unknown as T);
}
