import type { Database } from '../../db/database.js';
import { eventDayAssignments, eventDays, eventDayTasks, eventDayVolunteers } from '../../db/schema/index.js';
import { budapestToInstant } from '../../platform/budapest-time.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';

/**
 * Path fixtures of event days for the route matrix and hostile-input tests, all of center A:
 * eventDayId (a solved event day), taskId (its one task-slot); the fixture volunteer (volunteerId)
 * takes part and is assigned to the task, so the pin routes find their assignment.
 */
export async function createEventDayPathFixtures(db: Database, base: Pick<FixtureBase, 'centerId' | 'volunteerId'>): Promise<Record<string, string>> {
  const day = '2027-05-09';
  const [eventDay] = await db
    .insert(eventDays)
    .values({ centerId: base.centerId, name: 'Fixture Félmaraton', day, place: 'Kecskemét', status: 'solved' })
    .returning({ id: eventDays.id });
  if (!eventDay) throw new Error('fixture event day missing');
  const [task] = await db
    .insert(eventDayTasks)
    .values({
      eventDayId: eventDay.id,
      name: 'Frissítőpont',
      startsAt: budapestToInstant(day, '09:00'),
      endsAt: budapestToInstant(day, '12:00'),
      capacity: 4,
      requiredSeats: 1,
    })
    .returning({ id: eventDayTasks.id });
  if (!task) throw new Error('fixture event day task missing');
  await db.insert(eventDayVolunteers).values({ eventDayId: eventDay.id, volunteerId: base.volunteerId, rankedTasks: ['Frissítőpont'] });
  await db.insert(eventDayAssignments).values({
    eventDayId: eventDay.id,
    taskId: task.id,
    volunteerId: base.volunteerId,
    reason: { kind: 'assigned', rank: 1, requiredSeat: true, friendTogether: false, pinned: false },
  });
  return { eventDayId: eventDay.id, taskId: task.id };
}

/**
 * A draft event day of the center with three task-slots and four volunteers of the center (with
 * e-mail addresses, ranked wishes and one friend pair), ready to be solved: for axe and e2e tests.
 */
export async function createEventDayScene(
  db: Database,
  centerId: string,
  options: { name?: string; day?: string; emailTag?: string } = {},
): Promise<{ eventDayId: string; volunteerIds: string[]; taskIds: string[] }> {
  const day = options.day ?? '2027-06-12';
  const tag = options.emailTag ?? `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const [eventDay] = await db
    .insert(eventDays)
    .values({ centerId, name: options.name ?? 'Scene Futófesztivál', day, place: 'Kecskemét', status: 'draft' })
    .returning({ id: eventDays.id });
  if (!eventDay) throw new Error('scene event day missing');
  const tasks = await db
    .insert(eventDayTasks)
    .values([
      {
        eventDayId: eventDay.id,
        name: 'Frissítőpont',
        startsAt: budapestToInstant(day, '08:00'),
        endsAt: budapestToInstant(day, '11:00'),
        capacity: 2,
        requiredSeats: 1,
      },
      {
        eventDayId: eventDay.id,
        name: 'Rajt-cél',
        startsAt: budapestToInstant(day, '09:00'),
        endsAt: budapestToInstant(day, '12:00'),
        capacity: 2,
        requiredSeats: 1,
      },
      {
        eventDayId: eventDay.id,
        name: 'Esti bontás',
        startsAt: budapestToInstant(day, '18:00'),
        endsAt: budapestToInstant(day, '21:00'),
        capacity: 2,
        requiredSeats: 0,
      },
    ])
    .returning({ id: eventDayTasks.id });
  const people = [
    ['Kiss', 'Anna', ['Rajt-cél', 'Frissítőpont']],
    ['Nagy', 'Béla', ['Rajt-cél']],
    ['Szabó', 'Dóra', ['Frissítőpont']],
    ['Varga', 'Emese', ['Esti bontás']],
  ] as const;
  const volunteerIds: string[] = [];
  for (const [i, [familyName, givenName]] of people.entries()) {
    const volunteer = await createVolunteer(db, { centerId, familyName, givenName, birthDate: '1990-01-01', email: `scene-${tag}-${i}@example.hu` });
    volunteerIds.push(volunteer.id);
  }
  await db.insert(eventDayVolunteers).values(
    people.map(([, , ranked], i) => ({
      eventDayId: eventDay.id,
      volunteerId: volunteerIds[i] as string,
      rankedTasks: [...ranked],
      friendVolunteerId: i === 1 ? volunteerIds[0] : null,
    })),
  );
  return { eventDayId: eventDay.id, volunteerIds, taskIds: tasks.map((t) => t.id) };
}
