import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erasureRequests, volunteers } from '../../db/schema/index.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor, staffWithLogin, volunteerWithLogin } from '../placements/placements-test-support.js';
import { erasureAuditOf } from './erasure-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const requestsOf = (volunteerId: string) =>
  t.db.select().from(erasureRequests).where(eq(erasureRequests.volunteerId, volunteerId)).orderBy(erasureRequests.requestedAt);
const auditOf = (id: string) => erasureAuditOf(t.db, id);

/** A center with its admin, and a volunteer of the center with a login. */
async function scene() {
  const center = await createCenter(t.db);
  const admin = await staffWithLogin(t, [{ role: 'center_admin', centerId: center.id }]);
  const volunteer = await volunteerWithLogin(t, { centerId: center.id, givenName: `Réka ${center.id.slice(0, 6)}` });
  return { center, admin, volunteer };
}

/** The volunteer asks for erasure; returns the request id. */
async function requested(s: Awaited<ReturnType<typeof scene>>, reason = 'Elköltözöm külföldre.') {
  const res = await s.volunteer.client.post('/volunteer/erasure', { confirm: 'on', reason });
  expect(res.statusCode).toBe(303);
  const [row] = await requestsOf(s.volunteer.volunteer.id);
  if (!row) throw new Error('request missing');
  return row.id;
}

