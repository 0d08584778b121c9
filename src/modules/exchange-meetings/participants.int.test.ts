import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeMeetingActions, exchangeMeetingOrganizations, exchangeMeetings } from '../../db/schema/index.js';
import { addDays, budapestDay } from '../../platform/budapest-time.js';
import { createOrganization } from '../../test-support/brokering-factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { auditRowsFor } from '../admin/admin-test-tenants.js';
import { type TrainingStaffScene, trainingStaffScene } from '../readiness/readiness-test-support.js';

let t: TestApp;
let s: TrainingStaffScene;
beforeAll(async () => {
  t = await createTestApp();
  s = await trainingStaffScene(t);
});
afterAll(async () => {
  await t?.close();
});

const today = () => budapestDay(new Date());

async function meeting(heldOn: string, theme: string): Promise<string> {
  const [row] = await t.db
    .insert(exchangeMeetings)
    .values({ centerId: s.centerA.id, heldOn, theme, notes: 'Belső jegyzet' })
    .returning({ id: exchangeMeetings.id });
  return row?.id as string;
}

const invited = async (id: string) =>
  (await t.db.select().from(exchangeMeetingOrganizations).where(eq(exchangeMeetingOrganizations.meetingId, id))).map((r) => ({
    organizationId: r.organizationId,
    attended: r.attended,
  }));

