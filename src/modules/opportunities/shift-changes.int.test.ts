import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarParts, receiveDueMail, testMailFrom } from '../../test-support/received-mail.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { applicationRow, eventsOf, parseSingleEvent, seatsTaken, volunteerWithLogin } from '../placements/placements-test-support.js';
import { auditActions, editForm, shiftRow, shiftScene, statusesOf, waitlistOrder } from './shift-test-support.js';

/** Editing a future shift and taking a volunteer off one, through HTTP, with the mails as received. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ baseUrl: 'https://kapocs.example.hu', mailFrom: testMailFrom });
});
afterAll(async () => {
  await t.close();
});

describe('editing a future shift', () => {
  it('moves the time (the seat holder gets the updated .ics: same UID, higher SEQUENCE), changes capacity and waitlist, audited', async () => {
    const { host, shift, volunteers } = await shiftScene(t, { capacity: 2, signUps: 1 });
    const [seated] = volunteers;
    const live = parseSingleEvent((await seated!.client.get(`/shifts/${shift.id}/calendar.ics`)).body);
    await receiveDueMail(t.db);
    const edit = await host.memberClient.get(`/shifts/${shift.id}/edit`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('Módosítás mentése');

    const later = { startsAt: new Date(shift.startsAt.getTime() + 86_400_000), endsAt: new Date(shift.endsAt.getTime() + 86_400_000 + 3_600_000) };
    const res = await host.memberClient.post(`/shifts/${shift.id}/edit`, editForm({ ...shift, ...later, capacity: 5, waitlistEnabled: false }));
    expect(res.statusCode).toBe(303);
    expect(await shiftRow(t.db, shift.id)).toMatchObject({ ...later, capacity: 5, waitlistEnabled: false, revision: 1, seatsTaken: 1 });
    expect(await auditActions(t.db, 'shift', shift.id)).toContain('update');

    const [mail, ...more] = (await receiveDueMail(t.db)).get(seated!.user.email) ?? [];
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe('Módosult egy műszak időpontja: Műszakos faültetés');
    const imip = calendarParts(mail!).find((p) => !p.filename);
    expect(imip?.method).toBe('REQUEST');
    const updated = parseSingleEvent(imip!.text);
    expect(updated.uid).toBe(live.uid);
    expect(updated.sequence).toBeGreaterThan(live.sequence);
    expect(updated.start).toEqual(later.startsAt);
    // The download now is the same revision.
    const now = parseSingleEvent((await seated!.client.get(`/shifts/${shift.id}/calendar.ics`)).body);
    expect([now.sequence, now.start]).toEqual([updated.sequence, updated.start]);
  });

  it('refuses a start in the past with a Hungarian field error, and outsiders (403)', async () => {
    const { host, shift } = await shiftScene(t, { capacity: 2, signUps: 0 });
    const res = await host.memberClient.post(`/shifts/${shift.id}/edit`, editForm(shift, { startsAt: '2020-01-01T10:00' }));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('múlt');
    const stranger = await volunteerWithLogin(t);
    expect((await stranger.client.post(`/shifts/${shift.id}/edit`, editForm(shift, { capacity: '9' }))).statusCode).toBe(403);
    expect((await shiftRow(t.db, shift.id)).capacity).toBe(2);
  });

  it('more capacity offers the new seats to the waitlist', async () => {
    const { host, shift, volunteers } = await shiftScene(t, { capacity: 1, signUps: 3 });
    const [, first, second] = volunteers;
    expect(await host.memberClient.post(`/shifts/${shift.id}/edit`, editForm(shift, { capacity: '2' }))).toMatchObject({ statusCode: 303 });
    expect(await statusesOf(t.db, [first!.applicationId, second!.applicationId])).toEqual(['offered', 'waitlisted']);
    expect(await seatsTaken(t.db, shift.id)).toBe(2);
  });

  it('turning the waitlist off ends the waiting applications and tells them', async () => {
    const { host, shift, volunteers } = await shiftScene(t, { capacity: 1, signUps: 2 });
    const waiting = volunteers[1]!;
    await receiveDueMail(t.db);
    const form = editForm(shift);
    delete (form as Record<string, string>).waitlist;
    expect((await host.memberClient.post(`/shifts/${shift.id}/edit`, form)).statusCode).toBe(303);
    expect((await applicationRow(t.db, waiting.applicationId)).status).toBe('withdrawn');
    const [mail] = (await receiveDueMail(t.db)).get(waiting.user.email) ?? [];
    expect(mail?.subject).toBe('Megszűnt a várólista: Műszakos faültetés');
    expect((await eventsOf(t.db, waiting.applicationId)).at(-1)?.note).toContain('várólistáját');
  });
});

describe('a capacity below the accepted volunteers', () => {
  it('asks first: cancel keeps everything; move sends the last-accepted to the top of the waitlist and mails them', async () => {
    const { host, shift, volunteers } = await shiftScene(t, { capacity: 3, signUps: 4 });
    const [a, b, c, w] = volunteers;
    const form = editForm(shift, { capacity: '1' });

    const ask = await host.memberClient.post(`/shifts/${shift.id}/edit`, form);
    expect(ask.statusCode).toBe(409);
    expect(ask.body).toContain('Elvetem a módosítást');
    // The last-accepted first: c, then b.
    const names = [c, b].map((v) => `${v!.volunteer.familyName} ${v!.volunteer.givenName}`);
    expect(ask.body.indexOf(names[0]!)).toBeGreaterThan(-1);
    expect(ask.body.indexOf(names[0]!)).toBeLessThan(ask.body.indexOf(names[1]!));
    expect((await shiftRow(t.db, shift.id)).capacity).toBe(3);

    const cancel = await host.memberClient.post(`/shifts/${shift.id}/edit`, { ...form, choice: 'cancel' });
    expect(cancel.statusCode).toBe(303);
    expect(await shiftRow(t.db, shift.id)).toMatchObject({ capacity: 3, seatsTaken: 3 });
    expect(
      await statusesOf(
        t.db,
        volunteers.map((v) => v.applicationId),
      ),
    ).toEqual(['accepted', 'accepted', 'accepted', 'waitlisted']);

    const live = parseSingleEvent((await c!.client.get(`/shifts/${shift.id}/calendar.ics`)).body);
    await receiveDueMail(t.db);
    const move = await host.memberClient.post(`/shifts/${shift.id}/edit`, { ...form, choice: 'move' });
    expect(move.statusCode).toBe(303);
    expect(await shiftRow(t.db, shift.id)).toMatchObject({ capacity: 1, seatsTaken: 1 });
    expect(
      await statusesOf(
        t.db,
        volunteers.map((v) => v.applicationId),
      ),
    ).toEqual(['accepted', 'waitlisted', 'waitlisted', 'waitlisted']);
    // Top of the waitlist, ahead of w; among themselves in the order they got their seats.
    expect(await waitlistOrder(t.db, shift.id)).toEqual([b!.applicationId, c!.applicationId, w!.applicationId]);
    expect(await auditActions(t.db, 'application', c!.applicationId)).toContain('move_to_waitlist');

    const received = await receiveDueMail(t.db);
    for (const moved of [b, c]) {
      const [mail] = received.get(moved!.user.email) ?? [];
      expect(mail?.subject).toBe('Várólistára kerültél: Műszakos faültetés');
      expect(mail?.text).toContain('Szia');
    }
    const [cMail] = received.get(c!.user.email) ?? [];
    const cancelled = parseSingleEvent(calendarParts(cMail!).find((p) => !p.filename)!.text);
    expect([cancelled.method, cancelled.status, cancelled.uid]).toEqual(['CANCEL', 'CANCELLED', live.uid]);
    expect(cancelled.sequence).toBeGreaterThan(live.sequence);
    expect(received.get(a!.user.email)).toBeUndefined();
  });
});

describe('taking a volunteer off a shift', () => {
  it('asks for a reason and a confirmation; mails the volunteer the cancelling .ics, records the reason, offers the seat', async () => {
    const { host, shift, volunteers } = await shiftScene(t, { capacity: 1, signUps: 2 });
    const [seated, waiting] = volunteers;
    const url = `/applications/${seated!.applicationId}/remove-from-shift`;
    expect((await host.memberClient.get(url)).statusCode).toBe(200);
    expect((await seated!.client.get(url)).statusCode).toBe(403);
    const unconfirmed = await host.memberClient.post(url, { reason: 'Nem felel meg' });
    expect(unconfirmed.statusCode).toBe(422);
    expect((await host.memberClient.post(url, { confirm: 'on', reason: ' ' })).statusCode).toBe(422);
    expect((await applicationRow(t.db, seated!.applicationId)).status).toBe('accepted');
    await receiveDueMail(t.db);

    const res = await host.memberClient.post(url, { confirm: 'on', reason: 'A jelentkezéskori egészségügyi nyilatkozat hiányzik.' });
    expect(res.statusCode).toBe(303);
    expect(await applicationRow(t.db, seated!.applicationId)).toMatchObject({ status: 'declined', holdsSeat: false });
    const [event] = (await eventsOf(t.db, seated!.applicationId)).slice(-1);
    expect(event).toMatchObject({
      fromStatus: 'accepted',
      toStatus: 'declined',
      note: 'A jelentkezéskori egészségügyi nyilatkozat hiányzik.',
      actorUserId: host.member.id,
    });
    expect(await auditActions(t.db, 'application', seated!.applicationId)).toContain('remove_from_shift');
    expect(await applicationRow(t.db, waiting!.applicationId)).toMatchObject({ status: 'offered', holdsSeat: true });
    expect(await seatsTaken(t.db, shift.id)).toBe(1);

    const received = await receiveDueMail(t.db);
    const [mail] = received.get(seated!.user.email) ?? [];
    expect(mail?.subject).toBe('Levettek egy műszakról: Műszakos faültetés');
    expect(mail?.text).toContain('A jelentkezéskori egészségügyi nyilatkozat hiányzik.');
    expect(calendarParts(mail!).find((p) => !p.filename)?.method).toBe('CANCEL');
    const [offer] = received.get(waiting!.user.email) ?? [];
    expect(offer?.subject).toBe('Felszabadult egy hely: Műszakos faültetés');
    expect(offer?.text).toContain(`/applications/${waiting!.applicationId}/offer`);
  });
});