describe('the volunteer asks for erasure', () => {
  it('shows what is erased, what is kept and why, and the form', async () => {
    const s = await scene();
    const res = await s.volunteer.client.get('/volunteer/erasure');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Adataid törlése');
    expect(res.body).toContain('Köt. 14. §');
    expect(res.body).toContain('5 évig');
    expect(res.body).toContain('name="confirm"');
  });

  it('tells an account without a volunteer profile that there is nothing to erase, and refuses a post (404)', async () => {
    const user = await createUser(t.db);
    const client = await clientFor(t, user.id);
    const page = await client.get('/volunteer/erasure');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Nincs önkéntes profilod');
    expect((await client.post('/volunteer/erasure', { confirm: 'on' })).statusCode).toBe(404);
  });

  it('requires the confirmation checkbox (422, Hungarian message next to the field, nothing saved)', async () => {
    const s = await scene();
    const res = await s.volunteer.client.post('/volunteer/erasure', { reason: 'Csak úgy' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Jelöld be, hogy érted a törlés következményeit.');
    expect(res.body).toContain('Csak úgy');
    expect(await requestsOf(s.volunteer.volunteer.id)).toHaveLength(0);
  });

  it('records one open request with its center; a second is refused while it is open; the audit has no reason text', async () => {
    const s = await scene();
    const id = await requested(s, 'Titkos indok 42');
    const [row] = await requestsOf(s.volunteer.volunteer.id);
    expect(row).toMatchObject({ status: 'requested', centerId: s.center.id, requestedByUserId: s.volunteer.user.id, reason: 'Titkos indok 42' });
    const page = await s.volunteer.client.get('/volunteer/erasure');
    expect(page.body).toContain('Folyamatban lévő kérés');
    expect(page.body).toContain('action="/volunteer/erasure/cancel"');
    const again = await s.volunteer.client.post('/volunteer/erasure', { confirm: 'on' });
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('Már van folyamatban lévő törlési kérésed.');
    expect(await requestsOf(s.volunteer.volunteer.id)).toHaveLength(1);
    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(JSON.stringify(audit[0]?.after)).not.toContain('Titkos indok');
    expect(audit[0]?.after).toMatchObject({ reasonGiven: true, status: 'requested' });
  });

  it('cancels the open request (audited); a second cancel is refused; a new request may follow', async () => {
    const s = await scene();
    const id = await requested(s);
    const cancel = await s.volunteer.client.post('/volunteer/erasure/cancel');
    expect(cancel.statusCode).toBe(303);
    expect((await requestsOf(s.volunteer.volunteer.id))[0]).toMatchObject({ status: 'cancelled', decidedByUserId: s.volunteer.user.id, decisionNote: null });
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['create', 'cancel']);
    const again = await s.volunteer.client.post('/volunteer/erasure/cancel');
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('Nincs folyamatban lévő törlési kérésed.');
    const page = await s.volunteer.client.get('/volunteer/erasure');
    expect(page.body).toContain('visszavontad');
    await s.volunteer.client.post('/volunteer/erasure', { confirm: 'on' });
    expect((await requestsOf(s.volunteer.volunteer.id)).map((r) => r.status).sort()).toEqual(['cancelled', 'requested']);
  });
});

describe('the center decides', () => {
  it('lists only its own center’s requests; another center’s admin gets 403 on the detail and the decisions', async () => {
    const a = await scene();
    const b = await scene();
    const idA = await requested(a);
    const idB = await requested(b);
    const list = await a.admin.client.get('/admin/erasure-requests');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/admin/erasure-requests/${idA}`);
    expect(list.body).not.toContain(`/admin/erasure-requests/${idB}`);
    expect((await a.admin.client.get(`/admin/erasure-requests/${idA}`)).statusCode).toBe(200);
    expect((await b.admin.client.get(`/admin/erasure-requests/${idA}`)).statusCode).toBe(403);
    expect((await b.admin.client.post(`/admin/erasure-requests/${idA}/confirm`, { confirm: 'on' })).statusCode).toBe(403);
    expect((await b.admin.client.post(`/admin/erasure-requests/${idA}/reject`, { reason: 'Nem' })).statusCode).toBe(403);
    expect((await requestsOf(a.volunteer.volunteer.id))[0]?.status).toBe('requested');
    // A coordinator of the same center does not decide erasures (erasure.decide: admins only).
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: a.center.id }]);
    expect((await coordinator.client.get('/admin/erasure-requests')).statusCode).toBe(403);
    expect((await coordinator.client.get(`/admin/erasure-requests/${idA}`)).statusCode).toBe(403);
    // The national admin sees both.
    const national = await staffWithLogin(t, [{ role: 'national_admin' }]);
    const all = await national.client.get('/admin/erasure-requests?pageSize=200');
    expect(all.body).toContain(idA);
    expect(all.body).toContain(idB);
    expect((await a.admin.client.get('/admin/erasure-requests/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('filters by status, sorts by name in Hungarian order, exports CSV, and shows an empty state', async () => {
    const center = await createCenter(t.db);
    const admin = await staffWithLogin(t, [{ role: 'center_admin', centerId: center.id }]);
    for (const [familyName, givenName] of [
      ['Zsoldos', 'Ödön'],
      ['Csonka', 'Éva'],
      ['Cserép', 'Ákos'],
      ['Czakó', 'Béla'],
    ] as const) {
      const v = await createVolunteer(t.db, { centerId: center.id, familyName, givenName });
      await t.db.insert(erasureRequests).values({ volunteerId: v.id, centerId: center.id, status: familyName === 'Czakó' ? 'rejected' : 'requested' });
    }
    const open = await admin.client.get('/admin/erasure-requests?sort=name&dir=asc');
    const order = ['Cserép Ákos', 'Csonka Éva', 'Zsoldos Ödön'].map((n) => open.body.indexOf(n));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((x, y) => x - y));
    // Open requests by default; the rejected one only with its filter or "all".
    expect(open.body).not.toContain('Czakó Béla');
    expect((await admin.client.get('/admin/erasure-requests?status=rejected')).body).toContain('Czakó Béla');
    // Hungarian order: c < cs, so Czakó comes before Cserép.
    const all = await admin.client.get('/admin/erasure-requests?status=all&sort=name&dir=asc');
    expect(all.body.indexOf('Czakó Béla')).toBeLessThan(all.body.indexOf('Cserép Ákos'));
    const csv = await admin.client.get('/admin/erasure-requests?status=all&sort=name&dir=asc&format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Czakó Béla');
    expect(csv.body.indexOf('Czakó Béla')).toBeLessThan(csv.body.indexOf('Zsoldos Ödön'));
    const xlsx = await admin.client.get('/admin/erasure-requests?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const empty = await admin.client.get('/admin/erasure-requests?status=completed');
    expect(empty.body).toContain('Nincs ilyen kérés.');
  });

  it('shows who, when, the reason and the counts; rejects only with a reason (audited), which the volunteer then reads', async () => {
    const s = await scene();
    const id = await requested(s, 'Nem szeretnék többet önkénteskedni.');
    const detail = await s.admin.client.get(`/admin/erasure-requests/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('Nem szeretnék többet önkénteskedni.');
    expect(detail.body).toContain('Önkéntes szerződések');
    expect(detail.body).toContain(`action="/admin/erasure-requests/${id}/confirm"`);
    const noReason = await s.admin.client.post(`/admin/erasure-requests/${id}/reject`, { reason: '  ' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('Adja meg az elutasítás indokát.');
    expect((await requestsOf(s.volunteer.volunteer.id))[0]?.status).toBe('requested');
    const reject = await s.admin.client.post(`/admin/erasure-requests/${id}/reject`, { reason: 'Folyamatban lévő jogvita miatt (GDPR 17. cikk (3) e)).' });
    expect(reject.statusCode).toBe(303);
    expect((await requestsOf(s.volunteer.volunteer.id))[0]).toMatchObject({
      status: 'rejected',
      decidedByUserId: s.admin.user.id,
      reason: 'Nem szeretnék többet önkénteskedni.',
      decisionNote: 'Folyamatban lévő jogvita miatt (GDPR 17. cikk (3) e)).',
    });
    const decided = (await s.admin.client.get(`/admin/erasure-requests/${id}`)).body;
    expect(decided).toContain('Nem szeretnék többet önkénteskedni.');
    expect(decided).toContain('Folyamatban lévő jogvita miatt');
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['create', 'reject']);
    const mine = await s.volunteer.client.get('/volunteer/erasure');
    expect(mine.body).toContain('Folyamatban lévő jogvita miatt');
    const twice = await s.admin.client.post(`/admin/erasure-requests/${id}/reject`, { reason: 'Még egyszer' });
    expect(twice.statusCode).toBe(422);
    expect(twice.body).toContain('Erről a kérésről már döntöttek');
  });

  it('needs the confirmation checkbox to erase (422, nothing erased)', async () => {
    const s = await scene();
    const id = await requested(s);
    const res = await s.admin.client.post(`/admin/erasure-requests/${id}/confirm`, {});
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('A törléshez jelölje be a megerősítést.');
    const [v] = await t.db.select().from(volunteers).where(eq(volunteers.id, s.volunteer.volunteer.id));
    expect(v?.erasedAt).toBeNull();
  });

  it('refuses to erase an account that holds staff roles or an organization membership, with a clear message', async () => {
    const s = await scene();
    const id = await requested(s);
    const { roleGrants } = await import('../../db/schema/index.js');
    await t.db.insert(roleGrants).values({ userId: s.volunteer.user.id, role: 'center_coordinator', centerId: s.center.id });
    const detail = await s.admin.client.get(`/admin/erasure-requests/${id}`);
    expect(detail.body).toContain('munkatársi szerepkör');
    expect(detail.body).not.toContain(`action="/admin/erasure-requests/${id}/confirm"`);
    const res = await s.admin.client.post(`/admin/erasure-requests/${id}/confirm`, { confirm: 'on' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('munkatársi szerepkör');
    const [v] = await t.db.select().from(volunteers).where(eq(volunteers.id, s.volunteer.volunteer.id));
    expect(v).toMatchObject({ erasedAt: null, familyName: s.volunteer.volunteer.familyName });
    expect((await requestsOf(s.volunteer.volunteer.id))[0]?.status).toBe('requested');
  });

  it('puts the number of open requests on the admin start page, only for those who decide', async () => {
    const s = await scene();
    await requested(s);
    const dashboard = await s.admin.client.get('/admin');
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.body).toContain('Döntésre váró kérések: 1');
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: s.center.id }]);
    expect((await coordinator.client.get('/admin')).body).not.toContain('Adatkérések');
  });
});

