import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, volunteers } from '../../db/schema/index.js';
import { createOpportunity, createOrganization, createVolunteer } from '../../test-support/brokering-factories.js';
import { createUser, sessionFor } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { type AdminTenants, createAdminTenants } from '../admin/admin-test-tenants.js';
import { auditActions, bornYearsAgo, consentRows, idFromLocation, profileForm, uniqueName, volunteerRow } from './volunteers-test-support.js';

let t: TestApp;
let x: AdminTenants;
beforeAll(async () => {
  t = await createTestApp();
  x = await createAdminTenants(t);
});
afterAll(async () => {
  await t.close();
});

const walkIn = (overrides: Record<string, string | string[] | undefined> = {}) => profileForm({ email: undefined, phone: '+36 70 555 1234', ...overrides });

describe('staff: register a walk-in volunteer', () => {
  it('registers a volunteer without e-mail in the coordinator’s center, with consents recorded by staff', async () => {
    const client = await x.client('coordinatorA');
    const form = await client.get('/volunteers/new');
    expect(form.statusCode).toBe(200);
    expect(form.body).not.toContain('name="centerId"');
    const res = await client.post('/volunteers', walkIn({ familyName: 'Gyalog', givenName: 'Géza' }));
    expect(res.statusCode).toBe(303);
    const id = idFromLocation(res.headers.location);
    const row = await volunteerRow(t.db, id);
    expect(row).toMatchObject({ familyName: 'Gyalog', email: null, userId: null, centerId: x.centerA.id, pointId: null, createdBy: x.users.coordinatorA.id });
    expect((await consentRows(t.db, id)).map((c) => c.recordedBy)).toEqual([x.users.coordinatorA.id, x.users.coordinatorA.id, x.users.coordinatorA.id]);
    expect(await auditActions(t.db, 'volunteer', id)).toEqual(['create']);
    const page = await client.get(`/volunteers/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Gyalog Géza');
    expect(page.body).toContain('Az önkéntest felvettük.');
    expect(page.body).toContain('A meghíváshoz előbb adja meg az önkéntes e-mail-címét');
  });

  it('registers in the point of a point coordinator', async () => {
    const res = await (await x.client('pointCoordinatorA')).post('/volunteers', walkIn());
    expect(res.statusCode).toBe(303);
    expect(await volunteerRow(t.db, idFromLocation(res.headers.location))).toMatchObject({ centerId: x.centerA.id, pointId: x.pointA.id });
  });

  it('makes a national admin choose the center', async () => {
    const client = await x.client('national');
    expect((await client.get('/volunteers/new')).body).toContain('name="centerId"');
    const missing = await client.post('/volunteers', walkIn());
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('Válassza ki, melyik központhoz tartozik az önkéntes.');
    const ok = await client.post('/volunteers', walkIn({ centerId: x.centerB.id }));
    expect(ok.statusCode).toBe(303);
    expect((await volunteerRow(t.db, idFromLocation(ok.headers.location)))?.centerId).toBe(x.centerB.id);
  });

  it('lets center staff register the walk-in at one of their Volunteer Points, and only theirs', async () => {
    const client = await x.client('coordinatorA');
    const form = await client.get('/volunteers/new');
    expect(form.body).toContain('name="pointId"');
    expect(form.body).toContain(x.pointA.name);
    expect(form.body).not.toContain(x.pointB.name);
    const ok = await client.post('/volunteers', walkIn({ pointId: x.pointA.id }));
    expect(ok.statusCode).toBe(303);
    expect(await volunteerRow(t.db, idFromLocation(ok.headers.location))).toMatchObject({ centerId: x.centerA.id, pointId: x.pointA.id });
    const foreign = await client.post('/volunteers', walkIn({ pointId: x.pointB.id }));
    expect(foreign.statusCode).toBe(422);
    expect(foreign.body).toContain('A felsorolt lehetőségek egyikét kell választani.');
    const pointCoordinator = await (await x.client('pointCoordinatorA')).post('/volunteers', walkIn({ pointId: x.pointB.id }));
    expect(pointCoordinator.statusCode).toBe(422);
  });

  it('refuses a point of another center than the one chosen', async () => {
    const res = await (await x.client('national')).post('/volunteers', walkIn({ centerId: x.centerA.id, pointId: x.pointB.id }));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Ez az Önkéntes Pont nem a kiválasztott központhoz tartozik.');
    const ok = await (await x.client('national')).post('/volunteers', walkIn({ pointId: x.pointB.id }));
    expect(ok.statusCode).toBe(303);
    expect(await volunteerRow(t.db, idFromLocation(ok.headers.location))).toMatchObject({ centerId: x.centerB.id, pointId: x.pointB.id });
  });

  it('does not let center staff register in another center', async () => {
    const res = await (await x.client('adminA')).post('/volunteers', walkIn({ centerId: x.centerB.id }));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('A felsorolt lehetőségek egyikét kell választani.');
  });

  it('applies the minors’ rules to walk-ins too', async () => {
    const client = await x.client('adminA');
    const tooYoung = await client.post('/volunteers', walkIn({ birthDate: bornYearsAgo(8), guardianName: 'Szülő', guardianPhone: '+36 30 111 2222' }));
    expect(tooYoung.statusCode).toBe(422);
    expect(tooYoung.body).toContain('10 évesnél fiatalabb gyermek nem lehet önkéntes');
    const noGuardian = await client.post('/volunteers', walkIn({ birthDate: bornYearsAgo(14) }));
    expect(noGuardian.statusCode).toBe(422);
    expect(noGuardian.body).toContain('18 év alatt a szülő vagy gondviselő neve kötelező.');
  });

  it('is refused to volunteers and anonymous visitors', async () => {
    expect((await (await x.client('volunteer')).post('/volunteers', walkIn())).statusCode).toBe(403);
    expect((await (await x.client('volunteer')).get('/volunteers')).statusCode).toBe(403);
    expect((await (await x.client('anonymous')).get('/volunteers/new')).statusCode).toBe(303);
  });
});

describe('staff: tenant isolation', () => {
  it('hides center A’s volunteer from center B’s admin on every page and action', async () => {
    const v = await createVolunteer(t.db, { centerId: x.centerA.id, familyName: uniqueName('Titok') });
    const b = await x.client('adminB');
    // Another center's volunteer answers as an unknown id would (ADR 003).
    expect((await b.get(`/volunteers/${v.id}`)).statusCode).toBe(404);
    expect((await b.get(`/volunteers/${v.id}/edit`)).statusCode).toBe(404);
    expect((await b.post(`/volunteers/${v.id}`, walkIn())).statusCode).toBe(404);
    expect((await b.post(`/volunteers/${v.id}/checks`, { healthStatus: 'fit', healthCheckedAt: '2026-01-05', conductStatus: 'unknown' })).statusCode).toBe(404);
    expect((await b.post(`/volunteers/${v.id}/qualifications`, { name: 'Elsősegély' })).statusCode).toBe(404);
    expect((await b.post(`/volunteers/${v.id}/invite`)).statusCode).toBe(404);
    expect((await b.post(`/volunteers/${v.id}/guardian-consent`, { confirmed: 'on' })).statusCode).toBe(404);
    const list = await b.get(`/volunteers?q=${encodeURIComponent(v.familyName)}`);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(`/volunteers/${v.id}`);
    expect(list.body).toContain('Nincs a feltételeknek megfelelő önkéntes.');
    expect((await volunteerRow(t.db, v.id))?.familyName).toBe(v.familyName);
    expect(await auditActions(t.db, 'volunteer', v.id)).toEqual([]);
  });

  it('lets the staff of a center the volunteer applied to read, but not change, the profile', async () => {
    const family = uniqueName('Jelentkező');
    const v = await createVolunteer(t.db, { centerId: x.centerA.id, familyName: family });
    const b = await x.client('adminB');
    expect((await b.get(`/volunteers/${v.id}`)).statusCode).toBe(404);
    const org = await createOrganization(t.db, x.centerB.id);
    const opportunity = await createOpportunity(t.db, org);
    await t.db
      .insert(applications)
      .values({ volunteerId: v.id, opportunityId: opportunity.id, centerId: x.centerB.id, origin: 'volunteer', status: 'applied' });
    const page = await b.get(`/volunteers/${v.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(`action="/volunteers/${v.id}/checks"`);
    expect((await b.get(`/volunteers?q=${family}`)).body).toContain(`/volunteers/${v.id}`);
    expect((await b.get(`/volunteers/${v.id}/edit`)).statusCode).toBe(403);
    expect((await b.post(`/volunteers/${v.id}/qualifications`, { name: 'Elsősegély' })).statusCode).toBe(403);
  });

  it('shows a point coordinator the volunteers of their point only', async () => {
    const family = uniqueName('Pontos');
    const mine = await createVolunteer(t.db, { centerId: x.centerA.id, pointId: x.pointA.id, familyName: family, givenName: 'Enyém' });
    const centerWide = await createVolunteer(t.db, { centerId: x.centerA.id, familyName: family, givenName: 'Központi' });
    const client = await x.client('pointCoordinatorA');
    const list = await client.get(`/volunteers?q=${family}`);
    expect(list.body).toContain('Enyém');
    expect(list.body).not.toContain('Központi');
    expect((await client.get(`/volunteers/${mine.id}`)).statusCode).toBe(200);
    expect((await client.get(`/volunteers/${centerWide.id}`)).statusCode).toBe(404);
    // The center's staff see both.
    const center = await (await x.client('coordinatorA')).get(`/volunteers?q=${family}`);
    expect(center.body).toContain('Enyém');
    expect(center.body).toContain('Központi');
  });

  it('shows a volunteer with no center to national admins only', async () => {
    const v = await createVolunteer(t.db, { centerId: null, familyName: uniqueName('Gazdátlan') });
    expect((await (await x.client('adminA')).get(`/volunteers/${v.id}`)).statusCode).toBe(404);
    expect((await (await x.client('national')).get(`/volunteers/${v.id}`)).statusCode).toBe(200);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    const client = await x.client('national');
    expect((await client.get('/volunteers/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await client.get('/volunteers/nem-azonosito')).statusCode).toBe(404);
  });
});

describe('staff: edit', () => {
  it('updates the profile, adds an e-mail, and audits before and after', async () => {
    const client = await x.client('adminA');
    const created = await client.post('/volunteers', walkIn({ familyName: 'Régi' }));
    const id = idFromLocation(created.headers.location);
    const edit = await client.get(`/volunteers/${id}/edit`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('value="Régi"');
    const res = await client.post(`/volunteers/${id}`, walkIn({ familyName: 'Új', email: 'Uj.Onkentes@Example.hu', homePlace: 'Baja', skills: ['fozes'] }));
    expect(res.statusCode).toBe(303);
    expect(await volunteerRow(t.db, id)).toMatchObject({ familyName: 'Új', email: 'uj.onkentes@example.hu', skills: ['fozes'], centerId: x.centerA.id });
    expect(await auditActions(t.db, 'volunteer', id)).toEqual(['create', 'update']);
    const bad = await client.post(`/volunteers/${id}`, walkIn({ email: 'nem-email' }));
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Érvénytelen e-mail-cím.');
  });
});

describe('staff: health and good-conduct checks', () => {
  it('records status, day and who checked — never a document', async () => {
    const v = await createVolunteer(t.db, { centerId: x.centerA.id });
    const client = await x.client('coordinatorA');
    const res = await client.post(`/volunteers/${v.id}/checks`, {
      healthStatus: 'fit',
      healthCheckedAt: '2026-01-05',
      conductStatus: 'clear',
      conductCheckedAt: '2026-02-10',
    });
    expect(res.statusCode).toBe(303);
    expect(await volunteerRow(t.db, v.id)).toMatchObject({
      healthStatus: 'fit',
      healthCheckedAt: '2026-01-05',
      healthCheckedBy: x.users.coordinatorA.id,
      conductStatus: 'clear',
      conductCheckedAt: '2026-02-10',
      conductCheckedBy: x.users.coordinatorA.id,
    });
    expect(await auditActions(t.db, 'volunteer', v.id)).toEqual(['record_checks']);
    const page = await client.get(`/volunteers/${v.id}`);
    expect(page.body).toContain('2026. 01. 05.');
    expect(page.body).toContain(x.users.coordinatorA.familyName);
    expect(page.body).not.toContain('type="file"');
  });

  it('keeps who checked when only the other certificate changes', async () => {
    const v = await createVolunteer(t.db, { centerId: x.centerA.id, healthStatus: 'fit', healthCheckedAt: '2026-01-05', healthCheckedBy: x.users.adminA.id });
    await (await x.client('coordinatorA')).post(`/volunteers/${v.id}/checks`, {
      healthStatus: 'fit',
      healthCheckedAt: '2026-01-05',
      conductStatus: 'not_clear',
      conductCheckedAt: '2026-03-01',
    });
    expect(await volunteerRow(t.db, v.id)).toMatchObject({
      healthCheckedBy: x.users.adminA.id,
      conductCheckedBy: x.users.coordinatorA.id,
      conductStatus: 'not_clear',
    });
  });

  it('needs the day for a known status, not in the future, and a listed status', async () => {
    const v = await createVolunteer(t.db, { centerId: x.centerA.id });
    const client = await x.client('coordinatorA');
    const res = await client.post(`/volunteers/${v.id}/checks`, {
      healthStatus: 'fit',
      healthCheckedAt: '',
      conductStatus: 'clear',
      conductCheckedAt: '2999-01-01',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Adja meg az ellenőrzés napját.');
    expect(res.body).toContain('Az ellenőrzés napja nem lehet a jövőben.');
    const bad = await client.post(`/volunteers/${v.id}/checks`, { healthStatus: 'maybe', conductStatus: 'unknown' });
    expect(bad.statusCode).toBe(422);
    expect((await volunteerRow(t.db, v.id))?.healthStatus).toBe('unknown');
  });
});

describe('staff: qualifications', () => {
  it('adds a qualification with expiry, shown on the page and audited', async () => {
    const v = await createVolunteer(t.db, { centerId: x.centerA.id });
    const client = await x.client('adminA');
    expect((await client.post(`/volunteers/${v.id}/qualifications`, { name: 'Elsősegély-tanfolyam', validUntil: '2028-06-30' })).statusCode).toBe(303);
    const page = await client.get(`/volunteers/${v.id}`);
    expect(page.body).toContain('Elsősegély-tanfolyam');
    expect(page.body).toContain('2028. 06. 30.');
    const bad = await client.post(`/volunteers/${v.id}/qualifications`, { name: '', validUntil: '2028-13-01' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Kötelező mező.');
    expect(bad.body).toContain('Érvénytelen dátum');
  });
});

describe('staff: guardian consent for minors', () => {
  it('records the consent of a 14-year-old’s guardian, which lifts the under-16 block', async () => {
    const v = await createVolunteer(t.db, {
      centerId: x.centerA.id,
      birthDate: bornYearsAgo(14),
      guardianName: 'Szülő Sára',
      guardianPhone: '+36 30 111 2222',
    });
    const client = await x.client('coordinatorA');
    const before = await client.get(`/volunteers/${v.id}`);
    expect(before.body).toContain('16 év alatti önkéntes: a gondviselő hozzájárulását rögzíteni kell');
    const unconfirmed = await client.post(`/volunteers/${v.id}/guardian-consent`, {});
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.body).toContain('Jelölje be, hogy a hozzájárulás megvan.');
    expect((await client.post(`/volunteers/${v.id}/guardian-consent`, { confirmed: 'on' })).statusCode).toBe(303);
    const row = await volunteerRow(t.db, v.id);
    expect(row?.guardianConsentAt).toBeInstanceOf(Date);
    expect(row?.guardianConsentRecordedBy).toBe(x.users.coordinatorA.id);
    const consents = await consentRows(t.db, v.id);
    expect(consents.map((c) => [c.kind, c.granted, c.textVersion, c.recordedBy])).toEqual([['guardian', true, '2026-11', x.users.coordinatorA.id]]);
    expect(await auditActions(t.db, 'volunteer', v.id)).toEqual(['record_guardian_consent']);
    expect((await client.get(`/volunteers/${v.id}`)).body).not.toContain('16 év alatti önkéntes: a gondviselő hozzájárulását rögzíteni kell');
  });

  it('refuses it for an adult', async () => {
    const v = await createVolunteer(t.db, { centerId: x.centerA.id, birthDate: bornYearsAgo(20) });
    const res = await (await x.client('coordinatorA')).post(`/volunteers/${v.id}/guardian-consent`, { confirmed: 'on' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Gondviselői hozzájárulás csak 18 év alatti önkéntesnél rögzíthető.');
    expect((await volunteerRow(t.db, v.id))?.guardianConsentAt).toBeNull();
  });
});

describe('a volunteer sees only their own profile', () => {
  it('gets 403 on the staff pages, even for their own record', async () => {
    const user = await createUser(t.db);
    const v = await createVolunteer(t.db, { centerId: x.centerA.id, userId: user.id });
    const client = new TestClient(t.app, t.config.secretKey).setSession(await sessionFor(t.db, user.id));
    expect((await client.get(`/volunteers/${v.id}`)).statusCode).toBe(403);
    expect((await client.get('/volunteer/profile')).body).toContain(v.givenName);
    const [row] = await t.db.select().from(volunteers).where(eq(volunteers.id, v.id));
    expect(row?.userId).toBe(user.id);
  });
});
