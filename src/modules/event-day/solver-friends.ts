import type { Prepared } from './solver-prepare.js';
import { compareObjective, preferencePoints, rankMap, taskKey } from './solver-rules.js';
import type { Objective, SolverTask, SolverVolunteer } from './solver-types.js';

/**
 * Friends placed together, a bonus after the exact solve (ADR 026): a pair's friend cannot be
 * written into a flow, so a deterministic pass tries, for each volunteer who named a friend not in
 * a common task-slot, to move one of the two into the other's slot (into a free seat, or by swapping
 * with someone there). A move is kept only when the objective with friends as its last tier gets
 * strictly better, so required seats, preference points and seats never go down. Only volunteers
 * with one slot and no pin are moved; every move stays within the allowed pairs (the hard rules).
 */
export function improveFriendPlacement(p: Prepared, slots: Set<number>[]): void {
  const indexOf = new Map(p.volunteers.map((v, i) => [v.id, i]));
  const friendOf = p.volunteers.map((v) => (v.friendId && v.friendId !== v.id ? (indexOf.get(v.friendId) ?? -1) : -1));
  if (!friendOf.some((f) => f >= 0)) return;
  const namedBy: number[][] = p.volunteers.map(() => []);
  friendOf.forEach((f, v) => {
    if (f >= 0) (namedBy[f] as number[]).push(v);
  });
  const allowed = new Map<number, number>();
  const nT = p.tasks.length;
  for (const c of p.candidates) allowed.set(c.v * nT + c.t, c.points);
  const members: Set<number>[] = p.tasks.map(() => new Set());
  slots.forEach((set, v) => {
    for (const t of set) (members[t] as Set<number>).add(v);
  });
  const movable = (v: number) => (p.volunteers[v] as SolverVolunteer).maxSlots === 1 && (p.pinnedOf[v] as number[]).length === 0;
  const together = (a: number, b: number) => [...(slots[a] as Set<number>)].some((t) => (slots[b] as Set<number>).has(t));
  const points = (v: number, t: number) =>
    preferencePoints(rankMap(p.volunteers[v] as SolverVolunteer).get(taskKey(p.tasks[t] as SolverTask)) ?? null, p.maxRank);

  const local = (vols: number[], tasks: number[]): Objective => {
    let requiredFilled = 0;
    for (const t of new Set(tasks)) requiredFilled += Math.min((members[t] as Set<number>).size, (p.tasks[t] as SolverTask).requiredSeats);
    let preference = 0;
    let filled = 0;
    const pairs = new Set<string>();
    for (const v of vols) {
      for (const t of slots[v] as Set<number>) {
        preference += points(v, t);
        filled += 1;
      }
      if ((friendOf[v] as number) >= 0) pairs.add(`${v}>${friendOf[v]}`);
      for (const y of namedBy[v] as number[]) pairs.add(`${y}>${v}`);
    }
    let friendsTogether = 0;
    for (const pair of pairs) {
      const [a, b] = pair.split('>').map(Number) as [number, number];
      if (together(a, b)) friendsTogether += 1;
    }
    return { requiredFilled, preference, filled, friendsTogether };
  };

  const place = (v: number, from: number | undefined, to: number | undefined) => {
    if (from !== undefined) {
      (slots[v] as Set<number>).delete(from);
      (members[from] as Set<number>).delete(v);
    }
    if (to !== undefined) {
      (slots[v] as Set<number>).add(to);
      (members[to] as Set<number>).add(v);
    }
  };

  /** Moves x into task-slot `to` (swapping with one there when full) if that makes the objective better. */
  const bring = (x: number, to: number, anchor: number): boolean => {
    if (!movable(x) || !allowed.has(x * nT + to)) return false;
    const [from] = [...(slots[x] as Set<number>)];
    const tasks = from === undefined ? [to] : [from, to];
    const full = (members[to] as Set<number>).size >= (p.tasks[to] as SolverTask).capacity;
    const others = full
      ? [...(members[to] as Set<number>)].filter((y) => y !== anchor && movable(y) && (from === undefined || allowed.has(y * nT + from)))
      : [undefined];
    for (const y of others) {
      const vols = y === undefined ? [x] : [x, y];
      const before = local(vols, tasks);
      if (y !== undefined) place(y, to, from);
      place(x, from, to);
      if (compareObjective(local(vols, tasks), before) > 0) return true;
      place(x, to, from);
      if (y !== undefined) place(y, from, to);
    }
    return false;
  };

  friendOf.forEach((b, a) => {
    if (b < 0 || together(a, b)) return;
    for (const t of [...(slots[a] as Set<number>)]) if (bring(b, t, a)) return;
    for (const t of [...(slots[b] as Set<number>)]) if (bring(a, t, b)) return;
  });
}
