/**
 * A small seeded generator (a linear congruential one): tests and the benchmark draw varied data
 * that every run repeats, so a failure or a figure can be replayed.
 */
export function seededRandom(seed: number) {
  let s = seed;
  const next = () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T };
}
