import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, eventDayAssignments, eventDays, eventDayTasks, eventDayVolunteers, outbox, volunteers } from '../../db/schema/index.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { staffMember } from '../inquiries/inquiries-test-support.js';

/**
 * Event days end to end over HTTP: who may open them (another center's coordinator 404, a volunteer
 * 403), building a day through the forms, running the optimal assignment with reasons, pinning,
 * re-running (pins kept), publishing (one e-mail per assigned volunteer), the re-run confirmation of a
 * published day, the rosters and the list export.
 */
let t: TestApp;
let scene: Awaited<ReturnType<typeof makeScene>>;

async function makeScene() {
  const center = await createCenter(t.db);
  const otherCenter = await createCenter(t.db);
  const coordinator = await staffMember(t, [{ role: 'center_coordinator', centerId: center.id }]);
  const foreign = await staffMember(t, [{ role: 'center_coordinator', centerId: otherCenter.id }]);
  const volunteerUser = await staffMember(t, [{ role: 'volunteer' }]);
  const people = await Promise.all(
    [
      ['Kiss', 'Anna', '1990-01-01'],
      ['Nagy', 'Béla', '1985-01-01'],
      ['Tóth', 'Csaba', '2010-01-01'],
      ['Szabó', 'Dóra', '1999-01-01'],
    ].map(([familyName, givenName, birthDate], i) =>
      createVolunteer(t.db, {
        centerId: center.id,
        familyName,
        givenName,
        birthDate,
        email: `eventday-${i}-${Date.now()}@example.hu`,
        guardianConsentAt: new Date('2026-01-01T00:00:00Z'),
      }),
    ),
  );
  return { center, coordinator, foreign, volunteerUser, people };
}

beforeAll(async () => {
  t = await createTestApp();
  scene = await makeScene();
});
afterAll(async () => {
  await t?.close();
});

