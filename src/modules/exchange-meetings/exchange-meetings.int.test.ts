import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeMeetingActions, exchangeMeetingOrganizations, exchangeMeetings } from '../../db/schema/index.js';
import { addDays, budapestDay } from '../../platform/budapest-time.js';
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
const meetingIdFrom = (location: unknown) => String(location).split('/').pop() as string;

async function createMeetingAs(persona: 'coordinatorA' | 'national', values: Record<string, string>): Promise<string> {
  const client = await s.client(persona);
  const res = await client.post('/exchange-meetings', values);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
  return meetingIdFrom(res.headers.location);
}

describe('meetings: create, list, edit, delete', () => {
  it('creates a meeting in the coordinator’s center, audited, after showing the form’s errors next to the fields', async () => {
    const coordinator = await s.client('coordinatorA');
    expect((await coordinator.get('/exchange-meetings')).body).toContain('Még nincs tapasztalatcsere-találkozó.');
    const form = await coordinator.get('/exchange-meetings/new');
    expect(form.statusCode).toBe(200);
    expect(form.body).not.toContain('name="centerId"');

    const empty = await coordinator.post('/exchange-meetings', {});
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('id="f-theme-error"');
    expect(empty.body).toContain('id="f-heldOn-error"');
    const badDay = await coordinator.post('/exchange-meetings', { heldOn: '2026-02-30', theme: 'Téma' });
    expect(badDay.statusCode).toBe(422);
    expect(badDay.body).toContain('Érvénytelen érték.');
    const farDay = await coordinator.post('/exchange-meetings', { heldOn: '2199-01-01', theme: 'Téma' });
    expect(farDay.body).toContain('A dátum 2000 és 2099 közé essen.');

    const id = await createMeetingAs('coordinatorA', {
      heldOn: addDays(today(), -3),
      theme: 'Önkéntesek megtartása',
      place: 'Kecskemét, Példa utca 1.',
      notes: 'Első sor\nMásodik sor',
    });
    const [row] = await t.db.select().from(exchangeMeetings).where(eq(exchangeMeetings.id, id));
    expect(row).toMatchObject({ centerId: s.centerA.id, theme: 'Önkéntesek megtartása', createdBy: s.users.coordinatorA.id });
    expect((await auditRowsFor(t.db, 'exchange_meeting', id))[0]).toMatchObject({ action: 'create', centerId: s.centerA.id });

    const page = await coordinator.get(`/exchange-meetings/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<p>Első sor</p><p>Második sor</p>');
    const list = await coordinator.get('/exchange-meetings');
    expect(list.body).toContain('Önkéntesek megtartása');
    const csv = await coordinator.get('/exchange-meetings?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Önkéntesek megtartása');
    expect((await coordinator.get('/exchange-meetings?format=xlsx')).statusCode).toBe(200);
  });

  it('asks the national admin for the center, and only takes one of theirs', async () => {
    const national = await s.client('national');
    expect((await national.get('/exchange-meetings/new')).body).toContain('name="centerId"');
    const missing = await national.post('/exchange-meetings', { heldOn: today(), theme: 'Országos' });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('id="f-centerId-error"');
    const id = await createMeetingAs('national', { heldOn: today(), theme: 'Országos', centerId: s.centerB.id });
    expect((await t.db.select().from(exchangeMeetings).where(eq(exchangeMeetings.id, id)))[0]?.centerId).toBe(s.centerB.id);
    // A coordinator cannot put a meeting into another center.
    const coordinator = await s.client('coordinatorA');
    const foreign = await coordinator.post('/exchange-meetings', { heldOn: today(), theme: 'Idegen', centerId: s.centerB.id });
    expect(foreign.statusCode).toBe(422);
  });

  it('filters upcoming and past meetings and sorts by date', async () => {
    await createMeetingAs('coordinatorA', { heldOn: addDays(today(), 20), theme: 'Közelgő találkozó' });
    const coordinator = await s.client('coordinatorA');
    const upcoming = (await coordinator.get('/exchange-meetings?when=upcoming')).body;
    expect(upcoming).toContain('Közelgő találkozó');
    expect(upcoming).not.toContain('Önkéntesek megtartása');
    const past = (await coordinator.get('/exchange-meetings?when=past')).body;
    expect(past).toContain('Önkéntesek megtartása');
    expect(past).not.toContain('Közelgő találkozó');
    const ascending = (await coordinator.get('/exchange-meetings?sort=date&dir=asc')).body;
    expect(ascending.indexOf('Önkéntesek megtartása')).toBeLessThan(ascending.indexOf('Közelgő találkozó'));
    // Another center's meeting is not in A's list.
    expect(upcoming).not.toContain('Országos');
  });

  it('edits a meeting (audited before and after) and deletes it only after the confirmation', async () => {
    const id = await createMeetingAs('coordinatorA', { heldOn: today(), theme: 'Törlendő' });
    const coordinator = await s.client('coordinatorA');
    const edit = await coordinator.get(`/exchange-meetings/${id}/edit`);
    expect(edit.body).toContain('value="Törlendő"');
    expect((await coordinator.post(`/exchange-meetings/${id}`, { heldOn: today(), theme: '' })).statusCode).toBe(422);
    expect((await coordinator.post(`/exchange-meetings/${id}`, { heldOn: today(), theme: 'Átnevezett' })).statusCode).toBe(303);
    const audit = await auditRowsFor(t.db, 'exchange_meeting', id);
    expect(audit.find((a) => a.action === 'update')).toMatchObject({
      before: expect.objectContaining({ theme: 'Törlendő' }),
      after: expect.objectContaining({ theme: 'Átnevezett' }),
    });
    await t.db.insert(exchangeMeetingOrganizations).values({ meetingId: id, organizationId: s.organization.id });
    const confirm = await coordinator.get(`/exchange-meetings/${id}/delete`);
    expect(confirm.body).toContain('1 meghívás és 0 teendő');
    const unconfirmed = await coordinator.post(`/exchange-meetings/${id}/delete`, {});
    expect(unconfirmed.statusCode).toBe(303);
    expect(unconfirmed.headers.location).toBe(`/exchange-meetings/${id}/delete`);
    expect(await t.db.select().from(exchangeMeetings).where(eq(exchangeMeetings.id, id))).toHaveLength(1);
    expect((await coordinator.post(`/exchange-meetings/${id}/delete`, { confirmed: '1' })).statusCode).toBe(303);
    expect(await t.db.select().from(exchangeMeetings).where(eq(exchangeMeetings.id, id))).toHaveLength(0);
    expect(await t.db.select().from(exchangeMeetingOrganizations).where(eq(exchangeMeetingOrganizations.meetingId, id))).toHaveLength(0);
    expect((await auditRowsFor(t.db, 'exchange_meeting', id)).at(-1)).toMatchObject({ action: 'delete' });
  });
});

describe('who may hold meetings', () => {
  it('refuses those without trainings.manage (403) and hides a meeting from another center’s staff (404)', async () => {
    const id = await createMeetingAs('coordinatorA', { heldOn: today(), theme: 'Titkos' });
    for (const persona of ['pointCoordinatorA', 'member', 'volunteer'] as const) {
      const client = await s.client(persona);
      expect((await client.get('/exchange-meetings')).statusCode, persona).toBe(403);
      expect((await client.get(`/exchange-meetings/${id}`)).statusCode, persona).toBe(403);
      expect((await client.post('/exchange-meetings', { heldOn: today(), theme: 'x' })).statusCode, persona).toBe(403);
    }
    const other = await s.client('coordinatorB');
    expect((await other.get('/exchange-meetings')).body).not.toContain('Titkos');
    for (const path of ['', '/edit', '/delete', '/invitations']) expect((await other.get(`/exchange-meetings/${id}${path}`)).statusCode, path).toBe(404);
    expect((await other.post(`/exchange-meetings/${id}`, { heldOn: today(), theme: 'Feltört' })).statusCode).toBe(404);
    expect((await other.post(`/exchange-meetings/${id}/delete`, { confirmed: '1' })).statusCode).toBe(404);
    expect((await other.post(`/exchange-meetings/${id}/follow-ups`, { description: 'x', assignee: 'center', dueOn: today() })).statusCode).toBe(404);
    expect((await t.db.select().from(exchangeMeetings).where(eq(exchangeMeetings.id, id)))[0]?.theme).toBe('Titkos');
    expect((await (await s.client('national')).get(`/exchange-meetings/${id}`)).statusCode).toBe(200);
    expect((await (await s.client('anonymous')).get('/exchange-meetings')).statusCode).toBe(303);
  });
});

describe('a follow-up of another meeting', () => {
  it('is not found under this meeting', async () => {
    const first = await createMeetingAs('coordinatorA', { heldOn: today(), theme: 'Első' });
    const second = await createMeetingAs('coordinatorA', { heldOn: today(), theme: 'Második' });
    const [followUp] = await t.db
      .insert(exchangeMeetingActions)
      .values({ meetingId: first, description: 'Az elsőé', dueOn: today() })
      .returning({ id: exchangeMeetingActions.id });
    const coordinator = await s.client('coordinatorA');
    expect((await coordinator.get(`/exchange-meetings/${second}/follow-ups/${followUp?.id}/delete`)).statusCode).toBe(404);
    expect((await coordinator.post(`/exchange-meetings/${second}/follow-ups/${followUp?.id}/done`, { done: '1' })).statusCode).toBe(404);
  });
});
