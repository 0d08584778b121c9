import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qualificationReminders, volunteerQualifications } from '../../db/schema/index.js';
import { createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor } from '../placements/placements-test-support.js';
import { markAttendance } from './attendance-service.js';
import { attendanceScene, auditOf, insertRegistration, mailsTo, qualificationsOf, registrationRow } from './attendance-test-support.js';
import { qualificationValidUntil } from './completion-service.js';

/**
 * Completion grants the course's qualification (issue 14): with the right expiry, once, audited,
 * in one transaction with the registration's completion; undoing it (after a confirmation) takes
 * the qualification away again. The qualification shows on the staff's volunteer page and in "my
 * volunteering", with the course it came from.
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('completing grants the qualification', () => {
  it('a volunteer marked completed gets the qualification, valid for the course months from the session day, and a mail', async () => {
    const s = await attendanceScene(t);
    const res = await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:completed` });
    expect(res.statusCode).toBe(303);
    const [granted, ...more] = await qualificationsOf(t.db, s.volunteer.volunteer.id);
    expect(more).toEqual([]);
    if (!granted) throw new Error('no qualification granted');
    expect(granted?.name).toBe('Elsősegély');
    expect(granted?.validUntil).toBe(qualificationValidUntil({ startsAt: s.session.startsAt, validityMonths: 36 }));
    expect(granted?.recordedBy).toBe(s.staff.id);
    const row = await registrationRow(t.db, s.registration.id);
    expect(row.status).toBe('completed');
    expect(row.qualificationId).toBe(granted?.id);
    expect(row.completedBy).toBe(s.staff.id);
    expect(row.completedAt).toBeInstanceOf(Date);

    expect((await auditOf(t.db, 'training_registration', s.registration.id)).map((a) => a.action)).toEqual(['complete']);
    const qualificationAudit = await auditOf(t.db, 'volunteer_qualification', granted.id);
    expect(qualificationAudit.map((a) => a.action)).toEqual(['create']);
    expect(qualificationAudit[0]?.after).toMatchObject({ trainingRegistrationId: s.registration.id });

    const [mail] = await mailsTo(t.db, s.volunteer.volunteer.email as string);
    expect(mail?.subject).toContain('Elvégezted');
    expect(mail?.textBody).toContain('Elsősegély');
    expect(mail?.textBody).toContain(`/trainings/feedback/${s.registration.id}`);
    expect(mail?.textBody).toContain('Kedves Kovács Anna!');
  });

  it('the expiry is the Budapest day of the session plus the validity (a session late on 31 March UTC is 1 April in Budapest)', () => {
    expect(qualificationValidUntil({ startsAt: new Date('2026-03-31T22:30:00Z'), validityMonths: 36 })).toBe('2029-04-01');
    expect(qualificationValidUntil({ startsAt: new Date('2026-01-31T09:00:00Z'), validityMonths: 1 })).toBe('2026-02-28');
    expect(qualificationValidUntil({ startsAt: new Date('2026-01-31T09:00:00Z'), validityMonths: null })).toBeNull();
  });

  it('a course without validity grants a qualification without expiry', async () => {
    const s = await attendanceScene(t, { course: { qualificationName: 'Vízimentő', validityMonths: null } });
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:completed` });
    const [granted] = await qualificationsOf(t.db, s.volunteer.volunteer.id);
    expect(granted).toMatchObject({ name: 'Vízimentő', validUntil: null });
  });

  it('once: completing again (a double submit, another staff member) grants nothing more', async () => {
    const s = await attendanceScene(t);
    const form = { decision: 'completed', registrationIds: [s.registration.id] };
    await Promise.all([s.staffClient.post(s.attendanceUrl, form), s.staffClient.post(s.attendanceUrl, form)]);
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:completed` });
    expect(await qualificationsOf(t.db, s.volunteer.volunteer.id)).toHaveLength(1);
    expect((await auditOf(t.db, 'training_registration', s.registration.id)).map((a) => a.action)).toEqual(['complete']);
  });

  it('from attended too, but not from no-show; a course without a qualification, or a walk-in, completes without one', async () => {
    const s = await attendanceScene(t);
    const walkIn = await insertRegistration(t.db, s.session, { walkIn: 'Vendég Vilma', email: 'vilma@kapocs.example' }, 'attended');
    const noShow = await insertRegistration(t.db, s.session, { walkIn: 'Távol Tamás' }, 'no_show');
    const res = await s.staffClient.post(s.attendanceUrl, { decision: 'completed', registrationIds: [walkIn.id, noShow.id] });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('előbb jelölje jelenlévőnek');
    expect((await registrationRow(t.db, walkIn.id)).status).toBe('completed');
    expect((await registrationRow(t.db, walkIn.id)).qualificationId).toBeNull();
    expect((await registrationRow(t.db, noShow.id)).status).toBe('no_show');
    // The walk-in has no account: a mail without the feedback link.
    const [mail] = await mailsTo(t.db, 'vilma@kapocs.example');
    expect(mail?.textBody).not.toContain('/trainings/feedback/');

    const plain = await attendanceScene(t, { course: { qualificationName: null, validityMonths: null } });
    await plain.staffClient.post(plain.attendanceUrl, { row: `${plain.registration.id}:completed` });
    expect((await registrationRow(t.db, plain.registration.id)).status).toBe('completed');
    expect(await qualificationsOf(t.db, plain.volunteer.volunteer.id)).toEqual([]);
  });

  it('not before the session started', async () => {
    const s = await attendanceScene(t, { session: { startsAt: new Date(Date.now() + 20 * 60_000) } });
    const actor = {
      userId: s.staff.id,
      email: '',
      familyName: '',
      givenName: '',
      emailConfirmed: true,
      grants: [{ role: 'center_coordinator' as const, centerId: s.center.id, pointId: null }],
    };
    await expect(markAttendance(t.db, actor, s.session.id, { decision: 'completed', registrationIds: [s.registration.id] }, { baseUrl: '' })).rejects.toThrow(
      'validation failed',
    );
    expect(await qualificationsOf(t.db, s.volunteer.volunteer.id)).toEqual([]);
  });
});

describe('undoing a completion', () => {
  it('asks for confirmation, then removes the qualification (and its reminder), back to attended, audited', async () => {
    const s = await attendanceScene(t);
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:completed` });
    const [granted] = await qualificationsOf(t.db, s.volunteer.volunteer.id);
    await t.db.insert(qualificationReminders).values({ qualificationId: granted?.id as string });
    const url = `/trainings/registrations/${s.registration.id}/undo-completion`;

    const page = await s.staffClient.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Teljesítés visszavonása: Kovács Anna');
    expect(page.body).toContain('Elsősegély');
    const unconfirmed = await s.staffClient.post(url, {});
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.body).toContain('Jelölje be a megerősítést.');
    expect(await qualificationsOf(t.db, s.volunteer.volunteer.id)).toHaveLength(1);

    const done = await s.staffClient.post(url, { confirm: 'on' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(s.attendanceUrl);
    expect(await qualificationsOf(t.db, s.volunteer.volunteer.id)).toEqual([]);
    expect(
      await t.db
        .select()
        .from(qualificationReminders)
        .where(eq(qualificationReminders.qualificationId, granted?.id as string)),
    ).toEqual([]);
    const row = await registrationRow(t.db, s.registration.id);
    expect(row).toMatchObject({ status: 'attended', qualificationId: null, completedAt: null, completedBy: null });
    expect((await auditOf(t.db, 'training_registration', s.registration.id)).map((a) => a.action)).toEqual(['complete', 'undo_completion']);
    expect((await auditOf(t.db, 'volunteer_qualification', granted?.id as string)).map((a) => a.action)).toEqual(['create', 'delete']);

    // Undone already: the page says there is nothing to undo, a post is refused.
    expect((await s.staffClient.get(url)).body).toContain('nincs mit visszavonni');
    expect((await s.staffClient.post(url, { confirm: 'on' })).statusCode).toBe(422);
    // Completed again: a new qualification.
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:completed` });
    expect(await qualificationsOf(t.db, s.volunteer.volunteer.id)).toHaveLength(1);
  });

  it("is the center staff's: the trainer gets 403, a volunteer and another center's staff 404", async () => {
    const trainer = await createUser(t.db);
    const s = await attendanceScene(t, { session: { trainerUserId: trainer.id } });
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:completed` });
    const url = `/trainings/registrations/${s.registration.id}/undo-completion`;
    const trainerClient = await clientFor(t, trainer.id);
    expect((await trainerClient.get(url)).statusCode).toBe(403);
    expect((await trainerClient.post(url, { confirm: 'on' })).statusCode).toBe(403);
    expect((await s.volunteer.client.post(url, { confirm: 'on' })).statusCode).toBe(404);
    const other = await attendanceScene(t);
    expect((await other.staffClient.post(url, { confirm: 'on' })).statusCode).toBe(404);
    expect(await qualificationsOf(t.db, s.volunteer.volunteer.id)).toHaveLength(1);
  });
});

describe('where the qualification shows', () => {
  it("on the staff's volunteer page and in my volunteering, with its expiry and the course it came from", async () => {
    const s = await attendanceScene(t, { course: { title: 'Elsősegély alapfokon' } });
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:completed` });
    const [granted] = await qualificationsOf(t.db, s.volunteer.volunteer.id);
    const [y, m, d] = String(granted?.validUntil).split('-');

    const staffPage = await s.staffClient.get(`/volunteers/${s.volunteer.volunteer.id}`);
    expect(staffPage.statusCode).toBe(200);
    expect(staffPage.body).toContain('Elsősegély');
    expect(staffPage.body).toContain(`${y}. ${m}. ${d}.`);
    expect(staffPage.body).toContain(`href="/trainings/${s.course.slug}"`);
    expect(staffPage.body).toContain('Képzés: Elsősegély alapfokon');

    const mine = await s.volunteer.client.get('/volunteer/my-volunteering');
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain(`${y}. ${m}. ${d}.`);
    expect(mine.body).toContain('Képzés: Elsősegély alapfokon');
    // My trainings: the feedback to give and the certificate to download.
    expect(mine.body).toContain('Képzéseim');
    expect(mine.body).toContain(`/trainings/feedback/${s.registration.id}`);
    expect(mine.body).toContain(`/trainings/registrations/${s.registration.id}/certificate`);
  });

  it('a qualification recorded by hand has no course', async () => {
    const s = await attendanceScene(t);
    await t.db.insert(volunteerQualifications).values({ volunteerId: s.volunteer.volunteer.id, name: 'Úszómester', validUntil: null });
    const staffPage = await s.staffClient.get(`/volunteers/${s.volunteer.volunteer.id}`);
    expect(staffPage.body).toContain('Úszómester');
    expect(staffPage.body).not.toContain('Képzés: ');
  });
});
