import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { applicationIdFrom, applicationRow, hostScene, parseSingleEvent, shiftFor, volunteerWithLogin } from './placements-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** RFC 5545 3.1: every line ends with CRLF, and no line (folded parts included) is longer than 75 octets. */
function expectRfcLines(raw: string): void {
  expect(raw.endsWith('\r\n')).toBe(true);
  expect(raw).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  const lines = raw.slice(0, -2).split('\r\n');
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  // The long, accented description must really have been folded, not just be short.
  expect(lines.some((line) => line.startsWith(' '))).toBe(true);
}

// Long, accented (two-octet letters) and with both kinds of line break a textarea can send.
const description = `Faültetés a Duna-parton.\r\nHozz kesztyűt és kulacsot!\n${'Árvíztűrő tükörfúrógép, '.repeat(6)}vége.`;

describe('shift .ics through a cancellation', () => {
  it('serves the live event, then the same UID cancelled with a higher SEQUENCE, to its seat holder only', async () => {
    const host = await hostScene(t, { opportunity: { description } });
    const shift = await shiftFor(t.db, host.opportunity.id, { capacity: 2 });
    const path = `/shifts/${shift.id}/calendar.ics`;
    // Held a seat, then withdrew before the cancellation: the shift stopped being theirs then.
    const early = await volunteerWithLogin(t);
    await early.client.post(`/shifts/${shift.id}/signup`);
    expect((await early.client.get(path)).statusCode).toBe(200);
    await early.client.post(`/shifts/${shift.id}/withdraw`);
    const me = await volunteerWithLogin(t);
    const myApplication = applicationIdFrom((await me.client.post(`/shifts/${shift.id}/signup`)).headers.location);
    const filler = await volunteerWithLogin(t);
    await filler.client.post(`/shifts/${shift.id}/signup`);
    // The shift is full: this one waits, never held a seat, so never had the file.
    const waiting = await volunteerWithLogin(t);
    const waitingApplication = applicationIdFrom((await waiting.client.post(`/shifts/${shift.id}/signup`)).headers.location);
    expect((await applicationRow(t.db, waitingApplication))?.status).toBe('waitlisted');
    expect((await waiting.client.get(path)).statusCode).toBe(404);

    const liveResponse = await me.client.get(path);
    expect(liveResponse.statusCode).toBe(200);
    expect(liveResponse.headers['content-type']).toContain('text/calendar');
    expectRfcLines(liveResponse.body);
    const live = parseSingleEvent(liveResponse.body);
    expect(live.uid).toMatch(new RegExp(`^${myApplication}@`));
    expect(live.method).toBeNull();
    expect(live.status).toBeNull();
    expect(live.sequence).toBe(0);
    expect(live.start.getTime()).toBe(shift.startsAt.getTime());
    expect(live.description).toBe(description.replace(/\r\n/g, '\n'));

    const cancel = await host.memberClient.post(`/shifts/${shift.id}/cancel`, { confirm: 'on' });
    expect(cancel.statusCode).toBe(303);

    const cancelledResponse = await me.client.get(path);
    expect(cancelledResponse.statusCode).toBe(200);
    expect(cancelledResponse.headers['content-type']).toContain('text/calendar');
    expectRfcLines(cancelledResponse.body);
    const cancelled = parseSingleEvent(cancelledResponse.body);
    expect(cancelled.uid).toBe(live.uid);
    expect(cancelled.method).toBe('CANCEL');
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.sequence).toBeGreaterThan(live.sequence);
    expect(cancelled.start.getTime()).toBe(live.start.getTime());
    expect(cancelled.summary).toBe(live.summary);
    // Deterministic: downloading it again gives the same revision.
    expect(parseSingleEvent((await me.client.get(path)).body).sequence).toBe(cancelled.sequence);
    expect(parseSingleEvent((await filler.client.get(path)).body).status).toBe('CANCELLED');

    // Nobody who could not download the live file gets the cancelled one.
    expect((await early.client.get(path)).statusCode).toBe(404);
    expect((await waiting.client.get(path)).statusCode).toBe(404);
    expect((await (await volunteerWithLogin(t)).client.get(path)).statusCode).toBe(404);
    expect((await host.memberClient.get(path)).statusCode).toBe(404);
    const anonymous = await new TestClient(t.app, t.config.secretKey).get(path);
    expect(anonymous.statusCode).toBe(303);
    expect(String(anonymous.headers.location)).toMatch(/^\/login/);
  });

  it('leaves a cancelled shift out of the personal feed, which calendar apps re-read', async () => {
    const host = await hostScene(t);
    const kept = await shiftFor(t.db, host.opportunity.id);
    const dropped = await shiftFor(t.db, host.opportunity.id, { startsAt: new Date(kept.startsAt.getTime() + 86_400_000) });
    const me = await volunteerWithLogin(t);
    await me.client.post(`/shifts/${kept.id}/signup`);
    await me.client.post(`/shifts/${dropped.id}/signup`);
    const token = /\/calendar\/([A-Za-z0-9_-]+)/.exec((await me.client.post('/volunteer/calendar-token')).body)?.[1];
    const feedPath = `/calendar/${token}`;
    const anonymous = new TestClient(t.app, t.config.secretKey);
    expect((await anonymous.get(feedPath)).body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    await host.memberClient.post(`/shifts/${dropped.id}/cancel`, { confirm: 'on' });
    const feed = await anonymous.get(feedPath);
    expect(feed.body).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(feed.body.endsWith('\r\n')).toBe(true);
    expect(parseSingleEvent(feed.body).start.getTime()).toBe(kept.startsAt.getTime());
  });
});
