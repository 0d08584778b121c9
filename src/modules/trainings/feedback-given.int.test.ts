import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingFeedback } from '../../db/schema/index.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { type Finding, fieldsOfForm, finish, hostileValues, inspect } from '../../test-support/hostile-input-values.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor, volunteerWithLogin } from '../placements/placements-test-support.js';
import { attendanceScene, auditOf, insertRegistration, insertSession } from './attendance-test-support.js';

/**
 * Feedback after a session: a participant who attended or completed rates it once (three 1–5
 * scales and a comment); the center's staff read the averages per course and per trainer, and the
 * comments without names, as pages and CSV/XLSX.
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const feedbackOf = (registrationId: string) => t.db.select().from(trainingFeedback).where(eq(trainingFeedback.registrationId, registrationId));
const rating = (content: number, trainer: number, usefulness: number, comment = '') => ({
  contentRating: String(content),
  trainerRating: String(trainer),
  usefulnessRating: String(usefulness),
  comment,
});

describe("the participant's feedback", () => {
  it('after attending: given once, audited; the form then says thanks', async () => {
    const s = await attendanceScene(t);
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:attended` });
    const url = `/trainings/feedback/${s.registration.id}`;
    const form = await s.volunteer.client.get(url);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Mennyire volt jó a képzés tartalma?');
    const sent = await s.volunteer.client.post(url, rating(5, 4, 3, 'Nagyon hasznos volt, köszönöm!'));
    expect(sent.statusCode).toBe(303);
    const [row, ...more] = await feedbackOf(s.registration.id);
    expect(more).toEqual([]);
    expect(row).toMatchObject({ sessionId: s.session.id, contentRating: 5, trainerRating: 4, usefulnessRating: 3, comment: 'Nagyon hasznos volt, köszönöm!' });
    expect((await auditOf(t.db, 'training_feedback', row?.id as string)).map((a) => a.action)).toEqual(['create']);

    const again = await s.volunteer.client.post(url, rating(1, 1, 1));
    expect(again.statusCode).toBe(422);
    expect(await feedbackOf(s.registration.id)).toHaveLength(1);
    expect((await s.volunteer.client.get(url)).body).toContain('Erre a képzésre már küldtél visszajelzést.');
    expect((await s.volunteer.client.get('/volunteer/my-volunteering')).body).toContain('elküldted, köszönjük');
  });

  it('shows each missing or wrong scale next to it, keeping what was typed', async () => {
    const s = await attendanceScene(t);
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:completed` });
    const res = await s.volunteer.client.post(`/trainings/feedback/${s.registration.id}`, { contentRating: '6', usefulnessRating: '3', comment: 'Megjegyzés' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('id="f-contentRating-error"');
    expect(res.body).toContain('id="f-trainerRating-error"');
    expect(res.body).not.toContain('id="f-usefulnessRating-error"');
    expect(res.body).toContain('Válassz egy értéket 1 és 5 között.');
    expect(res.body).toContain('Megjegyzés</textarea>');
    expect(await feedbackOf(s.registration.id)).toEqual([]);
  });

  it('not before attending, and only by the participant (anyone else: 404)', async () => {
    const s = await attendanceScene(t);
    const url = `/trainings/feedback/${s.registration.id}`;
    expect((await s.volunteer.client.get(url)).body).toContain('Visszajelzést az alkalom után küldhetsz');
    expect((await s.volunteer.client.post(url, rating(5, 5, 5))).statusCode).toBe(422);
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:attended` });
    const other = await volunteerWithLogin(t, { centerId: s.center.id });
    expect((await other.client.get(url)).statusCode).toBe(404);
    expect((await other.client.post(url, rating(1, 1, 1))).statusCode).toBe(404);
    expect((await s.staffClient.post(url, rating(1, 1, 1))).statusCode).toBe(404);
    expect(await feedbackOf(s.registration.id)).toEqual([]);
  });

  it('hostile values in every field: no 5xx, nothing unescaped, nothing stored', async () => {
    const s = await attendanceScene(t);
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:attended` });
    const url = `/trainings/feedback/${s.registration.id}`;
    const fields = fieldsOfForm((await s.volunteer.client.get(url)).body)
      .map(([name]) => name)
      .filter((name) => name !== '_csrf');
    expect(fields).toEqual(expect.arrayContaining(['contentRating', 'trainerRating', 'usefulnessRating', 'comment']));
    const findings: Finding[] = [];
    for (const [kind, make] of Object.entries(hostileValues)) {
      const body = new URLSearchParams({ _csrf: s.volunteer.client.csrfToken() }).toString();
      const res = await t.app.inject({
        method: 'POST',
        url,
        payload: `${body}&${fields.map(make).join('&')}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [...s.volunteer.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      // 400: a body the platform refuses whole (a NUL byte); 422: the form shown again with its errors.
      inspect(res, `${kind}: POST ${url}`, findings, (status) => status === 422 || status === 400, '422 or 400');
    }
    finish(findings);
    expect(await feedbackOf(s.registration.id)).toEqual([]);
  });
});

describe("the staff's summary", () => {
  it('averages and counts per course and per trainer, with the comments (no names), and exports them', async () => {
    const trainer = 'Tréner Tamás';
    const s = await attendanceScene(t, { course: { title: 'Aaa visszajelzett képzés' }, session: { trainerName: trainer } });
    const second = await insertSession(t.db, s.course, { trainerName: trainer });
    const answers = [rating(5, 4, 3, 'Kiváló <b>előadás</b>'), rating(4, 4, 4), rating(3, 5, 2, 'Rövid volt')];
    const participants = [s];
    for (let i = 1; i < answers.length; i++) {
      const v = await volunteerWithLogin(t, { centerId: s.center.id, familyName: 'Résztvevő', givenName: `${i}` });
      const registration = await insertRegistration(t.db, i === 2 ? second : s.session, { volunteer: v.volunteer }, 'attended');
      participants.push({ ...s, volunteer: v, registration });
    }
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:attended` });
    for (const [i, p] of participants.entries()) {
      expect((await p.volunteer.client.post(`/trainings/feedback/${p.registration.id}`, answers[i] as Record<string, string>)).statusCode).toBe(303);
    }

    const byCourse = await s.staffClient.get('/trainings/feedback?sort=name&dir=asc');
    expect(byCourse.statusCode).toBe(200);
    const row = byCourse.body.slice(byCourse.body.indexOf('Aaa visszajelzett képzés'));
    // content (5+4+3)/3, trainer (4+4+5)/3, usefulness (4+3+2)/3… in Hungarian decimals
    expect(row).toMatch(/<td>3<\/td><td>4,00<\/td><td>4,33<\/td><td>3,00<\/td>/);
    expect(row).toContain('2 megjegyzés');

    const byTrainer = await s.staffClient.get('/trainings/feedback?by=trainer');
    expect(byTrainer.body).toContain(trainer);
    const csv = await s.staffClient.get('/trainings/feedback?by=trainer&format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(trainer);
    expect(csv.body).toContain('4,33');
    expect((await s.staffClient.get('/trainings/feedback?format=xlsx')).statusCode).toBe(200);

    const comments = await s.staffClient.get(`/trainings/feedback/comments?courseId=${s.course.id}`);
    expect(comments.statusCode).toBe(200);
    expect(comments.body).toContain('Kiváló &lt;b>előadás&lt;/b>');
    expect(comments.body).toContain('Rövid volt');
    expect(comments.body).not.toContain('Kovács Anna');
    const commentsCsv = await s.staffClient.get(`/trainings/feedback/comments?trainer=${encodeURIComponent(trainer)}&format=csv`);
    expect(commentsCsv.body).toContain('Rövid volt');
  });

  it("is the staff's of the session's center: another center's staff see none of it, a volunteer is refused", async () => {
    const s = await attendanceScene(t, { course: { title: 'Csak A központé' } });
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:attended` });
    await s.volunteer.client.post(`/trainings/feedback/${s.registration.id}`, rating(2, 2, 2, 'A központ megjegyzése'));
    expect((await s.staffClient.get('/trainings/feedback')).body).toContain('Csak A központé');

    const otherCenter = await createCenter(t.db);
    const foreign = await clientFor(t, (await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: otherCenter.id }] })).id);
    expect((await foreign.get('/trainings/feedback')).body).not.toContain('Csak A központé');
    expect((await foreign.get('/trainings/feedback/comments')).body).not.toContain('A központ megjegyzése');
    const national = await clientFor(t, (await createUser(t.db, { grants: [{ role: 'national_admin' }] })).id);
    expect((await national.get('/trainings/feedback')).body).toContain('Csak A központé');
    expect((await s.volunteer.client.get('/trainings/feedback')).statusCode).toBe(403);
    expect((await s.volunteer.client.get('/trainings/feedback/comments')).statusCode).toBe(403);
  });
});
