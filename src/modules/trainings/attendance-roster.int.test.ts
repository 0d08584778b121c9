import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCenter, createPoint, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor, volunteerWithLogin } from '../placements/placements-test-support.js';
import { markAttendance } from './attendance-service.js';
import { attendanceScene, auditOf, insertRegistration, insertSession, registrationRow } from './attendance-test-support.js';

/**
 * Attendance of a training session: the roster, attended / no-show per row and in bulk (without
 * JavaScript: one form, buttons carry the decision), when each may be recorded, who may record it,
 * the CSV export and the printable sign-in sheet.
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const hourMs = 3_600_000;

describe('the roster', () => {
  it('lists the participants in Hungarian alphabetical order with their organization, and exports them', async () => {
    const s = await attendanceScene(t);
    const zoli = await volunteerWithLogin(t, { centerId: s.center.id, familyName: 'Ács', givenName: 'Zoltán' });
    await insertRegistration(t.db, s.session, { volunteer: zoli.volunteer });
    await insertRegistration(t.db, s.session, { walkIn: 'Őri Ödön' });
    await insertRegistration(t.db, s.session, { walkIn: 'Várólistás Vera' }, 'waitlisted');
    const res = await s.staffClient.get(s.attendanceUrl);
    expect(res.statusCode).toBe(200);
    const names = ['Ács Zoltán', 'Kovács Anna', 'Őri Ödön'];
    const at = names.map((n) => res.body.indexOf(n));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(res.body).not.toContain('Várólistás Vera');
    expect(res.body).toContain('Jelentkezett: 3');

    const csv = await s.staffClient.get(`${s.attendanceUrl}?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Kovács Anna');
    expect(csv.body).toContain('Jelentkezett');
    const xlsx = await s.staffClient.get(`${s.attendanceUrl}?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
  });

  it('says so when nobody registered', async () => {
    const s = await attendanceScene(t);
    const empty = await insertSession(t.db, s.course);
    const res = await s.staffClient.get(`/trainings/sessions/${empty.id}/attendance`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Erre az alkalomra még senki nem jelentkezett.');
  });
});

describe('marking attended and no-show', () => {
  it('records one row by its own button, audited', async () => {
    const s = await attendanceScene(t);
    const res = await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:attended` });
    expect(res.statusCode).toBe(303);
    expect((await registrationRow(t.db, s.registration.id)).status).toBe('attended');
    const audit = await auditOf(t.db, 'training_registration', s.registration.id);
    expect(audit.map((a) => a.action)).toEqual(['mark_attended']);
    expect(audit[0]?.actorUserId).toBe(s.staff.id);
    expect(audit[0]?.centerId).toBe(s.center.id);
  });

  it('records the ticked rows with a bulk button; a second submit changes nothing', async () => {
    const s = await attendanceScene(t);
    const other = await insertRegistration(t.db, s.session, { walkIn: 'Bárány Béla' });
    const form = { decision: 'no_show', registrationIds: [s.registration.id, other.id] };
    expect((await s.staffClient.post(s.attendanceUrl, form)).statusCode).toBe(303);
    expect((await s.staffClient.post(s.attendanceUrl, form)).statusCode).toBe(303);
    expect((await registrationRow(t.db, s.registration.id)).status).toBe('no_show');
    expect((await registrationRow(t.db, other.id)).status).toBe('no_show');
    expect(await auditOf(t.db, 'training_registration', other.id)).toHaveLength(1);
  });

  it('asks to choose when nothing is ticked or no decision is posted', async () => {
    const s = await attendanceScene(t);
    const none = await s.staffClient.post(s.attendanceUrl, { decision: 'attended' });
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain('Jelöljön ki legalább egy résztvevőt.');
    const nothing = await s.staffClient.post(s.attendanceUrl, { registrationIds: s.registration.id });
    expect(nothing.statusCode).toBe(422);
    expect(nothing.body).toContain('Válassza ki, mit rögzít');
  });

  it('leaves a row of another session untouched and says so', async () => {
    const s = await attendanceScene(t);
    const elsewhere = await insertSession(t.db, s.course);
    const foreign = await insertRegistration(t.db, elsewhere, { walkIn: 'Máshol Mária' });
    const res = await s.staffClient.post(s.attendanceUrl, { decision: 'attended', registrationIds: [s.registration.id, foreign.id] });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('nem szerepel ennek az alkalomnak a résztvevői között');
    expect((await registrationRow(t.db, s.registration.id)).status).toBe('attended');
    expect((await registrationRow(t.db, foreign.id)).status).toBe('registered');
  });

  it('a completed row is not changed to anything else before the completion is undone', async () => {
    const s = await attendanceScene(t);
    const done = await insertRegistration(t.db, s.session, { walkIn: 'Kész Károly' }, 'completed');
    const res = await s.staffClient.post(s.attendanceUrl, { decision: 'no_show', registrationIds: [done.id] });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('előbb vonja vissza a teljesítést');
    expect((await registrationRow(t.db, done.id)).status).toBe('completed');
  });
});

describe('when attendance may be recorded', () => {
  it('attended from an hour before the start; no-show and completion only once it started', async () => {
    const s = await attendanceScene(t, { session: { startsAt: new Date(Date.now() + 30 * 60_000) } });
    const noShow = await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:no_show` });
    expect(noShow.statusCode).toBe(422);
    expect(noShow.body).toContain('A képzés még nem kezdődött el');
    expect((await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:attended` })).statusCode).toBe(303);
    expect((await registrationRow(t.db, s.registration.id)).status).toBe('attended');
  });

  it('nothing two hours before the start', async () => {
    const s = await attendanceScene(t, { session: { startsAt: new Date(Date.now() + 2 * hourMs) } });
    const res = await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:attended` });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('legkorábban egy órával a kezdés előtt');
    const page = await s.staffClient.get(s.attendanceUrl);
    expect(page.body).toContain('A jelenlétet legkorábban egy órával a kezdés előtt lehet rögzíteni, ekkortól');
  });

  it('nothing on a cancelled session', async () => {
    const s = await attendanceScene(t, { session: { cancelledAt: new Date() } });
    const res = await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:attended` });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Ezt az alkalmat lemondták');
  });

  it('the service takes the clock it is given', async () => {
    const s = await attendanceScene(t, { session: { startsAt: new Date('2030-05-04T08:00:00Z'), endsAt: new Date('2030-05-04T12:00:00Z') } });
    const actor = {
      userId: s.staff.id,
      email: '',
      familyName: '',
      givenName: '',
      emailConfirmed: true,
      grants: [{ role: 'center_coordinator' as const, centerId: s.center.id, pointId: null }],
    };
    const input = { decision: 'attended' as const, registrationIds: [s.registration.id] };
    await expect(markAttendance(t.db, actor, s.session.id, input, { baseUrl: t.config.baseUrl, now: new Date('2030-05-04T06:59:00Z') })).rejects.toThrow();
    const done = await markAttendance(t.db, actor, s.session.id, input, { baseUrl: t.config.baseUrl, now: new Date('2030-05-04T07:00:00Z') });
    expect(done.changed).toBe(1);
  });
});

describe('who takes attendance', () => {
  it("the center's admin and the national admin do; another center's admin, a point's coordinator and a volunteer get 404", async () => {
    const s = await attendanceScene(t);
    const admin = await clientFor(t, (await createUser(t.db, { grants: [{ role: 'center_admin', centerId: s.center.id }] })).id);
    const national = await clientFor(t, (await createUser(t.db, { grants: [{ role: 'national_admin' }] })).id);
    expect((await admin.get(s.attendanceUrl)).statusCode).toBe(200);
    expect((await national.get(s.attendanceUrl)).statusCode).toBe(200);

    const otherCenter = await createCenter(t.db);
    const foreign = await clientFor(t, (await createUser(t.db, { grants: [{ role: 'center_admin', centerId: otherCenter.id }] })).id);
    const point = await createPoint(t.db, s.center.id);
    const pointCoordinator = await clientFor(
      t,
      (await createUser(t.db, { grants: [{ role: 'point_coordinator', centerId: s.center.id, pointId: point.id }] })).id,
    );
    for (const client of [foreign, pointCoordinator, s.volunteer.client]) {
      expect((await client.get(s.attendanceUrl)).statusCode).toBe(404);
      expect((await client.post(s.attendanceUrl, { row: `${s.registration.id}:attended` })).statusCode).toBe(404);
      expect((await client.get(`/trainings/sessions/${s.session.id}/sign-in-sheet`)).statusCode).toBe(404);
    }
    expect((await registrationRow(t.db, s.registration.id)).status).toBe('registered');
  });

  it("the session's trainer takes attendance but does not complete; another session's trainer gets 404", async () => {
    const trainer = await createUser(t.db, { familyName: 'Oktató', givenName: 'Olga' });
    const s = await attendanceScene(t, { session: { trainerUserId: trainer.id } });
    const client = await clientFor(t, trainer.id);
    const page = await client.get(s.attendanceUrl);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('A teljesítést (amely képesítést ad) az önkéntes központ munkatársai rögzítik.');
    expect(page.body).not.toContain('value="completed"');
    expect((await client.post(s.attendanceUrl, { row: `${s.registration.id}:attended` })).statusCode).toBe(303);
    expect((await registrationRow(t.db, s.registration.id)).status).toBe('attended');
    expect((await client.post(s.attendanceUrl, { row: `${s.registration.id}:completed` })).statusCode).toBe(403);
    expect((await registrationRow(t.db, s.registration.id)).status).toBe('attended');

    const elsewhere = await insertSession(t.db, s.course);
    expect((await client.get(`/trainings/sessions/${elsewhere.id}/attendance`)).statusCode).toBe(404);
  });

  it('an unknown or malformed session id is 404', async () => {
    const s = await attendanceScene(t);
    expect((await s.staffClient.get('/trainings/sessions/00000000-0000-4000-8000-000000000000/attendance')).statusCode).toBe(404);
    expect((await s.staffClient.get('/trainings/sessions/nem-id/attendance')).statusCode).toBe(404);
  });
});

describe('the printable sign-in sheet', () => {
  it('lists the participants with organization and an empty signature column, and blank rows for walk-ins', async () => {
    const s = await attendanceScene(t);
    await insertRegistration(t.db, s.session, { walkIn: 'Nem Jött Nándor' }, 'no_show');
    const res = await s.staffClient.get(`/trainings/sessions/${s.session.id}/sign-in-sheet`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Jelenléti ív');
    expect(res.body).toContain('Kovács Anna');
    expect(res.body).toContain('Aláírás');
    expect(res.body).toContain('Oktató Olga');
    expect(res.body).not.toContain('Nem Jött Nándor');
    expect(res.body.match(/<td class="signature"><\/td>/g)?.length).toBe(1 + 5);
  });
});
