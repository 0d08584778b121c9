import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../db/database.js';
import { applicationEvents, applications, auditLog } from '../../db/schema/index.js';
import { createOpportunity, createOrganization, createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { receiveDueMail } from '../../test-support/received-mail.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { runHostAnswerReminders } from './host-answer-service.js';
import { clientFor, hostScene, staffWithLogin } from './placements-test-support.js';

/*
 * "Today" is Thursday 2026-04-09, 10:00 in Budapest, just after Easter: Good Friday (Apr 3) and
 * Easter Monday (Apr 6) are public holidays (Mt. 102. §), so they do not count as working days.
 * Only Date is faked: timers, and so the database drivers, run on real time.
 */
const today = new Date('2026-04-09T08:00:00Z');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});
afterEach(() => {
  vi.useRealTimers();
});

function atToday() {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(today);
}

type Wait = { start: string; to?: { status: 'accepted' | 'declined' | 'withdrawn'; at: string } };

/** An application that entered 'applied' at `start` (and maybe left it at `to.at`), with its timeline. */
async function applicationWith(db: Database, org: { id: string; centerId: string }, opportunityId: string, wait: Wait, familyName = 'Várakozó') {
  const volunteer = await createVolunteer(db, { familyName });
  const [row] = await db
    .insert(applications)
    .values({
      volunteerId: volunteer.id,
      opportunityId,
      centerId: org.centerId,
      origin: 'volunteer',
      status: wait.to?.status ?? 'applied',
      createdAt: new Date(wait.start),
      updatedAt: new Date(wait.to?.at ?? wait.start),
    })
    .returning();
  if (!row) throw new Error('no application');
  await db.insert(applicationEvents).values({ applicationId: row.id, fromStatus: null, toStatus: 'applied', at: new Date(wait.start) });
  if (wait.to) await db.insert(applicationEvents).values({ applicationId: row.id, fromStatus: 'applied', toStatus: wait.to.status, at: new Date(wait.to.at) });
  return row.id;
}

async function auditActions(db: Database, applicationId: string) {
  const rows = await db
    .select({ action: auditLog.action, actor: auditLog.actorUserId })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'application'), eq(auditLog.entityId, applicationId)));
  return rows;
}

