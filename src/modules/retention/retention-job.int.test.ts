import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditLog, erasureRequests, inactivityNotices, outbox, registerEntries, sessions, users, volunteers } from '../../db/schema/index.js';
import { formatDate } from '../../platform/i18n.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser, sessionFor } from '../../test-support/factories.js';
import { receiveDueMail } from '../../test-support/received-mail.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { hostScene } from '../placements/placements-test-support.js';
import { insertRegisterEntry, registerScene } from '../register/register-test-support.js';
import { runInactivityRetention } from './job.js';
import { backdateUser, backdateVolunteer, daysAfter, yearsBefore } from './retention-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** The job's clock: fixed, and close to the real one, so the rows other tests make stay recent. */
const T0 = new Date(Date.now() + 3600_000);
const run = (now: Date) => runInactivityRetention(t.db, { baseUrl: t.config.baseUrl, inactiveAccountYears: 3 }, now);
/** Three years and a day before T0: the deadline has passed, so the first warning is due. */
const longAgo = yearsBefore(T0, 3, 1);

const mailsTo = (email: string) => t.db.select().from(outbox).where(eq(outbox.toAddress, email)).orderBy(outbox.id);
const auditOf = (entityId: string) => t.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);
const volunteerRow = async (id: string) => (await t.db.select().from(volunteers).where(eq(volunteers.id, id)))[0];
const userRow = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0];
/** How long ago the login was last marked active, in milliseconds. */
async function sinceActive(userId: string): Promise<number> {
  const row = await userRow(userId);
  if (!row) throw new Error('user missing');
  return Date.now() - row.lastActiveAt.getTime();
}

