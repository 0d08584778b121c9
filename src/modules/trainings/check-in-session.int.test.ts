import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { looksLikeCheckInCode } from '../check-in/code.js';
import { clientFor, volunteerWithLogin } from '../placements/placements-test-support.js';
import { findAttendanceSession } from './attendance-repo.js';
import { attendanceScene, auditOf, insertRegistration, registrationRow } from './attendance-test-support.js';
import { checkInToSession, getParticipantCheckIn } from './check-in-service.js';

/**
 * QR check-in on a training session, with the shift check-in's code and window (check-in/code.ts):
 * the staff page makes the code once and shows its QR; a registered participant scanning it while
 * logged in is recorded as attended, from an hour before the start until the end.
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const hourMs = 3_600_000;
const codeOf = async (sessionId: string) => (await findAttendanceSession(t.db, sessionId))?.checkInCode as string;

describe("the staff's check-in page", () => {
  it('makes the code on the first visit (audited, once) and shows its QR code and address', async () => {
    const s = await attendanceScene(t);
    expect(s.session.checkInCode).toBeNull();
    const url = `/trainings/sessions/${s.session.id}/check-in`;
    const first = await s.staffClient.get(url);
    expect(first.statusCode).toBe(200);
    const code = await codeOf(s.session.id);
    expect(looksLikeCheckInCode(code)).toBe(true);
    expect(first.body).toContain('<svg role="img"');
    expect(first.body).toContain(`/trainings/check-in/${code}`);
    await s.staffClient.get(url);
    expect(await codeOf(s.session.id)).toBe(code);
    expect((await auditOf(t.db, 'training_session', s.session.id)).map((a) => a.action)).toEqual(['create:check_in_code']);
  });

  it('a new code (confirmed) replaces the old one at once', async () => {
    const s = await attendanceScene(t);
    const url = `/trainings/sessions/${s.session.id}/check-in`;
    await s.staffClient.get(url);
    const old = await codeOf(s.session.id);
    const unconfirmed = await s.staffClient.post(`${url}/regenerate`, {});
    expect(unconfirmed.statusCode).toBe(422);
    expect(await codeOf(s.session.id)).toBe(old);
    expect((await s.staffClient.post(`${url}/regenerate`, { confirm: 'on' })).statusCode).toBe(303);
    const fresh = await codeOf(s.session.id);
    expect(fresh).not.toBe(old);
    expect((await s.volunteer.client.get(`/trainings/check-in/${old}`)).statusCode).toBe(404);
    expect((await s.volunteer.client.get(`/trainings/check-in/${fresh}`)).statusCode).toBe(200);
  });

  it("is the attendance takers': the trainer may, a volunteer and another center's staff get 404", async () => {
    const trainer = await createUser(t.db);
    const s = await attendanceScene(t, { session: { trainerUserId: trainer.id } });
    const url = `/trainings/sessions/${s.session.id}/check-in`;
    expect((await (await clientFor(t, trainer.id)).get(url)).statusCode).toBe(200);
    expect((await s.volunteer.client.get(url)).statusCode).toBe(404);
    const other = await attendanceScene(t);
    expect((await other.staffClient.get(url)).statusCode).toBe(404);
    expect((await other.staffClient.post(`${url}/regenerate`, { confirm: 'on' })).statusCode).toBe(404);
  });
});

describe('scanning the code', () => {
  it('checks a registered volunteer in: attended, with the time; again changes nothing', async () => {
    const s = await attendanceScene(t);
    await s.staffClient.get(`/trainings/sessions/${s.session.id}/check-in`);
    const url = `/trainings/check-in/${await codeOf(s.session.id)}`;
    const page = await s.volunteer.client.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Megérkeztem');
    const done = await s.volunteer.client.post(url);
    expect(done.statusCode).toBe(303);
    const row = await registrationRow(t.db, s.registration.id);
    expect(row.status).toBe('attended');
    expect(row.checkedInAt).toBeInstanceOf(Date);
    expect((await s.volunteer.client.post(url)).statusCode).toBe(303);
    expect((await registrationRow(t.db, s.registration.id)).checkedInAt?.getTime()).toBe(row.checkedInAt?.getTime());
    expect((await auditOf(t.db, 'training_registration', s.registration.id)).map((a) => a.action)).toEqual(['check_in']);
    expect((await s.volunteer.client.get(url)).body).toContain('Bejelentkeztél ekkor');
    // The staff page lists who checked in.
    expect((await s.staffClient.get(`/trainings/sessions/${s.session.id}/check-in`)).body).toContain('Kovács Anna');
  });

  it('organization staff registered with their own account check in too', async () => {
    const s = await attendanceScene(t);
    const member = await createUser(t.db, { familyName: 'Szervezeti', givenName: 'Szilvia' });
    const registration = await insertRegistration(t.db, s.session, { user: member });
    await s.staffClient.get(`/trainings/sessions/${s.session.id}/check-in`);
    const client = await clientFor(t, member.id);
    expect((await client.post(`/trainings/check-in/${await codeOf(s.session.id)}`)).statusCode).toBe(303);
    expect((await registrationRow(t.db, registration.id)).status).toBe('attended');
  });

  it('refuses someone not registered (403), and a volunteer on the waitlist', async () => {
    const s = await attendanceScene(t);
    await s.staffClient.get(`/trainings/sessions/${s.session.id}/check-in`);
    const url = `/trainings/check-in/${await codeOf(s.session.id)}`;
    const stranger = await volunteerWithLogin(t, { centerId: s.center.id });
    const page = await stranger.client.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Erre az alkalomra nincs jelentkezésed.');
    expect((await stranger.client.post(url)).statusCode).toBe(403);
    const waiting = await volunteerWithLogin(t, { centerId: s.center.id });
    const waitlisted = await insertRegistration(t.db, s.session, { volunteer: waiting.volunteer }, 'waitlisted');
    expect((await waiting.client.post(url)).statusCode).toBe(403);
    expect((await registrationRow(t.db, waitlisted.id)).status).toBe('waitlisted');
  });

  it('opens an hour before the start and closes at the end, as shift check-in', async () => {
    const s = await attendanceScene(t, { session: { startsAt: new Date('2030-06-01T08:00:00Z'), endsAt: new Date('2030-06-01T12:00:00Z') } });
    await s.staffClient.get(`/trainings/sessions/${s.session.id}/check-in`);
    const code = await codeOf(s.session.id);
    const actor = { userId: s.volunteer.user.id, email: '', familyName: '', givenName: '', emailConfirmed: true, grants: [] };
    const at = (iso: string) => new Date(iso);
    expect((await getParticipantCheckIn(t.db, actor, code, at('2030-06-01T06:59:00Z'))).state.kind).toBe('tooEarly');
    expect((await getParticipantCheckIn(t.db, actor, code, at('2030-06-01T12:01:00Z'))).state.kind).toBe('ended');
    await expect(checkInToSession(t.db, actor, code, at('2030-06-01T06:59:00Z'))).rejects.toThrow('tooEarly');
    await expect(checkInToSession(t.db, actor, code, at('2030-06-01T12:01:00Z'))).rejects.toThrow('ended');
    expect((await getParticipantCheckIn(t.db, actor, code, at('2030-06-01T07:00:00Z'))).state.kind).toBe('canCheckIn');
    expect((await checkInToSession(t.db, actor, code, at('2030-06-01T07:00:00Z'))).kind).toBe('checkedIn');
    expect((await registrationRow(t.db, s.registration.id)).checkedInAt?.toISOString()).toBe('2030-06-01T07:00:00.000Z');
  });

  it('a cancelled session takes no check-in; an unknown or malformed code is 404', async () => {
    const s = await attendanceScene(t, { session: { cancelledAt: new Date(), startsAt: new Date(Date.now() - hourMs) } });
    await s.staffClient.get(`/trainings/sessions/${s.session.id}/check-in`);
    const url = `/trainings/check-in/${await codeOf(s.session.id)}`;
    expect((await s.volunteer.client.get(url)).body).toContain('Ezt az alkalmat lemondták');
    expect((await s.volunteer.client.post(url)).statusCode).toBe(422);
    const unknown = await s.volunteer.client.get('/trainings/check-in/AAAAAAAAAAAAAAAA');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Ismeretlen bejelentkezési kód');
    expect((await s.volunteer.client.get('/trainings/check-in/%3Cscript%3E')).statusCode).toBe(404);
    expect((await s.volunteer.client.post('/trainings/check-in/rovid')).statusCode).toBe(404);
  });

  it('asks an anonymous visitor to log in first', async () => {
    const s = await attendanceScene(t);
    await s.staffClient.get(`/trainings/sessions/${s.session.id}/check-in`);
    const res = await t.app.inject({ method: 'GET', url: `/trainings/check-in/${await codeOf(s.session.id)}` });
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toMatch(/^\/login/);
  });
});