describe('host answer deadlines', () => {
  it('lists a wait of 6 working days over Easter as overdue, not one of 4; reminds once; coordinators nudge', async () => {
    const host = await hostScene(t);
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: host.center.id }]);
    // Monday 2026-03-30: 6 working days by today (Mar 31, Apr 1, 2, 7, 8, 9); deadline Apr 8.
    const late = await applicationWith(t.db, host.organization, host.opportunity.id, { start: '2026-03-30T07:00:00Z' }, 'Késő');
    // Wednesday 2026-04-01: 4 working days (Apr 2, 7, 8, 9); without the holidays it would be overdue.
    const fresh = await applicationWith(t.db, host.organization, host.opportunity.id, { start: '2026-04-01T07:00:00Z' }, 'Friss');
    atToday();

    const page = await coordinator.client.get('/center/follow-up/host-answers');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Késő');
    expect(page.body).toContain('6 munkanapja vár (10 napja)');
    expect(page.body).not.toContain('Friss');
    const csv = await coordinator.client.get('/center/follow-up/host-answers?format=csv&sort=waiting&dir=desc');
    expect(csv.headers['content-type']).toContain('text/csv');
    const line = csv.body.split('\n').find((l) => l.includes('Késő')) ?? '';
    expect(line).toContain('2026-03-30');
    expect(line).toMatch(/[,;]6[,;]10[,;]/);
    expect(csv.body).not.toContain('Friss');
    expect((await coordinator.client.get('/dashboard')).body).toContain('ebből határidőn túl: 1');

    // The job, twice: one reminder to the member, none for the fresh one.
    await receiveDueMail(t.db); // the outbox so far (nothing of ours)
    expect(await runHostAnswerReminders(t.db, { baseUrl: t.config.baseUrl }, today)).toEqual({ reminded: 1 });
    expect(await runHostAnswerReminders(t.db, { baseUrl: t.config.baseUrl }, today)).toEqual({ reminded: 0 });
    const received = (await receiveDueMail(t.db)).get(host.member.email) ?? [];
    expect(received).toHaveLength(1);
    const [reminder] = received;
    expect(reminder?.subject).toContain('válaszra vár');
    expect(reminder?.subject).toContain('Késő');
    expect(reminder?.text).toContain('Tisztelt');
    expect(reminder?.text).toContain('2026. 04. 08.'); // the deadline
    expect(reminder?.text).toContain(`/applications/${late}`);
    expect((await auditActions(t.db, late)).filter((a) => a.action === 'host_reminded')).toHaveLength(1);
    expect(await auditActions(t.db, fresh)).toEqual([]);

    // Nudge: mails again, once a day, audited with the coordinator.
    const nudge = await coordinator.client.post(`/applications/${late}/nudge-host`, {});
    expect(nudge.statusCode).toBe(303);
    expect(nudge.headers.location).toBe('/center/follow-up/host-answers');
    expect((await coordinator.client.post(`/applications/${late}/nudge-host`, {})).statusCode).toBe(303);
    const nudged = (await receiveDueMail(t.db)).get(host.member.email) ?? [];
    expect(nudged).toHaveLength(1);
    expect(nudged[0]?.text).toContain('ismét emlékezteti');
    const nudges = (await auditActions(t.db, late)).filter((a) => a.action === 'host_nudged');
    expect(nudges).toEqual([{ action: 'host_nudged', actor: coordinator.user.id }]);
    expect((await coordinator.client.get('/center/follow-up/host-answers')).body).toContain('Ma már emlékeztette');

    // Authorization: the host's members and another center's coordinator.
    expect((await host.memberClient.get('/center/follow-up/host-answers')).statusCode).toBe(403);
    expect((await host.memberClient.post(`/applications/${late}/nudge-host`, {})).statusCode).toBe(403);
    const foreign = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: (await createCenter(t.db)).id }]);
    expect((await foreign.client.get('/center/follow-up/host-answers')).body).not.toContain('Késő');
    expect((await foreign.client.post(`/applications/${late}/nudge-host`, {})).statusCode).toBe(404);

    // Once answered, it leaves the list.
    await host.memberClient.post(`/applications/${late}/status`, { status: 'accepted' });
    expect((await coordinator.client.get('/center/follow-up/host-answers')).body).not.toContain('Késő');
  });
});

describe('host answer reminders in parallel', () => {
  it('two runs at once remind each overdue application exactly once', async () => {
    const host = await hostScene(t);
    const ids = [];
    for (const start of ['2026-03-02T08:00:00Z', '2026-03-10T08:00:00Z', '2026-03-20T08:00:00Z']) {
      ids.push(await applicationWith(t.db, host.organization, host.opportunity.id, { start }, 'Párhuzamos'));
    }
    await receiveDueMail(t.db);
    const runs = await Promise.all([
      runHostAnswerReminders(t.db, { baseUrl: t.config.baseUrl }, today, 1),
      runHostAnswerReminders(t.db, { baseUrl: t.config.baseUrl }, today, 1),
    ]);
    expect(runs.reduce((sum, r) => sum + r.reminded, 0)).toBe(3);
    expect((await receiveDueMail(t.db)).get(host.member.email)).toHaveLength(3);
    for (const id of ids) expect((await auditActions(t.db, id)).filter((a) => a.action === 'host_reminded')).toHaveLength(1);
  });
});

