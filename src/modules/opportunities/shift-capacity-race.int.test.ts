import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { volunteerWithLogin } from '../placements/placements-test-support.js';
import { editForm, shiftRow, shiftScene } from './shift-test-support.js';

/**
 * Sign-ups racing a capacity cut never overbook: 30 volunteers sign up while the organization cuts a
 * 10-seat shift (5 taken) to 3 and moves the excess to the waitlist. Whatever the order the row lock
 * lets them through in, the shift ends with exactly 3 seat holders and seats_taken agrees. On
 * PostgreSQL the requests run on separate pooled connections, so the row lock really serialises them.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('sign-ups racing a capacity decrease', () => {
  it('never exceed the new capacity', async () => {
    const { host, shift } = await shiftScene(t, { capacity: 10, signUps: 5 });
    const racers = [];
    for (let i = 0; i < 30; i++) racers.push(await volunteerWithLogin(t));
    const cut = host.memberClient.post(`/shifts/${shift.id}/edit`, { ...editForm(shift, { capacity: '3' }), choice: 'move' });
    const statuses = await Promise.all([...racers.map((r) => r.client.post(`/shifts/${shift.id}/signup`)), cut].map(async (p) => (await p).statusCode));
    expect(new Set(statuses)).toEqual(new Set([303]));

    const after = await shiftRow(t.db, shift.id);
    const [held] = await t.db
      .select({ n: sql<number>`count(*) filter (where ${applications.holdsSeat})::int`, total: sql<number>`count(*)::int` })
      .from(applications)
      .where(eq(applications.shiftId, shift.id));
    expect(after.capacity).toBe(3);
    expect(after.seatsTaken).toBe(3);
    expect(held).toEqual({ n: 3, total: 35 });
  }, 120_000);
});
