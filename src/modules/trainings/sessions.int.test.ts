import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBudapestLocal } from '../../platform/budapest-time.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor, staffWithLogin } from '../placements/placements-test-support.js';
import {
  createCourse,
  createRegistration,
  mailsTo,
  registrationRow,
  sessionRow,
  sessionTimes,
  trainingAudit,
  trainingScene,
} from './trainings-test-support.js';

/** Sessions (issue 14): scheduled, edited and cancelled by the training staff of the center they are held in. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

function sessionForm(overrides: Record<string, string> = {}): Record<string, string> {
  const { startsAt, endsAt } = sessionTimes(14);
  return {
    startsAt: toBudapestLocal(startsAt),
    endsAt: toBudapestLocal(endsAt),
    place: 'Kecskemét (Bács-Kiskun)',
    address: 'Kossuth tér 1.',
    trainerName: 'Oktató Olga',
    capacity: '12',
    holdHours: '24',
    ...overrides,
  };
}

describe('scheduling a session', () => {
  it("schedules a center course's session in its center, in Budapest time, audited", async () => {
    const { center, course, coordinatorClient } = await trainingScene(t);
    const form = sessionForm();
    const res = await coordinatorClient.post(`/trainings/manage/${course.id}/sessions`, form);
    expect(res.statusCode).toBe(303);
    const id = String(res.headers.location).split('/').at(-1) as string;
    const session = await sessionRow(t.db, id);
    expect(session).toMatchObject({ centerId: center.id, capacity: 12, holdHours: 24, trainerName: 'Oktató Olga', online: false });
    expect(toBudapestLocal(session.startsAt)).toBe(form.startsAt);
    expect((await trainingAudit(t.db, 'training_session', id)).map((a) => a.action)).toEqual(['create']);
    const page = await coordinatorClient.get(`/trainings/sessions/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="/trainings/sessions/${id}/attendance"`);
  });

  it('links the trainer by their account, or takes an online session with its link', async () => {
    const { course, coordinatorClient } = await trainingScene(t);
    const trainer = await createUser(t.db, { familyName: 'Tréner', givenName: 'Tamás' });
    const res = await coordinatorClient.post(
      `/trainings/manage/${course.id}/sessions`,
      sessionForm({ trainerName: '', trainerEmail: trainer.email.toUpperCase() }),
    );
    expect(res.statusCode).toBe(303);
    const linked = await sessionRow(t.db, String(res.headers.location).split('/').at(-1) as string);
    expect(linked).toMatchObject({ trainerUserId: trainer.id, trainerName: 'Tréner Tamás' });
    const online = await coordinatorClient.post(
      `/trainings/manage/${course.id}/sessions`,
      sessionForm({ online: 'on', place: '', address: '', onlineUrl: 'https://meet.example/kepzes' }),
    );
    expect(online.statusCode).toBe(303);
    expect(await sessionRow(t.db, String(online.headers.location).split('/').at(-1) as string)).toMatchObject({
      online: true,
      placeId: null,
      onlineUrl: 'https://meet.example/kepzes',
    });
  });

  it('shows each error next to its field', async () => {
    const { course, coordinatorClient } = await trainingScene(t);
    const past = sessionTimes(-2);
    const bad = await coordinatorClient.post(
      `/trainings/manage/${course.id}/sessions`,
      sessionForm({ startsAt: toBudapestLocal(past.startsAt), endsAt: toBudapestLocal(past.startsAt), capacity: '0', holdHours: '500' }),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('A férőhelyek száma 1 és 1000 között legyen.');
    expect(bad.body).toContain('A fenntartás 1 és 336 óra');
    const rules = await coordinatorClient.post(
      `/trainings/manage/${course.id}/sessions`,
      sessionForm({ place: 'Nincsilyenfalva', trainerName: '', trainerEmail: 'senki@pelda.example', startsAt: toBudapestLocal(past.startsAt) }),
    );
    expect(rules.statusCode).toBe(422);
    expect(rules.body).toContain('A kezdés nem lehet a múltban.');
    expect(rules.body).toContain('Nincs fiók ezzel az e-mail-címmel.');
    expect(rules.body).toContain('field-error');
    const missing = await coordinatorClient.post(`/trainings/manage/${course.id}/sessions`, sessionForm({ place: '', trainerName: '' }));
    expect(missing.body).toContain('Adja meg a települést, vagy jelölje az alkalmat online-nak.');
    expect(missing.body).toContain('Adja meg a képző nevét');
    const onlineWithoutLink = await coordinatorClient.post(
      `/trainings/manage/${course.id}/sessions`,
      sessionForm({ online: 'on', onlineUrl: 'javascript:alert(1)' }),
    );
    expect(onlineWithoutLink.body).toContain('Az online elérés http:// vagy https:// kezdetű webcím legyen.');
  });

  it("schedules a national course's session in the staff member's center; never another center's course", async () => {
    const national = await createCourse(t.db, { centerId: null });
    const [a, b] = [await createCenter(t.db), await createCenter(t.db)];
    const { client } = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: a.id }]);
    const res = await client.post(`/trainings/manage/${national.id}/sessions`, sessionForm());
    expect(res.statusCode).toBe(303);
    expect((await sessionRow(t.db, String(res.headers.location).split('/').at(-1) as string)).centerId).toBe(a.id);
    // Not in a center that is not theirs.
    expect((await client.post(`/trainings/manage/${national.id}/sessions`, sessionForm({ centerId: b.id }))).statusCode).toBe(403);
    const foreignCourse = await createCourse(t.db, { centerId: b.id });
    expect((await client.post(`/trainings/manage/${foreignCourse.id}/sessions`, sessionForm())).statusCode).toBe(404);
    const archived = await createCourse(t.db, { centerId: a.id, status: 'archived' });
    const refused = await client.post(`/trainings/manage/${archived.id}/sessions`, sessionForm());
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Archivált képzéshez nem hirdethető új alkalom.');
  });
});

describe('editing and cancelling a session', () => {
  it('may not lower the capacity below the seats taken', async () => {
    const { session, coordinatorClient } = await trainingScene(t);
    await createRegistration(t.db, session.id);
    await createRegistration(t.db, session.id);
    const form = { ...sessionForm(), startsAt: toBudapestLocal(session.startsAt), endsAt: toBudapestLocal(session.endsAt) };
    const res = await coordinatorClient.post(`/trainings/sessions/${session.id}/edit`, { ...form, capacity: '1' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('A férőhelyek száma nem lehet kevesebb a már foglalt 2 helynél.');
    expect((await coordinatorClient.post(`/trainings/sessions/${session.id}/edit`, { ...form, capacity: '2' })).statusCode).toBe(303);
    expect((await sessionRow(t.db, session.id)).capacity).toBe(2);
  });

  it('tells everyone registered or waiting when the time or place changes, and nobody when only the trainer does', async () => {
    const { session, coordinatorClient } = await trainingScene(t, { session: { capacity: 1 } });
    const email = `valtozik-${Date.now()}@pelda.example`;
    await createRegistration(t.db, session.id, { participantEmail: email });
    await createRegistration(t.db, session.id, { status: 'waitlisted', participantEmail: `varo-${email}` });
    const form = { ...sessionForm(), startsAt: toBudapestLocal(session.startsAt), endsAt: toBudapestLocal(session.endsAt), address: 'Fő utca 1.' };
    expect((await coordinatorClient.post(`/trainings/sessions/${session.id}/edit`, { ...form, capacity: '1', trainerName: 'Másik Márta' })).statusCode).toBe(
      303,
    );
    expect(await mailsTo(t.db, email)).toEqual([]);
    const later = new Date(session.startsAt.getTime() + 2 * 3600_000);
    const laterEnd = new Date(session.endsAt.getTime() + 2 * 3600_000);
    const moved = { ...form, capacity: '1', startsAt: toBudapestLocal(later), endsAt: toBudapestLocal(laterEnd) };
    expect((await coordinatorClient.post(`/trainings/sessions/${session.id}/edit`, moved)).statusCode).toBe(303);
    expect((await mailsTo(t.db, email)).map((m) => m.subject)).toEqual([expect.stringContaining('Megváltozott:')]);
    expect((await mailsTo(t.db, `varo-${email}`)).map((m) => m.subject)).toEqual([expect.stringContaining('Megváltozott:')]);
  });

  it('cancels only after confirmation: every open registration ends with a mail, seats are freed', async () => {
    const { session, coordinatorClient } = await trainingScene(t, { session: { capacity: 1 } });
    const email = `elmarad-${Date.now()}@pelda.example`;
    const seated = await createRegistration(t.db, session.id, { participantEmail: email });
    const waiting = await createRegistration(t.db, session.id, { status: 'waitlisted', participantEmail: `varo-${email}` });
    const confirmPage = await coordinatorClient.get(`/trainings/sessions/${session.id}/cancel`);
    expect(confirmPage.body).toContain('A lemondással 2 nyitott jelentkezés');
    const unconfirmed = await coordinatorClient.post(`/trainings/sessions/${session.id}/cancel`);
    expect(unconfirmed.statusCode).toBe(422);
    expect((await sessionRow(t.db, session.id)).cancelledAt).toBeNull();
    expect((await coordinatorClient.post(`/trainings/sessions/${session.id}/cancel`, { confirm: 'on' })).statusCode).toBe(303);
    const after = await sessionRow(t.db, session.id);
    expect(after.cancelledAt).not.toBeNull();
    expect(after.seatsTaken).toBe(0);
    expect(await registrationRow(t.db, seated.id)).toMatchObject({ status: 'cancelled', holdsSeat: false });
    expect((await registrationRow(t.db, waiting.id)).status).toBe('cancelled');
    expect((await mailsTo(t.db, email)).map((m) => m.subject)).toEqual([expect.stringContaining('Elmarad:')]);
    expect((await trainingAudit(t.db, 'training_session', session.id)).map((a) => a.action)).toEqual(['cancel']);
    // A cancelled session is neither edited nor cancelled again.
    const again = await coordinatorClient.post(`/trainings/sessions/${session.id}/cancel`, { confirm: 'on' });
    expect(again.statusCode).toBe(303);
    expect(again.cookies.find((c) => c.name === 'kapocs_flash')?.value).toBe('trainings.flash.sessionClosed');
  });

  it("is the session center's staff's alone", async () => {
    const { session } = await trainingScene(t);
    const other = await createCenter(t.db);
    const { client } = await staffWithLogin(t, [{ role: 'center_admin', centerId: other.id }]);
    expect((await client.get(`/trainings/sessions/${session.id}`)).statusCode).toBe(404);
    expect((await client.get(`/trainings/sessions/${session.id}/edit`)).statusCode).toBe(404);
    expect((await client.post(`/trainings/sessions/${session.id}/cancel`, { confirm: 'on' })).statusCode).toBe(404);
    const volunteer = await createUser(t.db);
    expect((await (await clientFor(t, volunteer.id)).get(`/trainings/sessions/${session.id}`)).statusCode).toBe(403);
  });
});

describe("the session's roster", () => {
  it('lists seat holders, then the waitlist in order; sorts by name in Hungarian order; exports', async () => {
    const { session, coordinatorClient } = await trainingScene(t, { session: { capacity: 2 } });
    await createRegistration(t.db, session.id, { participantName: 'Zöld Zoé' });
    await createRegistration(t.db, session.id, { participantName: 'Ábel Ádám' });
    await createRegistration(t.db, session.id, { participantName: 'Csiga Csaba', status: 'waitlisted', waitlistedAt: new Date(Date.now() - 60_000) });
    await createRegistration(t.db, session.id, { participantName: 'Cica Cecília', status: 'waitlisted', waitlistedAt: new Date() });
    const names = (html: string) => [...html.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]);
    const byStatus = await coordinatorClient.get(`/trainings/sessions/${session.id}`);
    expect(names(byStatus.body).slice(2)).toEqual(['Csiga Csaba', 'Cica Cecília']);
    expect(byStatus.body).toContain('1. a várólistán');
    const byName = await coordinatorClient.get(`/trainings/sessions/${session.id}?sort=name`);
    expect(names(byName.body)).toEqual(['Ábel Ádám', 'Cica Cecília', 'Csiga Csaba', 'Zöld Zoé']);
    const csv = await coordinatorClient.get(`/trainings/sessions/${session.id}?format=csv&sort=name`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(5);
    const paged = await coordinatorClient.get(`/trainings/sessions/${session.id}?pageSize=5&page=2`);
    expect(paged.statusCode).toBe(200);
  });
});
