import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations, vettingEvents } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { auditFor, createOrganizationTenants, mailsTo, organizationByName, validRegistration } from './organizations-test-support.js';

let t: TestApp;
let x: Awaited<ReturnType<typeof createOrganizationTenants>>;
beforeAll(async () => {
  t = await createTestApp();
  x = await createOrganizationTenants(t);
});
afterAll(async () => {
  await t.close();
});

/** A submitted organization in center A with one admin member (who also gets the e-mails). */
async function submitted(overrides: Record<string, string | string[]> = {}) {
  const member = await x.person('Tag');
  const client = await x.client(member.id);
  const form = validRegistration(overrides);
  expect((await client.post('/organizations/register', form)).statusCode).toBe(303);
  const org = await organizationByName(t, form.name as string);
  if (!org) throw new Error('not registered');
  return { org, member, client, form };
}

const statusOf = async (id: string) => (await t.db.select().from(organizations).where(eq(organizations.id, id)))[0]?.status;
const timeline = async (id: string) =>
  (await t.db.select().from(vettingEvents).where(eq(vettingEvents.subjectId, id)).orderBy(vettingEvents.id)).map((e) => `${e.fromStatus ?? '-'}→${e.toStatus}`);

describe('who may vet', () => {
  it.each([
    ['center B admin', 'center_admin', 'B', [403, 404]],
    ['point coordinator of A', 'point_coordinator', 'pointA', [403]],
    ['organization staff of A', 'org_staff', 'A', [403]],
  ] as const)('%s cannot vet', async (_label, role, tenant, statuses) => {
    const { org } = await submitted();
    const outsider = await x.person('Kívülálló', role, tenant);
    const res = await (await x.client(outsider.id)).post(`/organizations/${org.id}/vet`, { decision: 'approve', reason: '' });
    expect(statuses).toContain(res.statusCode);
    expect(await statusOf(org.id)).toBe('submitted');
  });

  it('the organization’s own members cannot vet it', async () => {
    const { org, client } = await submitted();
    const res = await client.post(`/organizations/${org.id}/vet`, { decision: 'approve', reason: '' });
    expect(res.statusCode).toBe(403);
    expect(await statusOf(org.id)).toBe('submitted');
  });

  it('center B’s admin does not even see a submitted organization of A', async () => {
    const { org } = await submitted();
    const adminB = await x.person('B admin', 'center_admin', 'B');
    expect((await (await x.client(adminB.id)).get(`/organizations/${org.id}`)).statusCode).toBe(404);
  });

  it('the point coordinator sees an organization attached to their point, but gets no vetting form', async () => {
    const { org } = await submitted({ pointId: x.pointA.id });
    const pc = await x.person('Pontos', 'point_coordinator', 'pointA');
    const res = await (await x.client(pc.id)).get(`/organizations/${org.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Jóváhagyási előzmények');
    expect(res.body).not.toContain(`/organizations/${org.id}/vet`);
  });
});

describe('vetting decisions', () => {
  it('requires a reason to return or reject, shown next to the field', async () => {
    const { org } = await submitted();
    const admin = await x.person('Vezető', 'center_admin');
    const client = await x.client(admin.id);
    for (const decision of ['needs_changes', 'reject']) {
      const res = await client.post(`/organizations/${org.id}/vet`, { decision, reason: '  ' });
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain('id="f-reason-error"');
      expect(res.body).toContain('indoklás szükséges');
    }
    const bad = await client.post(`/organizations/${org.id}/vet`, { decision: 'maybe', reason: 'x' });
    expect(bad.statusCode).toBe(422);
    expect(await statusOf(org.id)).toBe('submitted');
  });

  it('returns for changes, members resubmit, then the center approves: timeline, e-mails, audit', async () => {
    const { org, member, client } = await submitted();
    const coordinator = await x.person('Koordinátor', 'center_coordinator');
    const staff = await x.client(coordinator.id);

    const back = await staff.post(`/organizations/${org.id}/vet`, { decision: 'needs_changes', reason: 'Hiányzik az alapító okirat száma.' });
    expect(back.statusCode).toBe(303);
    expect(await statusOf(org.id)).toBe('needs_changes');
    const mails = await mailsTo(t, member.email);
    expect(mails.some((m) => m.subject.startsWith('Módosítás szükséges') && m.textBody.includes('Hiányzik az alapító okirat száma.'))).toBe(true);

    const page = await client.get(`/organizations/${org.id}`);
    expect(page.body).toContain('Módosítás szükséges');
    expect(page.body).toContain('Hiányzik az alapító okirat száma.');
    expect(page.body).toContain(`/organizations/${org.id}/submit`);

    expect((await client.post(`/organizations/${org.id}/submit`)).statusCode).toBe(303);
    expect(await statusOf(org.id)).toBe('submitted');
    // Resubmitting twice does nothing more.
    await client.post(`/organizations/${org.id}/submit`);
    expect(await timeline(org.id)).toEqual(['-→submitted', 'submitted→needs_changes', 'needs_changes→submitted']);

    expect((await staff.post(`/organizations/${org.id}/vet`, { decision: 'approve', reason: '' })).statusCode).toBe(303);
    expect(await statusOf(org.id)).toBe('approved');
    expect((await mailsTo(t, member.email)).some((m) => m.subject.startsWith('Jóváhagytuk'))).toBe(true);
    expect(await timeline(org.id)).toEqual(['-→submitted', 'submitted→needs_changes', 'needs_changes→submitted', 'submitted→approved']);
    const actions = (await auditFor(t, 'organization', org.id)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['create', 'vet.needs_changes', 'submit', 'vet.approve']));

    const shown = await staff.get(`/organizations/${org.id}`);
    expect(shown.body).toContain('Jóváhagyási előzmények');
    expect(shown.body).toContain('Teszt Koordinátor');
  });

  it('a rejection is final: no more decisions, edits or resubmission', async () => {
    const { org, member, client } = await submitted();
    const coordinator = await x.person('Elutasító', 'center_coordinator');
    const staff = await x.client(coordinator.id);
    expect((await staff.post(`/organizations/${org.id}/vet`, { decision: 'reject', reason: 'Nem közérdekű tevékenység.' })).statusCode).toBe(303);
    expect((await mailsTo(t, member.email)).some((m) => m.subject.startsWith('Elutasítva'))).toBe(true);
    const again = await staff.post(`/organizations/${org.id}/vet`, { decision: 'approve', reason: '' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('állapota időközben megváltozott');
    const edit = await client.get(`/organizations/${org.id}/edit`);
    expect(edit.statusCode).toBe(303);
    await client.post(`/organizations/${org.id}/submit`);
    expect(await statusOf(org.id)).toBe('rejected');
    expect((await (await x.client()).get(`/organizations/${org.id}`)).statusCode).toBe(404);
  });
});

describe('editing', () => {
  it('keeps an approved organization approved for contact changes, sends it back on legal data changes', async () => {
    const { org, client, form } = await submitted();
    const coordinator = await x.person('Jóváhagyó', 'center_coordinator');
    await (await x.client(coordinator.id)).post(`/organizations/${org.id}/vet`, { decision: 'approve', reason: '' });

    const editPage = await client.get(`/organizations/${org.id}/edit`);
    expect(editPage.statusCode).toBe(200);
    expect(editPage.body).toContain('újra jóváhagyásra kerül');
    expect(editPage.body).toContain('value="10773381-2-17"');
    expect(editPage.body).toMatch(/<textarea[^>]*name="description"[^>]*>Faültetés és patakparti takarítás a megyében.<\/textarea>/);
    expect(editPage.body).toMatch(/<input[^>]*value="kornyezetvedelem"[^>]*checked/);

    const contact = await client.post(`/organizations/${org.id}`, { ...form, phone: '+36 30 999 8888' });
    expect(contact.statusCode).toBe(303);
    expect(await statusOf(org.id)).toBe('approved');

    const legal = await client.post(`/organizations/${org.id}`, { ...form, name: `${form.name as string} Alapítvány` });
    expect(legal.statusCode).toBe(303);
    expect(await statusOf(org.id)).toBe('submitted');
    expect((await timeline(org.id)).at(-1)).toBe('approved→submitted');
    expect((await (await x.client()).get(`/organizations/${org.id}`)).statusCode).toBe(404);
    expect((await auditFor(t, 'organization', org.id)).filter((a) => a.action === 'update')).toHaveLength(2);
  });

  it('lets only members edit; validation errors come back next to the fields', async () => {
    const { org, client, form } = await submitted();
    const stranger = await x.person('Idegen');
    // A submitted organization is not public yet: to a stranger it does not exist (ADR 003).
    expect((await (await x.client(stranger.id)).get(`/organizations/${org.id}/edit`)).statusCode).toBe(404);
    const res = await (await x.client(stranger.id)).post(`/organizations/${org.id}`, { ...form, name: 'Eltérített' });
    expect(res.statusCode).toBe(404);
    const invalid = await client.post(`/organizations/${org.id}`, { ...form, taxNumber: '1' });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.body).toContain('id="f-taxNumber-error"');
  });
});
