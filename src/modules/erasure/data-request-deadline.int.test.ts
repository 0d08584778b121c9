import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, erasureRequests } from '../../db/schema/index.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter } from '../../test-support/factories.js';
import { receiveDueMail } from '../../test-support/received-mail.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { staffWithLogin } from '../placements/placements-test-support.js';
import { requestDeadline } from './deadline.js';
import { sendDeadlineReminders } from './reminders.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const dayMs = 86_400_000;

/** A center with its admin and a helper that files a request received `daysAgo` days ago. */
async function scene() {
  const center = await createCenter(t.db);
  const admin = await staffWithLogin(t, [{ role: 'center_admin', centerId: center.id }]);
  const request = async (familyName: string, daysAgo: number, attrs: { kind?: 'erasure' | 'access'; status?: string } = {}) => {
    const v = await createVolunteer(t.db, { centerId: center.id, familyName, givenName: 'Teszt' });
    const [row] = await t.db
      .insert(erasureRequests)
      .values({
        volunteerId: v.id,
        centerId: center.id,
        kind: attrs.kind ?? 'erasure',
        status: attrs.status ?? 'requested',
        requestedAt: new Date(Date.now() - daysAgo * dayMs),
      })
      .returning();
    if (!row) throw new Error('request insert failed');
    return row;
  };
  return { center, admin, request };
}

const daysLeftOf = (requestedAt: Date) => requestDeadline(requestedAt, new Date()).daysLeft;

describe('the deadline on the dashboard and the list', () => {
  it('shows open requests with the days left in words, overdue ones marked, soonest deadline first', async () => {
    const s = await scene();
    const fresh = await s.request('Friss', 3, { kind: 'access' });
    const overdue = await s.request('Késő', 40);
    const soon = await s.request('Sürgős', 24);
    await s.request('Lezárt', 45, { status: 'completed' });

    const dashboard = await s.admin.client.get('/admin');
    expect(dashboard.statusCode).toBe(200);
    const html = dashboard.body;
    expect(html).toContain('Adatkérések');
    expect(html).toContain('Döntésre váró kérések: 3');
    const lateDays = -daysLeftOf(overdue.requestedAt);
    expect(lateDays).toBeGreaterThan(0);
    expect(html).toContain(`Határidőn túl: ${lateDays} napja lejárt`);
    expect(html).toContain(`${daysLeftOf(soon.requestedAt)} nap van hátra`);
    expect(html).toContain(`${daysLeftOf(fresh.requestedAt)} nap van hátra`);
    expect(html).toContain('Adatmásolat: Friss Teszt');
    // The overdue text carries its own class, but the words say it too (not colour alone).
    expect(html).toMatch(/class="deadline-overdue">[^<]*Határidőn túl/);
    const order = ['Késő Teszt', 'Sürgős Teszt', 'Friss Teszt'].map((n) => html.indexOf(n));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(html).not.toContain('Lezárt Teszt');

    const list = (await s.admin.client.get('/admin/erasure-requests')).body;
    expect(list).toContain(`Határidőn túl: ${lateDays} napja lejárt`);
    const listOrder = ['Késő Teszt', 'Sürgős Teszt', 'Friss Teszt'].map((n) => list.indexOf(n));
    expect(listOrder).toEqual([...listOrder].sort((x, y) => x - y));
    expect(list).toContain('Adatmásolat');
  });

  it('shows no data-request card to a coordinator (they do not decide)', async () => {
    const center = await createCenter(t.db);
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: center.id }]);
    expect((await coordinator.client.get('/admin')).body).not.toContain('Adatkérések');
  });
});

describe('the reminder a week before the deadline', () => {
  it('mails the center admins once per open request due (two runs, two at once), not for closed or young ones; audited', async () => {
    const s = await scene();
    const second = await staffWithLogin(t, [{ role: 'center_admin', centerId: s.center.id }]);
    const due = await s.request('Emlékeztetendő', 25);
    const overdue = await s.request('Lejárt', 35, { kind: 'access' });
    const young = await s.request('Fiatal', 10);
    const rejected = await s.request('Elutasított', 25, { status: 'rejected' });
    const cancelled = await s.request('Visszavont', 26, { status: 'cancelled' });
    await receiveDueMail(t.db);

    const now = new Date();
    const [a, b] = await Promise.all([sendDeadlineReminders(t.db, t.config.baseUrl, now), sendDeadlineReminders(t.db, t.config.baseUrl, now)]);
    expect((a ?? 0) + (b ?? 0)).toBeGreaterThanOrEqual(2);
    await sendDeadlineReminders(t.db, t.config.baseUrl, now);

    const received = await receiveDueMail(t.db);
    for (const admin of [s.admin, second]) {
      const mails = received.get(admin.user.email) ?? [];
      const about = (id: string) => mails.filter((m) => m.text?.includes(`/admin/erasure-requests/${id}`));
      expect(about(due.id)).toHaveLength(1);
      expect(about(overdue.id)).toHaveLength(1);
      for (const r of [young, rejected, cancelled]) expect(about(r.id)).toHaveLength(0);
      const reminder = about(due.id)[0];
      expect(reminder?.subject).toMatch(/^Emlékeztető: adatkérés \(Adattörlés\) határideje \d{4}\. \d{2}\. \d{2}\.$/);
      expect(reminder?.text).toContain(`${daysLeftOf(due.requestedAt)} nap van hátra`);
      expect(about(overdue.id)[0]?.text).toContain('Határidőn túl');
    }
    const rows = await t.db.select().from(erasureRequests).where(eq(erasureRequests.centerId, s.center.id));
    const sentAt = (id: string) => rows.find((r) => r.id === id)?.reminderSentAt ?? null;
    expect(sentAt(due.id)).not.toBeNull();
    expect(sentAt(overdue.id)).not.toBeNull();
    for (const r of [young, rejected, cancelled]) expect(sentAt(r.id)).toBeNull();
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'erasure_request.reminded'), eq(auditLog.entityId, due.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorUserId: null, centerId: s.center.id });
    expect(audits[0]?.after).toMatchObject({ adminsNotified: 2, daysLeft: daysLeftOf(due.requestedAt) });

    // A later run (the next day) sends nothing again.
    await sendDeadlineReminders(t.db, t.config.baseUrl, new Date(now.getTime() + dayMs));
    const later = await receiveDueMail(t.db);
    expect(later.get(s.admin.user.email)).toBeUndefined();
  });
});
