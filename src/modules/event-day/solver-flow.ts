import { MinCostFlow } from './min-cost-flow.js';
import type { Candidate, Prepared } from './solver-prepare.js';

/** A relaxation's answer: the chosen candidates (indices) and their weighted objective. */
export type Relaxed = { chosen: number[]; value: number };
export type Weights = { w1: number; w2: number };

/** The weights of the objective (ADR 026): each tier outweighs everything below it. */
export function weightsOf(p: Prepared): Weights {
  const seats = p.slotsLeft.reduce((a, b) => a + b, 0);
  const w2 = seats + 1;
  const w1 = w2 * Math.max(1, p.maxRank) * seats + seats + 1;
  if (w1 * (seats + 1) > Number.MAX_SAFE_INTEGER) throw new Error('event-day solver: instance too large for exact integer weights');
  return { w1, w2 };
}

/**
 * The exact optimum without the multi-slot set rules, some candidates forbidden (branch and bound).
 * Graph: source → volunteer (its slots left) → task-slot → sink, the task-slot's required seats on
 * an arc worth W1 + 1, its other seats on an arc worth 1, a volunteer's ranked pair worth W2 × points.
 * One-slot volunteers with the same allowed task-slots share a "profile" node that reaches each of
 * them at 0 points, so only ranked pairs need an arc of their own (a few hundred arcs instead of
 * hundreds of thousands). Any flow maps back to volunteers with a value at least the flow's, and
 * the true optimum is a flow, so what is mapped back is optimal (ADR 026).
 */
export function relax(p: Prepared, forbidden: ReadonlySet<number>, weights: Weights): Relaxed {
  const nV = p.volunteers.length;
  const nT = p.tasks.length;
  const { profileOf } = p;
  const nP = p.profileTasks.length;
  const profileNode = (i: number) => 1 + nV + i;
  const taskNode = (t: number) => 1 + nV + nP + t;
  const sink = 1 + nV + nP + nT;
  const arcHint = nV + p.candidates.length + p.profileTasks.reduce((sum, tasks) => sum + tasks.length, 0) + 2 * nT;
  const graph = new MinCostFlow(sink + 1, arcHint);
  // Direct arcs as two parallel lists (arc, candidate): a few hundred thousand of them, no object each.
  const directArc: number[] = [];
  const directCandidate: number[] = [];
  const viaProfile: { e: number; v: number }[] = [];
  p.volunteers.forEach((_, v) => {
    const slots = p.slotsLeft[v] as number;
    const all = p.byVolunteer[v] as number[];
    const list = forbidden.size > 0 ? all.filter((i) => !forbidden.has(i)) : all;
    if (slots <= 0 || list.length === 0) return;
    graph.addEdge(0, 1 + v, slots, 0);
    const profile = profileOf[v] as number;
    for (const i of list) {
      const c = p.candidates[i] as Candidate;
      if (profile < 0 || c.points > 0) {
        directArc.push(graph.addEdge(1 + v, taskNode(c.t), 1, -weights.w2 * c.points));
        directCandidate.push(i);
      }
    }
    if (profile >= 0) viaProfile.push({ e: graph.addEdge(1 + v, profileNode(profile), 1, 0), v });
  });
  const profileArcs: { e: number; profile: number; t: number }[] = [];
  for (const [profile, tasks] of p.profileTasks.entries()) {
    for (const t of tasks) profileArcs.push({ e: graph.addEdge(profileNode(profile), taskNode(t), p.capacityLeft[t] as number, 0), profile, t });
  }
  p.capacityLeft.forEach((capacity, t) => {
    const required = p.requiredLeft[t] as number;
    if (required > 0) graph.addEdge(taskNode(t), sink, required, -(weights.w1 + 1));
    if (capacity - required > 0) graph.addEdge(taskNode(t), sink, capacity - required, -1);
  });
  graph.run(0, sink);
  // Back to volunteers: direct arcs as they are; each profile's volunteers take its task-slot units in order.
  const chosen: number[] = [];
  for (let k = 0; k < directArc.length; k++) if (graph.flowOn(directArc[k] as number) > 0) chosen.push(directCandidate[k] as number);
  const waiting: number[][] = Array.from({ length: nP }, () => []);
  for (const a of viaProfile) if (graph.flowOn(a.e) > 0) (waiting[profileOf[a.v] as number] as number[]).push(a.v);
  for (const a of profileArcs) {
    for (let unit = graph.flowOn(a.e); unit > 0; unit--) {
      const v = (waiting[a.profile] as number[]).shift() as number;
      chosen.push(p.pairIndex[v * nT + a.t] as number);
    }
  }
  chosen.sort((a, b) => a - b);
  return { chosen, value: weightedValue(p, chosen, weights) };
}

/** The weighted objective of chosen candidates (pins excluded: they are the same in every branch). */
export function weightedValue(p: Prepared, chosen: readonly number[], weights: Weights): number {
  const perTask = new Map<number, number>();
  let value = 0;
  for (const i of chosen) {
    const c = p.candidates[i] as Candidate;
    perTask.set(c.t, (perTask.get(c.t) ?? 0) + 1);
    value += weights.w2 * c.points + 1;
  }
  for (const [t, count] of perTask) value += weights.w1 * Math.min(count, p.requiredLeft[t] as number);
  return value;
}
