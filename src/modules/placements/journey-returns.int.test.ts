import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../db/schema/index.js';
import { createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { profileForm, volunteerOfUser } from '../volunteers/volunteers-test-support.js';
import { applicationIdFrom, applicationRow, clientFor, hostScene, shiftFor, staffWithLogin, volunteerWithLogin } from './placements-test-support.js';

/**
 * Issue 12: after creating a profile from "apply" the volunteer is back on that opportunity's apply
 * form (with the shift they chose), and never sent off-site; after a referral or an invitation the
 * message speaks to the coordinator or the organization, not the volunteer.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const profileNext = (path: string) => `/volunteer/profile?next=${encodeURIComponent(path)}`;

async function userWithoutProfile() {
  const user = await createUser(t.db);
  return { user, client: await clientFor(t, user.id) };
}

describe('apply → create a profile → back to the apply form', () => {
  it('a chosen shift: the profile form carries the way back, and the apply form is ready for that shift', async () => {
    const { opportunity } = await hostScene(t);
    const shift = await shiftFor(t.db, opportunity.id);
    const { user, client } = await userWithoutProfile();
    const back = `/opportunities/${opportunity.id}?shift=${shift.id}#apply`;

    const signUp = await client.post(`/shifts/${shift.id}/signup`);
    expect(signUp.statusCode).toBe(303);
    expect(signUp.headers.location).toBe(profileNext(back));

    const form = await client.get(String(signUp.headers.location));
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('A jelentkezéshez előbb hozd létre önkéntes profilodat.');
    expect(form.body).toContain(`<input type="hidden" name="next" value="/opportunities/${opportunity.id}?shift=${shift.id}#apply"/>`);

    const saved = await client.post('/volunteer/profile', profileForm({ next: back }));
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(back);
    expect(await volunteerOfUser(t.db, user.id)).toBeDefined();

    const page = await client.get(`/opportunities/${opportunity.id}?shift=${shift.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('A profilodat elmentettük. Most már elküldheted a jelentkezésedet.');
    expect(page.body).toContain('<h2 id="apply">');
    expect(page.body).toContain(`<input type="hidden" name="shiftId" value="${shift.id}"/>`);
    expect(page.body).toContain('Jelentkezem erre a műszakra');

    const applied = await client.post(`/opportunities/${opportunity.id}/apply`, { shiftId: shift.id });
    expect(applied.statusCode).toBe(303);
    expect(await applicationRow(t.db, applicationIdFrom(applied.headers.location))).toMatchObject({ shiftId: shift.id, status: 'accepted' });
  });

  it('without a shift: back to the opportunity’s general apply form', async () => {
    const { opportunity } = await hostScene(t);
    const { client } = await userWithoutProfile();
    const back = `/opportunities/${opportunity.id}#apply`;
    const res = await client.post(`/opportunities/${opportunity.id}/apply`);
    expect(res.headers.location).toBe(profileNext(back));
    const saved = await client.post('/volunteer/profile', profileForm({ next: back }));
    expect(saved.headers.location).toBe(back);
    const page = await client.get(`/opportunities/${opportunity.id}`);
    expect(page.body).not.toContain('name="shiftId"');
    expect(page.body).toContain('Érdekel, jelentkezem');
  });

  it('a shift of another opportunity in ?shift= is ignored on the page', async () => {
    const { opportunity } = await hostScene(t);
    const other = await hostScene(t);
    const foreign = await shiftFor(t.db, other.opportunity.id);
    const { client } = await volunteerWithLogin(t);
    const page = await client.get(`/opportunities/${opportunity.id}?shift=${foreign.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('name="shiftId"');
  });

  it('never sends the volunteer off-site: a foreign or malformed next is dropped on the form and after saving', async () => {
    for (const evil of ['https://evil.example/x', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)']) {
      const { client } = await userWithoutProfile();
      const form = await client.get(`/volunteer/profile?next=${encodeURIComponent(evil)}`);
      expect(form.statusCode).toBe(200);
      expect(form.body).not.toContain('name="next"');
      const saved = await client.post('/volunteer/profile', profileForm({ next: evil }));
      expect(saved.statusCode).toBe(303);
      expect(saved.headers.location).toBe('/volunteer/profile');
    }
  });

  it('keeps the way back through a form with errors', async () => {
    const { opportunity } = await hostScene(t);
    const { client } = await userWithoutProfile();
    const back = `/opportunities/${opportunity.id}#apply`;
    const invalid = await client.post('/volunteer/profile', profileForm({ next: back, familyName: '' }));
    expect(invalid.statusCode).toBe(422);
    expect(invalid.body).toContain(`<input type="hidden" name="next" value="/opportunities/${opportunity.id}#apply"/>`);
  });
});

describe('messages after a referral or an invitation speak to whoever made it', () => {
  it('the coordinator’s referral and proposal, and a second referral of the same volunteer', async () => {
    const host = await hostScene(t);
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: host.center.id }]);
    const referred = await volunteerWithLogin(t, { centerId: host.center.id });
    const referUrl = `/opportunities/${host.opportunity.id}/refer`;

    const res = await coordinator.client.post(referUrl, { volunteerId: referred.volunteer.id, stage: 'referred' });
    expect(res.statusCode).toBe(303);
    const page = await coordinator.client.get(String(res.headers.location));
    expect(page.body).toContain('Az önkéntest ajánlotta a fogadó szervezetnek. A szervezet döntését itt követheti.');
    expect(page.body).not.toContain('Jelentkezésedet rögzítettük');

    const again = await coordinator.client.post(referUrl, { volunteerId: referred.volunteer.id, stage: 'referred' });
    expect(applicationIdFrom(again.headers.location)).toBe(applicationIdFrom(res.headers.location));
    const againPage = await coordinator.client.get(String(again.headers.location));
    expect(againPage.body).toContain('Ez az önkéntes már szerepel ezen a lehetőségen');
    expect(againPage.body).not.toContain('Erre már jelentkeztél');

    const proposedTo = await volunteerWithLogin(t, { centerId: host.center.id });
    const proposed = await coordinator.client.post(referUrl, { volunteerId: proposedTo.volunteer.id, stage: 'proposed' });
    expect((await applicationRow(t.db, applicationIdFrom(proposed.headers.location))).status).toBe('proposed');
    expect((await coordinator.client.get(String(proposed.headers.location))).body).toContain('A lehetőséget javasolta az önkéntesnek.');

    // In English too.
    const english = await volunteerWithLogin(t, { centerId: host.center.id });
    const en = await coordinator.client.post(referUrl, { volunteerId: english.volunteer.id, stage: 'referred' });
    const enPage = await coordinator.client.get(String(en.headers.location), { 'accept-language': 'en' });
    expect(enPage.body).toContain('You referred the volunteer to the host organization.');
  });

  it('the organization’s invitation', async () => {
    const host = await hostScene(t);
    const invited = await volunteerWithLogin(t, { centerId: host.center.id });
    const res = await host.memberClient.post(`/opportunities/${host.opportunity.id}/invite`, { volunteerId: invited.volunteer.id });
    expect(res.statusCode).toBe(303);
    const page = await host.memberClient.get(String(res.headers.location));
    expect(page.body).toContain('Meghívta az önkéntest. A válaszát itt látja majd.');
    expect(page.body).not.toContain('Jelentkezésedet rögzítettük');
  });

  it('the volunteer’s own application still reads as theirs', async () => {
    const host = await hostScene(t);
    const v = await volunteerWithLogin(t);
    const res = await v.client.post(`/opportunities/${host.opportunity.id}/apply`);
    expect((await v.client.get(String(res.headers.location))).body).toContain('Jelentkezésedet rögzítettük.');
    expect(await t.db.select().from(applications).where(eq(applications.volunteerId, v.volunteer.id))).toHaveLength(1);
  });
});
