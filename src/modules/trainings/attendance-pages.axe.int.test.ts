import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { findAttendanceSession } from './attendance-repo.js';
import { attendanceScene, insertRegistration } from './attendance-test-support.js';

/**
 * axe on the attendance, check-in, completion, certificate and feedback pages as a browser renders
 * them (0 violations): the staff's roster with every state, the printable sign-in sheet, the QR page,
 * the undo confirmation, the feedback summary and comments; the participant's scanned page, the
 * feedback form (also with its errors) and "my trainings" in my volunteering.
 */
describe.skipIf(!axePagesRun)('training attendance pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the staff pages have no violations', async () => {
    const t = pages.app;
    const s = await attendanceScene(t);
    const done = await insertRegistration(t.db, s.session, { walkIn: 'Kész Klára' }, 'attended');
    await insertRegistration(t.db, s.session, { walkIn: 'Távol Tamás' }, 'no_show');
    await s.staffClient.post(s.attendanceUrl, { row: `${done.id}:completed` });
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:attended` });
    await s.volunteer.client.post(`/trainings/feedback/${s.registration.id}`, {
      contentRating: '5',
      trainerRating: '4',
      usefulnessRating: '5',
      comment: 'Sokat tanultam.',
    });
    const reports = [
      await pages.violationsOn(s.staff.id, s.attendanceUrl, 'Kész Klára'),
      await pages.violationsOn(s.staff.id, `/trainings/sessions/${s.session.id}/sign-in-sheet`, 'Aláírás'),
      await pages.violationsOn(s.staff.id, `/trainings/sessions/${s.session.id}/check-in`, 'Bejelentkezés QR-kóddal'),
      await pages.violationsOn(s.staff.id, `/trainings/registrations/${done.id}/undo-completion`, 'Teljesítés visszavonása'),
      await pages.violationsAfterSubmit(
        s.staff.id,
        `/trainings/registrations/${done.id}/undo-completion`,
        { action: `/trainings/registrations/${done.id}/undo-completion`, fields: {} },
        'Jelölje be a megerősítést.',
      ),
      await pages.violationsOn(s.staff.id, '/trainings/feedback', 'Visszajelzések a képzésekről'),
      await pages.violationsOn(s.staff.id, '/trainings/feedback?by=trainer', 'Oktató Olga'),
      await pages.violationsOn(s.staff.id, '/trainings/feedback/comments', 'Sokat tanultam.'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 180_000);

  it("the participant's pages have no violations", async () => {
    const t = pages.app;
    const s = await attendanceScene(t);
    await s.staffClient.get(`/trainings/sessions/${s.session.id}/check-in`);
    const code = (await findAttendanceSession(t.db, s.session.id))?.checkInCode as string;
    const feedback = `/trainings/feedback/${s.registration.id}`;
    const reports = [await pages.violationsOn(s.volunteer.user.id, `/trainings/check-in/${code}`, 'Megérkeztem')];
    await s.volunteer.client.post(`/trainings/check-in/${code}`);
    reports.push(await pages.violationsOn(s.volunteer.user.id, `/trainings/check-in/${code}`, 'Bejelentkeztél ekkor'));
    reports.push(await pages.violationsOn(s.volunteer.user.id, '/trainings/check-in/AAAAAAAAAAAAAAAA', 'Ismeretlen bejelentkezési kód', 404));
    reports.push(await pages.violationsOn(s.volunteer.user.id, feedback, 'Mennyire volt jó a képzés tartalma?'));
    reports.push(
      await pages.violationsAfterSubmit(
        s.volunteer.user.id,
        feedback,
        { action: feedback, fields: { comment: 'Jó volt' } },
        'Az alábbi mezőket javítani kell:',
      ),
    );
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:completed` });
    reports.push(await pages.violationsOn(s.volunteer.user.id, '/volunteer/my-volunteering', 'Képzéseim'));
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 180_000);
});
