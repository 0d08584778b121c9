import type { Database } from '../../db/database.js';
import { eventDayAssignments, eventDays, eventDayTasks, eventDayVolunteers } from '../../db/schema/index.js';
import { budapestToInstant } from '../../platform/budapest-time.js';
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
