import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpportunity, createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { createSchool } from '../schools/school-factories.js';
import { idFrom, openOpportunity, opportunityRow, type ProgramScene, programForm, programScene } from './programs-test-support.js';

/** The public pages: published programs, a program's page, the county IKSZ list, and the IKSZ fields of the opportunity form. */
let t: TestApp;
let s: ProgramScene;
let anonymous: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  s = await programScene(t);
  anonymous = new TestClient(t.app, t.config.secretKey);
});
afterAll(async () => {
  await t?.close();
});

async function create(form: Record<string, string>) {
  const res = await s.coordinator.client.post('/programs/manage', form);
  expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
  return idFrom(res.headers.location);
}

describe('the public program pages', () => {
  it('list published programs only, in Hungarian order, filterable by kind', async () => {
    await create(programForm({ name: 'Zsámboki program', slug: 'zsamboki-program', kind: 'corporate' }));
    await create(programForm({ name: 'Ördögszekér program', slug: 'ordogszeker-program' }));
    await create(programForm({ name: 'Titkos piszkozat', slug: 'titkos-piszkozat', status: 'draft' }));
    const res = await anonymous.get('/programs?pageSize=200');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('Titkos piszkozat');
    const [a, b] = [res.body.indexOf('Ördögszekér program'), res.body.indexOf('Zsámboki program')];
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    const corporate = await anonymous.get('/programs?kind=corporate&pageSize=200');
    expect(corporate.body).toContain('Zsámboki program');
    expect(corporate.body).not.toContain('Ördögszekér program');
    expect((await anonymous.get('/programs?kind=hospital')).body).toContain('Nincs a szűrésnek megfelelő program.');
  });

  it('show a program with its partners, its published opportunities only and how to join; 404 for a draft', async () => {
    const id = await create(programForm({ name: 'Idősbarát program', slug: 'idosbarat-nyilvanos', minAge: '16' }));
    const { opportunity } = await openOpportunity(t, s, { title: 'Bevásárlás idős szomszédoknak' });
    const draft = await createOpportunity(t.db, s.organization, { title: 'Még nem közzétett lehetőség', status: 'draft', publishedAt: null });
    for (const o of [opportunity, draft]) await s.coordinator.client.post(`/programs/manage/${id}/opportunities`, { opportunityId: o.id });
    await s.coordinator.client.post(`/programs/manage/${id}/partners`, { partner: `organization:${s.organization.id}` });
    const res = await anonymous.get('/programs/idosbarat-nyilvanos');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`href="/opportunities/${opportunity.id}"`);
    expect(res.body).not.toContain('Még nem közzétett lehetőség');
    expect(res.body).toContain(s.organization.name);
    expect(res.body).toContain('Hogyan csatlakozhatsz?');
    expect(res.body).toContain('legalább 16 évesen');
    await create(programForm({ slug: 'rejtett-program', status: 'draft' }));
    expect((await anonymous.get('/programs/rejtett-program')).statusCode).toBe(404);
    expect((await anonymous.get('/programs/nincs-ilyen')).statusCode).toBe(404);
    expect((await anonymous.get('/programs/%3Cscript%3E')).statusCode).toBe(404);
  });

  it('say so when a program has no opportunities or partners yet', async () => {
    await create(programForm({ slug: 'ures-program' }));
    const res = await anonymous.get('/programs/ures-program');
    expect(res.body).toContain('A programban jelenleg nincs nyitott lehetőség.');
    expect(res.body).toContain('A programnak még nincsenek partnerei.');
  });
});

describe('the opportunity form’s IKSZ fields', () => {
  const form = (over: Record<string, string | string[]>) => ({
    title: 'Felolvasás óvodásoknak',
    description: 'Mesét olvasunk.',
    kind: 'one_off',
    place: 'Kecskemét',
    ...over,
  });

  it('require an area when the opportunity is IKSZ-eligible, store them and show them on the public page', async () => {
    const missing = await s.orgMember.client.post(`/organizations/${s.organization.id}/opportunities`, form({ ikszEligible: 'on' }));
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('Válasszon legalább egy tevékenységi területet.');
    const { opportunity } = await openOpportunity(t, s);
    const managed = await s.orgMember.client.get(`/opportunities/${opportunity.id}/edit`);
    expect(managed.body).toContain('name="ikszAreas"');
    const saved = await s.orgMember.client.post(`/opportunities/${opportunity.id}`, form({ ikszEligible: 'on', ikszAreas: ['b', 'e'] }));
    expect(saved.statusCode, saved.body.slice(0, 1500)).toBe(303);
    expect(await opportunityRow(t.db, opportunity.id)).toMatchObject({ ikszEligible: true, ikszAreas: ['b', 'e'] });
    await t.db.execute(`update opportunities set status = 'published' where id = '${opportunity.id}'`);
    const page = await anonymous.get(`/opportunities/${opportunity.id}`);
    expect(page.body).toContain('Iskolai közösségi szolgálatra alkalmas');
  });

  it('clear the areas when the box is not ticked', async () => {
    const { opportunity } = await openOpportunity(t, s);
    await s.orgMember.client.post(`/opportunities/${opportunity.id}`, form({ ikszAreas: ['a'] }));
    expect(await opportunityRow(t.db, opportunity.id)).toMatchObject({ ikszEligible: false, ikszAreas: [] });
  });
});