describe('event days', () => {
  let id = '';

  it('a coordinator creates an event day, its tasks and volunteers through the forms', async () => {
    const c = scene.coordinator.client;
    const created = await c.post('/event-days', { name: 'Próba Futás', day: '2027-05-09', place: 'Kecskemét', programId: '' });
    expect(created.statusCode, created.body.slice(0, 1500)).toBe(303);
    id = String(created.headers.location).split('/').pop() as string;
    const task = (name: string, startsAt: string, endsAt: string, capacity: string, requiredSeats: string, minAge = '') =>
      c.post(`/event-days/${id}/tasks`, { name, startsAt, endsAt, capacity, requiredSeats, requiredQualifications: '', minAge });
    expect((await task('Frissítőpont', '08:00', '11:00', '2', '1')).statusCode).toBe(303);
    expect((await task('Rajt-cél', '09:00', '12:00', '1', '1', '18')).statusCode).toBe(303);
    expect((await task('Esti bontás', '19:00', '22:00', '2', '0')).statusCode).toBe(303);
    const bad = await task('Rossz', '10:00', '09:00', '1', '2');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('A befejezés legyen a kezdés után.');
    const [anna, bela, csaba, dora] = scene.people as unknown as [{ id: string }, { id: string }, { id: string }, { id: string }];
    const wish = (volunteerId: string, rankedTasks: string, friendVolunteerId = '', availableFrom = '', availableUntil = '') =>
      c.post(`/event-days/${id}/volunteers`, { volunteerId, rankedTasks, availableFrom, availableUntil, friendVolunteerId, maxSlots: '1' });
    expect((await wish(anna.id, 'Rajt-cél, Frissítőpont')).statusCode).toBe(303);
    expect((await wish(bela.id, 'Rajt-cél', anna.id)).statusCode).toBe(303);
    expect((await wish(csaba.id, 'Esti bontás', '', '18:00', '')).statusCode).toBe(303);
    expect((await wish(dora.id, '', '', '13:00', '18:00')).statusCode).toBe(303);
    const page = await c.get(`/event-days/${id}?q=Kiss`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Kiss Anna');
  });

  it('another center’s coordinator gets 404, a volunteer 403', async () => {
    for (const path of [`/event-days/${id}`, `/event-days/${id}/result`, `/event-days/${id}/roster?by=task&format=xlsx`]) {
      expect((await scene.foreign.client.get(path)).statusCode).toBe(404);
      expect((await scene.volunteerUser.client.get(path)).statusCode).toBe(403);
    }
    expect((await scene.foreign.client.post(`/event-days/${id}/run`, {})).statusCode).toBe(404);
    expect((await scene.volunteerUser.client.post(`/event-days/${id}/publish`, { confirm: 'on' })).statusCode).toBe(403);
    const list = await scene.foreign.client.get('/event-days');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('Próba Futás');
  });

  it('runs the optimal assignment with reasons, pins, re-runs keeping the pin, publishes with e-mails', async () => {
    const c = scene.coordinator.client;
    const run = await c.post(`/event-days/${id}/run`, {});
    expect(run.statusCode, run.body.slice(0, 1500)).toBe(303);
    const rows = await t.db.select().from(eventDayAssignments).where(eq(eventDayAssignments.eventDayId, id));
    const [anna, bela, csaba, dora] = scene.people as unknown as [{ id: string }, { id: string }, { id: string }, { id: string }];
    const taskOf = (v: string) => rows.find((r) => r.volunteerId === v);
    // Both required seats filled: Béla (adult, wants only Rajt-cél) there, Anna at Frissítőpont with her friend's wish unmet.
    expect(rows).toHaveLength(2);
    expect(taskOf(bela.id)?.reason).toMatchObject({ rank: 1, requiredSeat: true });
    expect(taskOf(anna.id)?.reason).toMatchObject({ rank: 2, requiredSeat: true });
    // The minor is never at night; Dóra is available only when no task runs.
    expect(taskOf(csaba.id)).toBeUndefined();
    const [day] = await t.db.select().from(eventDays).where(eq(eventDays.id, id));
    expect(day?.status).toBe('solved');
    expect(day?.lastRun).toMatchObject({ filled: 2, requiredFilled: 2, optimal: true });
    const result = await c.get(`/event-days/${id}/result`);
    expect(result.body).toContain('1. helyen kért feladat');
    expect(result.body).toContain('kötelező hely betöltve');
    expect(result.body).toContain('kiskorú nem vehet részt 20 és 6 óra között');
    expect(result.body).toContain('egyik feladat idősávjában sem ér rá');

    const annaTask = taskOf(anna.id)?.taskId as string;
    expect((await c.post(`/event-days/${id}/assignments/${annaTask}/${anna.id}/pin`, {})).statusCode).toBe(303);
    expect((await c.post(`/event-days/${id}/run`, {})).statusCode).toBe(303);
    const again = await t.db
      .select()
      .from(eventDayAssignments)
      .where(and(eq(eventDayAssignments.eventDayId, id), eq(eventDayAssignments.volunteerId, anna.id)));
    expect(again).toMatchObject([{ taskId: annaTask, pinned: true, reason: { pinned: true } }]);

    const before = (await t.db.select().from(outbox)).length;
    expect((await c.post(`/event-days/${id}/publish`, {})).statusCode).toBe(422);
    expect((await c.post(`/event-days/${id}/publish`, { confirm: 'on' })).statusCode).toBe(303);
    const mails = (await t.db.select().from(outbox)).slice(before);
    expect(mails).toHaveLength(2);
    expect(mails.map((m) => m.subject)).toEqual(expect.arrayContaining([expect.stringContaining('Próba Futás')]));
    expect(mails.some((m) => m.textBody.includes('Frissítőpont: 08:00–11:00'))).toBe(true);
    expect((await t.db.select().from(eventDays).where(eq(eventDays.id, id)))[0]?.status).toBe('published');

    // A published day is re-run only when confirmed.
    const unconfirmed = await c.post(`/event-days/${id}/run`, {});
    expect(unconfirmed.statusCode).toBe(422);
    expect((await c.post(`/event-days/${id}/run`, { confirm: 'on' })).statusCode).toBe(303);
    void dora;
  });

  it('serves the rosters as PDF and XLSX and the list as CSV', async () => {
    const c = scene.coordinator.client;
    const pdf = await c.get(`/event-days/${id}/roster?by=task&format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const xlsx = await c.get(`/event-days/${id}/roster?by=volunteer&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const csv = await c.get('/event-days?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Próba Futás');
  });
});

describe('moving an event day', () => {
  it('keeps the tasks’ and the volunteers’ wall-clock times on the new date, across the change to summer time', async () => {
    const c = scene.coordinator.client;
    const created = await c.post('/event-days', { name: 'Költöző Nap', day: '2027-03-27', place: '', programId: '' });
    const movedId = String(created.headers.location).split('/').pop() as string;
    await c.post(`/event-days/${movedId}/tasks`, {
      name: 'Regisztráció',
      startsAt: '08:00',
      endsAt: '11:00',
      capacity: '2',
      requiredSeats: '0',
      requiredQualifications: '',
      minAge: '',
    });
    const [anna] = scene.people as unknown as [{ id: string }];
    await c.post(`/event-days/${movedId}/volunteers`, {
      volunteerId: anna.id,
      rankedTasks: '',
      availableFrom: '07:30',
      availableUntil: '12:00',
      friendVolunteerId: '',
      maxSlots: '1',
    });
    const res = await c.post(`/event-days/${movedId}`, { name: 'Költöző Nap', day: '2027-03-28', place: '', programId: '' });
    expect(res.statusCode).toBe(303);
    // 28 March 2027 is the first day of summer time: Budapest is UTC+2.
    const [task] = await t.db.select().from(eventDayTasks).where(eq(eventDayTasks.eventDayId, movedId));
    expect([task?.startsAt.toISOString(), task?.endsAt.toISOString()]).toEqual(['2027-03-28T06:00:00.000Z', '2027-03-28T09:00:00.000Z']);
    const [wish] = await t.db.select().from(eventDayVolunteers).where(eq(eventDayVolunteers.eventDayId, movedId));
    expect([wish?.availableFrom?.toISOString(), wish?.availableUntil?.toISOString()]).toEqual(['2027-03-28T05:30:00.000Z', '2027-03-28T10:00:00.000Z']);

    // A published day that moves must be published again (the volunteers learn the new date then).
    await t.db.update(eventDays).set({ status: 'published' }).where(eq(eventDays.id, movedId));
    await c.post(`/event-days/${movedId}`, { name: 'Költöző Nap', day: '2027-04-03', place: '', programId: '' });
    expect((await t.db.select().from(eventDays).where(eq(eventDays.id, movedId)))[0]?.status).toBe('solved');
    await c.post(`/event-days/${movedId}`, { name: 'Költöző Nap (új név)', day: '2027-04-03', place: '', programId: '' });
    await t.db.update(eventDays).set({ status: 'published' }).where(eq(eventDays.id, movedId));
    await c.post(`/event-days/${movedId}`, { name: 'Költöző Nap', day: '2027-04-03', place: 'Kecskemét', programId: '' });
    expect((await t.db.select().from(eventDays).where(eq(eventDays.id, movedId)))[0]?.status).toBe('published');
  });
});

describe('loading volunteers from a spreadsheet', () => {
  async function freshDay() {
    const created = await scene.coordinator.client.post('/event-days', { name: 'Táblázatos Nap', day: '2027-06-12', place: '', programId: '' });
    return String(created.headers.location).split('/').pop() as string;
  }
  const emailOf = async (volunteerId: string) => {
    const [row] = await t.db.select({ email: volunteers.email }).from(volunteers).where(eq(volunteers.id, volunteerId));
    return row?.email ?? '';
  };

  it('saves every row pasted from a spreadsheet (tabs, a header, a friend in the same paste), audited once', async () => {
    const dayId = await freshDay();
    const [anna, bela] = scene.people as unknown as [{ id: string }, { id: string }];
    const rows = [
      'E-mail\tFeladatok\tEttől\tEddig\tBarát\tSávok',
      `${(await emailOf(anna.id)).toUpperCase()}\tRajt-cél, Frissítőpont\t08:00\t12:00\t${await emailOf(bela.id)}\t2`,
      `${await emailOf(bela.id)}\tRajt-cél\t\t\t\t`,
    ].join('\n');
    const res = await scene.coordinator.client.post(`/event-days/${dayId}/volunteers/import`, { rows });
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    const saved = await t.db.select().from(eventDayVolunteers).where(eq(eventDayVolunteers.eventDayId, dayId));
    const annaRow = saved.find((r) => r.volunteerId === anna.id);
    expect(saved).toHaveLength(2);
    expect(annaRow).toMatchObject({ rankedTasks: ['Rajt-cél', 'Frissítőpont'], friendVolunteerId: bela.id, maxSlots: 2 });
    // June: Budapest is UTC+2.
    expect(annaRow?.availableFrom?.toISOString()).toBe('2027-06-12T06:00:00.000Z');
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, dayId), eq(auditLog.action, 'import')));
    expect(audits).toHaveLength(1);
  });

  it('saves nothing when a row is wrong, and names each wrong row with its reason', async () => {
    const dayId = await freshDay();
    const [anna] = scene.people as unknown as [{ id: string }];
    const rows = [`${await emailOf(anna.id)};Rajt-cél;25:00;;;`, 'senki@example.hu;;;;;', `${await emailOf(anna.id)};;;;;`].join('\n');
    const res = await scene.coordinator.client.post(`/event-days/${dayId}/volunteers/import`, { rows });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('1. sor: Ráér ettől (óra:perc)');
    expect(res.body).toContain('2. sor: nincs senki@example.hu e-mail-című önkéntes a központban');
    expect(res.body).toContain('3. sor:');
    expect(await t.db.select().from(eventDayVolunteers).where(eq(eventDayVolunteers.eventDayId, dayId))).toEqual([]);
    const empty = await scene.coordinator.client.post(`/event-days/${dayId}/volunteers/import`, { rows: '  ' });
    expect(empty.statusCode).toBe(422);
    expect((await scene.foreign.client.post(`/event-days/${dayId}/volunteers/import`, { rows })).statusCode).toBe(404);
    expect((await scene.foreign.client.get(`/event-days/${dayId}/volunteers/import`)).statusCode).toBe(404);
  });
});
