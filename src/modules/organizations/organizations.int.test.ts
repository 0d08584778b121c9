import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vettingEvents } from '../../db/schema/index.js';
import { createOrganization } from '../../test-support/brokering-factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { auditFor, createOrganizationTenants, mailsTo, organizationByName, orgStaffGrants, validRegistration } from './organizations-test-support.js';
import { isOrganizationApproved } from './service.js';

let t: TestApp;
let x: Awaited<ReturnType<typeof createOrganizationTenants>>;
beforeAll(async () => {
  t = await createTestApp();
  x = await createOrganizationTenants(t);
});
afterAll(async () => {
  await t.close();
});

/** Registers through the form as a new user; returns the organization row and the registrant. */
async function register(overrides: Record<string, string | string[]> = {}) {
  const user = await x.person('Regisztráló');
  const client = await x.client(user.id);
  const form = validRegistration(overrides);
  const res = await client.post('/organizations/register', form);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
  const org = await organizationByName(t, form.name as string);
  if (!org) throw new Error('organization not created');
  return { org, user, client };
}

describe('registration', () => {
  it('asks anonymous visitors to log in', async () => {
    const res = await (await x.client()).get('/organizations/register');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toContain('/login');
  });

  it('shows the form with the Köt. host types and the "other" hint', async () => {
    const user = await x.person('Űrlapnéző');
    const res = await (await x.client(user.id)).get('/organizations/register');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Civil szervezet vagy közhasznú szervezet');
    expect(res.body).toContain('Egyéb (nem a Köt. szerinti fogadó szervezet)');
    expect(res.body).toContain('adó- és járulékkedvezmények nem illetik meg');
    expect(res.body).toContain('value="kornyezetvedelem"');
  });

  it('creates a submitted organization in the center of the seat’s county, with the registrant as admin and org_staff', async () => {
    const { org, user } = await register({ pointId: x.pointA.id, taxNumber: '10773381 2 17' });
    expect(org.status).toBe('submitted');
    expect(org.centerId).toBe(x.centerA.id);
    expect(org.pointId).toBe(x.pointA.id);
    expect(org.taxNumber).toBe('10773381-2-17');
    expect(org.causes).toEqual(['kornyezetvedelem']);
    const profile = await (await x.client(user.id)).get(`/organizations/${org.id}`);
    expect(profile.statusCode).toBe(200);
    expect(profile.body).toContain('Jóváhagyásra vár');
    expect(profile.body).toContain('Adminisztrátor');
    expect(await orgStaffGrants(t, user.id, x.centerA.id)).toHaveLength(1);
    const events = await t.db.select().from(vettingEvents).where(eq(vettingEvents.subjectId, org.id));
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([[null, 'submitted']]);
    const audit = await auditFor(t, 'organization', org.id);
    expect(audit.map((a) => a.action)).toContain('create');
    expect((await mailsTo(t, x.centerA.email as string)).some((m) => m.subject.includes(org.name))).toBe(true);
  });

  it.each([
    ['taxNumber', '12345678-1-12', 'Adjon meg érvényes adószámot'],
    ['taxNumber', '10773381-9-17', 'Adjon meg érvényes adószámot'],
    ['taxNumber', '', 'Kötelező mező'],
    ['kotRegistrationNumber', 'K-12', 'csak számjegyekből'],
    ['website', 'javascript:alert(1)', 'http:// vagy https://'],
    ['website', 'zoldkor', 'http:// vagy https://'],
    ['place', 'Nincsilyenfalva', ''],
    ['place', 'Zalaegerszeg', 'Zala vármegyében még nem működik önkéntes központ'],
    ['pointId', 'not-a-uuid', 'A felsorolt lehetőségek egyikét kell választani.'],
    ['hostType', 'company', 'A felsorolt lehetőségek egyikét kell választani.'],
    ['causes', 'nincs-ilyen', 'A felsorolt lehetőségek egyikét kell választani.'],
    ['description', 'x'.repeat(4001), 'Legfeljebb 4000 karakter'],
  ])('refuses %s = %s with a Hungarian error next to the field', async (field, value, message) => {
    const user = await x.person('Hibázó');
    const form = validRegistration({ [field]: value });
    const res = await (await x.client(user.id)).post('/organizations/register', form);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain(`id="f-${field}-error"`);
    if (message) expect(res.body).toContain(message);
    expect(await organizationByName(t, form.name as string)).toBeUndefined();
  });

  it('refuses a Volunteer Point of another county’s center', async () => {
    const user = await x.person('Pontválasztó');
    const { createPoint } = await import('../../test-support/factories.js');
    const pointB = await createPoint(t.db, x.centerB.id);
    const form = validRegistration({ pointId: pointB.id });
    const res = await (await x.client(user.id)).post('/organizations/register', form);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Tolna');
    expect(await organizationByName(t, form.name as string)).toBeUndefined();
  });

  it('places a seat in Baranya under center B', async () => {
    const { org } = await register({ place: 'Pécs', taxNumber: '10773381-2-02' });
    expect(org.centerId).toBe(x.centerB.id);
  });
});

