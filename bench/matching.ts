import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/db/database.js';
import { matchOpportunitiesForVolunteer, matchVolunteersForOpportunity } from '../src/modules/matching/service.js';

/**
 * The matching engine measured in-process (no HTTP): each function called once per randomly
 * chosen id, one after another, after a short warm-up. The ids are drawn from the whole data
 * set, so the big cities (many candidates) and the empty villages both count.
 */
export type MatchingFigure = { name: string; calls: number; p50Ms: number; p95Ms: number; maxMs: number; meanResults: number; targetP95Ms: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function measure(name: string, targetP95Ms: number, ids: string[], warmup: number, call: (id: string) => Promise<unknown[]>): Promise<MatchingFigure> {
  for (const id of ids.slice(0, warmup)) await call(id);
  const times: number[] = [];
  let results = 0;
  for (const id of ids.slice(warmup)) {
    const t = performance.now();
    results += (await call(id)).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    calls: times.length,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: times[times.length - 1] ?? Number.NaN,
    meanResults: times.length ? results / times.length : 0,
    targetP95Ms,
  };
}

export async function measureMatching(db: Database, samples: number): Promise<MatchingFigure[]> {
  const warmup = Math.min(20, Math.ceil(samples / 10));
  // A fixed seed keeps the same sample between runs on the same data set.
  await db.execute(sql`select setseed(0.2026)`);
  const volunteerIds = (
    await queryRows<{ id: string }>(db, sql`select id from volunteers where birth_date is not null order by random() limit ${samples + warmup}`)
  ).map((r) => r.id);
  const opportunityIds = (
    await queryRows<{ id: string }>(db, sql`select id from opportunities where status = 'published' order by random() limit ${samples + warmup}`)
  ).map((r) => r.id);
  return [
    await measure('top-20 opportunities for a volunteer', 30, volunteerIds, warmup, (id) => matchOpportunitiesForVolunteer(db, id, { limit: 20 })),
    await measure('top-50 volunteers for an opportunity', 60, opportunityIds, warmup, (id) => matchVolunteersForOpportunity(db, id, { limit: 50 })),
  ];
}

export function printMatching(figures: MatchingFigure[]): void {
  const head = ['matching (in-process)', 'calls', 'p50 ms', 'p95 ms', 'max ms', 'results', 'p95 target'];
  const body = figures.map((f) => [
    f.name,
    String(f.calls),
    f.p50Ms.toFixed(1),
    f.p95Ms.toFixed(1),
    f.maxMs.toFixed(1),
    f.meanResults.toFixed(1),
    `≤ ${f.targetP95Ms}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n'));
}
