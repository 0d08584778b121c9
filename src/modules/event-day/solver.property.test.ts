import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budapestToInstant } from '../../platform/budapest-time.js';
import { eligibilityReasons } from '../volunteer-law/eligibility.js';
import { ageOnDay, maxDailyHoursForMinor, touchesMinorsNight } from '../volunteer-law/minor-time-limits.js';
import { solveEventDay } from './solver.js';
import { bruteForceBest } from './solver-brute-force.js';
import type { SolverInput, SolverTask, SolverVolunteer } from './solver-types.js';

/**
 * The solver against an exhaustive search on small random event days (optimality of the lexicographic
 * objective: required seats, preference points, seats; friends are a bonus and not compared), and
 * against the hard rules checked here independently of the solver's own rule code.
 */
const day = '2027-05-09';
const times = [
  ['06:00', '09:00'],
  ['08:00', '11:00'],
  ['11:00', '14:00'],
  ['13:00', '18:00'],
  ['18:00', '21:00'],
] as const;
const names = ['Rajt', 'Frissítő', 'Csomag'];

const taskArb = (i: number) =>
  fc
    .record({
      slot: fc.integer({ min: 0, max: times.length - 1 }),
      name: fc.constantFrom(...names),
      capacity: fc.integer({ min: 1, max: 2 }),
      required: fc.integer({ min: 0, max: 2 }),
      qualification: fc.boolean(),
      adultOnly: fc.boolean(),
    })
    .map(
      (r): SolverTask => ({
        id: `t${i}`,
        name: r.name,
        startsAt: budapestToInstant(day, times[r.slot]?.[0] as string),
        endsAt: budapestToInstant(day, times[r.slot]?.[1] as string),
        capacity: r.capacity,
        requiredSeats: Math.min(r.required, r.capacity),
        requiredQualifications: r.qualification ? ['Elsősegély'] : [],
        minAge: r.adultOnly ? 18 : null,
      }),
    );

const volunteerArb = (i: number, count: number) =>
  fc
    .record({
      birthYear: fc.constantFrom(1980, 2000, 2010, 2011, 2016),
      consent: fc.boolean(),
      qualified: fc.boolean(),
      ranked: fc.uniqueArray(fc.constantFrom(...names), { maxLength: 3 }),
      from: fc.constantFrom(null, '08:00', '11:00'),
      until: fc.constantFrom(null, '14:00', '21:00'),
      friend: fc.option(fc.integer({ min: 0, max: count - 1 }), { nil: null }),
      maxSlots: fc.constantFrom(1, 1, 2, 3),
    })
    .map(
      (r): SolverVolunteer => ({
        id: `v${i}`,
        birthDate: `${r.birthYear}-03-01`,
        guardianConsentAt: r.consent ? new Date('2026-01-01T00:00:00Z') : null,
        qualifications: r.qualified ? [{ name: 'elsősegély', validUntil: null }] : [],
        rankedTasks: r.ranked,
        availableFrom: r.from ? budapestToInstant(day, r.from) : null,
        availableUntil: r.until ? budapestToInstant(day, r.until) : null,
        friendId: r.friend == null || r.friend === i ? null : `v${r.friend}`,
        maxSlots: r.maxSlots,
      }),
    );

const instanceArb = fc
  .record({ tasks: fc.integer({ min: 1, max: 4 }), volunteers: fc.integer({ min: 1, max: 4 }) })
  .chain(({ tasks, volunteers }) =>
    fc.record({
      tasks: fc.tuple(...Array.from({ length: tasks }, (_, i) => taskArb(i))),
      volunteers: fc.tuple(...Array.from({ length: volunteers }, (_, i) => volunteerArb(i, volunteers))),
    }),
  )
  .chain((instance) =>
    fc
      .array(fc.record({ v: fc.nat(instance.volunteers.length - 1), t: fc.nat(instance.tasks.length - 1) }), { maxLength: 2 })
      .map((pins): SolverInput => ({ ...instance, pins: pins.map((p) => ({ volunteerId: `v${p.v}`, taskId: `t${p.t}` })) })),
  );

