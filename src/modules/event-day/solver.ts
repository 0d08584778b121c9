import { performance } from 'node:perf_hooks';
import { type Relaxed, relax, type Weights, weightedValue, weightsOf } from './solver-flow.js';
import { improveFriendPlacement } from './solver-friends.js';
import { type Candidate, type Prepared, prepare } from './solver-prepare.js';
import { assignmentReasons, unassignedReason } from './solver-reasons.js';
import { compareObjective, evaluate, overlaps, setRule } from './solver-rules.js';
import type { SolverInput, SolverResult, SolverTask, SolverVolunteer } from './solver-types.js';

/**
 * The optimal event-day assignment (ADR 026). Hard rules (solver-rules.ts) decide which
 * (volunteer, task-slot) pairs exist at all; pinned pairs are fixed first. The rest is a
 * maximum-weight b-matching solved exactly as a min-cost flow whose integer weights encode the
 * lexicographic objective: W1 per required seat filled ≫ W2 per preference point ≫ 1 per seat.
 * A volunteer with more than one slot must not get overlapping slots nor, as a minor, more than the
 * day's hours: the flow relaxes those set rules, and a branch-and-bound on the violated ones (each
 * branch forbids one of the clashing pairs) restores them, exactly within the time budget, with a
 * feasible dive as the fallback (`optimal: false`). Friends are a bonus placed afterwards by moves
 * that never lower the objective (solver-friends.ts). Deterministic: inputs are ordered by id.
 */

/** Each volunteer whose chosen slots break a set rule, with the candidates to branch on (one of them must go). */
function conflicts(p: Prepared, chosen: number[], firstOnly = false): number[][] {
  const byVolunteer = new Map<number, number[]>();
  for (const i of chosen) {
    const v = (p.candidates[i] as Candidate).v;
    if ((p.volunteers[v] as SolverVolunteer).maxSlots > 1) byVolunteer.set(v, [...(byVolunteer.get(v) ?? []), i]);
  }
  const found: number[][] = [];
  const taskOf = (i: number) => p.tasks[(p.candidates[i] as Candidate).t] as SolverTask;
  for (const [v, list] of byVolunteer) {
    const pinned = (p.pinnedOf[v] as number[]).map((t) => p.tasks[t] as SolverTask);
    const rule = setRule(p.volunteers[v] as SolverVolunteer, [...pinned, ...list.map(taskOf)]);
    if (!rule) continue;
    found.push(rule.code === 'overlap' ? overlappingPair(list, taskOf) : list);
    if (firstOnly) break;
  }
  return found;
}

function overlappingPair(list: number[], taskOf: (i: number) => SolverTask): number[] {
  for (let a = 0; a < list.length; a++) {
    for (let b = a + 1; b < list.length; b++) if (overlaps(taskOf(list[a] as number), taskOf(list[b] as number))) return [list[a] as number, list[b] as number];
  }
  return list;
}

/**
 * A feasible answer fast: each clashing volunteer keeps the most wanted of its chosen slots that go
 * together (as if pinned), loses the candidates that cannot go with them, and the rest is solved again;
 * repeated until nothing clashes (once for two-slot volunteers).
 */
function feasibleDive(p: Prepared, root: Relaxed, weights: Weights): Relaxed {
  const kept: number[] = [];
  const forbidden = new Set<number>();
  let fixed = p;
  let node = root;
  for (let found = conflicts(fixed, node.chosen); found.length > 0; found = conflicts(fixed, node.chosen)) {
    const clashing = new Set(found.map((clash) => (p.candidates[clash[0] as number] as Candidate).v));
    for (const v of clashing) {
      const mine = node.chosen
        .filter((i) => (p.candidates[i] as Candidate).v === v)
        .sort((a, b) => (p.candidates[b] as Candidate).points - (p.candidates[a] as Candidate).points || a - b);
      const keep: SolverTask[] = (fixed.pinnedOf[v] as number[]).map((t) => p.tasks[t] as SolverTask);
      const volunteer = p.volunteers[v] as SolverVolunteer;
      for (const i of mine) {
        const task = p.tasks[(p.candidates[i] as Candidate).t] as SolverTask;
        if (!setRule(volunteer, [...keep, task])) {
          keep.push(task);
          kept.push(i);
        }
      }
    }
    fixed = withFixed(p, kept);
    for (const i of kept) forbidden.add(i);
    for (const v of clashing) {
      const pinned = (fixed.pinnedOf[v] as number[]).map((t) => p.tasks[t] as SolverTask);
      const volunteer = p.volunteers[v] as SolverVolunteer;
      for (const i of p.byVolunteer[v] as number[]) {
        if (setRule(volunteer, [...pinned, p.tasks[(p.candidates[i] as Candidate).t] as SolverTask])) forbidden.add(i);
      }
    }
    node = relax(fixed, forbidden, weights);
  }
  const chosen = [...kept, ...node.chosen].sort((a, b) => a - b);
  return { chosen, value: weightedValue(p, chosen, weights) };
}