describe('center staff record a walk-in volunteer’s request', () => {
  it('records it for a volunteer without a login (one open at a time, tenant-checked); the admin erases; the page then says so', async () => {
    const center = await createCenter(t.db);
    const other = await createCenter(t.db);
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: center.id }]);
    const foreign = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: other.id }]);
    const admin = await staffWithLogin(t, [{ role: 'center_admin', centerId: center.id }]);
    const walkIn = await createVolunteer(t.db, {
      centerId: center.id,
      familyName: 'Gyalog',
      givenName: 'Géza',
      phone: '+36 20 111 2222',
      email: 'gyalog.geza@pelda.example',
    });
    const url = `/volunteers/${walkIn.id}/erasure`;
    const page = await coordinator.client.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Gyalog Géza');
    // Another center's volunteer answers as an unknown id would (ADR 003).
    expect((await foreign.client.get(url)).statusCode).toBe(404);
    expect((await foreign.client.post(url, { confirm: 'on' })).statusCode).toBe(404);
    const unconfirmed = await coordinator.client.post(url, { reason: 'Személyesen kérte.' });
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.body).toContain('Jelölje be, hogy az önkéntes maga kérte a törlést.');
    expect((await coordinator.client.post(url, { confirm: 'on', reason: 'Személyesen kérte.' })).statusCode).toBe(303);
    const [row] = await requestsOf(walkIn.id);
    expect(row).toMatchObject({ status: 'requested', centerId: center.id, requestedByUserId: coordinator.user.id, reason: 'Személyesen kérte.' });
    const again = await coordinator.client.post(url, { confirm: 'on' });
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('már van folyamatban lévő törlési kérése');
    expect((await coordinator.client.get(url)).body).toContain('döntésre váró törlési kérése');
    // The admin decides as on any request; a volunteer without a login is erased just the same.
    expect((await admin.client.post(`/admin/erasure-requests/${row?.id}/confirm`, { confirm: 'on' })).statusCode).toBe(303);
    const [erased] = await t.db.select().from(volunteers).where(eq(volunteers.id, walkIn.id));
    expect(erased).toMatchObject({ familyName: 'Törölt', givenName: 'önkéntes', phone: null, email: null });
    const after = await coordinator.client.get(url);
    expect(after.body).toContain('adatait');
    expect(after.body).toContain('napon törölték');
    expect(after.body).not.toContain('Gyalog');
    const refused = await coordinator.client.post(url, { confirm: 'on' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('már törölték');
  });
});