describe('invitations and attendance', () => {
  it('invites the center’s organizations found by a search, withdraws unticked ones shown, never another center’s', async () => {
    const id = await meeting(addDays(today(), -1), 'Meghívásos');
    const coordinator = await s.client('coordinatorA');
    const page = await coordinator.get(`/exchange-meetings/${id}/invitations`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(s.organization.name);
    expect(page.body).not.toContain(s.organizationB.name);
    const searched = await coordinator.get(`/exchange-meetings/${id}/invitations?q=${encodeURIComponent(s.otherOrganization.name.slice(-8))}`);
    expect(searched.body).toContain(s.otherOrganization.name);
    expect(searched.body).not.toContain(s.organization.name);

    const both = [s.organization.id, s.otherOrganization.id];
    const saved = await coordinator.post(`/exchange-meetings/${id}/invitations`, {
      shown: [...both, s.organizationB.id],
      invited: [...both, s.organizationB.id],
    });
    expect(saved.statusCode).toBe(303);
    expect((await invited(id)).map((r) => r.organizationId).sort()).toEqual([...both].sort());
    // Only the other organization is shown (a search), unticked: its invitation goes, the first stays.
    expect((await coordinator.post(`/exchange-meetings/${id}/invitations`, { shown: s.otherOrganization.id })).statusCode).toBe(303);
    expect((await invited(id)).map((r) => r.organizationId)).toEqual([s.organization.id]);
    expect((await auditRowsFor(t.db, 'exchange_meeting', id)).map((a) => a.action)).toEqual(['invite', 'invite']);
  });

  it('records who attended from the day of the meeting on, never before', async () => {
    const held = await meeting(today(), 'Mai találkozó');
    const ahead = await meeting(addDays(today(), 7), 'Jövő heti találkozó');
    const second = await createOrganization(t.db, s.centerA.id);
    await t.db.insert(exchangeMeetingOrganizations).values([
      { meetingId: held, organizationId: s.organization.id },
      { meetingId: held, organizationId: second.id, attended: true },
      { meetingId: ahead, organizationId: s.organization.id },
    ]);
    const coordinator = await s.client('coordinatorA');
    expect((await coordinator.get(`/exchange-meetings/${held}`)).body).toContain('Kik vettek részt a találkozón?');
    expect((await coordinator.post(`/exchange-meetings/${held}/attendance`, { attended: s.organization.id })).statusCode).toBe(303);
    expect(await invited(held)).toEqual(
      expect.arrayContaining([
        { organizationId: s.organization.id, attended: true },
        { organizationId: second.id, attended: false },
      ]),
    );
    const audit = (await auditRowsFor(t.db, 'exchange_meeting', held)).at(-1);
    expect(audit).toMatchObject({ action: 'attendance', before: { attended: [second.id] }, after: { attended: [s.organization.id] } });
    expect((await coordinator.get(`/exchange-meetings/${held}`)).body).toContain('2 meghívott, ebből 1 vett részt.');

    const aheadPage = await coordinator.get(`/exchange-meetings/${ahead}`);
    expect(aheadPage.body).toContain('A részvételt a találkozó napjától lehet rögzíteni.');
    expect(aheadPage.body).not.toContain(`action="/exchange-meetings/${ahead}/attendance"`);
    expect((await coordinator.post(`/exchange-meetings/${ahead}/attendance`, { attended: s.organization.id })).statusCode).toBe(409);
    expect(await invited(ahead)).toEqual([{ organizationId: s.organization.id, attended: false }]);
  });
});

describe('follow-ups', () => {
  it('adds follow-ups for the center or an invited organization, lists the overdue ones, marks them done and deletes them', async () => {
    const id = await meeting(addDays(today(), -10), 'Teendős találkozó');
    await t.db.insert(exchangeMeetingOrganizations).values({ meetingId: id, organizationId: s.organization.id, attended: true });
    const coordinator = await s.client('coordinatorA');
    const base = `/exchange-meetings/${id}/follow-ups`;

    const empty = await coordinator.post(base, {});
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('id="f-description-error"');
    const notInvited = await coordinator.post(base, { description: 'Idegennek', assignee: s.otherOrganization.id, dueOn: today() });
    expect(notInvited.statusCode).toBe(422);
    expect(notInvited.body).toContain('Felelős csak a találkozóra meghívott szervezet vagy az önkéntes központ lehet.');
    expect(notInvited.body).toContain('Idegennek');

    expect((await coordinator.post(base, { description: 'Biztosítás ellenőrzése', assignee: s.organization.id, dueOn: addDays(today(), -2) })).statusCode).toBe(
      303,
    );
    expect((await coordinator.post(base, { description: 'Képzés meghirdetése', assignee: 'center', dueOn: addDays(today(), 14) })).statusCode).toBe(303);
    const rows = await t.db.select().from(exchangeMeetingActions).where(eq(exchangeMeetingActions.meetingId, id));
    const overdue = rows.find((r) => r.description === 'Biztosítás ellenőrzése');
    expect(overdue).toMatchObject({ organizationId: s.organization.id, doneAt: null });
    expect(rows.find((r) => r.description === 'Képzés meghirdetése')?.organizationId).toBeNull();
    expect((await auditRowsFor(t.db, 'exchange_meeting_follow_up', overdue?.id as string))[0]).toMatchObject({ action: 'create' });

    const page = await coordinator.get(`/exchange-meetings/${id}`);
    expect(page.body).toContain('<span class="deadline-overdue">Lejárt</span>');
    expect((await coordinator.get('/exchange-meetings?followUps=overdue')).body).toContain('Teendős találkozó');
    const dashboard = await coordinator.get('/dashboard');
    expect(dashboard.body).toContain('href="/exchange-meetings?followUps=overdue"');

    expect((await coordinator.post(`${base}/${overdue?.id}/done`, { done: 'maybe' })).statusCode).toBe(422);
    expect((await coordinator.post(`${base}/${overdue?.id}/done`, { done: '1' })).statusCode).toBe(303);
    expect(
      (
        await t.db
          .select()
          .from(exchangeMeetingActions)
          .where(eq(exchangeMeetingActions.id, overdue?.id as string))
      )[0]?.doneAt,
    ).toBeInstanceOf(Date);
    expect((await coordinator.get('/exchange-meetings?followUps=overdue')).body).not.toContain('Teendős találkozó');
    expect((await coordinator.get(`/exchange-meetings/${id}`)).body).toContain('Elvégezve:');
    expect((await coordinator.post(`${base}/${overdue?.id}/done`, { done: '0' })).statusCode).toBe(303);
    expect(
      (
        await t.db
          .select()
          .from(exchangeMeetingActions)
          .where(eq(exchangeMeetingActions.id, overdue?.id as string))
      )[0]?.doneAt,
    ).toBeNull();
    expect((await auditRowsFor(t.db, 'exchange_meeting_follow_up', overdue?.id as string)).map((a) => a.action)).toEqual(['create', 'done', 'reopen']);

    const confirm = await coordinator.get(`${base}/${overdue?.id}/delete`);
    expect(confirm.body).toContain('Biztosan törli ezt a teendőt?');
    expect((await coordinator.post(`${base}/${overdue?.id}/delete`, {})).headers.location).toBe(`${base}/${overdue?.id}/delete`);
    expect((await coordinator.post(`${base}/${overdue?.id}/delete`, { confirmed: '1' })).statusCode).toBe(303);
    expect(
      await t.db
        .select()
        .from(exchangeMeetingActions)
        .where(eq(exchangeMeetingActions.id, overdue?.id as string)),
    ).toHaveLength(0);
  });
});

describe('the organization’s own view', () => {
  it('shows its members the meetings it was invited to, whether it attended and its own follow-ups, without the notes', async () => {
    const id = await meeting(addDays(today(), -5), 'Szervezeti nézet');
    await t.db.insert(exchangeMeetingOrganizations).values({ meetingId: id, organizationId: s.organization.id, attended: true });
    await t.db.insert(exchangeMeetingActions).values([
      { meetingId: id, description: 'Önkéntes-koordinátor kijelölése', organizationId: s.organization.id, dueOn: addDays(today(), 10) },
      { meetingId: id, description: 'Központi feladat', organizationId: null, dueOn: addDays(today(), 10) },
    ]);
    const member = await s.client('member');
    const url = `/organizations/${s.organization.id}/exchange-meetings`;
    const page = await member.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Szervezeti nézet');
    expect(page.body).toContain('Részt vett');
    expect(page.body).toContain('Önkéntes-koordinátor kijelölése');
    expect(page.body).not.toContain('Központi feladat');
    expect(page.body).not.toContain('Belső jegyzet');
    const csv = await member.get(`${url}?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Önkéntes-koordinátor kijelölése');
    expect((await member.get(`${url}?format=xlsx`)).statusCode).toBe(200);

    // Another organization's member, a volunteer and another center's staff: refused (403, the organization is public).
    for (const persona of ['otherMember', 'volunteer', 'coordinatorB'] as const) {
      expect((await (await s.client(persona)).get(url)).statusCode, persona).toBe(403);
    }
    expect((await (await s.client('otherMember')).get(`/organizations/${s.otherOrganization.id}/exchange-meetings`)).body).toContain(
      'Szervezetüket még nem hívták meg tapasztalatcsere-találkozóra.',
    );
  });
});
