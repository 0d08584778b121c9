import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../db/schema/index.js';
import { budapestToInstant } from '../../platform/budapest-time.js';
import { createOpportunity, createOrganization, createVolunteer } from '../../test-support/brokering-factories.js';
import { createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor, volunteerWithLogin } from '../placements/placements-test-support.js';
import { createSession, registrationsOf, trainingScene } from './trainings-test-support.js';

/**
 * Minors on trainings follow the same age and guardian rules as on opportunities (volunteer-law's
 * eligibility function): the law's 10 years or the course's higher minimum, a guardian's consent
 * under 16, no night and not too long a day for a minor — on every registration path.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** A birth date `years` and a month ago: the age is `years` on a session ten days away. */
const bornYearsAgo = (years: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years, d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 10);
};

describe('a minor registering themself', () => {
  it('needs a guardian’s consent under 16', async () => {
    const { session } = await trainingScene(t);
    const without = await volunteerWithLogin(t, { birthDate: bornYearsAgo(12) });
    const refused = await without.client.post(`/trainings/sessions/${session.id}/register`);
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('16 év alatt a szülő vagy gondviselő hozzájárulása szükséges');
    const withConsent = await volunteerWithLogin(t, { birthDate: bornYearsAgo(12), guardianConsentAt: new Date() });
    expect((await withConsent.client.post(`/trainings/sessions/${session.id}/register`)).statusCode).toBe(303);
    expect((await registrationsOf(t.db, session.id)).map((r) => r.volunteerId)).toEqual([withConsent.volunteer.id]);
  });

  it("meets the course's minimum age and the law's 10 years, and gives a birth date", async () => {
    const { session } = await trainingScene(t, { course: { minAge: 14 } });
    const young = await volunteerWithLogin(t, { birthDate: bornYearsAgo(12), guardianConsentAt: new Date() });
    const refused = await young.client.post(`/trainings/sessions/${session.id}/register`);
    expect(refused.body).toContain('Ehhez a képzéshez legalább 14 évesnek kell lenned');
    const child = await volunteerWithLogin(t, { birthDate: bornYearsAgo(9), guardianConsentAt: new Date() });
    expect((await child.client.post(`/trainings/sessions/${session.id}/register`)).body).toContain('10 éves kortól');
    const unknown = await volunteerWithLogin(t, { birthDate: null });
    expect((await unknown.client.post(`/trainings/sessions/${session.id}/register`)).body).toContain('Add meg a születési dátumodat');
    expect(await registrationsOf(t.db, session.id)).toHaveLength(0);
  });

  it('may not attend at night, which an adult may', async () => {
    const { course, center } = await trainingScene(t);
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const evening = await createSession(t.db, course.id, center.id, { startsAt: budapestToInstant(day, '18:00'), endsAt: budapestToInstant(day, '21:00') });
    const minor = await volunteerWithLogin(t, { birthDate: bornYearsAgo(16) });
    expect((await minor.client.post(`/trainings/sessions/${evening.id}/register`)).body).toContain('20 és 6 óra között');
    const adult = await volunteerWithLogin(t, { birthDate: bornYearsAgo(30) });
    expect((await adult.client.post(`/trainings/sessions/${evening.id}/register`)).statusCode).toBe(303);
  });
});

describe('others registering a minor', () => {
  it('are refused by the same rules, in staff wording', async () => {
    const { center, session, coordinatorClient } = await trainingScene(t);
    const minor = await createVolunteer(t.db, { centerId: center.id, birthDate: bornYearsAgo(13) });
    const byStaff = await coordinatorClient.post(`/trainings/sessions/${session.id}/enrol`, { kind: 'volunteer', volunteerId: minor.id });
    expect(byStaff.statusCode).toBe(422);
    expect(byStaff.body).toContain('16 év alatti, a szülő hozzájárulása hiányzik.');

    const member = await createUser(t.db);
    const organization = await createOrganization(t.db, center.id, { memberUserIds: [member.id] });
    const opportunity = await createOpportunity(t.db, organization);
    await t.db
      .insert(applications)
      .values({ volunteerId: minor.id, opportunityId: opportunity.id, centerId: center.id, origin: 'volunteer', status: 'accepted' });
    const byOrganization = await (await clientFor(t, member.id)).post(`/trainings/sessions/${session.id}/enrol`, {
      kind: 'organization',
      organizationId: organization.id,
      person: `v:${minor.id}`,
    });
    expect(byOrganization.statusCode).toBe(422);
    expect(byOrganization.body).toContain('16 év alatti');
    expect(await registrationsOf(t.db, session.id)).toHaveLength(0);
  });

  it('as a walk-in needs the confirmation that they are an adult of the course’s age', async () => {
    const { session, coordinatorClient } = await trainingScene(t, { course: { minAge: 21 } });
    const page = await coordinatorClient.get(`/trainings/sessions/${session.id}/enrol`);
    expect(page.body).toContain('Megerősítem, hogy a résztvevő elmúlt 21 éves.');
    const res = await coordinatorClient.post(`/trainings/sessions/${session.id}/enrol`, {
      kind: 'walkIn',
      familyName: 'Kiss',
      givenName: 'Kata',
      email: 'kiss.kata@pelda.example',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Erősítse meg a résztvevő életkorát');
  });
});
