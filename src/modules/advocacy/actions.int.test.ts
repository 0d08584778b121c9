import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advocacyActions, advocacyDocuments } from '../../db/schema/index.js';
import { placeByName } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { tinyPdf } from './advocacy-fixtures.js';
import { type AdvocacyScene, actionForm, advocacyScene, auditOf, idFrom, stakeholderForm, upload } from './advocacy-test-support.js';

/** Advocacy actions with their stakeholders, the timelines, and the documents of an action. */
let t: TestApp;
let s: AdvocacyScene;
let mayor: string;
let school: string;
beforeAll(async () => {
  t = await createTestApp();
  s = await advocacyScene(t);
  const create = async (form: Record<string, string>) => idFrom((await s.coordinator.client.post('/advocacy/stakeholders', form)).headers.location);
  mayor = await create(stakeholderForm({ name: 'Idővonal Község Önkormányzata' }));
  school = await create(stakeholderForm({ name: 'Idővonal Általános Iskola', kind: 'institution' }));
});
afterAll(async () => {
  await t?.close();
});

async function createAction(form: Record<string, string | string[]>) {
  const res = await s.coordinator.client.post('/advocacy/actions', form);
  expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
  return idFrom(res.headers.location);
}

describe('actions and timelines', () => {
  it('stores an action with its stakeholders, audits it, and shows the timelines newest first', async () => {
    const older = await createAction(actionForm({ title: 'Első levél', kind: 'letter', heldOn: '2026-09-01', stakeholderIds: [mayor] }));
    const newer = await createAction(
      actionForm({
        title: 'Második egyeztetés',
        heldOn: '2026-11-20',
        stakeholderIds: [mayor, school],
        outcome: 'Támogatják.',
        followUp: 'Javaslat küldése',
        followUpOn: '2026-12-01',
      }),
    );
    const [stored] = await t.db.select().from(advocacyActions).where(eq(advocacyActions.id, newer));
    expect(stored).toMatchObject({ centerId: s.center.id, kind: 'meeting', heldOn: '2026-11-20', outcome: 'Támogatják.', followUpOn: '2026-12-01' });
    const [audit] = await auditOf(t.db, newer);
    expect(audit).toMatchObject({ action: 'advocacy.action.create', actorUserId: s.coordinator.user.id });
    const timeline = (await s.coordinator.client.get(`/advocacy/stakeholders/${mayor}`)).body;
    expect(timeline.indexOf('Második egyeztetés')).toBeGreaterThan(0);
    expect(timeline.indexOf('Második egyeztetés')).toBeLessThan(timeline.indexOf('Első levél'));
    expect((await s.coordinator.client.get(`/advocacy/stakeholders/${school}`)).body).not.toContain('Első levél');
    const kecskemet = await placeByName(t.db, 'Kecskemét');
    const settlement = await s.coordinator.client.get(`/advocacy/settlements/${kecskemet.id}`);
    expect(settlement.statusCode).toBe(200);
    expect(settlement.body).toContain('Második egyeztetés');
    expect(settlement.body).toContain('Idővonal Általános Iskola');
    expect((await s.foreignCoordinator.client.get(`/advocacy/settlements/${kecskemet.id}`)).body).not.toContain('Második egyeztetés');
    const filtered = await s.coordinator.client.get(`/advocacy/actions?stakeholder=${school}`);
    expect(filtered.body).toContain('Második egyeztetés');
    expect(filtered.body).not.toContain('Első levél');
    const byDays = await s.coordinator.client.get('/advocacy/actions?from=2026-10-01&to=2026-12-31&kind=meeting');
    expect(byDays.body).toContain('Második egyeztetés');
    expect(byDays.body).not.toContain('Első levél');
    expect(older).not.toBe(newer);
    const csv = await s.coordinator.client.get('/advocacy/actions?format=csv');
    expect(csv.body).toContain('Idővonal Általános Iskola, Idővonal Község Önkormányzata');
  });

  it('refuses a stakeholder of another center, a missing title and a follow-up day without its step', async () => {
    const foreign = idFrom(
      (await s.foreignCoordinator.client.post('/advocacy/stakeholders', stakeholderForm({ name: 'Idegen Önkormányzat' }))).headers.location,
    );
    const res = await s.coordinator.client.post('/advocacy/actions', actionForm({ stakeholderIds: [foreign] }));
    expect(res.statusCode).toBe(422);
    const bad = await s.coordinator.client.post('/advocacy/actions', actionForm({ title: '', heldOn: '2026-02-30' }));
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('id="f-title-error"');
    expect(bad.body).toContain('id="f-heldOn-error"');
    const noStep = await s.coordinator.client.post('/advocacy/actions', actionForm({ followUpOn: '2026-12-01' }));
    expect(noStep.statusCode).toBe(422);
    expect(noStep.body).toContain('Írja le, mi a következő lépés');
  });

  it('filters the stakeholder checkboxes by name and keeps the chosen ones', async () => {
    const page = await s.coordinator.client.get(`/advocacy/actions/new?who=iskola&stakeholder=${mayor}`);
    expect(page.body).toContain('Idővonal Általános Iskola');
    expect(page.body).toContain('Idővonal Község Önkormányzata');
    const onlySchool = await s.coordinator.client.get('/advocacy/actions/new?who=iskola');
    expect(onlySchool.body).not.toContain('Idővonal Község Önkormányzata');
  });

  it('lists the actions whose next step is due and puts them on the dashboard of the center staff only', async () => {
    await createAction(actionForm({ title: 'Lejárt utánkövetés', followUp: 'Visszahívni', followUpOn: '2020-01-15' }));
    await createAction(actionForm({ title: 'Későbbi utánkövetés', followUp: 'Visszahívni', followUpOn: '2099-01-15' }));
    const due = await s.coordinator.client.get('/advocacy/actions?followUp=due');
    expect(due.body).toContain('Lejárt utánkövetés');
    expect(due.body).not.toContain('Későbbi utánkövetés');
    expect((await s.coordinator.client.get('/dashboard')).body).toContain('href="/advocacy/actions?followUp=due"');
    expect((await s.foreignCoordinator.client.get('/dashboard')).body).not.toContain('/advocacy/actions?followUp=due');
    expect((await s.pointCoordinator.client.get('/dashboard')).body).not.toContain('/advocacy/actions?followUp=due');
  });

  it('edits and deletes an action after a confirmation page; strangers get 404, other roles 403', async () => {
    const id = await createAction(actionForm({ title: 'Törlendő rendezvény', kind: 'event' }));
    expect(
      (await s.admin.client.post(`/advocacy/actions/${id}`, actionForm({ title: 'Átnevezett rendezvény', kind: 'event', stakeholderIds: school }))).statusCode,
    ).toBe(303);
    expect((await s.coordinator.client.get(`/advocacy/stakeholders/${school}`)).body).toContain('Átnevezett rendezvény');
    for (const url of [`/advocacy/actions/${id}`, `/advocacy/actions/${id}/edit`, `/advocacy/actions/${id}/delete`]) {
      expect((await s.foreignCoordinator.client.get(url)).statusCode).toBe(404);
      expect((await s.pointCoordinator.client.get(url)).statusCode).toBe(403);
      expect((await s.volunteer.client.get(url)).statusCode).toBe(403);
      expect((await s.orgMember.client.get(url)).statusCode).toBe(403);
    }
    expect((await s.foreignCoordinator.client.post(`/advocacy/actions/${id}/delete`)).statusCode).toBe(404);
    expect((await s.coordinator.client.get(`/advocacy/actions/${id}/delete`)).body).toContain(`action="/advocacy/actions/${id}/delete"`);
    expect((await s.coordinator.client.post(`/advocacy/actions/${id}/delete`)).statusCode).toBe(303);
    expect(await t.db.select().from(advocacyActions).where(eq(advocacyActions.id, id))).toEqual([]);
    expect((await auditOf(t.db, id)).map((a) => a.action)).toEqual(['advocacy.action.create', 'advocacy.action.update', 'advocacy.action.delete']);
  });
});

