import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { eventDayAssignments, eventDays, eventDayTasks, eventDayVolunteers, volunteers } from '../../db/schema/index.js';
import { addMonths, budapestDay, budapestToInstant } from '../../platform/budapest-time.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { findEventVolunteers, findTasks } from '../event-day/repo.js';
import { type LastRun, solverInputOf } from '../event-day/run-service.js';
import { solveEventDay } from '../event-day/solver.js';

/** The demo event day's task-slots: name, start, end, capacity, required seats, minimum age. */
const demoTasks: [string, string, string, number, number, number | null][] = [
  ['Rajt-cél terület', '07:00', '10:00', 4, 3, 18],
  ['Frissítőpont', '08:00', '11:00', 4, 2, null],
  ['Frissítőpont', '11:00', '14:00', 3, 2, null],
  ['Pályabiztosítás', '08:00', '12:00', 5, 4, 18],
  ['Csomagmegőrző', '07:00', '10:00', 2, 1, null],
  ['Csomagmegőrző', '10:00', '14:00', 2, 1, null],
  ['Érmek átadása', '10:00', '13:00', 3, 2, null],
  ['Bontás', '13:00', '17:00', 4, 2, null],
];

/** Fictional volunteers added when the demo center has fewer than 25 (names of no real person). */
const extraNames: [string, string][] = [
  ['Bárány', 'Lili'],
  ['Csonka', 'Márk'],
  ['Dévai', 'Zsófia'],
  ['Erdős', 'Bence'],
  ['Fazekas', 'Réka'],
  ['Gulyás', 'Ádám'],
  ['Halmos', 'Nóra'],
  ['Illés', 'Dániel'],
  ['Jakab', 'Eszter'],
  ['Kardos', 'Levente'],
  ['Lengyel', 'Petra'],
  ['Mészáros', 'Olivér'],
];

/**
 * The event-day assignment in the demo (issue 16, ADR 026): "Kecskeméti Félmaraton (demó)" a month
 * from now with 8 task-slots and 25 volunteers of the demo center with ranked tasks, some with a
 * window, a friend or two slots; solved once (not published). Runs inside the seed's transaction.
 */
export async function seedEventDayDemo(tx: Tx, input: { centerId: string; now: Date; coordinatorUserId: string | null }): Promise<void> {
  const { centerId } = input;
  const day = addMonths(budapestDay(input.now), 1);
  const people = await tx
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(and(eq(volunteers.centerId, centerId), isNotNull(volunteers.birthDate), isNull(volunteers.erasedAt)))
    .orderBy(sql`${volunteers.sortKey} collate "C"`, asc(volunteers.id))
    .limit(25);
  for (const [familyName, givenName] of extraNames.slice(0, Math.max(0, 25 - people.length))) {
    const [row] = await tx
      .insert(volunteers)
      .values({ centerId, familyName, givenName, sortKey: hungarianSortKey(`${familyName} ${givenName}`), birthDate: '1995-04-12' })
      .returning({ id: volunteers.id });
    if (row) people.push(row);
  }
  const [eventDay] = await tx
    .insert(eventDays)
    .values({ centerId, name: 'Kecskeméti Félmaraton (demó)', day, place: 'Kecskemét, Kossuth tér', createdBy: input.coordinatorUserId })
    .returning({ id: eventDays.id });
  if (!eventDay) throw new Error('demo event day missing');
  await tx.insert(eventDayTasks).values(
    demoTasks.map(([name, from, until, capacity, requiredSeats, minAge]) => ({
      eventDayId: eventDay.id,
      name,
      startsAt: budapestToInstant(day, from),
      endsAt: budapestToInstant(day, until),
      capacity,
      requiredSeats,
      minAge,
    })),
  );
  const names = [...new Set(demoTasks.map(([name]) => name))];
  await tx.insert(eventDayVolunteers).values(
    people.map((p, i) => ({
      eventDayId: eventDay.id,
      volunteerId: p.id,
      rankedTasks: [names[i % names.length], names[(i * 3 + 1) % names.length], names[(i * 5 + 2) % names.length]].filter(
        (n, k, all): n is string => !!n && all.indexOf(n) === k,
      ),
      availableFrom: i % 5 === 3 ? budapestToInstant(day, '10:00') : null,
      availableUntil: i % 7 === 2 ? budapestToInstant(day, '13:00') : null,
      friendVolunteerId: i % 6 === 1 ? (people[i - 1]?.id ?? null) : null,
      maxSlots: i % 8 === 4 ? 2 : 1,
    })),
  );
  const [tasks, eventVolunteers] = await Promise.all([findTasks(tx, eventDay.id), findEventVolunteers(tx, eventDay.id)]);
  const result = solveEventDay(solverInputOf({ tasks, volunteers: eventVolunteers, assignments: [] }));
  if (result.assignments.length > 0) {
    await tx
      .insert(eventDayAssignments)
      .values(result.assignments.map((a) => ({ eventDayId: eventDay.id, taskId: a.taskId, volunteerId: a.volunteerId, reason: a.reason, score: a.score })));
  }
  const lastRun: LastRun = {
    at: input.now.toISOString(),
    ms: Math.round(result.ms),
    ...result.objective,
    requiredSeats: tasks.reduce((sum, t) => sum + t.requiredSeats, 0),
    optimal: result.optimal,
    volunteers: eventVolunteers.length,
    unassigned: result.unassigned,
    droppedPins: result.droppedPins,
  };
  await tx.update(eventDays).set({ status: 'solved', solvedAt: input.now, lastRun }).where(eq(eventDays.id, eventDay.id));
}
