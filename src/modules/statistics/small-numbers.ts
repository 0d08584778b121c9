/**
 * Small numbers are not shown where figures leave the center (evidence packs, public comparisons):
 * a count of people below the threshold is shown as "< 5", so nobody can be identified in a small
 * village. Hours and forints that belong to such a group are suppressed with it.
 */
export const suppressionThreshold = 5;

export type Shown = { value: number; suppressed: false } | { value: null; suppressed: true };

export function suppressedCount(people: number): Shown {
  return people > 0 && people < suppressionThreshold ? { value: null, suppressed: true } : { value: people, suppressed: false };
}

/** A figure that belongs to `people` persons: hidden with them when they are too few. */
export function suppressedWith(people: number, value: number): Shown {
  return people > 0 && people < suppressionThreshold ? { value: null, suppressed: true } : { value, suppressed: false };
}

/** The text of a shown figure: "< 5" when suppressed, else the formatted value. */
export function shownText(shown: Shown, format: (n: number) => string): string {
  return shown.suppressed ? `< ${suppressionThreshold}` : format(shown.value);
}
