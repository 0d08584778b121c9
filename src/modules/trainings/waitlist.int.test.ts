import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingRegistrations, volunteers } from '../../db/schema/index.js';
import { toBudapestLocal } from '../../platform/budapest-time.js';
import { createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor, volunteerWithLogin } from '../placements/placements-test-support.js';
import { createRegistration, mailsTo, registrationRow, sessionRow, sessionTimes, trainingAudit, trainingScene } from './trainings-test-support.js';
import { expireTrainingOffers } from './waitlist-offers.js';

/**
 * The waitlist (issue 14): kept in order; a freed seat is offered to the first and held for the
 * session's hold hours (never past its start, as shift waitlists); accepted, declined, or lapsed by
 * the background job, which passes it to the next.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const hour = 3_600_000;

/** A full one-seat session: a holder, and three volunteers (with logins) waiting in order. */
async function fullSession(session: Parameters<typeof trainingScene>[1] = {}) {
  const scene = await trainingScene(t, { session: { capacity: 1, holdHours: 24, ...session.session }, course: session.course });
  const holder = await volunteerWithLogin(t, { email: `elso-${Date.now()}@pelda.example` });
  const holding = await createRegistration(t.db, scene.session.id, { volunteerId: holder.volunteer.id, participantEmail: holder.volunteer.email });
  const waiting = [];
  for (let i = 0; i < 3; i++) {
    const person = await volunteerWithLogin(t, { email: `varo-${i}-${Date.now()}@pelda.example` });
    // Their own registration, through the page: the waitlist keeps the order they came in.
    expect((await person.client.post(`/trainings/sessions/${scene.session.id}/register`)).statusCode).toBe(303);
    const [row] = await t.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.volunteerId, person.volunteer.id));
    waiting.push({ ...person, registration: row as NonNullable<typeof row> });
  }
  return { ...scene, holder, holding, waiting };
}

