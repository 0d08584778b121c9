import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budapestDay } from '../../platform/budapest-time.js';
import { createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor, mailsTo, staffWithLogin, volunteerWithLogin } from '../placements/placements-test-support.js';
import { entriesOf, entryRow, hourAudit, insertEntry, placementScene } from './hours-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

// A Tuesday in term time, in the past: fine for adults, and no date is ever "in the future".
const day = '2026-11-17';

describe('logging hours', () => {
  it('the volunteer logs start–end: 09:00–11:30 Budapest is 150 minutes, submitted, audited, shown as "2 óra 30 perc"', async () => {
    const s = await placementScene(t);
    const res = await s.volunteer.client.post(s.hoursUrl, { day, startTime: '09:00', endTime: '11:30', activity: 'Kertészkedés', note: 'Az udvaron' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(s.hoursUrl);
    const [entry] = await entriesOf(t, s.application.id);
    expect(entry).toMatchObject({
      status: 'submitted',
      minutes: 150,
      activityDay: day,
      activity: 'Kertészkedés',
      note: 'Az udvaron',
      loggedByUserId: s.volunteer.user.id,
    });
    expect(entry?.organizationId).toBe(s.organization.id);
    expect(entry?.centerId).toBe(s.center.id);
    // November: Budapest is UTC+1.
    expect(entry?.startsAt?.toISOString()).toBe('2026-11-17T08:00:00.000Z');
    expect(entry?.endsAt?.toISOString()).toBe('2026-11-17T10:30:00.000Z');
    expect((await hourAudit(t, entry?.id as string)).map((a) => a.action)).toEqual(['create']);
    const page = await s.volunteer.client.get(s.hoursUrl);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('2 óra 30 perc');
    expect(page.body).toContain('09:00–11:30');
    expect(page.body).toContain('Jóváhagyásra vár');
  });

  it('the volunteer logs a duration (1 óra 45 perc) without times', async () => {
    const s = await placementScene(t);
    const res = await s.volunteer.client.post(s.hoursUrl, { day, durationHours: '1', durationMinutes: '45', activity: 'Ételosztás' });
    expect(res.statusCode).toBe(303);
    const [entry] = await entriesOf(t, s.application.id);
    expect(entry).toMatchObject({ minutes: 105, startsAt: null, endsAt: null, status: 'submitted' });
    expect((await s.volunteer.client.get(s.hoursUrl)).body).toContain('1 óra 45 perc');
  });

  it('refuses a future day, a missing activity, an end before the start, and times together with a duration (422, nothing saved)', async () => {
    const s = await placementScene(t);
    const tomorrow = budapestDay(new Date(Date.now() + 86_400_000));
    const future = await s.volunteer.client.post(s.hoursUrl, { day: tomorrow, durationHours: '2', activity: 'Holnapi munka' });
    expect(future.statusCode).toBe(422);
    expect(future.body).toContain('Jövőbeli napra nem lehet órát rögzíteni.');
    const noActivity = await s.volunteer.client.post(s.hoursUrl, { day, durationHours: '2', activity: '' });
    expect(noActivity.statusCode).toBe(422);
    const backwards = await s.volunteer.client.post(s.hoursUrl, { day, startTime: '11:00', endTime: '10:00', activity: 'Fordítva' });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.body).toContain('A befejezés a kezdés után legyen');
    const both = await s.volunteer.client.post(s.hoursUrl, { day, startTime: '09:00', endTime: '10:00', durationHours: '1', activity: 'Mindkettő' });
    expect(both.statusCode).toBe(422);
    expect(await entriesOf(t, s.application.id)).toHaveLength(0);
  });

  it('a member of the host organization logs on the volunteer’s behalf; the entry is submitted like any other', async () => {
    const s = await placementScene(t);
    expect((await s.memberClient.post(s.hoursUrl, { day, durationHours: '3', activity: 'Raktárrendezés' })).statusCode).toBe(303);
    const [entry] = await entriesOf(t, s.application.id);
    expect(entry).toMatchObject({ status: 'submitted', loggedByUserId: s.member.id, minutes: 180 });
  });

  it('refuses hours on a placement that is only applied for', async () => {
    const s = await placementScene(t, { status: 'applied' });
    const res = await s.volunteer.client.post(s.hoursUrl, { day, durationHours: '1', activity: 'Korai' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('elfogadott, folyamatban lévő vagy teljesített');
    expect(await entriesOf(t, s.application.id)).toHaveLength(0);
  });
});

describe('decisions', () => {
  it('the organization approves an entry (audited); the volunteer may not approve', async () => {
    const s = await placementScene(t);
    const entry = await insertEntry(t, s, { loggedByUserId: s.volunteer.user.id });
    expect((await s.volunteer.client.post(`/hours/${entry.id}/approve`)).statusCode).toBe(403);
    expect((await s.coordinator.client.post(`/hours/${entry.id}/approve`)).statusCode).toBe(403);
    expect((await s.memberClient.post(`/hours/${entry.id}/approve`)).statusCode).toBe(303);
    const after = await entryRow(t, entry.id);
    expect(after).toMatchObject({ status: 'approved', decidedByUserId: s.member.id });
    expect(after?.decidedAt).toBeInstanceOf(Date);
    expect((await hourAudit(t, entry.id)).map((a) => a.action)).toEqual(['approve']);
    // Decided once: a second decision is refused.
    const again = await s.memberClient.post(`/hours/${entry.id}/reject`, { reason: 'Mégsem' });
    expect(again.statusCode).toBe(422);
    expect((await entryRow(t, entry.id))?.status).toBe('approved');
  });

  it('the organization rejects with a reason (required); the volunteer gets a Hungarian e-mail ("te")', async () => {
    const s = await placementScene(t);
    const entry = await insertEntry(t, s, { activity: 'Plakátolás' });
    expect((await s.memberClient.get(`/hours/${entry.id}/reject`)).statusCode).toBe(200);
    const noReason = await s.memberClient.post(`/hours/${entry.id}/reject`, { reason: '  ' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('Adja meg az elutasítás okát.');
    expect((await entryRow(t, entry.id))?.status).toBe('submitted');
    const res = await s.memberClient.post(`/hours/${entry.id}/reject`, { reason: 'Ezen a napon nem volt nálunk.' });
    expect(res.statusCode).toBe(303);
    expect(await entryRow(t, entry.id)).toMatchObject({ status: 'rejected', decisionReason: 'Ezen a napon nem volt nálunk.', decidedByUserId: s.member.id });
    expect((await hourAudit(t, entry.id)).map((a) => a.action)).toEqual(['reject']);
    const [mail] = await mailsTo(t.db, s.volunteer.user.email);
    expect(mail?.subject).toContain('nem jóváhagyott órák');
    expect(mail?.textBody).toContain('Szia!');
    expect(mail?.textBody).toContain('órabejegyzésedet');
    expect(mail?.textBody).toContain('Ezen a napon nem volt nálunk.');
    expect(mail?.textBody).toContain('Plakátolás');
    expect(mail?.textBody).toContain('1 óra 30 perc');
  });

  it('bulk: the organization approves every submitted entry of the placement after ticking the confirmation', async () => {
    const s = await placementScene(t);
    const a = await insertEntry(t, s);
    const b = await insertEntry(t, s, { activityDay: '2026-11-11' });
    const rejected = await insertEntry(t, s, { status: 'rejected', decisionReason: 'Nem' });
    const page = await s.memberClient.get(s.hoursUrl);
    expect(page.body).toContain('Összes jóváhagyása');
    const unconfirmed = await s.memberClient.post(`${s.hoursUrl}/approve-all`);
    expect(unconfirmed.statusCode).toBe(422);
    expect((await entryRow(t, a.id))?.status).toBe('submitted');
    expect((await s.volunteer.client.post(`${s.hoursUrl}/approve-all`, { confirm: 'on' })).statusCode).toBe(403);
    expect((await s.memberClient.post(`${s.hoursUrl}/approve-all`, { confirm: 'on' })).statusCode).toBe(303);
    expect((await entryRow(t, a.id))?.status).toBe('approved');
    expect((await entryRow(t, b.id))?.status).toBe('approved');
    expect((await entryRow(t, rejected.id))?.status).toBe('rejected');
    expect((await hourAudit(t, a.id)).map((x) => x.action)).toEqual(['approve:bulk']);
  });

  it('the volunteer deletes their own submitted entry after confirming, but not an approved one', async () => {
    const s = await placementScene(t);
    const mine = await insertEntry(t, s, { loggedByUserId: s.volunteer.user.id });
    const approved = await insertEntry(t, s, { status: 'approved', decidedByUserId: s.member.id, decidedAt: new Date() });
    expect((await s.volunteer.client.get(`/hours/${mine.id}/delete`)).body).toContain('Biztosan törlöd');
    expect((await s.volunteer.client.post(`/hours/${mine.id}/delete`)).statusCode).toBe(422);
    expect(await entryRow(t, mine.id)).toBeDefined();
    expect((await s.memberClient.post(`/hours/${mine.id}/delete`, { confirm: 'on' })).statusCode).toBe(403);
    expect((await s.volunteer.client.post(`/hours/${mine.id}/delete`, { confirm: 'on' })).statusCode).toBe(303);
    expect(await entryRow(t, mine.id)).toBeUndefined();
    expect((await hourAudit(t, mine.id)).map((a) => a.action)).toEqual(['delete']);
    const confirmPage = await s.volunteer.client.get(`/hours/${approved.id}/delete`);
    expect(confirmPage.body).toContain('már döntöttek');
    expect(confirmPage.body).not.toContain(`action="/hours/${approved.id}/delete"`);
    const refused = await s.volunteer.client.post(`/hours/${approved.id}/delete`, { confirm: 'on' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('már döntöttek');
    expect((await entryRow(t, approved.id))?.status).toBe('approved');
  });
});

describe('who sees what', () => {
  it('another volunteer, another organization’s member and a coordinator of another center get 404 for the placement; nothing changes', async () => {
    const s = await placementScene(t);
    const entry = await insertEntry(t, s);
    const stranger = await volunteerWithLogin(t, { centerId: s.center.id });
    const otherMember = await createUser(t.db);
    await createOrganization(t.db, s.center.id, { memberUserIds: [otherMember.id] });
    const otherMemberClient = await clientFor(t, otherMember.id);
    const centerB = await createCenter(t.db);
    const coordinatorB = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: centerB.id }]);
    for (const client of [stranger.client, otherMemberClient, coordinatorB.client]) {
      expect((await client.get(s.hoursUrl)).statusCode).toBe(404);
      expect((await client.post(s.hoursUrl, { day, durationHours: '1', activity: 'Idegen' })).statusCode).toBe(404);
      expect((await client.post(`/hours/${entry.id}/approve`)).statusCode).toBe(404);
      expect((await client.post(`/hours/${entry.id}/reject`, { reason: 'Idegen' })).statusCode).toBe(404);
      expect((await client.post(`/hours/${entry.id}/delete`, { confirm: 'on' })).statusCode).toBe(404);
      expect((await client.post(`${s.hoursUrl}/approve-all`, { confirm: 'on' })).statusCode).toBe(404);
      // The organization is approved, so its public profile shows it exists: 403 (ADR 003).
      expect((await client.get(`/organizations/${s.organization.id}/hours`)).statusCode).toBe(403);
    }
    expect(await entryRow(t, entry.id)).toMatchObject({ status: 'submitted' });
    expect(await entriesOf(t, s.application.id)).toHaveLength(1);
  });

  it('the organization’s list shows its submitted entries across placements to members (with approve) and coordinators', async () => {
    const s = await placementScene(t);
    await insertEntry(t, s, { activity: 'Várakozó bejegyzés' });
    await insertEntry(t, s, { activity: 'Elfogadott bejegyzés', status: 'approved' });
    const forMember = await s.memberClient.get(`/organizations/${s.organization.id}/hours`);
    expect(forMember.statusCode).toBe(200);
    expect(forMember.body).toContain('Várakozó bejegyzés');
    expect(forMember.body).not.toContain('Elfogadott bejegyzés');
    expect(forMember.body).toContain('/approve');
    const forCoordinator = await s.coordinator.client.get(`/organizations/${s.organization.id}/hours`);
    expect(forCoordinator.statusCode).toBe(200);
    expect(forCoordinator.body).toContain('Várakozó bejegyzés');
    expect(forCoordinator.body).not.toContain('/approve');
  });

  it('the placement page links to its hours', async () => {
    const s = await placementScene(t);
    expect((await s.volunteer.client.get(`/applications/${s.application.id}`)).body).toContain(`href="${s.hoursUrl}"`);
  });
});