describe('the inactive-account job, end to end', () => {
  it('warns twice by mail, then anonymises a volunteer and a profile-less login; the register stays; audited without personal data', async () => {
    const s = await registerScene(t, { status: 'completed', familyName: 'Inaktív', givenName: 'Ilona' });
    const register = await insertRegisterEntry(t, s, { familyName: 'Inaktív', givenName: 'Ilona' });
    const email = s.volunteer.user.email;
    await backdateVolunteer(t.db, s.volunteer.volunteer.id, longAgo);
    const loner = await createUser(t.db, { familyName: 'Profiltalan', givenName: 'Pál', grants: [{ role: 'volunteer' }] });
    await sessionFor(t.db, loner.id);
    await backdateUser(t.db, loner.id, longAgo);
    // As the sign-up audits it: the account's own fields.
    await t.db.insert(auditLog).values({
      actorUserId: loner.id,
      action: 'user.created',
      entityType: 'user',
      entityId: loner.id,
      after: { email: loner.email, familyName: 'Profiltalan', givenName: 'Pál' },
    });

    // 1. The first warning: the anonymisation is promised 60 days after it (the deadline had passed).
    const first = await run(T0);
    expect(first.firstWarnings).toBeGreaterThanOrEqual(2);
    const promised = formatDate('hu', daysAfter(T0, 60));
    let received = await receiveDueMail(t.db);
    const [warning1] = received.get(email) ?? [];
    expect(received.get(email)).toHaveLength(1);
    expect(warning1?.subject).toContain(promised);
    expect(warning1?.text).toContain('Kedves Ilona!');
    expect(warning1?.text).toContain(`${promised} napon töröljük`);
    expect(warning1?.text).toContain('lépj be');
    expect(warning1?.text).toContain(`${t.config.baseUrl}/login`);
    expect(warning1?.text).toContain('Köt. 14. §');
    expect(warning1?.text).not.toContain('utolsó figyelmeztetés');
    expect(received.get(loner.email)?.[0]?.subject).toContain(promised);

    // Repeated runs before the second warning is due send nothing more.
    await run(daysAfter(T0, 1));
    await run(daysAfter(T0, 45));
    expect(await mailsTo(email)).toHaveLength(1);

    // 2. The second warning, 14 days before the promised date.
    const second = await run(daysAfter(T0, 46));
    expect(second.secondWarnings).toBeGreaterThanOrEqual(2);
    received = await receiveDueMail(t.db);
    const [warning2] = received.get(email) ?? [];
    expect(warning2?.subject).toContain('Utolsó figyelmeztetés');
    expect(warning2?.text).toContain('második, utolsó figyelmeztetésünk');
    expect(warning2?.text).toContain(promised);
    expect(received.get(loner.email)).toHaveLength(1);

    // Not a minute before the promised moment.
    await run(daysAfter(T0, 59.9));
    expect((await volunteerRow(s.volunteer.volunteer.id))?.erasedAt).toBeNull();

    // 3. Anonymised.
    const last = await run(daysAfter(T0, 60.1));
    expect(last.anonymised).toBeGreaterThanOrEqual(2);
    const erased = await volunteerRow(s.volunteer.volunteer.id);
    expect(erased).toMatchObject({ familyName: 'Törölt', givenName: 'önkéntes', email: null, birthDate: null });
    expect(erased?.erasedAt).toBeInstanceOf(Date);
    const login = await userRow(s.volunteer.user.id);
    expect(login?.email).toBe(`erased-${s.volunteer.user.id}@erased.invalid`);
    expect(login?.disabledAt).toBeInstanceOf(Date);
    const [kept] = await t.db.select().from(registerEntries).where(eq(registerEntries.id, register.id));
    expect(kept).toMatchObject({ familyName: 'Inaktív', givenName: 'Ilona' });
    expect(kept?.subjectErasedAt).toBeInstanceOf(Date);
    // The application stays, without a name, for the statistics.
    expect(await t.db.select().from(applications).where(eq(applications.id, s.application.id))).toHaveLength(1);

    const lonerAfter = await userRow(loner.id);
    expect(lonerAfter).toMatchObject({ email: `erased-${loner.id}@erased.invalid`, familyName: 'Törölt', givenName: 'önkéntes', passwordHash: '!erased' });
    expect(lonerAfter?.erasedAt).toBeInstanceOf(Date);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, loner.id))).toHaveLength(0);
    // The warnings sent to the login stay as the delivery log, without the address or the text.
    expect(await mailsTo(loner.email)).toHaveLength(0);
    const lonerAudit = JSON.stringify(await auditOf(loner.id));
    expect(lonerAudit).not.toContain(loner.email);
    expect(lonerAudit).not.toContain('Profiltalan');

    // The audit trail: two warnings and the anonymisation, with ids, dates and counts only.
    const trail = (await auditOf(s.volunteer.volunteer.id)).filter((a) => a.action.startsWith('retention.'));
    expect(trail.map((a) => a.action)).toEqual(['retention.warned', 'retention.warned', 'retention.anonymised']);
    expect(trail.map((a) => (a.after as { warning?: number }).warning)).toEqual([1, 2, undefined]);
    expect(trail[2]?.after).toMatchObject({
      volunteerId: s.volunteer.volunteer.id,
      userId: s.volunteer.user.id,
      counts: { registerEntriesKept: 1, placements: 1 },
    });
    const text = JSON.stringify(trail);
    for (const personal of ['Inaktív', 'Ilona', email]) expect(text).not.toContain(personal);
    expect(trail.every((a) => a.actorUserId === null && a.centerId === s.center.id)).toBe(true);
    expect(await t.db.select().from(inactivityNotices).where(eq(inactivityNotices.volunteerId, s.volunteer.volunteer.id))).toHaveLength(0);

    // Nothing more happens to them.
    const again = await run(daysAfter(T0, 61));
    expect(again.anonymised).toBe(0);
  });

  it('anonymises a walk-in without e-mail at the deadline, counted from their last placement, without warnings', async () => {
    const center = await createCenter(t.db);
    const host = await hostScene(t);
    const silent = await createVolunteer(t.db, { centerId: center.id, familyName: 'Gyalog', givenName: 'Géza' });
    const placed = await createVolunteer(t.db, { centerId: center.id, familyName: 'Gyalog', givenName: 'Gréta' });
    await t.db
      .insert(applications)
      .values({ volunteerId: placed.id, opportunityId: host.opportunity.id, centerId: host.center.id, origin: 'coordinator', status: 'completed' });
    await backdateVolunteer(t.db, silent.id, yearsBefore(T0, 3, 1));
    await backdateVolunteer(t.db, placed.id, yearsBefore(T0, 5));
    // Gréta's placement ended a year ago: her clock runs from there, not from her registration.
    await t.db
      .update(applications)
      .set({ updatedAt: yearsBefore(T0, 1) })
      .where(eq(applications.volunteerId, placed.id));

    await run(T0);
    expect((await volunteerRow(silent.id))?.erasedAt).toBeInstanceOf(Date);
    expect((await volunteerRow(placed.id))?.erasedAt).toBeNull();
    expect((await volunteerRow(placed.id))?.familyName).toBe('Gyalog');
    const trail = await auditOf(silent.id);
    expect(trail.map((a) => a.action)).toEqual(['retention.anonymised']);
  });

  it('warns a walk-in with an e-mail address, pointing to their center instead of a login', async () => {
    const center = await createCenter(t.db, { name: `Bácskai Önkéntes Központ ${Date.now()}` });
    const walkIn = await createVolunteer(t.db, { centerId: center.id, givenName: 'Vilma', email: `vilma-${Date.now()}@kapocs.example` });
    await backdateVolunteer(t.db, walkIn.id, longAgo);
    await run(T0);
    const received = await receiveDueMail(t.db);
    const [mail] = received.get(walkIn.email as string) ?? [];
    expect(mail?.text).toContain('Kedves Vilma!');
    expect(mail?.text).toContain(center.name);
    expect(mail?.text).not.toContain('/login');
  });

  it('a login after the first warning restarts the clock: no second warning, no anonymisation', async () => {
    const s = await registerScene(t, { status: 'completed' });
    await backdateVolunteer(t.db, s.volunteer.volunteer.id, longAgo);
    await run(T0);
    expect(await mailsTo(s.volunteer.user.email)).toHaveLength(1);
    // The volunteer comes back: their session is used (last_active_at is written, as it was a day old).
    expect((await s.volunteer.client.get('/volunteer/erasure')).statusCode).toBe(200);
    expect(await sinceActive(s.volunteer.user.id)).toBeLessThan(60_000);
    await run(daysAfter(T0, 46));
    await run(daysAfter(T0, 61));
    expect(await mailsTo(s.volunteer.user.email)).toHaveLength(1);
    expect((await volunteerRow(s.volunteer.volunteer.id))?.erasedAt).toBeNull();
  });

  it('running twice in parallel sends each warning once', async () => {
    const people = await Promise.all(
      [1, 2, 3].map(async () => {
        const s = await registerScene(t, { status: 'completed' });
        await backdateVolunteer(t.db, s.volunteer.volunteer.id, longAgo);
        return { email: s.volunteer.user.email, volunteerId: s.volunteer.volunteer.id };
      }),
    );
    const results = await Promise.all([run(T0), run(T0), run(T0)]);
    expect(results.reduce((sum, r) => sum + r.firstWarnings, 0)).toBeGreaterThanOrEqual(3);
    for (const { email, volunteerId } of people) {
      expect(await mailsTo(email)).toHaveLength(1);
      expect((await auditOf(volunteerId)).filter((a) => a.action === 'retention.warned')).toHaveLength(1);
      expect(await t.db.select().from(inactivityNotices).where(eq(inactivityNotices.volunteerId, volunteerId))).toHaveLength(1);
    }
  });

  it('skips staff, a volunteer with an open erasure request and one with a placement not yet closed', async () => {
    const center = await createCenter(t.db);
    const staff = await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: center.id }] });
    const staffVolunteer = await createVolunteer(t.db, { centerId: center.id, userId: staff.id });
    const asking = await createVolunteer(t.db, { centerId: center.id, email: `kero-${Date.now()}@kapocs.example` });
    await t.db.insert(erasureRequests).values({ volunteerId: asking.id, centerId: center.id, status: 'requested' });
    const open = await registerScene(t, { status: 'accepted' });
    const staffOnly = await createUser(t.db, { grants: [{ role: 'center_admin', centerId: center.id }] });
    for (const id of [staffVolunteer.id, asking.id, open.volunteer.volunteer.id]) await backdateVolunteer(t.db, id, yearsBefore(T0, 4));
    await backdateUser(t.db, staffOnly.id, yearsBefore(T0, 4));

    const result = await run(T0);
    expect(result.skipped).toBeGreaterThanOrEqual(4);
    await run(daysAfter(T0, 100));
    for (const email of [staff.email, asking.email as string, open.volunteer.user.email, staffOnly.email]) expect(await mailsTo(email)).toHaveLength(0);
    for (const id of [staffVolunteer.id, asking.id, open.volunteer.volunteer.id]) expect((await volunteerRow(id))?.erasedAt).toBeNull();
    expect((await userRow(staffOnly.id))?.erasedAt).toBeNull();
  });

  it('does nothing when switched off (INACTIVE_ACCOUNT_YEARS=never)', async () => {
    const user = await createUser(t.db);
    await backdateUser(t.db, user.id, yearsBefore(T0, 9));
    const result = await runInactivityRetention(t.db, { baseUrl: t.config.baseUrl, inactiveAccountYears: null }, T0);
    expect(result).toEqual({ checked: 0, firstWarnings: 0, secondWarnings: 0, anonymised: 0, skipped: 0 });
    expect(await mailsTo(user.email)).toHaveLength(0);
  });
});

describe('last activity', () => {
  it('a login marks the account active; a session used marks it at most once a day', async () => {
    const user = await createUser(t.db);
    await backdateUser(t.db, user.id, yearsBefore(T0, 2));
    await sessionFor(t.db, user.id);
    expect(await sinceActive(user.id)).toBeLessThan(60_000);

    const s = await registerScene(t, { status: 'completed' });
    const hourAgo = new Date(Date.now() - 3600_000);
    await backdateUser(t.db, s.volunteer.user.id, hourAgo);
    expect((await s.volunteer.client.get('/volunteer/erasure')).statusCode).toBe(200);
    expect((await userRow(s.volunteer.user.id))?.lastActiveAt).toEqual(hourAgo);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600_000);
    await backdateUser(t.db, s.volunteer.user.id, twoDaysAgo);
    await s.volunteer.client.get('/volunteer/erasure');
    expect(await sinceActive(s.volunteer.user.id)).toBeLessThan(60_000);
  });
});
