import { budapestDay } from '../../platform/budapest-time.js';
import { eligibilityReasons, normalizeQualificationName } from '../volunteer-law/eligibility.js';
import { ageOnDay, maxDailyHoursForMinor } from '../volunteer-law/minor-time-limits.js';
import type { Objective, PairRule, SolverTask, SolverVolunteer } from './solver-types.js';

/**
 * The hard rules of the event day (ADR 026), shared by the solver, the greedy baseline and the
 * tests' brute force. Per pair: the availability window and the common eligibility check
 * (volunteer-law/eligibility.ts: Köt. 4. § age 10, the guardian's consent under 16, the task's
 * minimum age and qualifications, Köt. 5. § no night and at most a day's hours for a minor in one
 * slot). Per volunteer's set of slots: at most `maxSlots`, never overlapping, and a minor's total on
 * the day within `maxDailyHoursForMinor` (Köt. 5. §).
 */
export function pairRules(volunteer: SolverVolunteer, task: SolverTask): PairRule[] {
  const rules: PairRule[] = [];
  if ((volunteer.availableFrom && task.startsAt < volunteer.availableFrom) || (volunteer.availableUntil && task.endsAt > volunteer.availableUntil)) {
    rules.push({ code: 'not_available' });
  }
  const opportunity = { minAge: task.minAge, requiredQualifications: task.requiredQualifications, requiresHealth: false, requiresConduct: false };
  const shift = { startsAt: task.startsAt, endsAt: task.endsAt };
  rules.push(...eligibilityReasons({ ...volunteer, healthStatus: 'unknown', conductStatus: 'unknown' }, opportunity, shift, task.startsAt));
  return rules;
}

export const overlaps = (a: SolverTask, b: SolverTask) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

const hoursOf = (task: SolverTask) => (task.endsAt.getTime() - task.startsAt.getTime()) / 3_600_000;

/** A minor's most hours on the event day (Köt. 5. §), null for an adult or an unknown birth date (which no pair allows anyway). */
export function dailyHourLimit(volunteer: SolverVolunteer, task: SolverTask): number | null {
  if (!volunteer.birthDate) return null;
  return maxDailyHoursForMinor(ageOnDay(volunteer.birthDate, budapestDay(task.startsAt)));
}

/** The set-level rule a volunteer's slots break, or null: too many, overlapping, or a minor's day too long. */
export function setRule(volunteer: SolverVolunteer, tasks: readonly SolverTask[]): PairRule | null {
  if (tasks.length > volunteer.maxSlots) return { code: 'max_slots', params: { max: volunteer.maxSlots } };
  for (let i = 0; i < tasks.length; i++) {
    for (let j = i + 1; j < tasks.length; j++) if (overlaps(tasks[i] as SolverTask, tasks[j] as SolverTask)) return { code: 'overlap' };
  }
  const first = tasks[0];
  const limit = first ? dailyHourLimit(volunteer, first) : null;
  if (limit != null && tasks.reduce((sum, t) => sum + hoursOf(t), 0) > limit + 1e-9) return { code: 'minor_day_hours', params: { hours: limit } };
  return null;
}

export { hoursOf };

/** The ranks of a volunteer's wanted task names (1 = most wanted), compared without case and spacing. */
export function rankMap(volunteer: SolverVolunteer): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const name of volunteer.rankedTasks) {
    const key = normalizeQualificationName(name);
    if (key && !ranks.has(key)) ranks.set(key, ranks.size + 1);
  }
  return ranks;
}

export const taskKey = (task: SolverTask) => normalizeQualificationName(task.name);

/** Preference points of a rank: the best rank gets `maxRank`, the last ranked 1, an unranked task 0. */
export const preferencePoints = (rank: number | null, maxRank: number) => (rank == null ? 0 : maxRank - rank + 1);

/** The longest ranked list among the volunteers (the scale of preference points). */
export const maxRankOf = (volunteers: readonly SolverVolunteer[]) => Math.max(0, ...volunteers.map((v) => rankMap(v).size));

/** True when `a` is lexicographically better than `b` on required seats, preference, seats; friends only as the last tie-break. */
export function compareObjective(a: Objective, b: Objective): number {
  return a.requiredFilled - b.requiredFilled || a.preference - b.preference || a.filled - b.filled || a.friendsTogether - b.friendsTogether;
}

/** The objective of a set of (volunteer, task) pairs. */
export function evaluate(
  tasks: readonly SolverTask[],
  volunteers: readonly SolverVolunteer[],
  pairs: readonly { volunteerId: string; taskId: string }[],
): Objective {
  const maxRank = maxRankOf(volunteers);
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const volunteerById = new Map(volunteers.map((v) => [v.id, v]));
  const perTask = new Map<string, number>();
  const slotsOf = new Map<string, Set<string>>();
  let preference = 0;
  for (const { volunteerId, taskId } of pairs) {
    const task = taskById.get(taskId) as SolverTask;
    const volunteer = volunteerById.get(volunteerId) as SolverVolunteer;
    perTask.set(taskId, (perTask.get(taskId) ?? 0) + 1);
    preference += preferencePoints(rankMap(volunteer).get(taskKey(task)) ?? null, maxRank);
    const set = slotsOf.get(volunteerId) ?? new Set<string>();
    set.add(taskId);
    slotsOf.set(volunteerId, set);
  }
  let requiredFilled = 0;
  for (const [taskId, count] of perTask) requiredFilled += Math.min(count, (taskById.get(taskId) as SolverTask).requiredSeats);
  let friendsTogether = 0;
  for (const v of volunteers) {
    if (!v.friendId || v.friendId === v.id) continue;
    const mine = slotsOf.get(v.id);
    const theirs = slotsOf.get(v.friendId);
    if (mine && theirs && [...mine].some((id) => theirs.has(id))) friendsTogether += 1;
  }
  return { requiredFilled, preference, filled: pairs.length, friendsTogether };
}
