import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vettingEvents } from '../../db/schema/index.js';
import { createOpportunity, createOrganization } from '../../test-support/brokering-factories.js';
import { createPoint, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { auditRows, buildOpportunityWorld, mailsTo, opportunityRow, validForm } from './opportunities-test-support.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildOpportunityWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildOpportunityWorld(t);
});
afterAll(async () => {
  await t?.close();
});

const idFromLocation = (location: unknown) => /\/opportunities\/([0-9a-f-]{36})\/edit$/.exec(String(location))?.[1] as string;

async function events(opportunityId: string) {
  return t.db
    .select()
    .from(vettingEvents)
    .where(and(eq(vettingEvents.subjectType, 'opportunity'), eq(vettingEvents.subjectId, opportunityId)))
    .orderBy(vettingEvents.id);
}

describe('creating an opportunity', () => {
  it('lets a member of an approved organization create a draft in the organization’s center, with an audit row', async () => {
    const member = await w.clientOf(w.member);
    expect((await member.get(`/organizations/${w.organization.id}/opportunities/new`)).statusCode).toBe(200);
    const res = await member.post(`/organizations/${w.organization.id}/opportunities`, validForm());
    expect(res.statusCode).toBe(303);
    const id = idFromLocation(res.headers.location);
    const row = await opportunityRow(t.db, id);
    expect(row).toMatchObject({
      status: 'draft',
      centerId: w.centerA.id,
      organizationId: w.organization.id,
      causes: ['kornyezetvedelem'],
      languages: ['hu', 'en'],
      minAge: 14,
      requiredQualifications: ['Elsősegély', 'Ásás'],
      groupFriendly: true,
      remote: false,
      createdBy: w.member.id,
    });
    expect(row?.lat).toBeGreaterThan(46);
    expect(row?.placeId).not.toBeNull();
    const audit = await auditRows(t.db, 'opportunity', id);
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(audit[0]?.actorUserId).toBe(w.member.id);
    const page = await member.get(`/opportunities/${id}/edit`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Piszkozat');
    expect(page.body).toContain('Beküldés ellenőrzésre');
  });

  it('refuses non-members (403) and creates nothing', async () => {
    const stranger = await w.clientOf(w.stranger);
    expect((await stranger.get(`/organizations/${w.organization.id}/opportunities/new`)).statusCode).toBe(403);
    const title = 'Idegen lehetőség próbája';
    const res = await stranger.post(`/organizations/${w.organization.id}/opportunities`, validForm({ title }));
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain(title);
    const coordinator = await w.clientOf(w.coordinatorA);
    expect((await coordinator.post(`/organizations/${w.organization.id}/opportunities`, validForm())).statusCode).toBe(403);
  });

  it('refuses an organization the center has not approved: no create, no submit', async () => {
    const pending = await w.clientOf(w.pendingMember);
    expect((await pending.get(`/organizations/${w.pendingOrganization.id}/opportunities/new`)).statusCode).toBe(403);
    expect((await pending.post(`/organizations/${w.pendingOrganization.id}/opportunities`, validForm())).statusCode).toBe(403);
    const list = await pending.get(`/organizations/${w.pendingOrganization.id}/opportunities`);
    expect(list.body).toContain('ha az Önkéntes Központ jóváhagyta a szervezetet');
    const draft = await createOpportunity(t.db, w.pendingOrganization, { status: 'draft', publishedAt: null });
    expect((await pending.post(`/opportunities/${draft.id}/submit`)).statusCode).toBe(403);
    expect((await opportunityRow(t.db, draft.id))?.status).toBe('draft');
  });

  it('shows Hungarian errors next to the fields and keeps what was typed', async () => {
    const member = await w.clientOf(w.member);
    const res = await member.post(
      `/organizations/${w.organization.id}/opportunities`,
      validForm({ title: '', place: '', minAge: '8', causes: ['nincs-ilyen-ugy'], contactEmail: 'nem-cim', description: 'Megmarad ez a leírás' }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Az alábbi mezőket javítani kell:');
    expect(res.body).toContain('Kötelező mező.');
    expect(res.body).toContain('Adja meg a települést, vagy jelölje, hogy a munka távolról végezhető.');
    expect(res.body).toContain('A korhatár 10 és 99 év közötti egész szám lehet.');
    expect(res.body).toContain('A felsorolt lehetőségek egyikét kell választani.');
    expect(res.body).toContain('Érvénytelen e-mail-cím.');
    expect(res.body).toContain('Megmarad ez a leírás');
    expect(res.body).toMatch(/value="en"[^>]*checked|checked[^>]*value="en"/);
    const unknownPlace = await member.post(`/organizations/${w.organization.id}/opportunities`, validForm({ place: 'Nincsilyenfalva' }));
    expect(unknownPlace.statusCode).toBe(422);
    expect(unknownPlace.body).toContain('Nem találtunk ilyen települést.');
  });

  it('accepts a remote opportunity without a settlement', async () => {
    const member = await w.clientOf(w.member);
    const res = await member.post(`/organizations/${w.organization.id}/opportunities`, validForm({ place: '', remote: 'on', title: 'Online korrepetálás' }));
    expect(res.statusCode).toBe(303);
    const row = await opportunityRow(t.db, idFromLocation(res.headers.location));
    expect(row).toMatchObject({ remote: true, placeId: null, lat: null });
  });
});

describe('vetting', () => {
  it('goes draft → submitted → needs_changes → submitted → published with timeline, e-mails and audit', async () => {
    const member = await w.clientOf(w.member);
    const coordinator = await w.clientOf(w.coordinatorA);
    const created = await member.post(`/organizations/${w.organization.id}/opportunities`, validForm({ title: 'Vetting útja' }));
    const id = idFromLocation(created.headers.location);

    expect((await member.post(`/opportunities/${id}/submit`)).statusCode).toBe(303);
    expect((await opportunityRow(t.db, id))?.status).toBe('submitted');

    const queue = await coordinator.get('/center/opportunities');
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain('Vetting útja');

    const noReason = await coordinator.post(`/opportunities/${id}/vet`, { decision: 'needs_changes', reason: '' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('Javításkérésnél és elutasításnál adja meg az indoklást.');
    expect((await opportunityRow(t.db, id))?.status).toBe('submitted');

    const returned = await coordinator.post(`/opportunities/${id}/vet`, { decision: 'needs_changes', reason: 'Pontosítsák a találkozási pontot.' });
    expect(returned.statusCode).toBe(303);
    expect(await opportunityRow(t.db, id)).toMatchObject({
      status: 'needs_changes',
      statusReason: 'Pontosítsák a találkozási pontot.',
      vettedBy: w.coordinatorA.id,
    });
    const mails = await mailsTo(t.db, w.member.email);
    const returnMail = mails.find((m) => m.subject === 'Javítást kérünk: Vetting útja');
    expect(returnMail?.textBody).toContain('Pontosítsák a találkozási pontot.');
    expect(returnMail?.textBody).toContain(`/opportunities/${id}/edit`);

    expect((await member.post(`/opportunities/${id}/submit`)).statusCode).toBe(303);
    expect((await coordinator.post(`/opportunities/${id}/vet`, { decision: 'approve', reason: '' })).statusCode).toBe(303);
    const published = await opportunityRow(t.db, id);
    expect(published?.status).toBe('published');
    expect(published?.publishedAt).toBeInstanceOf(Date);
    expect((await mailsTo(t.db, w.member.email)).some((m) => m.subject === 'Közzétettük: Vetting útja')).toBe(true);

    expect((await events(id)).map((e) => [e.fromStatus, e.toStatus])).toEqual([
      ['draft', 'submitted'],
      ['submitted', 'needs_changes'],
      ['needs_changes', 'submitted'],
      ['submitted', 'published'],
    ]);
    expect((await auditRows(t.db, 'opportunity', id)).map((a) => a.action)).toEqual(['create', 'submit', 'vet.needs_changes', 'submit', 'vet.approve']);

    // A second decision on an opportunity no longer waiting is refused without a change.
    const again = await coordinator.post(`/opportunities/${id}/vet`, { decision: 'reject', reason: 'Késő' });
    expect(again.statusCode).toBe(303);
    expect((await opportunityRow(t.db, id))?.status).toBe('published');
    const timeline = await member.get(`/opportunities/${id}/edit`);
    expect(timeline.body).toContain('Pontosítsák a találkozási pontot.');
    expect(timeline.body).toContain('Közzétéve');
  });

  it('rejects with a reason', async () => {
    const o = await createOpportunity(t.db, w.organization, { status: 'submitted', publishedAt: null });
    const coordinator = await w.clientOf(w.coordinatorA);
    expect((await coordinator.post(`/opportunities/${o.id}/vet`, { decision: 'reject', reason: 'Nem önkéntes munka.' })).statusCode).toBe(303);
    expect(await opportunityRow(t.db, o.id)).toMatchObject({ status: 'rejected', statusReason: 'Nem önkéntes munka.' });
  });

  it('keeps other centers’ staff and organization members out of vetting', async () => {
    const o = await createOpportunity(t.db, w.organization, { status: 'submitted', publishedAt: null, title: 'Csak A központé' });
    const adminB = await w.clientOf(w.adminB);
    // A submitted opportunity is not public yet: to another center it does not exist (ADR 003).
    expect((await adminB.post(`/opportunities/${o.id}/vet`, { decision: 'approve' })).statusCode).toBe(404);
    expect((await adminB.get(`/opportunities/${o.id}/edit`)).statusCode).toBe(404);
    expect((await adminB.get('/center/opportunities')).body).not.toContain('Csak A központé');
    const member = await w.clientOf(w.member);
    expect((await member.post(`/opportunities/${o.id}/vet`, { decision: 'approve' })).statusCode).toBe(403);
    expect((await opportunityRow(t.db, o.id))?.status).toBe('submitted');
  });

  it('exports the queue as CSV', async () => {
    const o = await createOpportunity(t.db, w.organization, { status: 'submitted', publishedAt: null, title: 'Exportált várakozó' });
    const res = await (await w.clientOf(w.coordinatorA)).get('/center/opportunities?format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toContain('Exportált várakozó');
    expect(res.body).toContain(o.id);
  });
});

describe('editing and closing', () => {
  it('sends a published opportunity back to vetting when its substance changes, not for a new contact', async () => {
    const member = await w.clientOf(w.member);
    const o = await createOpportunity(t.db, w.organization, { title: 'Közzétett eredeti', causes: ['kornyezetvedelem'] });
    const form = validForm({
      title: 'Közzétett eredeti',
      causes: ['kornyezetvedelem'],
      minAge: '',
      requiredQualifications: '',
      languages: [],
      groupFriendly: '',
      address: '',
    });
    // Same substance as the factory made it (description too), only the contact differs.
    form.description = o.description;
    const contactOnly = await member.post(`/opportunities/${o.id}`, { ...form, contactName: 'Új Kapcsolattartó' });
    expect(contactOnly.statusCode).toBe(303);
    expect(await opportunityRow(t.db, o.id)).toMatchObject({ status: 'published', contactName: 'Új Kapcsolattartó' });

    const changed = await member.post(`/opportunities/${o.id}`, { ...form, title: 'Közzétett, de módosított' });
    expect(changed.statusCode).toBe(303);
    expect(await opportunityRow(t.db, o.id)).toMatchObject({ status: 'submitted', title: 'Közzétett, de módosított' });
    expect((await events(o.id)).map((e) => [e.fromStatus, e.toStatus])).toEqual([['published', 'submitted']]);
    expect((await auditRows(t.db, 'opportunity', o.id)).map((a) => a.action)).toEqual(['update', 'update']);
  });

  it('lets only members edit; staff see the details read-only', async () => {
    const o = await createOpportunity(t.db, w.organization, { status: 'submitted', publishedAt: null, title: 'Csak olvasható' });
    const coordinator = await w.clientOf(w.coordinatorA);
    const page = await coordinator.get(`/opportunities/${o.id}/edit`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Döntés rögzítése');
    expect(page.body).not.toContain(`action="/opportunities/${o.id}"`);
    expect((await coordinator.post(`/opportunities/${o.id}`, validForm())).statusCode).toBe(403);
    // Not public yet, so a stranger gets what an unknown id gets (ADR 003).
    expect((await (await w.clientOf(w.stranger)).get(`/opportunities/${o.id}/edit`)).statusCode).toBe(404);
  });

  it('closes only after confirmation, then refuses edits', async () => {
    const member = await w.clientOf(w.member);
    const o = await createOpportunity(t.db, w.organization);
    const unconfirmed = await member.post(`/opportunities/${o.id}/close`, {});
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.body).toContain('A folytatáshoz jelölje be a megerősítést.');
    expect((await opportunityRow(t.db, o.id))?.status).toBe('published');
    expect((await member.post(`/opportunities/${o.id}/close`, { confirm: 'on' })).statusCode).toBe(303);
    expect((await opportunityRow(t.db, o.id))?.status).toBe('closed');
    expect((await auditRows(t.db, 'opportunity', o.id)).map((a) => a.action)).toEqual(['close']);
    expect((await member.post(`/opportunities/${o.id}`, validForm())).statusCode).toBe(403);
  });
});

describe('the organization’s list', () => {
  it('lists the organization’s opportunities in Hungarian order with status, pages and exports; strangers get 403', async () => {
    const org = await createOrganization(t.db, w.centerA.id, { memberUserIds: [w.member.id] });
    for (const title of ['Cukrászda', 'Álomkert', 'Csillagles', 'Babázás']) await createOpportunity(t.db, org, { title });
    const member = await w.clientOf(w.member);
    const res = await member.get(`/organizations/${org.id}/opportunities?sort=title&dir=asc`);
    expect(res.statusCode).toBe(200);
    const order = ['Álomkert', 'Babázás', 'Cukrászda', 'Csillagles'].map((title) => res.body.indexOf(title));
    expect(order.every((pos, i) => pos > 0 && (i === 0 || pos > (order[i - 1] as number)))).toBe(true);
    expect(res.body).toContain('Közzétéve');
    const paged = await member.get(`/organizations/${org.id}/opportunities?sort=title&dir=asc&pageSize=5&page=1`);
    expect(paged.body).toContain('Összesen: 4');
    const xlsx = await member.get(`/organizations/${org.id}/opportunities?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await (await w.clientOf(w.coordinatorA)).get(`/organizations/${org.id}/opportunities`)).statusCode).toBe(200);
    expect((await (await w.clientOf(w.stranger)).get(`/organizations/${org.id}/opportunities`)).statusCode).toBe(403);
    expect((await (await w.clientOf(w.adminB)).get(`/organizations/${org.id}/opportunities`)).statusCode).toBe(403);
  });
});

describe('Volunteer Point coordinators', () => {
  it('see the opportunities of their own point’s organizations only, and cannot vet', async () => {
    const pointA = await createPoint(t.db, w.centerA.id);
    const otherPoint = await createPoint(t.db, w.centerA.id);
    const org = await createOrganization(t.db, w.centerA.id, { pointId: pointA.id });
    const o = await createOpportunity(t.db, org, { status: 'submitted', publishedAt: null });
    const own = await createUser(t.db, { grants: [{ role: 'point_coordinator', centerId: w.centerA.id, pointId: pointA.id }] });
    const other = await createUser(t.db, { grants: [{ role: 'point_coordinator', centerId: w.centerA.id, pointId: otherPoint.id }] });
    const ownClient = await w.clientOf(own);
    expect((await ownClient.get(`/organizations/${org.id}/opportunities`)).statusCode).toBe(200);
    expect((await ownClient.get(`/opportunities/${o.id}/shifts`)).statusCode).toBe(200);
    expect((await ownClient.post(`/opportunities/${o.id}/vet`, { decision: 'approve' })).statusCode).toBe(403);
    expect((await (await w.clientOf(other)).get(`/organizations/${org.id}/opportunities`)).statusCode).toBe(403);
    expect((await opportunityRow(t.db, o.id))?.status).toBe('submitted');
  });
});