describe('organization responsiveness', () => {
  it('shows coordinators the median hours and the share within the deadline; sorts and exports the list', async () => {
    const center = await createCenter(t.db);
    const member = await createUser(t.db);
    const fast = await createOrganization(t.db, center.id, { name: 'Gyors Válasz Egyesület', memberUserIds: [member.id] });
    const slow = await createOrganization(t.db, center.id, { name: 'Lassú Válasz Egyesület' });
    const fastOpportunity = await createOpportunity(t.db, fast);
    const slowOpportunity = await createOpportunity(t.db, slow);
    const add = (wait: Wait) => applicationWith(t.db, fast, fastOpportunity.id, wait);
    await add({ start: '2026-03-02T08:00:00Z', to: { status: 'accepted', at: '2026-03-02T18:00:00Z' } }); // 10 h, in time
    await add({ start: '2026-03-03T08:00:00Z', to: { status: 'declined', at: '2026-03-04T08:00:00Z' } }); // 24 h, in time
    await add({ start: '2026-03-09T08:00:00Z', to: { status: 'accepted', at: '2026-03-19T08:00:00Z' } }); // 240 h, deadline Mar 16: late
    await add({ start: '2026-03-23T08:00:00Z' }); // unanswered, deadline Mar 30: late
    await add({ start: '2026-04-07T08:00:00Z', to: { status: 'withdrawn', at: '2026-04-08T08:00:00Z' } }); // withdrawn in time: not counted
    await add({ start: '2026-01-05T08:00:00Z', to: { status: 'accepted', at: '2026-01-05T09:00:00Z' } }); // before the 90 days
    await applicationWith(t.db, slow, slowOpportunity.id, { start: '2026-03-02T08:00:00Z', to: { status: 'accepted', at: '2026-03-06T12:00:00Z' } }); // 100 h
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: center.id }]);
    atToday();

    const profile = await coordinator.client.get(`/organizations/${fast.id}`);
    expect(profile.statusCode).toBe(200);
    expect(profile.body).toContain('Válaszkészség (elmúlt 90 nap)');
    expect(profile.body).toMatch(/Első válasz mediánja \(óra\)<\/dt>\s*<dd>24 óra<\/dd>/);
    expect(profile.body).toMatch(/Határidőn belül megválaszolva<\/dt>\s*<dd>50%<\/dd>/);
    expect(profile.body).toMatch(/Értékelt jelentkezések<\/dt>\s*<dd>4<\/dd>/);

    // Members, the public and another center's coordinator do not see the figures.
    expect((await (await clientFor(t, member.id)).get(`/organizations/${fast.id}`)).body).not.toContain('Válaszkészség');
    expect((await new TestClient(t.app, t.config.secretKey).get(`/organizations/${fast.id}`)).body).not.toContain('Válaszkészség');
    const foreign = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: (await createCenter(t.db)).id }]);
    expect((await foreign.client.get(`/organizations/${fast.id}`)).body).not.toContain('Válaszkészség');
    expect((await foreign.client.get('/center/organizations?sort=responseMedian')).body).not.toContain('Gyors Válasz');

    const ascending = (await coordinator.client.get('/center/organizations?sort=responseMedian&dir=asc')).body;
    expect(ascending.indexOf('Gyors Válasz')).toBeGreaterThan(-1);
    expect(ascending.indexOf('Gyors Válasz')).toBeLessThan(ascending.indexOf('Lassú Válasz'));
    expect(ascending).toContain('100 óra');
    const descending = (await coordinator.client.get('/center/organizations?sort=responseMedian&dir=desc')).body;
    expect(descending.indexOf('Lassú Válasz')).toBeLessThan(descending.indexOf('Gyors Válasz'));
    const byShare = (await coordinator.client.get('/center/organizations?sort=responseShare&dir=desc')).body;
    expect(byShare.indexOf('Lassú Válasz')).toBeLessThan(byShare.indexOf('Gyors Válasz')); // 100% before 50%

    const csv = await coordinator.client.get('/center/organizations?format=csv&sort=responseShare&dir=asc');
    const fastLine = csv.body.split('\n').find((l) => l.includes('Gyors Válasz')) ?? '';
    expect(fastLine).toMatch(/[,;]24[,;]50[,;]4[,;]/);
  });
});
