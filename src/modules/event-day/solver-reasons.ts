import type { Prepared } from './solver-prepare.js';
import { preferencePoints, rankMap, taskKey } from './solver-rules.js';
import type { PairRule, SolverAssignment, SolverTask, SolverVolunteer, UnassignedReason } from './solver-types.js';

/**
 * Why each assignment was made: the rank the task had, whether the seat is a required one (a
 * task-slot's first `required_seats` seats, pinned people first, then by preference), whether the
 * friend is in the same slot, and whether it was pinned.
 */
export function assignmentReasons(p: Prepared, slots: Set<number>[]): SolverAssignment[] {
  const indexOf = new Map(p.volunteers.map((v, i) => [v.id, i]));
  const namers = new Map<string, number[]>();
  p.volunteers.forEach((o, i) => {
    if (o.friendId && o.friendId !== o.id) namers.set(o.friendId, [...(namers.get(o.friendId) ?? []), i]);
  });
  const rows: (SolverAssignment & { v: number; t: number })[] = [];
  slots.forEach((set, v) => {
    const volunteer = p.volunteers[v] as SolverVolunteer;
    const ranks = rankMap(volunteer);
    for (const t of set) {
      const task = p.tasks[t] as SolverTask;
      const rank = ranks.get(taskKey(task)) ?? null;
      const friend = volunteer.friendId && volunteer.friendId !== volunteer.id ? indexOf.get(volunteer.friendId) : undefined;
      const namedBy = (namers.get(volunteer.id) ?? []).some((i) => (slots[i] as Set<number>).has(t));
      const pinned = (p.pinnedOf[v] as number[]).includes(t);
      rows.push({
        v,
        t,
        volunteerId: volunteer.id,
        taskId: task.id,
        pinned,
        score: preferencePoints(rank, p.maxRank),
        reason: {
          kind: 'assigned',
          rank,
          requiredSeat: false,
          friendTogether: (friend !== undefined && (slots[friend] as Set<number>).has(t)) || namedBy,
          pinned,
        },
      });
    }
  });
  const perTask = new Map<number, typeof rows>();
  for (const row of rows) perTask.set(row.t, [...(perTask.get(row.t) ?? []), row]);
  for (const [t, list] of perTask) {
    list.sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.score - a.score || (a.volunteerId < b.volunteerId ? -1 : 1));
    list.slice(0, (p.tasks[t] as SolverTask).requiredSeats).forEach((row) => {
      row.reason.requiredSeat = true;
    });
  }
  return rows.map(({ v: _v, t: _t, ...row }) => row);
}

/** Why a volunteer has no task-slot: nothing in their window, a rule for every task in it, or every seat they could take is taken. */
export function unassignedReason(p: Prepared, v: number): UnassignedReason {
  const rules = p.rules[v] as PairRule[][];
  if (p.tasks.length === 0) return { kind: 'unassigned', code: 'no_tasks' };
  const inWindow = rules.filter((list) => !list.some((r) => r.code === 'not_available'));
  if (inWindow.length === 0) return { kind: 'unassigned', code: 'not_available' };
  if (inWindow.every((list) => list.length > 0)) {
    const seen = new Map<string, PairRule>();
    for (const rule of inWindow.flat()) {
      const key = `${rule.code}|${rule.params?.name ?? ''}`;
      if (!seen.has(key)) seen.set(key, rule);
    }
    return { kind: 'unassigned', code: 'not_eligible', rules: [...seen.values()] };
  }
  const ranks = rankMap(p.volunteers[v] as SolverVolunteer);
  const wanted = new Set<string>();
  p.tasks.forEach((task, t) => {
    if ((rules[t] as PairRule[]).length === 0 && ranks.has(taskKey(task))) wanted.add(task.name);
  });
  return { kind: 'unassigned', code: 'seats_taken', wanted: [...wanted] };
}