describe('public visibility', () => {
  it('shows only approved organizations to the public, and hides the status and members', async () => {
    const { org } = await register();
    const anonymous = await x.client();
    expect((await anonymous.get(`/organizations/${org.id}`)).statusCode).toBe(404);
    expect(await isOrganizationApproved(t.db, org.id)).toBe(false);
    const coordinator = await x.person('Koordinátor', 'center_coordinator');
    const vet = await (await x.client(coordinator.id)).post(`/organizations/${org.id}/vet`, { decision: 'approve', reason: '' });
    expect(vet.statusCode).toBe(303);
    expect(await isOrganizationApproved(t.db, org.id)).toBe(true);
    const publicPage = await anonymous.get(`/organizations/${org.id}`);
    expect(publicPage.statusCode).toBe(200);
    expect(publicPage.body).toContain(org.name);
    expect(publicPage.body).not.toContain('Jóváhagyási előzmények');
    expect(publicPage.body).not.toContain('Adminisztrátor');
  });

  it('answers 404 for unknown and malformed ids', async () => {
    const anonymous = await x.client();
    expect((await anonymous.get('/organizations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await anonymous.get('/organizations/abc')).statusCode).toBe(404);
  });
});

describe('my organizations and the coordinators’ list', () => {
  it('lists the user’s organizations with status', async () => {
    const { org, client } = await register();
    const res = await client.get('/my/organizations');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(org.name);
    expect(res.body).toContain('Jóváhagyásra vár');
  });

  it('shows center A’s queue and list to its coordinator, filters by status and search, and exports', async () => {
    const { org } = await register({ name: `Ábécé Egyesület ${Date.now()}` });
    const approved = await createOrganization(t.db, x.centerA.id, { seat: 'Szekszárd', name: `Zárt Alapítvány ${Date.now()}` });
    const inB = await createOrganization(t.db, x.centerB.id, { seat: 'Pécs' });
    const coordinator = await x.person('Listázó', 'center_coordinator');
    const client = await x.client(coordinator.id);
    const page = await client.get('/center/organizations');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(org.name);
    expect(page.body).toContain(approved.name);
    expect(page.body).not.toContain(inB.name);
    expect(page.body.indexOf(org.name)).toBeLessThan(page.body.lastIndexOf(approved.name));
    const submittedOnly = await client.get('/center/organizations?status=approved');
    expect(submittedOnly.body).toContain(approved.name);
    expect(submittedOnly.body.split(org.name).length).toBe(2); // only in the queue, not in the list
    const search = await client.get(`/center/organizations?q=${encodeURIComponent('zart alap')}`);
    expect(search.body).toContain(approved.name);
    const csv = await client.get('/center/organizations?format=csv&sort=name');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(org.name);
    expect(csv.body).not.toContain(inB.name);
    const xlsx = await client.get('/center/organizations?format=xlsx&status=approved');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const names = (book.worksheets[0]?.getColumn(1).values ?? []).map(String);
    expect(names).toContain(approved.name);
    expect(names).not.toContain(org.name);
  });

  it('pages the list in Hungarian alphabetical order (Cukor before Csiga, Olló before Öböl)', async () => {
    const tag = `rend${Date.now()}`;
    const names = ['Cukor', 'Csiga', 'Ábel', 'Abroncs', 'Zebra', 'Öböl', 'Olló'].map((n) => `${tag} ${n}`);
    for (const name of names) await createOrganization(t.db, x.centerA.id, { seat: 'Szekszárd', name });
    const admin = await x.person('Lapozó', 'center_admin');
    const client = await x.client(admin.id);
    const shown = async (page: number) => {
      const res = await client.get(`/center/organizations?q=${tag}&pageSize=5&page=${page}&sort=name`);
      expect(res.statusCode).toBe(200);
      return [...res.body.matchAll(new RegExp(`>(${tag} [^<]+)</a>`, 'g'))].map((m) => m[1]);
    };
    const expected = ['Ábel', 'Abroncs', 'Cukor', 'Csiga', 'Olló', 'Öböl', 'Zebra'].map((n) => `${tag} ${n}`);
    expect([...(await shown(1)), ...(await shown(2))]).toEqual(expected);
    const desc = await client.get(`/center/organizations?q=${tag}&pageSize=5&sort=name&dir=desc`);
    expect(desc.body.indexOf(`${tag} Zebra`)).toBeLessThan(desc.body.indexOf(`${tag} Öböl`));
  });

  it('shows a point coordinator only the organizations attached to their point, without a vetting queue', async () => {
    const atPoint = await createOrganization(t.db, x.centerA.id, { seat: 'Szekszárd', pointId: x.pointA.id, status: 'submitted' });
    const elsewhere = await createOrganization(t.db, x.centerA.id, { seat: 'Szekszárd' });
    const pc = await x.person('Pontkoordinátor', 'point_coordinator', 'pointA');
    const res = await (await x.client(pc.id)).get('/center/organizations');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(atPoint.name);
    expect(res.body).not.toContain(elsewhere.name);
    expect(res.body).not.toContain('Jóváhagyásra várnak');
  });

  it('forbids the list to organization staff and volunteers', async () => {
    const staff = await x.person('Szervezeti', 'org_staff');
    expect((await (await x.client(staff.id)).get('/center/organizations')).statusCode).toBe(403);
  });
});