describe('the county IKSZ list', () => {
  it('lists eligible published opportunities with their hosts, filtered by county, area and distance from a school', async () => {
    const center = await createCenter(t.db);
    const szeged = await createOrganization(t.db, center.id, { name: 'Szegedi Ikszes Egyesület', seat: 'Szeged' });
    const kecskemet = await createOrganization(t.db, center.id, { name: 'Kecskeméti Ikszes Alapítvány', seat: 'Kecskemét' });
    await createOpportunity(t.db, szeged, { title: 'Szegedi IKSZ-lehetőség', place: 'Szeged', ikszEligible: true, ikszAreas: ['a'] });
    await createOpportunity(t.db, kecskemet, { title: 'Kecskeméti IKSZ-lehetőség', place: 'Kecskemét', ikszEligible: true, ikszAreas: ['b', 'c'] });
    await createOpportunity(t.db, kecskemet, { title: 'Kecskeméti nem IKSZ', place: 'Kecskemét' });
    await createOpportunity(t.db, kecskemet, { title: 'Kecskeméti IKSZ piszkozat', place: 'Kecskemét', ikszEligible: true, ikszAreas: ['b'], status: 'draft' });
    const all = await anonymous.get('/iksz/hosts?pageSize=200');
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('Szegedi IKSZ-lehetőség');
    expect(all.body).toContain('Kecskeméti IKSZ-lehetőség');
    expect(all.body).not.toContain('Kecskeméti nem IKSZ');
    expect(all.body).not.toContain('Kecskeméti IKSZ piszkozat');
    const [k, sz] = [all.body.indexOf('Kecskeméti Ikszes Alapítvány'), all.body.indexOf('Szegedi Ikszes Egyesület')];
    expect(k).toBeGreaterThan(0);
    expect(sz).toBeGreaterThan(k);

    const csongrad = await anonymous.get(`/iksz/hosts?pageSize=200&county=${encodeURIComponent('Csongrád-Csanád')}`);
    expect(csongrad.body).toContain('Szegedi IKSZ-lehetőség');
    expect(csongrad.body).not.toContain('Kecskeméti IKSZ-lehetőség');
    const areaC = await anonymous.get('/iksz/hosts?pageSize=200&area=c');
    expect(areaC.body).toContain('Kecskeméti IKSZ-lehetőség');
    expect(areaC.body).not.toContain('Szegedi IKSZ-lehetőség');

    const school = await createSchool(t.db, center.id, { name: 'Kecskeméti Távolság Gimnázium', seat: 'Kecskemét' });
    const near = await anonymous.get(`/iksz/hosts?pageSize=200&school=${school.id}&km=30`);
    expect(near.body).toContain('Kecskeméti IKSZ-lehetőség');
    expect(near.body).not.toContain('Szegedi IKSZ-lehetőség');
    const far = await anonymous.get(`/iksz/hosts?pageSize=200&school=${school.id}&km=200&sort=distance`);
    const [kk, ss] = [far.body.indexOf('Kecskeméti IKSZ-lehetőség'), far.body.indexOf('Szegedi IKSZ-lehetőség')];
    expect(kk).toBeGreaterThan(0);
    expect(ss).toBeGreaterThan(kk);
    expect(far.body).toContain('0 km');

    const csv = await anonymous.get(`/iksz/hosts?format=csv&school=${school.id}&km=200`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Szegedi Ikszes Egyesület');
    expect(csv.body).toContain('/opportunities/');
    const xlsx = await anonymous.get('/iksz/hosts?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
  });

  it('reads bad filters as none', async () => {
    const res = await anonymous.get('/iksz/hosts?area=z&school=nem-uuid&km=-5&sort=distance&county=%3Cscript%3E');
    expect(res.statusCode).toBe(200);
  });
});