/** The hard rules, written again from the law module's functions (not the solver's rule code). */
function brokenHardRules(input: SolverInput, pairs: { volunteerId: string; taskId: string }[]): string[] {
  const broken: string[] = [];
  const perTask = new Map<string, number>();
  for (const v of input.volunteers) {
    const mine = pairs.filter((p) => p.volunteerId === v.id).map((p) => input.tasks.find((t) => t.id === p.taskId) as SolverTask);
    if (mine.length > v.maxSlots) broken.push(`${v.id}: too many slots`);
    let hours = 0;
    for (const [i, t] of mine.entries()) {
      perTask.set(t.id, (perTask.get(t.id) ?? 0) + 1);
      if ((v.availableFrom && t.startsAt < v.availableFrom) || (v.availableUntil && t.endsAt > v.availableUntil))
        broken.push(`${v.id}: not available for ${t.id}`);
      const reasons = eligibilityReasons(
        { ...v, healthStatus: 'unknown', conductStatus: 'unknown' },
        { minAge: t.minAge, requiredQualifications: t.requiredQualifications, requiresHealth: false, requiresConduct: false },
        t,
        t.startsAt,
      );
      if (reasons.length) broken.push(`${v.id}@${t.id}: ${reasons.map((r) => r.code).join(',')}`);
      const age = v.birthDate ? ageOnDay(v.birthDate, day) : 99;
      if (age < 18 && touchesMinorsNight(t.startsAt, t.endsAt)) broken.push(`${v.id}: night`);
      hours += (t.endsAt.getTime() - t.startsAt.getTime()) / 3_600_000;
      for (const other of mine.slice(i + 1)) if (t.startsAt < other.endsAt && other.startsAt < t.endsAt) broken.push(`${v.id}: overlap`);
    }
    const limit = v.birthDate ? maxDailyHoursForMinor(ageOnDay(v.birthDate, day)) : null;
    if (limit != null && hours > limit) broken.push(`${v.id}: ${hours} h a day`);
  }
  for (const t of input.tasks) if ((perTask.get(t.id) ?? 0) > t.capacity) broken.push(`${t.id}: over capacity`);
  return broken;
}

describe('event-day solver properties', () => {
  it('is optimal (required seats, preference, seats) against brute force, and breaks no hard rule', () => {
    let assigned = 0;
    fc.assert(
      fc.property(instanceArb, (input) => {
        const result = solveEventDay(input);
        const pairs = result.assignments.map((a) => ({ volunteerId: a.volunteerId, taskId: a.taskId }));
        expect(brokenHardRules(input, pairs)).toEqual([]);
        assigned += pairs.length;
        // Pins that hold are kept; the others are reported.
        for (const pin of input.pins ?? []) {
          const kept = result.assignments.some((a) => a.volunteerId === pin.volunteerId && a.taskId === pin.taskId && a.pinned);
          const dropped = result.droppedPins.some((d) => d.volunteerId === pin.volunteerId && d.taskId === pin.taskId);
          expect(kept || dropped).toBe(true);
        }
        // Brute force keeps the pins the solver kept (a dropped one breaks a rule or is over capacity).
        const kept = (input.pins ?? []).filter((p) => !result.droppedPins.some((d) => d.volunteerId === p.volunteerId && d.taskId === p.taskId));
        const best = bruteForceBest({ ...input, pins: kept });
        expect(result.optimal).toBe(true);
        const { friendsTogether: _a, ...mine } = result.objective;
        const { friendsTogether: _b, ...theirs } = best;
        expect(mine).toEqual(theirs);
        // Every volunteer without a slot has a reason.
        for (const v of input.volunteers) {
          if (!pairs.some((p) => p.volunteerId === v.id)) expect(result.unassigned.some((u) => u.volunteerId === v.id)).toBe(true);
        }
      }),
      { numRuns: 400, seed: 2026 },
    );
    expect(assigned).toBeGreaterThan(200);
  }, 120_000);

  it('is deterministic: the same input in another order gives the same assignment', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const key = (r: ReturnType<typeof solveEventDay>) =>
          r.assignments
            .map((a) => `${a.volunteerId}>${a.taskId}:${JSON.stringify(a.reason)}`)
            .sort()
            .join('|');
        const reversed = { ...input, tasks: [...input.tasks].reverse(), volunteers: [...input.volunteers].reverse(), pins: [...(input.pins ?? [])].reverse() };
        expect(key(solveEventDay(reversed))).toBe(key(solveEventDay(input)));
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
