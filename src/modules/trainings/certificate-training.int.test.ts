import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificates } from '../../db/schema/index.js';
import { pdfText, readTaggedPdf } from '../../test-support/pdf-reader.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { formatVerificationCode } from '../certificates/verification-code.js';
import { volunteerWithLogin } from '../placements/placements-test-support.js';
import { attendanceScene, auditOf, qualificationsOf } from './attendance-test-support.js';

/**
 * The certificate of a completed training, through the certificates module: the volunteer asks for
 * it (once; asking again gives the same), downloads the PDF, and anyone checks it on the public
 * verification page, which shows the course, the trainer and the qualification. Undoing the
 * completion revokes it.
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** A completed training of Kovács Anna: "Elsősegély alapfokon" by Oktató Olga, 4 hours, on 2026-11-24 in Budapest. */
async function completedTraining() {
  const s = await attendanceScene(t, {
    course: { title: 'Elsősegély alapfokon', qualificationName: 'Elsősegély', validityMonths: 36, durationMinutes: 240 },
    session: { startsAt: new Date('2026-11-24T08:00:00Z'), endsAt: new Date('2026-11-24T12:00:00Z'), trainerName: 'Oktató Olga' },
  });
  expect((await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:completed` })).statusCode).toBe(303);
  return { ...s, certificateUrl: `/trainings/registrations/${s.registration.id}/certificate` };
}

const certificatesOf = (registrationId: string) => t.db.select().from(certificates).where(eq(certificates.trainingRegistrationId, registrationId));

describe('the certificate of a completed training', () => {
  it('is issued once, to the volunteer, as a PDF that states the course, the day, the trainer and the qualification', async () => {
    const s = await completedTraining();
    const first = await s.volunteer.client.post(s.certificateUrl);
    expect(first.statusCode).toBe(303);
    const [certificate, ...more] = await certificatesOf(s.registration.id);
    expect(more).toEqual([]);
    expect(first.headers.location).toBe(`/certificates/${certificate?.id}/pdf`);
    expect(certificate).toMatchObject({
      volunteerId: s.volunteer.volunteer.id,
      trainingRegistrationId: s.registration.id,
      applicationId: null,
      organizationId: null,
      totalMinutes: 240,
      periodFrom: '2026-11-24',
      periodTo: '2026-11-24',
    });
    expect((await auditOf(t.db, 'certificate', certificate?.id as string)).map((a) => a.action)).toEqual(['issue']);
    // Asking again gives the same certificate.
    expect((await s.volunteer.client.post(s.certificateUrl)).headers.location).toBe(first.headers.location);
    expect(await certificatesOf(s.registration.id)).toHaveLength(1);

    const pdf = await s.volunteer.client.get(String(first.headers.location));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Igazolás képzés elvégzéséről');
    expect(text).toContain('Kovács Anna');
    expect(text).toContain('2026. 11. 24.');
    expect(text).toContain('„Elsősegély alapfokon” képzést');
    expect(text).toContain(s.center.name);
    expect(text).toContain('A képzés oktatója: Oktató Olga');
    expect(text).toContain('4 óra');
    const [granted] = await qualificationsOf(t.db, s.volunteer.volunteer.id);
    expect(granted?.validUntil).toBe('2029-11-24');
    expect(text).toContain('megszerzett képesítés: Elsősegély, amely 2029. 11. 24. napjáig érvényes');
    expect(text).toContain(formatVerificationCode(certificate?.code as string));
    expect(text).not.toContain('Fogadó szervezet');
    const reading = await readTaggedPdf(pdf.rawPayload);
    expect(reading).toMatchObject({ marked: true, lang: 'hu-HU', title: 'Igazolás képzés elvégzéséről', everyPageTagged: true, untagged: '' });

    // "My volunteering" now offers the download itself.
    expect((await s.volunteer.client.get('/volunteer/my-volunteering')).body).toContain(`/certificates/${certificate?.id}/pdf`);
  });

  it('verifies publicly with the course, the trainer and the qualification (initials only)', async () => {
    const s = await completedTraining();
    await s.volunteer.client.post(s.certificateUrl);
    const [certificate] = await certificatesOf(s.registration.id);
    const page = await t.app.inject({ method: 'GET', url: `/certificates/verify/${formatVerificationCode(certificate?.code as string)}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Ez az igazolás érvényes.');
    expect(page.body).toContain('K. A.');
    expect(page.body).not.toContain('Kovács Anna');
    expect(page.body).toContain('Elsősegély alapfokon');
    expect(page.body).toContain('Oktató Olga');
    expect(page.body).toContain(s.center.name);
    expect(page.body).toContain('Elsősegély, érvényes: 2029. 11. 24.');
    expect(page.body).toContain('2026. 11. 24.');
    expect(page.body).not.toContain('Fogadó szervezet');
  });

  it('is revoked when the completion is undone: the page and the PDF say so, and a new completion gets a new one', async () => {
    const s = await completedTraining();
    await s.volunteer.client.post(s.certificateUrl);
    const [certificate] = await certificatesOf(s.registration.id);
    await s.staffClient.post(`/trainings/registrations/${s.registration.id}/undo-completion`, { confirm: 'on' });
    const [revoked] = await certificatesOf(s.registration.id);
    expect(revoked?.revokedAt).toBeInstanceOf(Date);
    expect(revoked?.revokeReason).toBe('a képzés teljesítését visszavonták');
    expect((await auditOf(t.db, 'certificate', certificate?.id as string)).map((a) => a.action)).toEqual(['issue', 'revoke']);
    const page = await t.app.inject({ method: 'GET', url: `/certificates/verify/${certificate?.code}` });
    expect(page.body).toContain('visszavonták');
    const pdf = await s.volunteer.client.get(`/certificates/${certificate?.id}/pdf`);
    expect(await pdfText(pdf.rawPayload)).toContain('VISSZAVONVA: a képzés teljesítését');

    // Not completed now: no certificate.
    const refused = await s.volunteer.client.post(s.certificateUrl);
    expect(refused.statusCode).toBe(303);
    expect(refused.headers.location).toBe('/volunteer/my-volunteering#my-trainings');
    expect(await certificatesOf(s.registration.id)).toHaveLength(1);
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:completed` });
    await s.volunteer.client.post(s.certificateUrl);
    expect(await certificatesOf(s.registration.id)).toHaveLength(2);
  });

  it("is the volunteer's alone: staff and other volunteers get 404, and a registration not completed gets none", async () => {
    const s = await completedTraining();
    expect((await s.staffClient.post(s.certificateUrl)).statusCode).toBe(404);
    const other = await volunteerWithLogin(t, { centerId: s.center.id });
    expect((await other.client.post(s.certificateUrl)).statusCode).toBe(404);
    expect(await certificatesOf(s.registration.id)).toEqual([]);

    const open = await attendanceScene(t);
    const res = await open.volunteer.client.post(`/trainings/registrations/${open.registration.id}/certificate`);
    expect(res.statusCode).toBe(303);
    expect(await certificatesOf(open.registration.id)).toEqual([]);
  });
});
