import { rulesOfPairs } from './solver-prepare.js';
import { preferencePoints, rankMap, setRule, taskKey } from './solver-rules.js';
import type { SolverInput, SolverTask } from './solver-types.js';

/**
 * The greedy baseline the benchmark compares the optimal solver with (ADR 026): volunteers in id
 * order, each taking the free allowed task-slots it ranks best (ties by task id), up to its
 * slots, under the same hard rules (checked the same way). No pins, no friends.
 */
export function greedyAssignment(input: SolverInput): { volunteerId: string; taskId: string }[] {
  const tasks = [...input.tasks].sort((a, b) => (a.id < b.id ? -1 : 1));
  const volunteers = [...input.volunteers].sort((a, b) => (a.id < b.id ? -1 : 1));
  const maxRank = Math.max(0, ...volunteers.map((v) => rankMap(v).size));
  const count = new Map<string, number>();
  const pairs: { volunteerId: string; taskId: string }[] = [];
  const rules = rulesOfPairs(volunteers, tasks);
  for (const [v, volunteer] of volunteers.entries()) {
    const ranks = rankMap(volunteer);
    const mine: SolverTask[] = [];
    const options = tasks
      .filter((_, t) => rules[v]?.[t]?.length === 0)
      .map((t) => ({ t, points: preferencePoints(ranks.get(taskKey(t)) ?? null, maxRank) }))
      .sort((a, b) => b.points - a.points);
    for (const { t } of options) {
      if (mine.length >= volunteer.maxSlots) break;
      const taken = count.get(t.id) ?? 0;
      if (taken >= t.capacity || setRule(volunteer, [...mine, t])) continue;
      mine.push(t);
      count.set(t.id, taken + 1);
      pairs.push({ volunteerId: volunteer.id, taskId: t.id });
    }
  }
  return pairs;
}
