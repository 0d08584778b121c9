import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stakeholders } from '../../db/schema/index.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { anonymiseVolunteer } from '../erasure/anonymiser.js';
import { type AdvocacyScene, advocacyScene, auditOf, idFrom, stakeholderForm } from './advocacy-test-support.js';

/** Stakeholders: the legal-basis rule of contact data, its removal, who may do what, the list. */
let t: TestApp;
let s: AdvocacyScene;
beforeAll(async () => {
  t = await createTestApp();
  s = await advocacyScene(t);
});
afterAll(async () => {
  await t?.close();
});

const row = async (id: string) => (await t.db.select().from(stakeholders).where(eq(stakeholders.id, id)))[0];

async function create(form: Record<string, string>) {
  const res = await s.coordinator.client.post('/advocacy/stakeholders', form);
  expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
  return idFrom(res.headers.location);
}

describe('the contact person and the legal basis', () => {
  it('refuses contact data without a legal basis, with a Hungarian error next to each field', async () => {
    const res = await s.coordinator.client.post(
      '/advocacy/stakeholders',
      stakeholderForm({ contactName: 'Nagy Péter', contactEmail: 'nagy.peter@example.hu' }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.body.match(/Kapcsolattartó adatait csak az adatkezelés jogalapjának megadásával rögzítheti/g)?.length).toBeGreaterThanOrEqual(2);
    expect(res.body).toContain('value="nagy.peter@example.hu"');
  });

  it('stores the contact with a legal basis, the tags lower-cased, audits it without the contact', async () => {
    const id = await create(
      stakeholderForm({
        contactName: 'Nagy Péter',
        contactEmail: 'Nagy.Peter@example.hu',
        contactPhone: '+36 30 123 4567',
        contactLegalBasis: 'public_role',
        ownerUserId: s.admin.user.id,
      }),
    );
    expect(await row(id)).toMatchObject({
      centerId: s.center.id,
      contactName: 'Nagy Péter',
      contactEmail: 'nagy.peter@example.hu',
      contactLegalBasis: 'public_role',
      ownerUserId: s.admin.user.id,
      tags: ['oktatás', 'ifjúság'],
      createdBy: s.coordinator.user.id,
    });
    const [audit] = await auditOf(t.db, id);
    expect(audit).toMatchObject({ action: 'advocacy.stakeholder.create', centerId: s.center.id, actorUserId: s.coordinator.user.id });
    expect(JSON.stringify(audit?.after)).not.toContain('Nagy');
    const page = await s.coordinator.client.get(`/advocacy/stakeholders/${id}`);
    expect(page.body).toContain('Nagy Péter');
  });

  it('removes the contact after a confirmation page, sets the erasure time and audits it', async () => {
    const id = await create(
      stakeholderForm({ name: 'Kontakt Kft.', kind: 'company', contactName: 'Szabó Éva', contactPhone: '06 1 234 5678', contactLegalBasis: 'consent' }),
    );
    const confirm = await s.coordinator.client.get(`/advocacy/stakeholders/${id}/erase-contact`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain(`action="/advocacy/stakeholders/${id}/erase-contact"`);
    const res = await s.coordinator.client.post(`/advocacy/stakeholders/${id}/erase-contact`);
    expect(res.statusCode).toBe(303);
    const after = await row(id);
    expect(after).toMatchObject({ contactName: null, contactEmail: null, contactPhone: null, contactLegalBasis: null });
    expect(after?.contactErasedAt).toBeInstanceOf(Date);
    const audits = await auditOf(t.db, id);
    expect(audits.map((a) => a.action)).toEqual(['advocacy.stakeholder.create', 'advocacy.stakeholder.contactErased']);
    expect(JSON.stringify(audits)).not.toContain('Szabó');
    expect((await s.coordinator.client.get(`/advocacy/stakeholders/${id}`)).body).not.toContain('Szabó Éva');
  });

  it('removes a contact when the person with that e-mail address is erased (the erasure module)', async () => {
    const id = await create(
      stakeholderForm({
        name: 'Törlési Egyesület',
        kind: 'institution',
        contactName: 'Erasmus Ede',
        contactEmail: 'ede@example.hu',
        contactLegalBasis: 'consent',
      }),
    );
    const keep = await create(
      stakeholderForm({
        name: 'Maradó Egyesület',
        kind: 'institution',
        contactName: 'Más Mária',
        contactEmail: 'maria@example.hu',
        contactLegalBasis: 'consent',
      }),
    );
    const volunteer = await createVolunteer(t.db, { centerId: s.center.id, email: 'Ede@example.hu' });
    await t.db.transaction((tx) => anonymiseVolunteer(tx, volunteer.id, new Date()));
    expect(await row(id)).toMatchObject({ contactName: null, contactEmail: null, contactLegalBasis: null });
    expect((await row(id))?.contactErasedAt).toBeInstanceOf(Date);
    expect(await row(keep)).toMatchObject({ contactName: 'Más Mária' });
  });

  it('edits a stakeholder and refuses an owner who is not on the center staff', async () => {
    const id = await create(stakeholderForm({ name: 'Szerkesztendő Iskola', kind: 'institution' }));
    const bad = await s.coordinator.client.post(
      `/advocacy/stakeholders/${id}`,
      stakeholderForm({ name: 'Szerkesztett Iskola', ownerUserId: s.foreignCoordinator.user.id }),
    );
    expect(bad.statusCode).toBe(422);
    const ok = await s.admin.client.post(
      `/advocacy/stakeholders/${id}`,
      stakeholderForm({ name: 'Szerkesztett Iskola', kind: 'institution', ownerUserId: s.coordinator.user.id }),
    );
    expect(ok.statusCode).toBe(303);
    expect(await row(id)).toMatchObject({ name: 'Szerkesztett Iskola', ownerUserId: s.coordinator.user.id });
    expect((await auditOf(t.db, id)).map((a) => a.action)).toContain('advocacy.stakeholder.update');
  });
});

describe('who may work with stakeholders', () => {
  let id: string;
  beforeAll(async () => {
    id = await create(stakeholderForm({ name: 'Jogosultság Megyei Lap', kind: 'media' }));
  });

  it("hides a center's stakeholder from the coordinator of another center (404) but not from a national admin", async () => {
    for (const url of [`/advocacy/stakeholders/${id}`, `/advocacy/stakeholders/${id}/edit`, `/advocacy/stakeholders/${id}/erase-contact`]) {
      expect((await s.foreignCoordinator.client.get(url)).statusCode).toBe(404);
    }
    expect((await s.foreignCoordinator.client.post(`/advocacy/stakeholders/${id}`, stakeholderForm())).statusCode).toBe(404);
    expect((await s.foreignCoordinator.client.post(`/advocacy/stakeholders/${id}/erase-contact`)).statusCode).toBe(404);
    expect((await s.foreignCoordinator.client.get('/advocacy/stakeholders')).body).not.toContain('Jogosultság Megyei Lap');
    expect((await s.nationalAdmin.client.get(`/advocacy/stakeholders/${id}`)).statusCode).toBe(200);
  });

  it('refuses point coordinators, volunteers and organization members (403)', async () => {
    for (const who of [s.pointCoordinator, s.volunteer, s.orgMember]) {
      expect((await who.client.get('/advocacy/stakeholders')).statusCode).toBe(403);
      expect((await who.client.get(`/advocacy/stakeholders/${id}`)).statusCode).toBe(403);
      expect((await who.client.post('/advocacy/stakeholders', stakeholderForm())).statusCode).toBe(403);
    }
  });
});

describe('the stakeholder list', () => {
  it('filters by kind, tag and name, sorts in Hungarian order and exports CSV', async () => {
    for (const name of ['Zöld Egyesület', 'Ádám Bt.', 'Csuka Zrt.', 'Cukrászda Kft.'])
      await create(stakeholderForm({ name, kind: 'company', tags: 'gazdaság' }));
    const list = await s.coordinator.client.get('/advocacy/stakeholders?kind=company&tag=gazdaság&sort=name');
    expect(list.statusCode, list.body.slice(0, 3000)).toBe(200);
    const order = ['Ádám Bt.', 'Cukrászda Kft.', 'Csuka Zrt.', 'Zöld Egyesület'].map((n) => list.body.indexOf(n));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect((await s.coordinator.client.get('/advocacy/stakeholders?q=csuka')).body).toContain('Csuka Zrt.');
    const csv = await s.coordinator.client.get('/advocacy/stakeholders?format=csv&tag=gazdaság');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Zöld Egyesület');
    const xlsx = await s.coordinator.client.get('/advocacy/stakeholders?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
  });
});
