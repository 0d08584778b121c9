import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../db/schema/index.js';
import { receiveDueMail } from '../../test-support/received-mail.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { shiftScene } from '../opportunities/shift-test-support.js';
import { applicationRow, eventsOf, seatsTaken } from './placements-test-support.js';
import { expireSeatOffers, offerExpiredNote } from './seat-offers.js';

/**
 * A freed seat is offered to the first on the waitlist with a hold: confirm makes it theirs, decline
 * or expiry passes it on; the expiry job (run here with a fixed now) is idempotent and parallel-safe.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const options = () => ({ baseUrl: t.config.baseUrl });

/** A full one-seat shift with two on the waitlist, and the seat freed by a withdrawal: the first is offered it. */
async function offeredScene() {
  const scene = await shiftScene(t, { capacity: 1, signUps: 3 });
  const [seated, first, second] = scene.volunteers;
  expect((await seated!.client.post(`/shifts/${scene.shift.id}/withdraw`)).statusCode).toBe(303);
  return { ...scene, first: first!, second: second! };
}

describe('seat offers', () => {
  it('holds the seat for 24 hours (never past the start); confirming makes it theirs', async () => {
    const before = Date.now();
    const { shift, first, second } = await offeredScene();
    const offered = await applicationRow(t.db, first.applicationId);
    expect(offered).toMatchObject({ status: 'offered', holdsSeat: true });
    const hold = offered.offerExpiresAt!.getTime() - before;
    expect(hold).toBeGreaterThanOrEqual(24 * 3_600_000);
    expect(hold).toBeLessThan(24 * 3_600_000 + 60_000);
    expect(await seatsTaken(t.db, shift.id)).toBe(1);

    const page = await first.client.get(`/applications/${first.applicationId}/offer`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Kérem a helyet');
    // Only the volunteer answers their offer.
    expect((await second.client.get(`/applications/${first.applicationId}/offer`)).statusCode).toBe(404);

    const res = await first.client.post(`/applications/${first.applicationId}/offer`, { answer: 'confirm' });
    expect(res.statusCode).toBe(303);
    const accepted = await applicationRow(t.db, first.applicationId);
    expect(accepted).toMatchObject({ status: 'accepted', holdsSeat: true, offerExpiresAt: null });
    expect(accepted.followUpOn).not.toBeNull();
    expect(await seatsTaken(t.db, shift.id)).toBe(1);
    expect((await eventsOf(t.db, first.applicationId)).map((e) => `${e.fromStatus}>${e.toStatus}`)).toEqual([
      'null>waitlisted',
      'waitlisted>offered',
      'offered>accepted',
    ]);
    expect((await applicationRow(t.db, second.applicationId)).status).toBe('waitlisted');
  });

  it('declining passes the seat to the next on the waitlist', async () => {
    const { shift, first, second } = await offeredScene();
    expect((await first.client.post(`/applications/${first.applicationId}/offer`, { answer: 'decline' })).statusCode).toBe(303);
    expect(await applicationRow(t.db, first.applicationId)).toMatchObject({ status: 'withdrawn', holdsSeat: false });
    expect(await applicationRow(t.db, second.applicationId)).toMatchObject({ status: 'offered', holdsSeat: true });
    expect(await seatsTaken(t.db, shift.id)).toBe(1);
  });

  it('expiry (the job at a fixed now) moves the offer to the next and tells the first', async () => {
    const { shift, first, second } = await offeredScene();
    const expiresAt = (await applicationRow(t.db, first.applicationId)).offerExpiresAt!;
    await receiveDueMail(t.db);
    await expireSeatOffers(t.db, new Date(expiresAt.getTime() - 1000), options());
    expect((await applicationRow(t.db, first.applicationId)).status).toBe('offered');
    const now = new Date(expiresAt.getTime() + 1000);
    // Offers of the other tests' shifts (same database) lapse too: at least this one.
    expect(await expireSeatOffers(t.db, now, options())).toBeGreaterThanOrEqual(1);
    expect(await applicationRow(t.db, first.applicationId)).toMatchObject({ status: 'withdrawn', holdsSeat: false, offerExpiresAt: null });
    expect((await eventsOf(t.db, first.applicationId)).at(-1)).toMatchObject({ fromStatus: 'offered', toStatus: 'withdrawn', note: offerExpiredNote });
    const next = await applicationRow(t.db, second.applicationId);
    expect(next.status).toBe('offered');
    expect(next.offerExpiresAt!.getTime()).toBe(Math.min(now.getTime() + 24 * 3_600_000, shift.startsAt.getTime()));
    expect(await seatsTaken(t.db, shift.id)).toBe(1);
    const received = await receiveDueMail(t.db);
    expect(received.get(first.user.email)?.[0]?.subject).toBe('Lejárt a felajánlott hely: Műszakos faültetés');
    expect(received.get(second.user.email)?.[0]?.subject).toBe('Felszabadult egy hely: Műszakos faültetés');
  });

  it('a confirmation after the hold ended is refused, even before the job ran', async () => {
    const { first } = await offeredScene();
    await t.db
      .update(applications)
      .set({ offerExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(applications.id, first.applicationId));
    const res = await first.client.post(`/applications/${first.applicationId}/offer`, { answer: 'confirm' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('lejárt');
    expect((await applicationRow(t.db, first.applicationId)).status).toBe('offered');
  });

  it('the job run twice, and twice in parallel, never double-offers', async () => {
    const scene = await shiftScene(t, { capacity: 1, signUps: 4 });
    const [seated, first, second, third] = scene.volunteers;
    await seated!.client.post(`/shifts/${scene.shift.id}/withdraw`);
    const expiresAt = (await applicationRow(t.db, first!.applicationId)).offerExpiresAt!;
    const now = new Date(expiresAt.getTime() + 1000);
    await Promise.all([expireSeatOffers(t.db, now, options()), expireSeatOffers(t.db, now, options())]);
    // Whatever was due is done: a third run finds nothing.
    expect(await expireSeatOffers(t.db, now, options())).toBe(0);
    expect((await eventsOf(t.db, first!.applicationId)).filter((e) => e.note === offerExpiredNote)).toHaveLength(1);
    const statuses = await Promise.all([first, second, third].map(async (v) => (await applicationRow(t.db, v!.applicationId)).status));
    expect(statuses).toEqual(['withdrawn', 'offered', 'waitlisted']);
    expect(await seatsTaken(t.db, scene.shift.id)).toBe(1);
    expect((await eventsOf(t.db, second!.applicationId)).filter((e) => e.toStatus === 'offered')).toHaveLength(1);
  });
});
