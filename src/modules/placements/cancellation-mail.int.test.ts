import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarParts, receiveDueMail, testMailFrom } from '../../test-support/received-mail.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { applicationIdFrom, applicationRow, hostScene, mailsTo, parseSingleEvent, shiftFor, volunteerWithLogin } from './placements-test-support.js';

/**
 * The mail that tells a volunteer their shift is cancelled, as their mail client receives it: it
 * carries the cancelling version of the very event they imported (the .ics download or the feed),
 * so the calendar can remove it. The system sends as testMailFrom here, as SMTP would send as MAIL_FROM.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ baseUrl: 'https://kapocs.example.hu', mailFrom: testMailFrom });
});
afterAll(async () => {
  await t.close();
});

describe('the shift cancellation mail as received', () => {
  it("attaches the cancelling .ics of the volunteer's own event: same UID, STATUS:CANCELLED, higher SEQUENCE", async () => {
    const host = await hostScene(t, { opportunity: { title: 'Árvíztűrő faültetés a Duna-parton' } });
    const shift = await shiftFor(t.db, host.opportunity.id, { capacity: 1, waitlistEnabled: true });
    const me = await volunteerWithLogin(t);
    const myApplication = applicationIdFrom((await me.client.post(`/shifts/${shift.id}/signup`)).headers.location);
    expect((await applicationRow(t.db, myApplication)).status).toBe('accepted');
    const waiting = await volunteerWithLogin(t);
    const waitingApplication = applicationIdFrom((await waiting.client.post(`/shifts/${shift.id}/signup`)).headers.location);
    expect((await applicationRow(t.db, waitingApplication)).status).toBe('waitlisted');

    // What the volunteer put in their calendar: the downloaded file and the subscribed feed.
    const download = await me.client.get(`/shifts/${shift.id}/calendar.ics`);
    expect(download.statusCode).toBe(200);
    const live = parseSingleEvent(download.body);
    const token = /\/calendar\/([A-Za-z0-9_-]+)/.exec((await me.client.post('/volunteer/calendar-token')).body)?.[1];
    const feed = await new TestClient(t.app, t.config.secretKey).get(`/calendar/${token}`);
    expect(parseSingleEvent(feed.body).uid).toBe(live.uid);
    await receiveDueMail(t.db); // the sign-up mails, read before the cancellation

    expect((await host.memberClient.post(`/shifts/${shift.id}/cancel`, { confirm: 'on' })).statusCode).toBe(303);
    const received = await receiveDueMail(t.db);

    const [mail, ...more] = received.get(me.user.email) ?? [];
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe('Elmarad egy műszak: Árvíztűrő faültetés a Duna-parton');
    const parts = calendarParts(mail!);
    // The iMIP part (an alternative of the body, no file name) that Outlook and Gmail act on…
    const imip = parts.find((p) => p.contentType === 'text/calendar' && !p.filename);
    expect(imip?.method).toBe('CANCEL');
    // …and the attached file, with the same text.
    expect(parts.find((p) => p.filename === 'kapocs-muszak-elmarad.ics')?.text).toBe(imip?.text);
    const text = imip?.text ?? '';
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/);

    const cancelled = parseSingleEvent(text);
    expect(cancelled.method).toBe('CANCEL');
    expect(cancelled.uid).toBe(live.uid);
    expect(cancelled.uid).toBe(`${myApplication}@kapocs.example.hu`);
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.sequence).toBeGreaterThan(live.sequence);
    expect(cancelled.start.getTime()).toBe(live.start.getTime());
    // Sent by the organizer (the host organization, at the address the mail comes from) to the volunteer.
    expect(cancelled.organizerName).toBe(host.organization.name);
    expect(cancelled.organizer?.toLowerCase()).toBe('mailto:noreply@kapocs.example');
    expect(mail?.from?.value[0]?.address).toBe('noreply@kapocs.example');
    expect(cancelled.attendees.map((a) => a.toLowerCase())).toEqual([`mailto:${me.user.email.toLowerCase()}`]);
    // The same revision as the cancelled .ics the volunteer can download now.
    const downloadedNow = parseSingleEvent((await me.client.get(`/shifts/${shift.id}/calendar.ics`)).body);
    expect([downloadedNow.uid, downloadedNow.sequence, downloadedNow.status]).toEqual([cancelled.uid, cancelled.sequence, cancelled.status]);

    // The waitlisted volunteer is told too, but never had the event, so gets no calendar.
    const [waitingMail] = received.get(waiting.user.email) ?? [];
    expect(waitingMail?.subject).toBe('Elmarad egy műszak: Árvíztűrő faültetés a Duna-parton');
    expect(calendarParts(waitingMail!)).toEqual([]);

    // The outbox row keeps the file by name for the staff's outbox page.
    const [row] = (await mailsTo(t.db, me.user.email)).filter((m) => m.subject.startsWith('Elmarad'));
    expect(row?.attachments.map((a) => a.filename)).toEqual(['kapocs-muszak-elmarad.ics']);
    expect((await mailsTo(t.db, waiting.user.email)).every((m) => m.attachments.length === 0)).toBe(true);
  });
});