describe('a freed seat', () => {
  it('is offered to the first on the waitlist, held for the hold hours, with a mail and an audit entry', async () => {
    const s = await fullSession();
    expect(s.waiting.map((w) => w.registration.status)).toEqual(['waitlisted', 'waitlisted', 'waitlisted']);
    const before = Date.now();
    expect((await s.holder.client.post(`/trainings/registrations/${s.holding.id}/cancel`, { confirm: 'on' })).statusCode).toBe(303);
    const [first, second] = s.waiting;
    const offered = await registrationRow(t.db, first?.registration.id as string);
    expect(offered).toMatchObject({ status: 'offered', holdsSeat: true });
    const held = (offered.offerExpiresAt as Date).getTime() - before;
    expect(held).toBeGreaterThan(24 * hour - 60_000);
    expect(held).toBeLessThan(24 * hour + 60_000);
    expect((await registrationRow(t.db, second?.registration.id as string)).status).toBe('waitlisted');
    expect((await sessionRow(t.db, s.session.id)).seatsTaken).toBe(1);
    const mail = (await mailsTo(t.db, first?.volunteer.email as string)).find((m) => m.subject.startsWith('Felszabadult'));
    expect(mail?.textBody).toContain(`/trainings/registrations/${offered.id}/offer`);
    expect((await trainingAudit(t.db, 'training_registration', offered.id)).map((a) => a.action)).toContain('status:offered');
    // My trainings shows the offer to answer.
    expect((await first?.client.get('/trainings/mine'))?.body).toContain('Felajánlott hely vár a válaszodra: 1');
  });

  it('passes on when declined, and stays when accepted', async () => {
    const s = await fullSession();
    await s.holder.client.post(`/trainings/registrations/${s.holding.id}/cancel`, { confirm: 'on' });
    const [first, second, third] = s.waiting;
    const page = await first?.client.get(`/trainings/registrations/${first.registration.id}/offer`);
    expect(page?.statusCode).toBe(200);
    expect(page?.body).toContain('Elfogadom a helyet');
    const declined = await first?.client.post(`/trainings/registrations/${first.registration.id}/offer`, { answer: 'decline' });
    expect(declined?.statusCode).toBe(303);
    expect((await registrationRow(t.db, first?.registration.id as string)).status).toBe('declined');
    expect((await registrationRow(t.db, second?.registration.id as string)).status).toBe('offered');
    const accepted = await second?.client.post(`/trainings/registrations/${second.registration.id}/offer`, { answer: 'accept' });
    expect(accepted?.statusCode).toBe(303);
    expect(await registrationRow(t.db, second?.registration.id as string)).toMatchObject({ status: 'registered', holdsSeat: true, offerExpiresAt: null });
    expect((await registrationRow(t.db, third?.registration.id as string)).status).toBe('waitlisted');
    expect((await sessionRow(t.db, s.session.id)).seatsTaken).toBe(1);
    // An answered offer cannot be answered again.
    const again = await second?.client.post(`/trainings/registrations/${second.registration.id}/offer`, { answer: 'decline' });
    expect(again?.statusCode).toBe(422);
    expect(again?.body).toContain('Ez a felajánlás már nem nyitott');
  });

  it('lapses when the hold ends: the job declines it, tells the person and offers the seat to the next', async () => {
    const s = await fullSession();
    await s.holder.client.post(`/trainings/registrations/${s.holding.id}/cancel`, { confirm: 'on' });
    const [first, second] = s.waiting;
    // Nothing is due yet.
    expect(await expireTrainingOffers(t.db, new Date(), { baseUrl: t.config.baseUrl })).toBe(0);
    const later = new Date(Date.now() + 25 * hour);
    // (Offers left open by the tests before lapse too: the database is shared.)
    expect(await expireTrainingOffers(t.db, later, { baseUrl: t.config.baseUrl })).toBeGreaterThanOrEqual(1);
    expect(await registrationRow(t.db, first?.registration.id as string)).toMatchObject({ status: 'declined', holdsSeat: false });
    const next = await registrationRow(t.db, second?.registration.id as string);
    expect(next.status).toBe('offered');
    expect((next.offerExpiresAt as Date).getTime()).toBeGreaterThan(later.getTime());
    expect((await mailsTo(t.db, first?.volunteer.email as string)).map((m) => m.subject)).toContainEqual(expect.stringContaining('Lejárt'));
    expect((await sessionRow(t.db, s.session.id)).seatsTaken).toBe(1);
    // A second run finds nothing to do.
    expect(await expireTrainingOffers(t.db, later, { baseUrl: t.config.baseUrl })).toBe(0);
    // The lapsed one can no longer accept.
    const late = await first?.client.post(`/trainings/registrations/${first.registration.id}/offer`, { answer: 'accept' });
    expect(late?.statusCode).toBe(422);
  });

  it('is held never past the session start', async () => {
    const start = new Date(Date.now() + 2 * hour);
    const s = await fullSession({ session: { startsAt: start, endsAt: new Date(start.getTime() + hour), holdHours: 48 } });
    await s.holder.client.post(`/trainings/registrations/${s.holding.id}/cancel`, { confirm: 'on' });
    const offered = await registrationRow(t.db, s.waiting[0]?.registration.id as string);
    expect(offered.offerExpiresAt?.getTime()).toBe(start.getTime());
  });

  it("goes to the waitlist when the capacity grows; the offer's page is the person's alone", async () => {
    const s = await fullSession();
    const edit = await s.coordinatorClient.post(`/trainings/sessions/${s.session.id}/edit`, {
      startsAt: '',
      endsAt: '',
    });
    expect(edit.statusCode).toBe(422);
    const times = sessionTimes();
    const grown = await s.coordinatorClient.post(`/trainings/sessions/${s.session.id}/edit`, {
      startsAt: toBudapestLocal(times.startsAt),
      endsAt: toBudapestLocal(times.endsAt),
      place: 'Kecskemét',
      address: 'Fő utca 1.',
      trainerName: 'Teszt Tréner',
      capacity: '3',
      holdHours: '24',
    });
    expect(grown.statusCode).toBe(303);
    const statuses = await Promise.all(s.waiting.map(async (w) => (await registrationRow(t.db, w.registration.id)).status));
    expect(statuses).toEqual(['offered', 'offered', 'waitlisted']);
    expect((await sessionRow(t.db, s.session.id)).seatsTaken).toBe(3);

    const stranger = await createUser(t.db);
    const strangerClient = await clientFor(t, stranger.id);
    const offerId = s.waiting[0]?.registration.id as string;
    expect((await strangerClient.get(`/trainings/registrations/${offerId}/offer`)).statusCode).toBe(404);
    expect((await strangerClient.post(`/trainings/registrations/${offerId}/offer`, { answer: 'accept' })).statusCode).toBe(404);
    // Staff may answer on the person's word.
    const staffAnswer = await s.coordinatorClient.post(`/trainings/registrations/${offerId}/offer`, { answer: 'accept' });
    expect(staffAnswer.statusCode).toBe(303);
    expect((await registrationRow(t.db, offerId)).status).toBe('registered');
  });

  it('passes over a waitlisted minor whose guardian withdrew consent', async () => {
    const scene = await trainingScene(t, { session: { capacity: 1 } });
    const holding = await createRegistration(t.db, scene.session.id);
    const minorBirth = new Date(Date.now() - 13 * 365.25 * 86_400_000).toISOString().slice(0, 10);
    const minor = await volunteerWithLogin(t, { birthDate: minorBirth, guardianConsentAt: new Date() });
    const adult = await volunteerWithLogin(t);
    await minor.client.post(`/trainings/sessions/${scene.session.id}/register`);
    await adult.client.post(`/trainings/sessions/${scene.session.id}/register`);
    await t.db.update(volunteers).set({ guardianConsentAt: null }).where(eq(volunteers.id, minor.volunteer.id));
    await scene.coordinatorClient.post(`/trainings/registrations/${holding.id}/cancel`, { confirm: 'on' });
    const rows = await t.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.sessionId, scene.session.id));
    expect(rows.find((r) => r.volunteerId === minor.volunteer.id)?.status).toBe('waitlisted');
    expect(rows.find((r) => r.volunteerId === adult.volunteer.id)?.status).toBe('offered');
    const minorRow = rows.find((r) => r.volunteerId === minor.volunteer.id);
    expect((await trainingAudit(t.db, 'training_registration', minorRow?.id as string)).map((a) => a.action)).toContain('offer_passed_over:ineligible');
  });
});
