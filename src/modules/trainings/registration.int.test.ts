import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../db/schema/index.js';
import { createOpportunity, createOrganization, createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createPoint, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { anonymiseVolunteer } from '../erasure/anonymiser.js';
import { clientFor, staffWithLogin, volunteerWithLogin } from '../placements/placements-test-support.js';
import {
  createCourse,
  createRegistration,
  createSession,
  latestRegistration,
  mailsTo,
  registrationRow,
  registrationsOf,
  sessionRow,
  sessionTimes,
  trainingAudit,
  trainingScene,
} from './trainings-test-support.js';

/** The three ways to register (issue 14): a volunteer for themself, an organization for its people, staff for walk-ins. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const flashOf = (res: { cookies: { name: string; value: string }[] }) => res.cookies.find((c) => c.name === 'kapocs_flash')?.value;

describe('a volunteer registers themself', () => {
  it('takes a seat, audited and confirmed by mail; registering again changes nothing', async () => {
    const { session } = await trainingScene(t);
    const email = `onkentes-${Date.now()}@pelda.example`;
    const { volunteer, client } = await volunteerWithLogin(t, { email });
    const res = await client.post(`/trainings/sessions/${session.id}/register`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/trainings/mine');
    expect(flashOf(res)).toBe('trainings.flash.registered');
    const [registration] = await registrationsOf(t.db, session.id);
    expect(registration).toMatchObject({ volunteerId: volunteer.id, status: 'registered', holdsSeat: true, participantEmail: email });
    expect((await sessionRow(t.db, session.id)).seatsTaken).toBe(1);
    expect((await trainingAudit(t.db, 'training_registration', registration?.id as string)).map((a) => a.action)).toEqual(['create']);
    expect((await mailsTo(t.db, email)).map((m) => m.subject)).toEqual([expect.stringContaining('Jelentkezés:')]);

    const again = await client.post(`/trainings/sessions/${session.id}/register`);
    expect(flashOf(again)).toBe('trainings.flash.alreadyRegistered');
    expect(await registrationsOf(t.db, session.id)).toHaveLength(1);
    expect((await sessionRow(t.db, session.id)).seatsTaken).toBe(1);

    const mine = await client.get('/trainings/mine');
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain('Jelentkezett');
  });

  it('joins the waitlist of a full session and sees their place', async () => {
    const { session } = await trainingScene(t, { session: { capacity: 1 } });
    await createRegistration(t.db, session.id);
    await createRegistration(t.db, session.id, { status: 'waitlisted' });
    const { client } = await volunteerWithLogin(t);
    const res = await client.post(`/trainings/sessions/${session.id}/register`);
    expect(flashOf(res)).toBe('trainings.flash.waitlisted');
    const mine = await client.get('/trainings/mine');
    expect(mine.body).toContain('2. a várólistán');
  });

  it('after a completed session, points to the feedback and the certificate in my volunteering', async () => {
    const { session } = await trainingScene(t);
    const { volunteer, client } = await volunteerWithLogin(t);
    await createRegistration(t.db, session.id, { volunteerId: volunteer.id, status: 'completed' });
    const mine = await client.get('/trainings/mine');
    expect(mine.body).toContain('href="/volunteer/my-volunteering#my-trainings"');
    expect(mine.body).toContain('Visszajelzés és tanúsítvány');
  });

  it('is refused without a profile, and for a draft course, a started or a cancelled session', async () => {
    const { center, session } = await trainingScene(t);
    const user = await createUser(t.db);
    const noProfile = await (await clientFor(t, user.id)).post(`/trainings/sessions/${session.id}/register`);
    expect(noProfile.statusCode).toBe(422);
    expect(noProfile.body).toContain('Jelentkezéshez előbb hozd létre az önkéntes profilodat.');

    const { client } = await volunteerWithLogin(t);
    const draft = await createCourse(t.db, { centerId: center.id, status: 'draft' });
    const draftSession = await createSession(t.db, draft.id, center.id);
    expect((await client.post(`/trainings/sessions/${draftSession.id}/register`)).statusCode).toBe(422);
    const started = await createSession(t.db, draft.id, center.id, sessionTimes(-1));
    expect((await client.post(`/trainings/sessions/${started.id}/register`)).statusCode).toBe(422);
    const course = await createCourse(t.db, { centerId: center.id });
    const cancelled = await createSession(t.db, course.id, center.id, { cancelledAt: new Date() });
    const refused = await client.post(`/trainings/sessions/${cancelled.id}/register`);
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Erre az alkalomra már nem lehet jelentkezni');
    expect((await client.post('/trainings/sessions/00000000-0000-4000-8000-000000000000/register')).statusCode).toBe(404);
  });

  it('cancels, which frees the seat; registering again makes a new registration', async () => {
    const { session } = await trainingScene(t);
    const { client } = await volunteerWithLogin(t);
    await client.post(`/trainings/sessions/${session.id}/register`);
    const registration = await latestRegistration(t.db, session.id);
    const confirmPage = await client.get(`/trainings/registrations/${registration.id}/cancel`);
    expect(confirmPage.statusCode).toBe(200);
    const unconfirmed = await client.post(`/trainings/registrations/${registration.id}/cancel`);
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.body).toContain('A folytatáshoz jelölje be a megerősítést.');
    const res = await client.post(`/trainings/registrations/${registration.id}/cancel`, { confirm: 'on' });
    expect(res.statusCode).toBe(303);
    expect(await registrationRow(t.db, registration.id)).toMatchObject({ status: 'cancelled', holdsSeat: false });
    expect((await sessionRow(t.db, session.id)).seatsTaken).toBe(0);
    expect((await client.post(`/trainings/registrations/${registration.id}/cancel`, { confirm: 'on' })).statusCode).toBe(422);
    await client.post(`/trainings/sessions/${session.id}/register`);
    expect((await registrationsOf(t.db, session.id)).map((r) => r.status)).toEqual(['cancelled', 'registered']);
  });
});

describe('an organization registers its people', () => {
  async function organizationScene() {
    const scene = await trainingScene(t);
    const member = await createUser(t.db);
    const colleague = await createUser(t.db);
    const organization = await createOrganization(t.db, scene.center.id, { memberUserIds: [member.id, colleague.id] });
    const opportunity = await createOpportunity(t.db, organization);
    const placed = await createVolunteer(t.db, { centerId: scene.center.id, email: `placed-${Date.now()}@pelda.example` });
    await t.db
      .insert(applications)
      .values({ volunteerId: placed.id, opportunityId: opportunity.id, centerId: scene.center.id, origin: 'volunteer', status: 'accepted' });
    const stranger = await createVolunteer(t.db, { centerId: scene.center.id });
    return { ...scene, member, memberClient: await clientFor(t, member.id), colleague, organization, placed, stranger };
  }

  it('registers a placed volunteer and a fellow member, who is confirmed as an adult', async () => {
    const s = await organizationScene();
    const page = await s.memberClient.get(`/trainings/sessions/${s.session.id}/enrol`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`value="v:${s.placed.id}"`);
    expect(page.body).toContain(`value="u:${s.colleague.id}"`);
    expect(page.body).not.toContain(s.stranger.id);

    const volunteer = await s.memberClient.post(`/trainings/sessions/${s.session.id}/enrol`, {
      kind: 'organization',
      organizationId: s.organization.id,
      person: `v:${s.placed.id}`,
    });
    expect(volunteer.statusCode).toBe(303);
    expect(await latestRegistration(t.db, s.session.id)).toMatchObject({
      volunteerId: s.placed.id,
      organizationId: s.organization.id,
      registeredBy: s.member.id,
      status: 'registered',
    });

    const unconfirmed = await s.memberClient.post(`/trainings/sessions/${s.session.id}/enrol`, {
      kind: 'organization',
      organizationId: s.organization.id,
      person: `u:${s.colleague.id}`,
    });
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.body).toContain('Erősítse meg a résztvevő életkorát');
    const confirmed = await s.memberClient.post(`/trainings/sessions/${s.session.id}/enrol`, {
      kind: 'organization',
      organizationId: s.organization.id,
      person: `u:${s.colleague.id}`,
      adultConfirmed: 'on',
    });
    expect(confirmed.statusCode).toBe(303);
    const staff = await latestRegistration(t.db, s.session.id);
    expect(staff).toMatchObject({ userId: s.colleague.id, volunteerId: null, participantEmail: s.colleague.email });
    // The member's formal mail.
    expect((await mailsTo(t.db, s.colleague.email))[0]?.textBody).toContain('Tisztelt');
    // The colleague sees it among their own trainings.
    expect((await (await clientFor(t, s.colleague.id)).get('/trainings/mine')).body).toContain(s.course.title);
  });

  it("refuses someone who is not the organization's, and a non-member acting for it", async () => {
    const s = await organizationScene();
    const notTheirs = await s.memberClient.post(`/trainings/sessions/${s.session.id}/enrol`, {
      kind: 'organization',
      organizationId: s.organization.id,
      person: `v:${s.stranger.id}`,
    });
    expect(notTheirs.statusCode).toBe(422);
    expect(notTheirs.body).toContain('Válasszon a szervezet befogadott önkéntesei és munkatársai közül.');
    const outsider = await createUser(t.db);
    const outsiderClient = await clientFor(t, outsider.id);
    expect((await outsiderClient.get(`/trainings/sessions/${s.session.id}/enrol`)).statusCode).toBe(404);
    const forged = await outsiderClient.post(`/trainings/sessions/${s.session.id}/enrol`, {
      kind: 'organization',
      organizationId: s.organization.id,
      person: `v:${s.placed.id}`,
    });
    expect([403, 404]).toContain(forged.statusCode);
    expect(await registrationsOf(t.db, s.session.id)).toHaveLength(0);
    // A course not yet published is the staff's alone.
    const draft = await createCourse(t.db, { centerId: s.center.id, status: 'draft' });
    const draftSession = await createSession(t.db, draft.id, s.center.id);
    expect((await s.memberClient.get(`/trainings/sessions/${draftSession.id}/enrol`)).statusCode).toBe(404);
    expect((await s.coordinatorClient.get(`/trainings/sessions/${draftSession.id}/enrol`)).statusCode).toBe(200);
  });
});

describe('staff register walk-ins and their volunteers', () => {
  it('registers a walk-in by name and e-mail, once per address', async () => {
    const { session, coordinatorClient } = await trainingScene(t);
    const form = { kind: 'walkIn', familyName: 'Helyszíni', givenName: 'Hanna', email: 'Hanna.Helyszini@Pelda.example', adultConfirmed: 'on' };
    expect((await coordinatorClient.post(`/trainings/sessions/${session.id}/enrol`, form)).statusCode).toBe(303);
    const again = await coordinatorClient.post(`/trainings/sessions/${session.id}/enrol`, { ...form, email: 'hanna.helyszini@pelda.example' });
    expect(flashOf(again)).toBe('trainings.flash.alreadyRegistered');
    const rows = await registrationsOf(t.db, session.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ participantName: 'Helyszíni Hanna', participantEmail: 'hanna.helyszini@pelda.example', volunteerId: null, userId: null });
    const missing = await coordinatorClient.post(`/trainings/sessions/${session.id}/enrol`, { kind: 'walkIn', familyName: '', givenName: 'X', email: 'rossz' });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('Érvénytelen e-mail-cím.');
  });

  it("finds and registers a volunteer of the tenant; a point's coordinator only their point's", async () => {
    const { center, session, coordinatorClient } = await trainingScene(t);
    const [pointA, pointB] = [await createPoint(t.db, center.id), await createPoint(t.db, center.id)];
    const family = `Kereső${Date.now()}`;
    const ofA = await createVolunteer(t.db, { centerId: center.id, pointId: pointA.id, familyName: family, givenName: 'Anna' });
    const ofB = await createVolunteer(t.db, { centerId: center.id, pointId: pointB.id, familyName: family, givenName: 'Béla' });
    const found = await coordinatorClient.get(`/trainings/sessions/${session.id}/enrol?q=${encodeURIComponent(family)}`);
    expect(found.body).toContain(ofA.id);
    expect(found.body).toContain(ofB.id);

    const { client: pointClient } = await staffWithLogin(t, [{ role: 'point_coordinator', centerId: center.id, pointId: pointA.id }]);
    const pointPage = await pointClient.get(`/trainings/sessions/${session.id}/enrol?q=${encodeURIComponent(family)}`);
    expect(pointPage.body).toContain(ofA.id);
    expect(pointPage.body).not.toContain(ofB.id);
    expect((await pointClient.post(`/trainings/sessions/${session.id}/enrol`, { kind: 'volunteer', volunteerId: ofB.id })).statusCode).toBe(404);
    expect((await pointClient.post(`/trainings/sessions/${session.id}/enrol`, { kind: 'volunteer', volunteerId: 'nem-azonosito' })).statusCode).toBe(404);
    expect((await pointClient.post(`/trainings/sessions/${session.id}/enrol`, { kind: 'volunteer', volunteerId: ofA.id })).statusCode).toBe(303);
    expect(await latestRegistration(t.db, session.id)).toMatchObject({ volunteerId: ofA.id, status: 'registered' });
    // The point's coordinator sees the registration they made and may take it back; not the session's roster.
    expect((await pointClient.get(`/trainings/sessions/${session.id}/enrol`)).body).toContain(`${family} Anna`);
    expect((await pointClient.get(`/trainings/sessions/${session.id}`)).statusCode).toBe(403);
  });

  it("refuses another center's staff", async () => {
    const { session } = await trainingScene(t);
    const other = await createCenter(t.db);
    const { client } = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: other.id }]);
    expect((await client.get(`/trainings/sessions/${session.id}/enrol`)).statusCode).toBe(404);
    const walkIn = { kind: 'walkIn', familyName: 'Idegen', givenName: 'Iván', email: 'idegen@pelda.example', adultConfirmed: 'on' };
    expect((await client.post(`/trainings/sessions/${session.id}/enrol`, walkIn)).statusCode).toBe(403);
    expect(await registrationsOf(t.db, session.id)).toHaveLength(0);
  });

  it('takes someone off with a mail to them; the seat is freed', async () => {
    const { session, coordinatorClient } = await trainingScene(t);
    const email = `levett-${Date.now()}@pelda.example`;
    const registration = await createRegistration(t.db, session.id, { participantName: 'Levett Lili', participantEmail: email });
    const roster = await coordinatorClient.get(`/trainings/sessions/${session.id}`);
    expect(roster.body).toContain(`/trainings/registrations/${registration.id}/cancel`);
    expect((await coordinatorClient.post(`/trainings/registrations/${registration.id}/cancel`, { confirm: 'on' })).statusCode).toBe(303);
    expect((await registrationRow(t.db, registration.id)).status).toBe('cancelled');
    expect((await sessionRow(t.db, session.id)).seatsTaken).toBe(0);
    expect((await mailsTo(t.db, email)).map((m) => m.subject)).toEqual([expect.stringContaining('Jelentkezés törölve')]);
  });
});

describe("a volunteer's erasure", () => {
  it('scrubs their name and address from their training registrations', async () => {
    const { session } = await trainingScene(t);
    const email = `torlendo-${Date.now()}@pelda.example`;
    const { volunteer, client } = await volunteerWithLogin(t, { familyName: 'Törlendő', givenName: 'Tihamér', email });
    await client.post(`/trainings/sessions/${session.id}/register`);
    const registration = await latestRegistration(t.db, session.id);
    await t.db.transaction((tx) => anonymiseVolunteer(tx, volunteer.id, new Date()));
    const after = await registrationRow(t.db, registration.id);
    expect(after.participantName).not.toContain('Törlendő');
    expect(after.participantEmail ?? '').not.toContain(email);
    const audit = await trainingAudit(t.db, 'training_registration', registration.id);
    expect(JSON.stringify(audit)).not.toContain(email);
  });
});
