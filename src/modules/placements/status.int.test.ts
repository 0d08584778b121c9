import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opportunities, organizations, users } from '../../db/schema/index.js';
import { createCenter, createPoint } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import type { TestClient } from '../../test-support/test-client.js';
import {
  applicationIdFrom,
  applicationRow,
  eventsOf,
  hostScene,
  mailsTo,
  seatsTaken,
  shiftFor,
  staffWithLogin,
  volunteerWithLogin,
} from './placements-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function move(client: TestClient, id: string, status: string, reason = '') {
  return client.post(`/applications/${id}/status`, { status, reason });
}

/** A scene with an application of each origin's first status, and the three sides' browsers. */
async function scene(options: { shiftCapacity?: number } = {}) {
  const host = await hostScene(t);
  const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: host.center.id }]);
  const volunteer = await volunteerWithLogin(t, { centerId: host.center.id });
  const shift = options.shiftCapacity ? await shiftFor(t.db, host.opportunity.id, { capacity: options.shiftCapacity }) : undefined;
  return { ...host, coordinator, volunteer, shift };
}

describe('status transitions, by side', () => {
  it('applied → accepted (organization) → active → completed, with events and mails to the volunteer', async () => {
    const s = await scene();
    const id = applicationIdFrom((await s.volunteer.client.post(`/opportunities/${s.opportunity.id}/apply`)).headers.location);
    expect((await move(s.memberClient, id, 'accepted')).statusCode).toBe(303);
    expect((await applicationRow(t.db, id)).followUpOn).not.toBeNull();
    expect((await move(s.coordinator.client, id, 'active')).statusCode).toBe(303);
    expect((await move(s.memberClient, id, 'completed', 'Nagyszerű munka')).statusCode).toBe(303);
    const events = await eventsOf(t.db, id);
    expect(events.map((e) => e.toStatus)).toEqual(['applied', 'accepted', 'active', 'completed']);
    expect(events.map((e) => e.actorUserId)).toEqual([s.volunteer.user.id, s.member.id, s.coordinator.user.id, s.member.id]);
    expect(events.at(-1)?.note).toBe('Nagyszerű munka');
    const subjects = (await mailsTo(t.db, s.volunteer.user.email)).map((m) => m.subject);
    expect(subjects.some((x) => x.includes('Elfogadva'))).toBe(true);
    expect(subjects.some((x) => x.includes('Teljesítve'))).toBe(true);
    // The volunteer made the first change: no mail to themselves about it.
    expect(subjects.some((x) => x.includes('Jelentkezett'))).toBe(false);
  });

  it("mails each side in its account's language: an English-speaking volunteer, Hungarian members", async () => {
    const s = await scene();
    await t.db.update(users).set({ locale: 'en' }).where(eq(users.id, s.volunteer.user.id));
    const id = applicationIdFrom((await s.volunteer.client.post(`/opportunities/${s.opportunity.id}/apply`)).headers.location);
    expect((await move(s.memberClient, id, 'declined', 'Betelt a csapat')).statusCode).toBe(303);
    const toVolunteer = (await mailsTo(t.db, s.volunteer.user.email)).at(-1);
    expect(toVolunteer?.subject).toContain('Declined');
    expect(toVolunteer?.textBody).toContain('Betelt a csapat');
    expect(toVolunteer?.textBody).not.toContain('Elutasítva');
    // The volunteer's application reached the organization's members in Hungarian.
    expect((await mailsTo(t.db, s.member.email)).some((m) => m.subject.includes('Jelentkezett'))).toBe(true);
  });

  it('lets neither the volunteer accept themselves nor the host withdraw for them (422, unchanged)', async () => {
    const s = await scene();
    const id = applicationIdFrom((await s.volunteer.client.post(`/opportunities/${s.opportunity.id}/apply`)).headers.location);
    const res = await move(s.volunteer.client, id, 'accepted');
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('nem lehetséges');
    expect((await move(s.memberClient, id, 'withdrawn')).statusCode).toBe(422);
    expect((await applicationRow(t.db, id)).status).toBe('applied');
    expect((await move(s.volunteer.client, id, 'withdrawn')).statusCode).toBe(303);
    expect((await applicationRow(t.db, id)).status).toBe('withdrawn');
    // Final: nothing moves any more.
    expect((await move(s.coordinator.client, id, 'accepted')).statusCode).toBe(422);
  });

  it('requires a reason to decline, and tells the volunteer the reason', async () => {
    const s = await scene();
    const id = applicationIdFrom((await s.volunteer.client.post(`/opportunities/${s.opportunity.id}/apply`)).headers.location);
    const missing = await move(s.memberClient, id, 'declined');
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('adja meg az okát');
    expect((await move(s.memberClient, id, 'declined', 'Betelt a csapat')).statusCode).toBe(303);
    expect(await applicationRow(t.db, id)).toMatchObject({ status: 'declined', declineReason: 'Betelt a csapat' });
    expect((await mailsTo(t.db, s.volunteer.user.email)).at(-1)?.textBody).toContain('Betelt a csapat');
  });

  it('rejects an unknown status with a field error', async () => {
    const s = await scene();
    const id = applicationIdFrom((await s.volunteer.client.post(`/opportunities/${s.opportunity.id}/apply`)).headers.location);
    const res = await move(s.memberClient, id, 'deleted');
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('A felsorolt lehetőségek egyikét kell választani.');
  });

  it('hides the application from outsiders (404): another volunteer, another organization, another center', async () => {
    const s = await scene();
    const id = applicationIdFrom((await s.volunteer.client.post(`/opportunities/${s.opportunity.id}/apply`)).headers.location);
    const stranger = await volunteerWithLogin(t);
    const otherHost = await hostScene(t);
    const otherCenter = await staffWithLogin(t, [{ role: 'center_admin', centerId: (await createCenter(t.db)).id }]);
    for (const client of [stranger.client, otherHost.memberClient, otherCenter.client]) {
      expect((await client.get(`/applications/${id}`)).statusCode).toBe(404);
      expect((await move(client, id, 'declined', 'x')).statusCode).toBe(404);
    }
    expect((await applicationRow(t.db, id)).status).toBe('applied');
  });

  it('shows the timeline to the volunteer, the organization and the coordinator', async () => {
    const s = await scene();
    const id = applicationIdFrom((await s.volunteer.client.post(`/opportunities/${s.opportunity.id}/apply`)).headers.location);
    await move(s.memberClient, id, 'accepted', 'Várunk szombaton');
    for (const client of [s.volunteer.client, s.memberClient, s.coordinator.client]) {
      const page = await client.get(`/applications/${id}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(s.opportunity.title);
      expect(page.body).toContain('Várunk szombaton');
      expect(page.body).toContain('Elfogadva');
    }
    // Notes are the coordinator's: only they see the form.
    expect((await s.coordinator.client.get(`/applications/${id}`)).body).toContain(`/applications/${id}/notes`);
    expect((await s.volunteer.client.get(`/applications/${id}`)).body).not.toContain(`/applications/${id}/notes`);
  });

  it('a no-show keeps the seat it used (the shift took place)', async () => {
    const s = await scene({ shiftCapacity: 1 });
    const shift = s.shift!;
    const id = applicationIdFrom((await s.volunteer.client.post(`/shifts/${shift.id}/signup`)).headers.location);
    expect(await seatsTaken(t.db, shift.id)).toBe(1);
    expect((await move(s.memberClient, id, 'no_show')).statusCode).toBe(303);
    // A no-show keeps the seat it used.
    expect(await seatsTaken(t.db, shift.id)).toBe(1);
  });
});

describe('referrals and invitations', () => {
  it('a coordinator refers a volunteer; the organization accepts; everyone is mailed', async () => {
    const s = await scene();
    const res = await s.coordinator.client.post(`/opportunities/${s.opportunity.id}/refer`, { volunteerId: s.volunteer.volunteer.id });
    expect(res.statusCode).toBe(303);
    const id = applicationIdFrom(res.headers.location);
    expect(await applicationRow(t.db, id)).toMatchObject({ status: 'referred', origin: 'coordinator', createdBy: s.coordinator.user.id });
    expect((await mailsTo(t.db, s.member.email)).some((m) => m.subject.includes('Közvetítve'))).toBe(true);
    expect((await mailsTo(t.db, s.volunteer.user.email)).some((m) => m.subject.includes('Közvetítve'))).toBe(true);
    expect((await move(s.memberClient, id, 'accepted')).statusCode).toBe(303);
    // The coordinator who referred hears about it.
    expect((await mailsTo(t.db, s.coordinator.user.email)).some((m) => m.subject.includes('Elfogadva'))).toBe(true);
  });

  it('a proposal waits for the volunteer, who agrees (→ referred) or declines with a reason', async () => {
    const s = await scene();
    const other = await volunteerWithLogin(t, { centerId: s.center.id });
    const a = applicationIdFrom(
      (await s.coordinator.client.post(`/opportunities/${s.opportunity.id}/refer`, { volunteerId: s.volunteer.volunteer.id, stage: 'proposed' })).headers
        .location,
    );
    const b = applicationIdFrom(
      (await s.coordinator.client.post(`/opportunities/${s.opportunity.id}/refer`, { volunteerId: other.volunteer.id, stage: 'proposed' })).headers.location,
    );
    expect((await applicationRow(t.db, a)).status).toBe('proposed');
    expect((await move(s.memberClient, a, 'accepted')).statusCode).toBe(422);
    expect((await move(s.volunteer.client, a, 'referred')).statusCode).toBe(303);
    expect((await move(other.client, b, 'declined', 'Nem érek rá')).statusCode).toBe(303);
    expect((await applicationRow(t.db, a)).status).toBe('referred');
    expect((await applicationRow(t.db, b)).status).toBe('declined');
  });

  it('refuses referrals from coordinators of another center (403) and from non-staff (403)', async () => {
    const s = await scene();
    const foreign = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: (await createCenter(t.db)).id }]);
    expect((await foreign.client.post(`/opportunities/${s.opportunity.id}/refer`, { volunteerId: s.volunteer.volunteer.id })).statusCode).toBe(403);
    expect((await s.memberClient.post(`/opportunities/${s.opportunity.id}/refer`, { volunteerId: s.volunteer.volunteer.id })).statusCode).toBe(403);
    expect((await s.coordinator.client.post(`/opportunities/${s.opportunity.id}/refer`, { volunteerId: 'x' })).statusCode).toBe(400);
  });

  it("lets a point coordinator refer to their point's organization only", async () => {
    const center = await createCenter(t.db);
    const point = await createPoint(t.db, center.id);
    const s = await hostScene(t);
    const pointHost = await hostScene(t);
    // Re-home the second scene's organization in the point's center and point.
    await t.db.update(organizations).set({ centerId: center.id, pointId: point.id }).where(eq(organizations.id, pointHost.organization.id));
    await t.db.update(opportunities).set({ centerId: center.id }).where(eq(opportunities.id, pointHost.opportunity.id));
    const pointCoordinator = await staffWithLogin(t, [{ role: 'point_coordinator', centerId: center.id, pointId: point.id }]);
    const volunteer = await volunteerWithLogin(t, { centerId: center.id, pointId: point.id });
    expect((await pointCoordinator.client.post(`/opportunities/${pointHost.opportunity.id}/refer`, { volunteerId: volunteer.volunteer.id })).statusCode).toBe(
      303,
    );
    expect((await pointCoordinator.client.post(`/opportunities/${s.opportunity.id}/refer`, { volunteerId: volunteer.volunteer.id })).statusCode).toBe(403);
  });

  it('an organization member invites; the volunteer accepts; non-members may not invite', async () => {
    const s = await scene();
    const res = await s.memberClient.post(`/opportunities/${s.opportunity.id}/invite`, { volunteerId: s.volunteer.volunteer.id });
    expect(res.statusCode).toBe(303);
    const id = applicationIdFrom(res.headers.location);
    expect(await applicationRow(t.db, id)).toMatchObject({ status: 'invited', origin: 'organization' });
    expect((await mailsTo(t.db, s.volunteer.user.email)).some((m) => m.subject.includes('Meghívva'))).toBe(true);
    expect((await move(s.volunteer.client, id, 'accepted')).statusCode).toBe(303);
    expect((await applicationRow(t.db, id)).status).toBe('accepted');
    const outsider = await hostScene(t);
    expect((await outsider.memberClient.post(`/opportunities/${s.opportunity.id}/invite`, { volunteerId: s.volunteer.volunteer.id })).statusCode).toBe(403);
  });

  it('an invitation to an under-16 without guardian consent is refused with the reason', async () => {
    const s = await scene();
    const young = await volunteerWithLogin(t, { birthDate: '2013-05-05' });
    const res = await s.memberClient.post(`/opportunities/${s.opportunity.id}/invite`, { volunteerId: young.volunteer.id });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('gondviselő');
  });
});

describe('follow-up notes', () => {
  it('a coordinator adds notes; organization members may not (403); an empty note is a field error', async () => {
    const s = await scene();
    const id = applicationIdFrom((await s.volunteer.client.post(`/opportunities/${s.opportunity.id}/apply`)).headers.location);
    expect((await s.coordinator.client.post(`/applications/${id}/notes`, { text: 'Felhívtam, minden rendben.' })).statusCode).toBe(303);
    expect((await s.coordinator.client.get(`/applications/${id}`)).body).toContain('Felhívtam, minden rendben.');
    expect((await s.memberClient.post(`/applications/${id}/notes`, { text: 'x' })).statusCode).toBe(403);
    const empty = await s.coordinator.client.post(`/applications/${id}/notes`, { text: '  ' });
    expect(empty.statusCode).toBe(422);
    const foreign = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: (await createCenter(t.db)).id }]);
    expect((await foreign.client.post(`/applications/${id}/notes`, { text: 'x' })).statusCode).toBe(404);
  });
});
