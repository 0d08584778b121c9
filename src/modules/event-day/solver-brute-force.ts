import { compareObjective, evaluate, pairRules, setRule } from './solver-rules.js';
import type { Objective, SolverInput, SolverTask } from './solver-types.js';

/**
 * The best objective by trying every assignment (tests only, a handful of volunteers and slots):
 * each volunteer takes any subset of the slots a hard rule allows, within capacity and with pins kept.
 * The same lexicographic objective as the solver, friends included as its last tier.
 */
export function bruteForceBest(input: SolverInput): Objective {
  const { tasks, volunteers } = input;
  const pins = input.pins ?? [];
  const options = volunteers.map((v) => {
    const allowed = tasks.filter((t) => pairRules(v, t).length === 0);
    const pinned = pins.filter((p) => p.volunteerId === v.id).map((p) => tasks.find((t) => t.id === p.taskId) as SolverTask);
    const subsets: SolverTask[][] = [];
    for (let mask = 0; mask < 1 << allowed.length; mask++) {
      const chosen = allowed.filter((_, i) => mask & (1 << i));
      if (!pinned.every((p) => chosen.includes(p))) continue;
      if (chosen.length === 0 || !setRule(v, chosen)) subsets.push(chosen);
    }
    return subsets;
  });
  let best: Objective | null = null;
  const count = new Map<string, number>();
  const pairs: { volunteerId: string; taskId: string }[] = [];
  const walk = (i: number) => {
    if (i === volunteers.length) {
      const objective = evaluate(tasks, volunteers, pairs);
      if (!best || compareObjective(objective, best) > 0) best = objective;
      return;
    }
    for (const subset of options[i] as SolverTask[][]) {
      if (subset.some((t) => (count.get(t.id) ?? 0) >= t.capacity)) continue;
      for (const t of subset) {
        count.set(t.id, (count.get(t.id) ?? 0) + 1);
        pairs.push({ volunteerId: (volunteers[i] as { id: string }).id, taskId: t.id });
      }
      walk(i + 1);
      for (const t of subset) {
        count.set(t.id, (count.get(t.id) ?? 0) - 1);
        pairs.pop();
      }
    }
  };
  walk(0);
  return best ?? { requiredFilled: 0, preference: 0, filled: 0, friendsTogether: 0 };
}
