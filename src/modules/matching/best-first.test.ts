import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test-support/seeded-random.js';
import { type BoundedCandidate, evaluateBestFirst } from './best-first.js';

/**
 * evaluateBestFirst against reading everything: rings joined one by one while too few on-site
 * matches were found, then the best `limit`. Hidden scores sit at or below their bounds.
 */
type Hidden = BoundedCandidate & { score: number; eligible: boolean; onSite: boolean };

function scenario(seed: number) {
  const r = seededRandom(seed);
  let n = 0;
  const candidate = (onSite: boolean): Hidden => {
    const bound = Math.round(r.next() * 100);
    // Ties on purpose: scores and bounds are whole numbers, some scores equal their bound.
    const score = r.next() < 0.3 ? bound : Math.floor(bound * r.next());
    return { id: `c${String(n++).padStart(4, '0')}`, bound, score, eligible: r.next() < 0.6, onSite };
  };
  const many = (count: number, onSite: boolean) => Array.from({ length: count }, () => candidate(onSite));
  return {
    remote: many(Math.floor(r.next() * 30), false),
    rings: Array.from({ length: 1 + Math.floor(r.next() * 3) }, () => many(Math.floor(r.next() * 60), true)),
    limit: 1 + Math.floor(r.next() * 25),
    batchSize: 1 + Math.floor(r.next() * 40),
  };
}

const best = (found: Hidden[], limit: number) =>
  found
    .filter((c) => c.eligible)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((c) => c.id);

function readingEverything(s: ReturnType<typeof scenario>): string[] {
  const found = [...s.remote, ...(s.rings[0] ?? [])];
  let onSite = found.filter((c) => c.onSite && c.eligible).length;
  for (const ring of s.rings.slice(1)) {
    if (onSite >= s.limit) break;
    found.push(...ring);
    onSite += ring.filter((c) => c.eligible).length;
  }
  return best(found, s.limit);
}

async function bestFirst(s: ReturnType<typeof scenario>) {
  const byId = new Map([...s.remote, ...s.rings.flat()].map((c) => [c.id, c]));
  const found: Hidden[] = [];
  let asked = 0;
  await evaluateBestFirst({
    remote: s.remote,
    ringCount: s.rings.length,
    ring: (k) => s.rings[k] ?? [],
    limit: s.limit,
    batchSize: s.batchSize,
    evaluate: async (ids) => {
      asked += ids.length;
      for (const id of ids) found.push(byId.get(id) as Hidden);
    },
    onSiteEligible: () => found.filter((c) => c.onSite && c.eligible).length,
    lastPlaceScore: () => {
      const scores = found.filter((c) => c.eligible).map((c) => c.score);
      return scores.length >= s.limit ? scores.sort((a, b) => b - a)[s.limit - 1] : undefined;
    },
  });
  return { ids: best(found, s.limit), asked, read: new Set(found.map((c) => c.id)).size };
}

describe('evaluateBestFirst', () => {
  it('keeps what reading every row would keep, over 500 random scenarios', async () => {
    for (let seed = 1; seed <= 500; seed++) {
      const s = scenario(seed);
      const { ids, asked, read } = await bestFirst(s);
      // Scores only: among equal scores the engine's own order decides, and any of them may be read.
      const scoreOf = (id: string) => [...s.remote, ...s.rings.flat()].find((c) => c.id === id)?.score;
      expect(ids.map(scoreOf), `seed ${seed}`).toEqual(readingEverything(s).map(scoreOf));
      expect(asked, `seed ${seed}: no row is read twice`).toBe(read);
    }
  });

  it('reads a fraction of a dense ring', async () => {
    const ring = Array.from({ length: 300 }, (_, i) => ({ id: `r${i}`, bound: 300 - i, score: 300 - i, eligible: true, onSite: true }));
    const s = { remote: [], rings: [ring, ring.map((c) => ({ ...c, id: `o${c.id}` }))], limit: 20, batchSize: 40 };
    const { ids, asked } = await bestFirst(s);
    expect(ids).toEqual(ring.slice(0, 20).map((c) => c.id));
    expect(asked).toBe(40);
  });

  it('reads an outer ring only when the inner ones are read and hold too few on-site matches', async () => {
    const inner = [{ id: 'a', bound: 10, score: 10, eligible: true, onSite: true }];
    const outer = [{ id: 'b', bound: 90, score: 90, eligible: true, onSite: true }];
    const asked: number[] = [];
    await evaluateBestFirst({
      remote: [],
      ringCount: 2,
      ring: (k) => {
        asked.push(k);
        return k === 0 ? inner : outer;
      },
      limit: 1,
      batchSize: 5,
      evaluate: async () => {},
      onSiteEligible: () => 1,
      lastPlaceScore: () => 10,
    });
    expect(asked).toEqual([0]);
  });
});
