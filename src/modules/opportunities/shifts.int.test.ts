import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationEvents, applications, opportunities, shifts } from '../../db/schema/index.js';
import { toBudapestLocal } from '../../platform/budapest-time.js';
import { createOpportunity, createShift, createVolunteer } from '../../test-support/brokering-factories.js';
import { createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { actorFor, auditRows, buildOpportunityWorld, mailsTo } from './opportunities-test-support.js';
import { generateShifts } from './shift-service.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildOpportunityWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildOpportunityWorld(t);
});
afterAll(async () => {
  await t?.close();
});

const shiftsOf = (opportunityId: string) => t.db.select().from(shifts).where(eq(shifts.opportunityId, opportunityId)).orderBy(shifts.startsAt);

describe('adding a shift', () => {
  it('stores Budapest local time as the right instant, with an audit row', async () => {
    const o = await createOpportunity(t.db, w.organization);
    const member = await w.clientOf(w.member);
    const res = await member.post(`/opportunities/${o.id}/shifts`, {
      startsAt: '2027-07-10T09:00',
      endsAt: '2027-07-10T12:30',
      capacity: '12',
      waitlist: 'on',
    });
    expect(res.statusCode).toBe(303);
    const [shift] = await shiftsOf(o.id);
    expect(shift?.startsAt.toISOString()).toBe('2027-07-10T07:00:00.000Z');
    expect(shift?.endsAt.toISOString()).toBe('2027-07-10T10:30:00.000Z');
    expect(shift).toMatchObject({ capacity: 12, waitlistEnabled: true, seatsTaken: 0, cancelledAt: null });
    expect((await auditRows(t.db, 'shift', shift?.id as string)).map((a) => a.action)).toEqual(['create']);
    const page = await member.get(`/opportunities/${o.id}/shifts`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('2027. 07. 10. 09:00');
    expect(page.body).toContain('0 / 12');
  });

  it('reports Hungarian errors: end before start, start in the past, capacity out of range', async () => {
    const o = await createOpportunity(t.db, w.organization);
    const member = await w.clientOf(w.member);
    const res = await member.post(`/opportunities/${o.id}/shifts`, { startsAt: '2027-07-10T12:00', endsAt: '2027-07-10T09:00', capacity: '0' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('A befejezésnek a kezdés után kell lennie.');
    expect(res.body).toContain('A létszám 1 és 1000 közötti egész szám lehet.');
    const past = await member.post(`/opportunities/${o.id}/shifts`, { startsAt: '2020-01-01T10:00', endsAt: '2020-01-01T12:00', capacity: '5' });
    expect(past.statusCode).toBe(422);
    expect(past.body).toContain('A kezdés nem lehet a múltban.');
    const malformed = await member.post(`/opportunities/${o.id}/shifts`, { startsAt: 'holnap', endsAt: '2027-07-10T12:00', capacity: '5' });
    expect(malformed.body).toContain('ÉÉÉÉ-HH-NNTÓÓ:PP');
    expect(await shiftsOf(o.id)).toHaveLength(0);
  });

  it('refuses non-members and closed opportunities', async () => {
    const o = await createOpportunity(t.db, w.organization);
    const form = { startsAt: '2027-07-10T09:00', endsAt: '2027-07-10T12:00', capacity: '5' };
    expect((await (await w.clientOf(w.stranger)).post(`/opportunities/${o.id}/shifts`, form)).statusCode).toBe(403);
    expect((await (await w.clientOf(w.coordinatorA)).post(`/opportunities/${o.id}/shifts`, form)).statusCode).toBe(403);
    const closed = await createOpportunity(t.db, w.organization, { status: 'closed' });
    expect((await (await w.clientOf(w.member)).post(`/opportunities/${closed.id}/shifts`, form)).statusCode).toBe(403);
    expect(await shiftsOf(o.id)).toHaveLength(0);
  });

  it('shows the list to members and center staff, not to strangers or other centers', async () => {
    const o = await createOpportunity(t.db, w.organization);
    await createShift(t.db, o.id);
    expect((await (await w.clientOf(w.coordinatorA)).get(`/opportunities/${o.id}/shifts`)).statusCode).toBe(200);
    expect((await (await w.clientOf(w.stranger)).get(`/opportunities/${o.id}/shifts`)).statusCode).toBe(403);
    expect((await (await w.clientOf(w.adminB)).get(`/opportunities/${o.id}/shifts`)).statusCode).toBe(403);
    const csv = await (await w.clientOf(w.member)).get(`/opportunities/${o.id}/shifts?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
  });
});

describe('weekly pattern', () => {
  it('generates wall-clock shifts across the March 2027 DST change, idempotently', async () => {
    const o = await createOpportunity(t.db, w.organization, { kind: 'regular' });
    const actor = actorFor(w.member);
    // Wednesday 17 March 2027; clocks go forward on Sunday 28 March.
    const now = new Date('2027-03-17T10:00:00Z');
    const pattern = {
      slots: [
        { day: 7, start: '10:00', end: '12:00', capacity: 6 },
        { day: 1, start: '17:30', end: '19:00', capacity: 4 },
      ],
      weeks: 2,
      waitlist: false,
    };
    expect(await generateShifts(t.db, actor, o.id, pattern, now)).toEqual({ created: 4, skipped: 0 });
    const rows = await shiftsOf(o.id);
    expect(rows.map((s) => toBudapestLocal(s.startsAt))).toEqual(['2027-03-21T10:00', '2027-03-22T17:30', '2027-03-28T10:00', '2027-03-29T17:30']);
    expect(rows.map((s) => s.startsAt.toISOString())).toEqual([
      '2027-03-21T09:00:00.000Z',
      '2027-03-22T16:30:00.000Z',
      '2027-03-28T08:00:00.000Z',
      '2027-03-29T15:30:00.000Z',
    ]);
    expect(rows.every((s) => !s.waitlistEnabled)).toBe(true);
    const [stored] = await t.db.select({ p: opportunities.weeklyPattern }).from(opportunities).where(eq(opportunities.id, o.id));
    expect(stored?.p).toEqual(pattern.slots);

    // Again, now three weeks: only the third week is new.
    expect(await generateShifts(t.db, actor, o.id, { ...pattern, weeks: 3 }, now)).toEqual({ created: 2, skipped: 4 });
    expect(await shiftsOf(o.id)).toHaveLength(6);
    expect(await generateShifts(t.db, actor, o.id, { ...pattern, weeks: 3 }, now)).toEqual({ created: 0, skipped: 6 });
    expect((await auditRows(t.db, 'opportunity', o.id)).filter((a) => a.action === 'generate_shifts')).toHaveLength(3);
  });

  it('works through the form: saves the pattern, reports row errors, refuses one-off opportunities', async () => {
    const o = await createOpportunity(t.db, w.organization, { kind: 'regular' });
    const member = await w.clientOf(w.member);
    const form = { day_0: '3', start_0: '16:00', end_0: '18:00', capacity_0: '5', weeks: '2', waitlist: 'on' };
    expect((await member.post(`/opportunities/${o.id}/shifts/generate`, form)).statusCode).toBe(303);
    expect(await shiftsOf(o.id)).toHaveLength(2);
    expect((await member.post(`/opportunities/${o.id}/shifts/generate`, form)).statusCode).toBe(303);
    expect(await shiftsOf(o.id)).toHaveLength(2);
    const page = await member.get(`/opportunities/${o.id}/shifts`);
    expect(page.body).toContain('Heti beosztás');
    expect(page.body).toMatch(/name="start_0"[^>]*value="16:00"|value="16:00"[^>]*name="start_0"/);

    const bad = await member.post(`/opportunities/${o.id}/shifts/generate`, { ...form, end_0: '15:00', weeks: '30' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('A befejezésnek a kezdés után kell lennie.');
    expect(bad.body).toContain('1 és 26 közötti hetet adjon meg.');

    const oneOff = await createOpportunity(t.db, w.organization, { kind: 'one_off' });
    const refused = await member.post(`/opportunities/${oneOff.id}/shifts/generate`, form);
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Heti beosztás csak rendszeres lehetőséghez adható meg.');
    expect((await (await w.clientOf(w.stranger)).post(`/opportunities/${o.id}/shifts/generate`, form)).statusCode).toBe(403);
  });
});

describe('cancelling a shift', () => {
  it('needs confirmation, then e-mails everyone who applied (not those who withdrew) and records the audit row', async () => {
    const o = await createOpportunity(t.db, w.organization, { title: 'Lemondandó műszak' });
    const shift = await createShift(t.db, o.id, { startsAt: new Date('2027-05-08T07:00:00Z') });
    const withLogin = await createUser(t.db, { familyName: 'Önkéntes', givenName: 'Dóra' });
    const accepted = await createVolunteer(t.db, { userId: withLogin.id, givenName: 'Dóra' });
    const waiting = await createVolunteer(t.db, { email: 'varolistas@kapocs.example', givenName: 'Ernő' });
    const withdrawn = await createVolunteer(t.db, { email: 'visszalepett@kapocs.example' });
    const base = { opportunityId: o.id, shiftId: shift.id, centerId: o.centerId, origin: 'volunteer' };
    await t.db.insert(applications).values([
      { ...base, volunteerId: accepted.id, status: 'accepted', holdsSeat: true },
      { ...base, volunteerId: waiting.id, status: 'waitlisted', waitlistedAt: new Date() },
      { ...base, volunteerId: withdrawn.id, status: 'withdrawn' },
    ]);
    const member = await w.clientOf(w.member);

    const unconfirmed = await member.post(`/shifts/${shift.id}/cancel`, {});
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.body).toContain('A folytatáshoz jelölje be a megerősítést.');

    expect((await (await w.clientOf(w.stranger)).post(`/shifts/${shift.id}/cancel`, { confirm: 'on' })).statusCode).toBe(403);
    expect((await shiftsOf(o.id))[0]?.cancelledAt).toBeNull();

    const res = await member.post(`/shifts/${shift.id}/cancel`, { confirm: 'on' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/opportunities/${o.id}/shifts`);
    expect((await shiftsOf(o.id))[0]?.cancelledAt).toBeInstanceOf(Date);

    const toLogin = await mailsTo(t.db, withLogin.email);
    expect(toLogin).toHaveLength(1);
    expect(toLogin[0]?.subject).toBe('Elmarad egy műszak: Lemondandó műszak');
    expect(toLogin[0]?.textBody).toContain('Kedves Dóra!');
    expect(toLogin[0]?.textBody).toContain('2027. 05. 08. 09:00');
    expect(await mailsTo(t.db, 'varolistas@kapocs.example')).toHaveLength(1);
    expect(await mailsTo(t.db, 'visszalepett@kapocs.example')).toHaveLength(0);
    expect((await auditRows(t.db, 'shift', shift.id)).map((a) => a.action)).toEqual(['cancel']);
    // The open applications end and the seat is freed, with a timeline event each.
    const after = await t.db.select().from(applications).where(eq(applications.shiftId, shift.id));
    expect(after.map((a) => a.status).sort()).toEqual(['withdrawn', 'withdrawn', 'withdrawn']);
    expect(after.every((a) => !a.holdsSeat)).toBe(true);
    expect((await shiftsOf(o.id))[0]?.seatsTaken).toBe(0);
    const events = await t.db
      .select()
      .from(applicationEvents)
      .where(
        inArray(
          applicationEvents.applicationId,
          after.map((a) => a.id),
        ),
      );
    expect(events.map((e) => `${e.fromStatus}>${e.toStatus}`).sort()).toEqual(['accepted>withdrawn', 'waitlisted>withdrawn']);

    // A second cancel changes nothing and sends nothing.
    expect((await member.post(`/shifts/${shift.id}/cancel`, { confirm: 'on' })).statusCode).toBe(303);
    expect(await mailsTo(t.db, 'varolistas@kapocs.example')).toHaveLength(1);
    const page = await member.get(`/opportunities/${o.id}/shifts`);
    expect(page.body).toContain('Lemondva');
  });
});
