import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, organizations, volunteerConsents, volunteerQualifications, volunteers } from '../../db/schema/index.js';
import { createOpportunity, createOrganization, createShift, createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createPoint, createUser, sessionFor } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { explainExclusions, matchOpportunitiesForVolunteer, matchVolunteersForOpportunity } from './service.js';

/**
 * Both matching directions over a real database (PGlite and PostgreSQL), and who may see what.
 * Each test works in its own settlements with small radii, so the tests never see each other's rows.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

// Wednesday 1 December 2027, 09:00–12:00 Budapest (CET): far enough ahead for every run.
const wednesdayMorning = { startsAt: new Date('2027-12-01T08:00:00Z'), endsAt: new Date('2027-12-01T11:00:00Z') };

const client = () => new TestClient(t.app, t.config.secretKey);
async function clientAs(userId: string) {
  return client().setSession(await sessionFor(t.db, userId));
}

async function grantContactConsent(volunteerId: string) {
  await t.db.insert(volunteerConsents).values({ volunteerId, kind: 'contact', granted: true, textVersion: '2026-1' });
}

/** A center, an approved organization with one member, and an open opportunity with a shift. */
async function scene(place: string, attrs: Parameters<typeof createOpportunity>[2] = {}) {
  const center = await createCenter(t.db);
  const member = await createUser(t.db, { familyName: 'Szervező' });
  const organization = await createOrganization(t.db, center.id, { seat: place, memberUserIds: [member.id] });
  const opportunity = await createOpportunity(t.db, organization, { place, causes: ['kornyezetvedelem'], ...attrs });
  const shift = await createShift(t.db, opportunity.id, wednesdayMorning);
  return { center, member, organization, opportunity, shift };
}

