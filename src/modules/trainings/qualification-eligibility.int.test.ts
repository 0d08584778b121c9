import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpportunity, createOrganization } from '../../test-support/brokering-factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { matchOpportunitiesForVolunteer, matchVolunteersForOpportunity } from '../matching/service.js';
import { shiftFor } from '../placements/placements-test-support.js';
import { publishedIndexReady } from '../search/published-index-sync.js';
import { attendanceScene, insertCourse } from './attendance-test-support.js';
import { coursesGranting } from './qualification-courses.js';

/**
 * Required qualifications link to courses, and a qualification obtained by completing a course makes
 * the volunteer eligible at once — on every path: signing up for a shift, applying, and matching
 * (suggestions for the volunteer and candidates for the opportunity), with the search's in-process
 * index built. Nothing caches a volunteer's qualifications, so nothing has to be invalidated: these
 * tests hold that to be true.
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** The scene, with a shift opportunity and an ongoing one near the volunteer, both requiring the course's qualification (typed differently). */
async function eligibilityScene() {
  // A name of this scene's own: courses of earlier tests grant theirs.
  const name = `Elsősegély ${randomBytes(3).toString('hex')}`;
  const s = await attendanceScene(t, { course: { qualificationName: name, title: 'Elsősegély-alapképzés' } });
  const organization = await createOrganization(t.db, s.center.id);
  const required = { requiredQualifications: [`  ${name.toLocaleLowerCase('hu').replace(' ', '   ')} `] };
  const withShift = await createOpportunity(t.db, organization, { ...required, title: 'Véradónap segítője' });
  const shift = await shiftFor(t.db, withShift.id);
  const ongoing = await createOpportunity(t.db, organization, { ...required, kind: 'ongoing', title: 'Mentőállomás önkéntese' });
  return { ...s, withShift, shift, ongoing };
}

const suggestedIds = async (volunteerId: string, sqlOnly: boolean) =>
  (await matchOpportunitiesForVolunteer(t.db, volunteerId, { sqlOnly, limit: 50 })).map((x) => x.opportunityId);
const candidateIds = async (opportunityId: string, centerId: string) =>
  (await matchVolunteersForOpportunity(t.db, opportunityId, { visibleCenterId: centerId })).map((c) => c.volunteerId);

describe('a qualification granted by completion makes the volunteer eligible at once', () => {
  it('before: refused with a link to the course, and matched nowhere; after completion: signs up, applies, and is matched', async () => {
    await publishedIndexReady(t.db);
    const s = await eligibilityScene();
    const volunteerId = s.volunteer.volunteer.id;

    const refused = await s.volunteer.client.post(`/shifts/${s.shift.id}/signup`);
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Ehhez a tevékenységhez ez a képesítés szükséges');
    expect(refused.body).toContain(`href="/trainings/${s.course.slug}"`);
    expect(refused.body).toContain('Képzés: Elsősegély-alapképzés');
    expect((await s.volunteer.client.post(`/opportunities/${s.ongoing.id}/apply`)).statusCode).toBe(422);
    for (const sqlOnly of [false, true]) {
      const ids = await suggestedIds(volunteerId, sqlOnly);
      expect(ids).not.toContain(s.withShift.id);
      expect(ids).not.toContain(s.ongoing.id);
    }
    expect(await candidateIds(s.withShift.id, s.center.id)).not.toContain(volunteerId);

    expect((await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:completed` })).statusCode).toBe(303);

    for (const sqlOnly of [false, true]) {
      const ids = await suggestedIds(volunteerId, sqlOnly);
      expect(ids).toContain(s.withShift.id);
      expect(ids).toContain(s.ongoing.id);
    }
    expect(await candidateIds(s.withShift.id, s.center.id)).toContain(volunteerId);
    const signedUp = await s.volunteer.client.post(`/shifts/${s.shift.id}/signup`);
    expect(signedUp.statusCode).toBe(303);
    expect(String(signedUp.headers.location)).toMatch(/^\/applications\//);
    const applied = await s.volunteer.client.post(`/opportunities/${s.ongoing.id}/apply`);
    expect(applied.statusCode).toBe(303);
    expect(String(applied.headers.location)).toMatch(/^\/applications\//);
  });

  it('and undoing the completion makes them ineligible again at once', async () => {
    await publishedIndexReady(t.db);
    const s = await eligibilityScene();
    await s.staffClient.post(s.attendanceUrl, { row: `${s.registration.id}:completed` });
    expect(await suggestedIds(s.volunteer.volunteer.id, false)).toContain(s.ongoing.id);
    await s.staffClient.post(`/trainings/registrations/${s.registration.id}/undo-completion`, { confirm: 'on' });
    expect(await suggestedIds(s.volunteer.volunteer.id, false)).not.toContain(s.ongoing.id);
    expect((await s.volunteer.client.post(`/opportunities/${s.ongoing.id}/apply`)).statusCode).toBe(422);
  });
});

describe('required qualifications link to the course that grants them', () => {
  it('on the public opportunity page, matched as eligibility matches names; a draft course is not linked', async () => {
    const s = await eligibilityScene();
    const page = await t.app.inject({ method: 'GET', url: `/opportunities/${s.ongoing.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="/trainings/${s.course.slug}"`);

    const organization = await createOrganization(t.db, s.center.id);
    await insertCourse(t.db, { centerId: s.center.id, qualificationName: 'Kötéltechnika', status: 'draft' });
    const unlinked = await createOpportunity(t.db, organization, { requiredQualifications: ['Kötéltechnika'] });
    const other = await t.app.inject({ method: 'GET', url: `/opportunities/${unlinked.id}` });
    expect(other.statusCode).toBe(200);
    expect(other.body).toContain('Kötéltechnika');
    expect(other.body).not.toContain('Képzés: ');
  });

  it('coursesGranting compares names as eligibility does (case, spaces, Hungarian letters)', async () => {
    const course = await insertCourse(t.db, { qualificationName: 'Vízi  ÉLETMENTŐ', centerId: (await attendanceScene(t)).center.id });
    const found = await coursesGranting(t.db, ['vízi életmentő', 'Ismeretlen']);
    expect(found.get('vízi életmentő')?.slug).toBe(course.slug);
    expect(found.size).toBe(1);
    expect((await coursesGranting(t.db, [])).size).toBe(0);
  });
});