/** The problem with some candidates taken as if pinned: their seats, required seats and slots are used up. */
function withFixed(p: Prepared, kept: readonly number[]): Prepared {
  const capacityLeft = [...p.capacityLeft];
  const requiredLeft = [...p.requiredLeft];
  const slotsLeft = [...p.slotsLeft];
  const pinnedOf = p.pinnedOf.map((list) => [...list]);
  for (const i of kept) {
    const { v, t } = p.candidates[i] as Candidate;
    capacityLeft[t] = (capacityLeft[t] as number) - 1;
    requiredLeft[t] = Math.max(0, (requiredLeft[t] as number) - 1);
    slotsLeft[v] = (slotsLeft[v] as number) - 1;
    (pinnedOf[v] as number[]).push(t);
  }
  return { ...p, capacityLeft, requiredLeft, slotsLeft, pinnedOf };
}

/** Above this many clashing volunteers in the relaxation the branch and bound is not tried (the dive's result stands). */
const maxExactConflicts = 12;

/** Branch and bound over the set rules; returns the best feasible choice and whether it is proven optimal. */
function search(p: Prepared, deadline: number): { chosen: number[]; optimal: boolean } {
  const weights = weightsOf(p);
  const root = relax(p, new Set(), weights);
  if (conflicts(p, root.chosen, true).length === 0) return { chosen: root.chosen, optimal: true };
  const dive = feasibleDive(p, root, weights);
  let best = dive;
  // Exact only while the clashes are few: each one doubles the tree at worst.
  if (conflicts(p, root.chosen).length > maxExactConflicts) return { chosen: best.chosen, optimal: false };
  let complete = true;
  const visit = (banned: Set<number>, node: Relaxed) => {
    if (performance.now() > deadline) {
      complete = false;
      return;
    }
    if (node.value <= best.value) return;
    const [conflict] = conflicts(p, node.chosen, true);
    if (!conflict) {
      best = node;
      return;
    }
    for (const i of conflict) {
      const next = new Set(banned).add(i);
      visit(next, relax(p, next, weights));
    }
  };
  visit(new Set(), root);
  return { chosen: best.chosen, optimal: complete };
}

export function solveEventDay(input: SolverInput): SolverResult {
  const started = performance.now();
  const p = prepare(input);
  const { chosen, optimal } = search(p, started + (input.budgetMs ?? 1500));
  const slots: Set<number>[] = p.volunteers.map((_, v) => new Set(p.pinnedOf[v]));
  for (const i of chosen) {
    const c = p.candidates[i] as Candidate;
    (slots[c.v] as Set<number>).add(c.t);
  }
  improveFriendPlacement(p, slots);
  const pairs = slots.flatMap((set, v) =>
    [...set].map((t) => ({ volunteerId: (p.volunteers[v] as SolverVolunteer).id, taskId: (p.tasks[t] as SolverTask).id })),
  );
  const assignments = assignmentReasons(p, slots);
  const unassigned = p.volunteers.flatMap((volunteer, v) =>
    (slots[v] as Set<number>).size > 0 ? [] : [{ volunteerId: volunteer.id, reason: unassignedReason(p, v) }],
  );
  return {
    assignments,
    unassigned,
    droppedPins: p.droppedPins,
    objective: evaluate(p.tasks, p.volunteers, pairs),
    optimal,
    ms: performance.now() - started,
  };
}

export type { Prepared };
export { compareObjective };
