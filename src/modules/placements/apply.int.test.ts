import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../db/schema/index.js';
import { createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import {
  applicationIdFrom,
  applicationRow,
  auditOf,
  clientFor,
  eventsOf,
  hostScene,
  mailsTo,
  seatsTaken,
  shiftFor,
  volunteerWithLogin,
} from './placements-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('applying to an opportunity', () => {
  it('records the application with an event, an audit entry and a mail to the organization', async () => {
    const { opportunity, member } = await hostScene(t);
    const { client, volunteer } = await volunteerWithLogin(t);
    const res = await client.post(`/opportunities/${opportunity.id}/apply`);
    expect(res.statusCode).toBe(303);
    const id = applicationIdFrom(res.headers.location);
    const row = await applicationRow(t.db, id);
    expect(row).toMatchObject({ volunteerId: volunteer.id, status: 'applied', origin: 'volunteer', shiftId: null, centerId: opportunity.centerId });
    expect((await eventsOf(t.db, id)).map((e) => e.toStatus)).toEqual(['applied']);
    expect(await auditOf(t.db, id)).toHaveLength(1);
    const mails = await mailsTo(t.db, member.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.textBody).toContain(`/applications/${id}`);
    expect(mails[0]?.subject).toContain('Jelentkezett');
  });

  it('sends a second attempt to the existing application ("already applied")', async () => {
    const { opportunity } = await hostScene(t);
    const { client, volunteer } = await volunteerWithLogin(t);
    const first = applicationIdFrom((await client.post(`/opportunities/${opportunity.id}/apply`)).headers.location);
    const again = await client.post(`/opportunities/${opportunity.id}/apply`);
    expect(again.statusCode).toBe(303);
    expect(applicationIdFrom(again.headers.location)).toBe(first);
    const page = await client.get(String(again.headers.location));
    expect(page.body).toContain('Erre már jelentkeztél');
    expect(await t.db.select().from(applications).where(eq(applications.volunteerId, volunteer.id))).toHaveLength(1);
  });

  it('asks a user without a volunteer profile to create one, then to come back to this opportunity', async () => {
    const { opportunity } = await hostScene(t);
    const client = await clientFor(t, (await createUser(t.db)).id);
    const res = await client.post(`/opportunities/${opportunity.id}/apply`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/volunteer/profile?next=${encodeURIComponent(`/opportunities/${opportunity.id}#apply`)}`);
  });

  it('sends anonymous visitors to log in, and refuses a missing CSRF token', async () => {
    const { opportunity } = await hostScene(t);
    const { client } = await volunteerWithLogin(t);
    expect((await client.post(`/opportunities/${opportunity.id}/apply`, {}, { csrf: false })).statusCode).toBe(403);
    const anonymous = await new TestClient(t.app, t.config.secretKey).post(`/opportunities/${opportunity.id}/apply`);
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses with the reasons when hard rules fail (guardian consent, minimum age)', async () => {
    const { opportunity } = await hostScene(t, { opportunity: { minAge: 14 } });
    const { client } = await volunteerWithLogin(t, { birthDate: '2013-01-01' });
    const res = await client.post(`/opportunities/${opportunity.id}/apply`);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('legalább 14 évesnek');
    expect(res.body).toContain('gondviselő hozzájárulása');
    expect(await t.db.select().from(applications).where(eq(applications.opportunityId, opportunity.id))).toHaveLength(0);
  });

  it('refuses minors a night shift', async () => {
    const { opportunity } = await hostScene(t);
    const start = new Date(Date.now() + 5 * 86_400_000);
    start.setUTCHours(19, 0, 0, 0); // 20:00 or 21:00 in Budapest
    const shift = await shiftFor(t.db, opportunity.id, { startsAt: start, endsAt: new Date(start.getTime() + 2 * 3_600_000) });
    const { client } = await volunteerWithLogin(t, { birthDate: '2009-03-01' });
    const res = await client.post(`/shifts/${shift.id}/signup`);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('20 és 6 óra között');
  });

  it('refuses a minor a second shift that day over the school-day cap (Köt. 5. §, with the other booked shift)', async () => {
    const { opportunity } = await hostScene(t);
    // A Wednesday at least a week away: a school day (weekdays of an unconfigured school year count as school days).
    const day = new Date(Date.now() + 7 * 86_400_000);
    day.setUTCDate(day.getUTCDate() + ((3 - day.getUTCDay() + 7) % 7));
    const at = (utcHour: number) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), utcHour, 0));
    const first = await shiftFor(t.db, opportunity.id, { startsAt: at(8), endsAt: new Date(at(8).getTime() + 90 * 60_000) });
    const second = await shiftFor(t.db, opportunity.id, { startsAt: at(12), endsAt: new Date(at(12).getTime() + 90 * 60_000) });
    const fifteen = new Date(Date.now() - 15.5 * 365.25 * 86_400_000).toISOString().slice(0, 10);
    const { client } = await volunteerWithLogin(t, { birthDate: fifteen, guardianConsentAt: new Date() });
    expect((await client.post(`/shifts/${first.id}/signup`)).statusCode).toBe(303);
    const res = await client.post(`/shifts/${second.id}/signup`);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('legfeljebb napi 2 órát tevékenykedhet (Köt. 5. §');
    expect(res.body).toContain('ezzel 3 óra lenne');
    expect(await t.db.select().from(applications).where(eq(applications.shiftId, second.id))).toHaveLength(0);
  });

  it('refuses opportunities that are not published', async () => {
    const { opportunity } = await hostScene(t, { opportunity: { status: 'draft' } });
    const { client } = await volunteerWithLogin(t);
    const res = await client.post(`/opportunities/${opportunity.id}/apply`);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('nem lehet jelentkezni');
  });

  it('gives 404 for an unknown opportunity and 400 for a malformed shift id', async () => {
    const { client } = await volunteerWithLogin(t);
    expect((await client.post('/opportunities/00000000-0000-4000-8000-000000000000/apply')).statusCode).toBe(404);
    const { opportunity } = await hostScene(t);
    expect((await client.post(`/opportunities/${opportunity.id}/apply`, { shiftId: 'nem-uuid' })).statusCode).toBe(400);
  });
});

describe('shift sign-up and waitlist', () => {
  it('accepts while seats last, then waitlists; follow-up is two weeks after the start', async () => {
    const { opportunity } = await hostScene(t);
    const shift = await shiftFor(t.db, opportunity.id, { capacity: 2 });
    const statuses: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { client } = await volunteerWithLogin(t);
      const res = await client.post(`/opportunities/${opportunity.id}/apply`, { shiftId: shift.id });
      expect(res.statusCode).toBe(303);
      statuses.push((await applicationRow(t.db, applicationIdFrom(res.headers.location))).status);
    }
    expect(statuses).toEqual(['accepted', 'accepted', 'waitlisted']);
    expect(await seatsTaken(t.db, shift.id)).toBe(2);
    const accepted = await t.db.select().from(applications).where(eq(applications.shiftId, shift.id));
    const day = new Date(shift.startsAt.getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
    expect(accepted.filter((a) => a.holdsSeat).map((a) => a.followUpOn)).toEqual([day, day]);
  });

  it('refuses a full shift without a waitlist', async () => {
    const { opportunity } = await hostScene(t);
    const shift = await shiftFor(t.db, opportunity.id, { capacity: 1, waitlistEnabled: false });
    expect((await (await volunteerWithLogin(t)).client.post(`/shifts/${shift.id}/signup`)).statusCode).toBe(303);
    const res = await (await volunteerWithLogin(t)).client.post(`/shifts/${shift.id}/signup`);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('nincs várólistája');
    expect(await seatsTaken(t.db, shift.id)).toBe(1);
  });

  it('refuses cancelled and past shifts', async () => {
    const { opportunity } = await hostScene(t);
    const cancelled = await shiftFor(t.db, opportunity.id, { cancelledAt: new Date() });
    const past = await shiftFor(t.db, opportunity.id, { startsAt: new Date(Date.now() - 86_400_000) });
    const { client } = await volunteerWithLogin(t);
    expect((await client.post(`/shifts/${cancelled.id}/signup`)).statusCode).toBe(422);
    const res = await client.post(`/shifts/${past.id}/signup`);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('már elkezdődött');
  });

  it('on withdrawal offers the seat to the first on the waitlist (held for them), with an e-mail', async () => {
    const { opportunity } = await hostScene(t);
    const shift = await shiftFor(t.db, opportunity.id, { capacity: 1 });
    const seated = await volunteerWithLogin(t);
    const first = await volunteerWithLogin(t);
    const second = await volunteerWithLogin(t);
    await seated.client.post(`/shifts/${shift.id}/signup`);
    const firstId = applicationIdFrom((await first.client.post(`/shifts/${shift.id}/signup`)).headers.location);
    const secondId = applicationIdFrom((await second.client.post(`/shifts/${shift.id}/signup`)).headers.location);
    const mailsBefore = (await mailsTo(t.db, first.user.email)).length;

    const res = await seated.client.post(`/shifts/${shift.id}/withdraw`);
    expect(res.statusCode).toBe(303);
    const withdrawn = await applicationRow(t.db, applicationIdFrom(res.headers.location));
    expect(withdrawn).toMatchObject({ status: 'withdrawn', holdsSeat: false });
    expect(await applicationRow(t.db, firstId)).toMatchObject({ status: 'offered', holdsSeat: true });
    expect((await applicationRow(t.db, firstId)).offerExpiresAt).not.toBeNull();
    expect(await applicationRow(t.db, secondId)).toMatchObject({ status: 'waitlisted', holdsSeat: false });
    expect(await seatsTaken(t.db, shift.id)).toBe(1);
    const mails = await mailsTo(t.db, first.user.email);
    expect(mails.length).toBe(mailsBefore + 1);
    expect(mails.at(-1)?.subject).toContain('Felszabadult egy hely');
    expect(mails.at(-1)?.textBody).toContain(`/applications/${firstId}/offer`);
    const events = await eventsOf(t.db, firstId);
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorUserId])).toEqual([
      [null, 'waitlisted', first.user.id],
      ['waitlisted', 'offered', seated.user.id],
    ]);
  });

  it('withdrawing from the waitlist frees no seat', async () => {
    const { opportunity } = await hostScene(t);
    const shift = await shiftFor(t.db, opportunity.id, { capacity: 1 });
    await (await volunteerWithLogin(t)).client.post(`/shifts/${shift.id}/signup`);
    const waiting = await volunteerWithLogin(t);
    await waiting.client.post(`/shifts/${shift.id}/signup`);
    expect((await waiting.client.post(`/shifts/${shift.id}/withdraw`)).statusCode).toBe(303);
    expect(await seatsTaken(t.db, shift.id)).toBe(1);
  });

  it('gives 404 when withdrawing from a shift one never signed up for', async () => {
    const { opportunity } = await hostScene(t);
    const shift = await shiftFor(t.db, opportunity.id);
    expect((await (await volunteerWithLogin(t)).client.post(`/shifts/${shift.id}/withdraw`)).statusCode).toBe(404);
  });
});

describe('changing one’s mind', () => {
  it('a withdrawn sign-up comes back on the same record (seat or waitlist again), with the whole timeline', async () => {
    const { opportunity } = await hostScene(t);
    const shift = await shiftFor(t.db, opportunity.id, { capacity: 1 });
    const me = await volunteerWithLogin(t);
    const id = applicationIdFrom((await me.client.post(`/shifts/${shift.id}/signup`)).headers.location);
    await me.client.post(`/shifts/${shift.id}/withdraw`);
    expect(await seatsTaken(t.db, shift.id)).toBe(0);
    const again = await me.client.post(`/shifts/${shift.id}/signup`);
    expect(applicationIdFrom(again.headers.location)).toBe(id);
    expect(await applicationRow(t.db, id)).toMatchObject({ status: 'accepted', holdsSeat: true });
    expect(await seatsTaken(t.db, shift.id)).toBe(1);
    expect((await eventsOf(t.db, id)).map((e) => e.toStatus)).toEqual(['accepted', 'withdrawn', 'accepted']);
  });

  it('a declined application stays declined ("already applied")', async () => {
    const { opportunity, memberClient } = await hostScene(t);
    const me = await volunteerWithLogin(t);
    const id = applicationIdFrom((await me.client.post(`/opportunities/${opportunity.id}/apply`)).headers.location);
    await memberClient.post(`/applications/${id}/status`, { status: 'declined', reason: 'Nem illik a feladathoz' });
    const again = await me.client.post(`/opportunities/${opportunity.id}/apply`);
    expect(applicationIdFrom(again.headers.location)).toBe(id);
    expect((await applicationRow(t.db, id)).status).toBe('declined');
  });
});