describe('opportunities for a volunteer', () => {
  it('suggests open opportunities nearby, best first, with reasons', async () => {
    const { organization, opportunity } = await scene('Szentes');
    const other = await createOpportunity(t.db, organization, { place: 'Szentes', causes: ['sport'] });
    await createShift(t.db, other.id, wednesdayMorning);
    const volunteer = await createVolunteer(t.db, { homePlace: 'Szentes', travelRadiusKm: 5, causes: ['kornyezetvedelem'], languages: ['en'] });

    const matches = await matchOpportunitiesForVolunteer(t.db, volunteer.id);
    const ids = matches.map((m) => m.opportunityId);
    expect(ids).toContain(opportunity.id);
    expect(ids).toContain(other.id);
    expect(ids.indexOf(opportunity.id)).toBeLessThan(ids.indexOf(other.id));
    const best = matches.find((m) => m.opportunityId === opportunity.id);
    expect(best?.reasons).toContainEqual({ code: 'shared', terms: [{ kind: 'cause', value: 'kornyezetvedelem' }] });
    expect(best?.reasons.some((r) => r.code === 'distance')).toBe(true);
    expect(best?.shift?.startsAt.toISOString()).toBe(wednesdayMorning.startsAt.toISOString());
  });

  it('leaves out what a hard rule excludes, and explains it', async () => {
    const { organization, opportunity } = await scene('Makó');
    const firstAid = await createOpportunity(t.db, organization, { place: 'Makó', requiredQualifications: ['Elsősegély-tanfolyam'] });
    await createShift(t.db, firstAid.id, wednesdayMorning);
    const draft = await createOpportunity(t.db, organization, { place: 'Makó', status: 'draft' });
    await createShift(t.db, draft.id, wednesdayMorning);
    const farAway = await createOpportunity(t.db, organization, { place: 'Szeged' });
    await createShift(t.db, farAway.id, wednesdayMorning);
    const volunteer = await createVolunteer(t.db, { homePlace: 'Makó', travelRadiusKm: 10 });

    const ids = (await matchOpportunitiesForVolunteer(t.db, volunteer.id)).map((m) => m.opportunityId);
    expect(ids).toContain(opportunity.id);
    expect(ids).not.toContain(firstAid.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(farAway.id);

    const why = await explainExclusions(t.db, { volunteerId: volunteer.id, opportunityId: firstAid.id });
    expect(why.eligible).toBe(false);
    expect(why.exclusions).toEqual([{ code: 'missing_qualification', params: { name: 'Elsősegély-tanfolyam' } }]);
    expect((await explainExclusions(t.db, { volunteerId: volunteer.id, opportunityId: draft.id })).exclusions.map((r) => r.code)).toEqual(['not_open']);
    expect((await explainExclusions(t.db, { volunteerId: volunteer.id, opportunityId: farAway.id })).exclusions[0]?.code).toBe('too_far');

    // Once the qualification is recorded (valid on the shift day), the opportunity is suggested.
    await t.db.insert(volunteerQualifications).values({ volunteerId: volunteer.id, name: 'elsősegély-tanfolyam', validUntil: '2028-01-01' });
    expect((await matchOpportunitiesForVolunteer(t.db, volunteer.id)).map((m) => m.opportunityId)).toContain(firstAid.id);
  });

  it('never suggests an opportunity already applied to', async () => {
    const { opportunity, center } = await scene('Csongrád');
    const volunteer = await createVolunteer(t.db, { homePlace: 'Csongrád', travelRadiusKm: 5 });
    expect((await matchOpportunitiesForVolunteer(t.db, volunteer.id)).map((m) => m.opportunityId)).toContain(opportunity.id);
    await t.db
      .insert(applications)
      .values({ volunteerId: volunteer.id, opportunityId: opportunity.id, centerId: center.id, origin: 'volunteer', status: 'applied' });
    expect((await matchOpportunitiesForVolunteer(t.db, volunteer.id)).map((m) => m.opportunityId)).not.toContain(opportunity.id);
    expect((await explainExclusions(t.db, { volunteerId: volunteer.id, opportunityId: opportunity.id })).exclusions.map((r) => r.code)).toEqual([
      'already_applied',
    ]);
  });

  it('gives a remote-only volunteer remote opportunities only', async () => {
    const { organization, opportunity } = await scene('Kistelek');
    const remote = await createOpportunity(t.db, organization, {
      place: 'Kistelek',
      remote: true,
      kind: 'ongoing',
      title: `Online korrepetálás ${Date.now()}`,
    });
    const volunteer = await createVolunteer(t.db, { homePlace: 'Kistelek', remoteOnly: true });
    const ids = (await matchOpportunitiesForVolunteer(t.db, volunteer.id)).map((m) => m.opportunityId);
    expect(ids).toContain(remote.id);
    expect(ids).not.toContain(opportunity.id);
  });

  it('keeps minors away from evening shifts and under-16s without guardian consent', async () => {
    const { organization, opportunity } = await scene('Mindszent');
    const evening = await createOpportunity(t.db, organization, { place: 'Mindszent' });
    await createShift(t.db, evening.id, { startsAt: new Date('2027-12-01T18:00:00Z'), endsAt: new Date('2027-12-01T20:00:00Z') });
    const minor = await createVolunteer(t.db, { homePlace: 'Mindszent', birthDate: '2010-03-01', travelRadiusKm: 5 });
    const child = await createVolunteer(t.db, { homePlace: 'Mindszent', birthDate: '2014-03-01', travelRadiusKm: 5 });

    const minorIds = (await matchOpportunitiesForVolunteer(t.db, minor.id)).map((m) => m.opportunityId);
    expect(minorIds).toContain(opportunity.id);
    expect(minorIds).not.toContain(evening.id);
    expect((await matchOpportunitiesForVolunteer(t.db, child.id)).map((m) => m.opportunityId)).not.toContain(opportunity.id);
    expect((await explainExclusions(t.db, { volunteerId: child.id, opportunityId: opportunity.id })).exclusions.map((r) => r.code)).toEqual(['under_16']);
  });
});

describe('suggestions page', () => {
  it('shows the logged-in volunteer their matches with reasons in Hungarian', async () => {
    const { opportunity } = await scene('Hódmezővásárhely');
    const user = await createUser(t.db);
    await createVolunteer(t.db, { userId: user.id, homePlace: 'Hódmezővásárhely', travelRadiusKm: 5, causes: ['kornyezetvedelem'] });
    const res = await (await clientAs(user.id)).get('/volunteer/suggestions');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(opportunity.title);
    expect(res.body).toContain(`href="/opportunities/${opportunity.id}"`);
    expect(res.body).toContain('közös: környezetvédelem');
    expect(res.body).toMatch(/\d+(,\d)? km/);
  });

  it('asks a user without a volunteer profile to create one', async () => {
    const user = await createUser(t.db);
    const res = await (await clientAs(user.id)).get('/volunteer/suggestions');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/volunteer/profile"');
    expect(res.body).toContain('Önkéntes profil létrehozása');
  });

  it('sends a visitor to the login page', async () => {
    const res = await client().get('/volunteer/suggestions');
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toMatch(/^\/login/);
  });
});

describe('volunteers for an opportunity', () => {
  it('ranks volunteers within their own radius and leaves the excluded out', async () => {
    const { opportunity, center } = await scene('Kiskunfélegyháza');
    const keen = await createVolunteer(t.db, { homePlace: 'Kiskunfélegyháza', causes: ['kornyezetvedelem'], centerId: center.id });
    const plain = await createVolunteer(t.db, { homePlace: 'Kiskunfélegyháza', centerId: center.id });
    const child = await createVolunteer(t.db, { homePlace: 'Kiskunfélegyháza', birthDate: '2014-01-01', centerId: center.id });
    const homebody = await createVolunteer(t.db, { homePlace: 'Kecskemét', travelRadiusKm: 5, centerId: center.id });

    const ids = (await matchVolunteersForOpportunity(t.db, opportunity.id, { visibleCenterId: center.id })).map((c) => c.volunteerId);
    expect(ids.slice(0, 2)).toEqual([keen.id, plain.id]);
    expect(ids).not.toContain(child.id);
    expect(ids).not.toContain(homebody.id);
  });

  it('shows organizations only volunteers who agreed to be contacted', async () => {
    const { opportunity, center } = await scene('Kiskőrös');
    const consenting = await createVolunteer(t.db, { homePlace: 'Kiskőrös' });
    await grantContactConsent(consenting.id);
    const ownCenters = await createVolunteer(t.db, { homePlace: 'Kiskőrös', centerId: center.id });
    const forOrganization = (await matchVolunteersForOpportunity(t.db, opportunity.id)).map((c) => c.volunteerId);
    expect(forOrganization).toContain(consenting.id);
    expect(forOrganization).not.toContain(ownCenters.id);
    const forCoordinator = (await matchVolunteersForOpportunity(t.db, opportunity.id, { visibleCenterId: center.id })).map((c) => c.volunteerId);
    expect(forCoordinator).toEqual(expect.arrayContaining([consenting.id, ownCenters.id]));
  });
});

describe('candidates page permissions', () => {
  async function pageScene() {
    const s = await scene('Kalocsa');
    const volunteer = await createVolunteer(t.db, { homePlace: 'Kalocsa', familyName: 'Ajánlott', centerId: s.center.id });
    await grantContactConsent(volunteer.id);
    const child = await createVolunteer(t.db, { homePlace: 'Kalocsa', familyName: 'Gyerek', birthDate: '2014-01-01', centerId: s.center.id });
    return { ...s, volunteer, child };
  }

  it('lets the organization member invite, with reasons', async () => {
    const { member, opportunity, volunteer } = await pageScene();
    const res = await (await clientAs(member.id)).get(`/opportunities/${opportunity.id}/candidates`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`Ajánlott ${volunteer.givenName}`);
    expect(res.body).toContain(`action="/opportunities/${opportunity.id}/invite"`);
    expect(res.body).toContain(`name="volunteerId" value="${volunteer.id}"`);
    // Organizations do not get links into the center's volunteer records.
    expect(res.body).not.toContain(`href="/volunteers/${volunteer.id}"`);
  });

  it("shows a point coordinator their point's volunteers and those who consented, not the rest of the center", async () => {
    const { opportunity, center, organization } = await scene('Kiskunmajsa');
    const point = await createPoint(t.db, center.id);
    await t.db.update(organizations).set({ pointId: point.id }).where(eq(organizations.id, organization.id));
    const ofPoint = await createVolunteer(t.db, { homePlace: 'Kiskunmajsa', familyName: 'Pontbeli', centerId: center.id });
    await t.db.update(volunteers).set({ pointId: point.id }).where(eq(volunteers.id, ofPoint.id));
    await createVolunteer(t.db, { homePlace: 'Kiskunmajsa', familyName: 'Központi', centerId: center.id });
    const consenting = await createVolunteer(t.db, { homePlace: 'Kiskunmajsa', familyName: 'Hozzájáruló' });
    await grantContactConsent(consenting.id);
    const coordinator = await createUser(t.db, { grants: [{ role: 'point_coordinator', centerId: center.id, pointId: point.id }] });
    const res = await (await clientAs(coordinator.id)).get(`/opportunities/${opportunity.id}/candidates`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Pontbeli');
    expect(res.body).toContain('Hozzájáruló');
    expect(res.body).not.toContain('Központi');
    const centerCoordinator = await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: center.id }] });
    expect((await (await clientAs(centerCoordinator.id)).get(`/opportunities/${opportunity.id}/candidates`)).body).toContain('Központi');
  });

  it("lets the center's coordinator refer, and explains exclusions on request", async () => {
    const { center, opportunity, volunteer, child } = await pageScene();
    const coordinator = await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: center.id }] });
    const browser = await clientAs(coordinator.id);
    const res = await browser.get(`/opportunities/${opportunity.id}/candidates`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`action="/opportunities/${opportunity.id}/refer"`);
    expect(res.body).toContain(`href="/volunteers/${volunteer.id}"`);
    expect(res.body).not.toContain(`Gyerek ${child.givenName}`);
    const explained = await browser.get(`/opportunities/${opportunity.id}/candidates?explain=1`);
    expect(explained.statusCode).toBe(200);
    expect(explained.body).toContain(`Gyerek ${child.givenName}`);
    expect(explained.body).toContain('16 év alatti, szülői hozzájárulás szükséges');
  });

  it('refuses other centers, other points and strangers', async () => {
    const { opportunity, center } = await pageScene();
    const otherCenter = await createCenter(t.db);
    const foreignCoordinator = await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: otherCenter.id }] });
    const point = await createPoint(t.db, center.id);
    const pointCoordinator = await createUser(t.db, { grants: [{ role: 'point_coordinator', centerId: center.id, pointId: point.id }] });
    const stranger = await createUser(t.db);
    for (const userId of [foreignCoordinator.id, pointCoordinator.id, stranger.id]) {
      const res = await (await clientAs(userId)).get(`/opportunities/${opportunity.id}/candidates`);
      expect(res.statusCode).toBe(403);
    }
    const anonymous = await client().get(`/opportunities/${opportunity.id}/candidates`);
    expect(anonymous.statusCode).toBe(303);
  });

  it('lets the coordinator of the organization’s own Volunteer Point see the candidates', async () => {
    const center = await createCenter(t.db);
    const point = await createPoint(t.db, center.id);
    const organization = await createOrganization(t.db, center.id, { seat: 'Kalocsa', pointId: point.id });
    const opportunity = await createOpportunity(t.db, organization, { place: 'Kalocsa' });
    await createShift(t.db, opportunity.id, wednesdayMorning);
    const pointCoordinator = await createUser(t.db, { grants: [{ role: 'point_coordinator', centerId: center.id, pointId: point.id }] });
    const res = await (await clientAs(pointCoordinator.id)).get(`/opportunities/${opportunity.id}/candidates`);
    expect(res.statusCode).toBe(200);
  });

  it('answers 404 for an unknown opportunity', async () => {
    const user = await createUser(t.db);
    const res = await (await clientAs(user.id)).get('/opportunities/00000000-0000-4000-8000-000000000000/candidates');
    expect(res.statusCode).toBe(404);
  });
});
