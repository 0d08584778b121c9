import { normalizeQualificationName } from '../volunteer-law/eligibility.js';
import { maxRankOf, pairRules, preferencePoints, rankMap, setRule, taskKey } from './solver-rules.js';
import type { PairRule, SolverInput, SolverResult, SolverTask, SolverVolunteer } from './solver-types.js';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A candidate pair the flow may choose. */
export type Candidate = { v: number; t: number; points: number };

export type Prepared = {
  tasks: SolverTask[];
  volunteers: SolverVolunteer[];
  maxRank: number;
  /** Per volunteer: the pairs' rules, by task index (empty = allowed). */
  rules: PairRule[][][];
  pinnedOf: number[][];
  droppedPins: SolverResult['droppedPins'];
  candidates: Candidate[];
  slotsLeft: number[];
  capacityLeft: number[];
  requiredLeft: number[];
  /** Candidate indices per volunteer (by task order), and per (volunteer × task count + task), -1 if none. */
  byVolunteer: number[][];
  pairIndex: Int32Array;
  /** One-slot volunteers with the same allowed task-slots share a profile (solver-flow.ts); -1 for the others. */
  profileOf: number[];
  profileTasks: number[][];
};

/**
 * Every pair's rules. The common eligibility check depends on the task only through its times,
 * minimum age and qualifications, so it runs once per volunteer and distinct task profile.
 */
export function rulesOfPairs(volunteers: SolverVolunteer[], tasks: SolverTask[]): PairRule[][][] {
  const profileOf = tasks.map((t) =>
    [t.startsAt.getTime(), t.endsAt.getTime(), t.minAge ?? '', ...t.requiredQualifications.map(normalizeQualificationName).sort()].join('|'),
  );
  return volunteers.map((v) => {
    const cache = new Map<string, PairRule[]>();
    return tasks.map((t, i) => {
      const key = profileOf[i] as string;
      let rules = cache.get(key);
      if (!rules) {
        rules = pairRules(v, t);
        cache.set(key, rules);
      }
      return rules;
    });
  });
}

export function prepare(input: SolverInput): Prepared {
  const tasks = [...input.tasks].sort(byId);
  const volunteers = [...input.volunteers].sort(byId);
  const maxRank = maxRankOf(volunteers);
  const taskIndex = new Map(tasks.map((t, i) => [t.id, i]));
  const volunteerIndex = new Map(volunteers.map((v, i) => [v.id, i]));
  const rules = rulesOfPairs(volunteers, tasks);
  const pinnedOf: number[][] = volunteers.map(() => []);
  const capacityLeft = tasks.map((t) => t.capacity);
  const droppedPins: SolverResult['droppedPins'] = [];
  const pins = [...(input.pins ?? [])].sort((a, b) => byId({ id: a.volunteerId + a.taskId }, { id: b.volunteerId + b.taskId }));
  const seen = new Set<string>();
  for (const pin of pins) {
    const key = `${pin.volunteerId}|${pin.taskId}`;
    const v = volunteerIndex.get(pin.volunteerId);
    const t = taskIndex.get(pin.taskId);
    if (seen.has(key)) continue;
    seen.add(key);
    const rule = pinRule(v, t, rules, capacityLeft, volunteers, tasks, pinnedOf);
    if (rule) {
      droppedPins.push({ ...pin, rule });
      continue;
    }
    (pinnedOf[v as number] as number[]).push(t as number);
    capacityLeft[t as number] = (capacityLeft[t as number] as number) - 1;
  }
  const pinnedCount = tasks.map(() => 0);
  for (const list of pinnedOf) for (const t of list) pinnedCount[t] = (pinnedCount[t] as number) + 1;
  const requiredLeft = tasks.map((task, t) => Math.max(0, task.requiredSeats - (pinnedCount[t] as number)));
  const slotsLeft = volunteers.map((v, i) => Math.max(0, v.maxSlots - (pinnedOf[i] as number[]).length));
  const candidates: Candidate[] = [];
  const keys = tasks.map(taskKey);
  volunteers.forEach((volunteer, v) => {
    if ((slotsLeft[v] as number) <= 0) return;
    const ranks = rankMap(volunteer);
    const pinned = (pinnedOf[v] as number[]).map((t) => tasks[t] as SolverTask);
    tasks.forEach((task, t) => {
      if (((rules[v] as PairRule[][])[t] as PairRule[]).length > 0 || (capacityLeft[t] as number) <= 0 || (pinnedOf[v] as number[]).includes(t)) return;
      if (pinned.length > 0 && setRule({ ...volunteer, maxSlots: pinned.length + 1 }, [...pinned, task])) return;
      candidates.push({ v, t, points: preferencePoints(ranks.get(keys[t] as string) ?? null, maxRank) });
    });
  });
  const byVolunteer: number[][] = volunteers.map(() => []);
  const pairIndex = new Int32Array(volunteers.length * tasks.length).fill(-1);
  candidates.forEach((c, i) => {
    (byVolunteer[c.v] as number[]).push(i);
    pairIndex[c.v * tasks.length + c.t] = i;
  });
  const profiles = new Map<string, number>();
  const profileTasks: number[][] = [];
  const profileOf = volunteers.map((volunteer, v) => {
    const list = byVolunteer[v] as number[];
    if (volunteer.maxSlots !== 1 || list.length === 0) return -1;
    const tasksOf = list.map((i) => (candidates[i] as Candidate).t);
    const key = tasksOf.join(',');
    let index = profiles.get(key);
    if (index === undefined) {
      index = profileTasks.length;
      profiles.set(key, index);
      profileTasks.push(tasksOf);
    }
    return index;
  });
  return {
    tasks,
    volunteers,
    maxRank,
    rules,
    pinnedOf,
    droppedPins,
    candidates,
    slotsLeft,
    capacityLeft,
    requiredLeft,
    byVolunteer,
    pairIndex,
    profileOf,
    profileTasks,
  };
}

function pinRule(
  v: number | undefined,
  t: number | undefined,
  rules: PairRule[][][],
  capacityLeft: number[],
  volunteers: SolverVolunteer[],
  tasks: SolverTask[],
  pinnedOf: number[][],
): PairRule | null {
  if (v === undefined || t === undefined) return { code: 'unknown' };
  const broken = (rules[v] as PairRule[][])[t] as PairRule[];
  if (broken.length > 0) return broken[0] as PairRule;
  if ((capacityLeft[t] as number) <= 0) return { code: 'task_full' };
  return setRule(
    volunteers[v] as SolverVolunteer,
    [...(pinnedOf[v] as number[]), t].map((i) => tasks[i] as SolverTask),
  );
}
