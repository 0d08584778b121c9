import { budapestToInstant } from '../../platform/budapest-time.js';
import type { SolverInput, SolverTask, SolverVolunteer } from './solver-types.js';

/**
 * A reproducible event-day instance (a seeded generator): the benchmark's 2,000 volunteers ×
 * 300 task-slots and the solver tests' larger cases. Task names repeat over time slots (60 tasks ×
 * 5 slots); some need a qualification or age 18, one slot runs into the evening (minors' night);
 * 15 % of the volunteers are minors, 20 % take two slots, 30 % name a friend.
 */
export function generatedInstance(size: { volunteers: number; tasks: number }, seed = 2026, day = '2027-05-09'): SolverInput {
  const random = mulberry32(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const slotTimes = [
    ['07:00', '10:00'],
    ['09:00', '12:00'],
    ['12:00', '15:00'],
    ['15:00', '18:00'],
    ['17:30', '21:00'],
  ] as const;
  const names = Array.from({ length: Math.max(1, Math.ceil(size.tasks / slotTimes.length)) }, (_, i) => `Feladat ${String(i + 1).padStart(2, '0')}`);
  const tasks: SolverTask[] = Array.from({ length: size.tasks }, (_, i) => {
    const [from, until] = slotTimes[i % slotTimes.length] as readonly [string, string];
    const capacity = 3 + pick(8);
    return {
      id: `t${String(i).padStart(5, '0')}`,
      name: names[Math.floor(i / slotTimes.length) % names.length] as string,
      startsAt: budapestToInstant(day, from),
      endsAt: budapestToInstant(day, until),
      capacity,
      requiredSeats: pick(capacity + 1) >> 1,
      requiredQualifications: i % 10 === 0 ? ['Elsősegély'] : [],
      minAge: i % 7 === 0 ? 18 : null,
    };
  });
  const ids = Array.from({ length: size.volunteers }, (_, i) => `v${String(i).padStart(5, '0')}`);
  const volunteers: SolverVolunteer[] = ids.map((id) => {
    const minor = random() < 0.15;
    const year = minor ? 2010 + pick(2) : 1960 + pick(45);
    const from = pick(3);
    const ranked = Array.from({ length: 1 + pick(5) }, () => names[Math.min(pick(names.length), pick(names.length))] as string);
    return {
      id,
      birthDate: `${year}-0${1 + pick(9)}-1${pick(9)}`,
      guardianConsentAt: minor ? new Date('2026-01-01T00:00:00Z') : null,
      qualifications: random() < 0.2 ? [{ name: 'Elsősegély', validUntil: null }] : [],
      rankedTasks: ranked,
      availableFrom: budapestToInstant(day, ['07:00', '09:00', '12:00'][from] as string),
      availableUntil: budapestToInstant(day, ['15:00', '18:00', '21:00'][Math.max(from, pick(3))] as string),
      friendId: random() < 0.3 ? (ids[pick(ids.length)] as string) : null,
      maxSlots: random() < 0.2 ? 2 : 1,
    };
  });
  return { tasks, volunteers };
}

/** A small, fast, seeded PRNG (public domain). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
