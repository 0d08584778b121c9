import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingRegistrations } from '../../db/schema/index.js';
import { toBudapestLocal } from '../../platform/budapest-time.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { volunteerWithLogin } from '../placements/placements-test-support.js';
import { sessionRow, trainingScene } from './trainings-test-support.js';

/**
 * Registrations racing a capacity raise never overbook: 30 volunteers register for a five-seat
 * session while its coordinator raises it to eight. Whatever order the session's row lock lets them
 * through in, it ends with exactly eight seat holders (registered, or offered from the waitlist),
 * seats_taken agrees, and the other 22 wait in a strict order. On PostgreSQL the requests run on
 * separate pooled connections, so the row lock really serialises them.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('registrations racing a capacity raise', () => {
  it('never exceed the capacity, and keep the waitlist in order', async () => {
    const { session, coordinatorClient } = await trainingScene(t, { session: { capacity: 5 } });
    const racers = [];
    for (let i = 0; i < 30; i++) racers.push(await volunteerWithLogin(t));
    const raise = coordinatorClient.post(`/trainings/sessions/${session.id}/edit`, {
      startsAt: toBudapestLocal(session.startsAt),
      endsAt: toBudapestLocal(session.endsAt),
      place: 'Kecskemét',
      address: 'Fő utca 1.',
      trainerName: 'Teszt Tréner',
      capacity: '8',
      holdHours: '48',
    });
    const requests = [...racers.map((r) => r.client.post(`/trainings/sessions/${session.id}/register`)), raise];
    const statuses = await Promise.all(requests.map(async (p) => (await p).statusCode));
    expect(new Set(statuses)).toEqual(new Set([303]));

    const after = await sessionRow(t.db, session.id);
    const [counts] = await t.db
      .select({
        held: sql<number>`count(*) filter (where ${trainingRegistrations.holdsSeat})::int`,
        seated: sql<number>`count(*) filter (where ${trainingRegistrations.status} in ('registered', 'offered'))::int`,
        waiting: sql<number>`count(*) filter (where ${trainingRegistrations.status} = 'waitlisted')::int`,
        waitingTimes: sql<number>`count(distinct ${trainingRegistrations.waitlistedAt}) filter (where ${trainingRegistrations.status} = 'waitlisted')::int`,
        total: sql<number>`count(*)::int`,
      })
      .from(trainingRegistrations)
      .where(eq(trainingRegistrations.sessionId, session.id));
    expect(after.capacity).toBe(8);
    expect(after.seatsTaken).toBe(8);
    expect(counts).toEqual({ held: 8, seated: 8, waiting: 22, waitingTimes: 22, total: 30 });
  }, 120_000);
});