describe('documents', () => {
  let actionId: string;
  beforeAll(async () => {
    actionId = await createAction(actionForm({ title: 'Dokumentumos javaslat', kind: 'proposal' }));
  });

  it('uploads a PDF, offers it for download as an attachment, and deletes it after confirmation', async () => {
    await s.coordinator.client.get(`/advocacy/actions/${actionId}`);
    const res = await upload(t, s.coordinator.client, actionId, { name: 'javaslat.pdf', content: tinyPdf });
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    const [doc] = await t.db.select().from(advocacyDocuments).where(eq(advocacyDocuments.actionId, actionId));
    expect(doc).toMatchObject({ fileName: 'javaslat.pdf', contentType: 'application/pdf', sizeBytes: tinyPdf.length, uploadedBy: s.coordinator.user.id });
    const id = doc?.id as string;
    const download = await s.admin.client.get(`/advocacy/actions/${actionId}/documents/${id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('attachment; filename="javaslat.pdf"');
    expect(download.rawPayload.equals(tinyPdf)).toBe(true);
    expect((await s.foreignCoordinator.client.get(`/advocacy/actions/${actionId}/documents/${id}`)).statusCode).toBe(404);
    expect((await s.pointCoordinator.client.get(`/advocacy/actions/${actionId}/documents/${id}`)).statusCode).toBe(403);
    expect((await s.coordinator.client.get(`/advocacy/actions/${actionId}/documents/${id}/delete`)).statusCode).toBe(200);
    expect((await s.coordinator.client.post(`/advocacy/actions/${actionId}/documents/${id}/delete`)).statusCode).toBe(303);
    expect(await t.db.select().from(advocacyDocuments).where(eq(advocacyDocuments.id, id))).toEqual([]);
    expect((await auditOf(t.db, id)).map((a) => a.action)).toEqual(['advocacy.document.upload', 'advocacy.document.delete']);
  });

  it('accepts a DOCX by its content and refuses other types, a missing file and one over 10 MiB with a Hungarian error', async () => {
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml....')]);
    expect((await upload(t, s.coordinator.client, actionId, { name: 'level', content: docx })).statusCode).toBe(303);
    const [stored] = await t.db.select().from(advocacyDocuments).where(eq(advocacyDocuments.actionId, actionId));
    expect(stored).toMatchObject({ fileName: 'level.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const fake = await upload(t, s.coordinator.client, actionId, { name: 'virus.pdf', content: Buffer.from('MZ not a pdf') });
    expect(fake.statusCode).toBe(422);
    expect(fake.body).toContain('Csak PDF vagy Word (DOCX) dokumentumot tölthet fel.');
    const zip = await upload(t, s.coordinator.client, actionId, {
      name: 'archive.docx',
      content: Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('xl/workbook.xml')]),
    });
    expect(zip.statusCode).toBe(422);
    const none = await upload(t, s.coordinator.client, actionId, undefined);
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain('Válasszon ki egy feltöltendő fájlt.');
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await upload(t, s.coordinator.client, actionId, { name: 'nagy.pdf', content: big });
    expect(tooBig.statusCode).toBe(422);
    expect(tooBig.body).toContain('A fájl legfeljebb 10 MB méretű lehet.');
    expect(await t.db.select({ id: advocacyDocuments.id }).from(advocacyDocuments).where(eq(advocacyDocuments.actionId, actionId))).toHaveLength(1);
  });

  it('refuses an upload without a valid CSRF token, and strangers', async () => {
    expect((await upload(t, s.coordinator.client, actionId, { name: 'a.pdf', content: tinyPdf }, null)).statusCode).toBe(403);
    expect((await upload(t, s.coordinator.client, actionId, { name: 'a.pdf', content: tinyPdf }, 'forged-token')).statusCode).toBe(403);
    expect((await s.coordinator.client.post(`/advocacy/actions/${actionId}/documents`, {}, { csrf: false })).statusCode).toBe(403);
    await s.foreignCoordinator.client.get('/advocacy/actions');
    expect((await upload(t, s.foreignCoordinator.client, actionId, { name: 'a.pdf', content: tinyPdf })).statusCode).toBe(404);
    await s.pointCoordinator.client.get('/');
    expect((await upload(t, s.pointCoordinator.client, actionId, { name: 'a.pdf', content: tinyPdf })).statusCode).toBe(403);
    expect(await t.db.select({ id: advocacyDocuments.id }).from(advocacyDocuments).where(eq(advocacyDocuments.actionId, actionId))).toHaveLength(1);
  });
});
