/**
 * Matching configuration: how much each part of the score counts, and the distances that shape it.
 * Change the numbers here, not in the code; a test checks that the weights stay positive.
 */
export const matchingWeights = {
  /** Shared causes (what the volunteer cares about) — the strongest signal of a good placement. */
  causes: 3,
  /** Shared skills the opportunity asks for. */
  skills: 2,
  /** Nearness: 1 at the door, halving every `distanceHalfLifeKm`; remote work counts as near. */
  distance: 2,
  /** Share of the shift's day parts the volunteer marked as free (flexible volunteers get half). */
  availability: 1.5,
  /** Shared languages, when the opportunity names any. */
  languages: 1,
  /** Group or individual preference against a group-friendly opportunity. */
  group: 0.5,
  /** Recently published opportunities first: halves every `freshnessHalfLifeDays`. */
  freshness: 0.5,
} as const;

export const matchingDistances = {
  distanceHalfLifeKm: 10,
  freshnessHalfLifeDays: 14,
  /** Used when a profile has no travel radius yet. */
  defaultTravelRadiusKm: 20,
  /**
   * The widest radius the volunteer-side search box honours. Larger radii count as this much, so
   * the SQL pre-filter of "volunteers for an opportunity" stays one bounded range scan.
   */
  maxTravelRadiusKm: 100,
} as const;

export const matchingLimits = {
  /** Rows one SQL pre-filter query hands to the code to evaluate and score. */
  shortList: 200,
  /** Remote opportunities considered for one volunteer (newest first). */
  remoteShortList: 50,
  /** Upcoming shifts of one opportunity considered per pair (the earliest ones). */
  shiftsPerOpportunity: 4,
  /**
   * The search widens ring by ring (km) and stops once the list is full: nearer candidates are found
   * first, and a big city never makes the engine read every row within the widest radius.
   */
  ringsKm: [10, 25, 50],
} as const;

export type ScoreComponent = keyof typeof matchingWeights;
