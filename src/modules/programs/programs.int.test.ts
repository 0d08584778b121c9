import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, hourEntries, ikszOccasions, programs } from '../../db/schema/index.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { createSchool, createStudent } from '../schools/school-factories.js';
import { auditOf, idFrom, openOpportunity, type ProgramScene, programForm, programScene } from './programs-test-support.js';

/** Running a program: the form's rules, who may do what, partners, opportunities and the dashboard's figures. */
let t: TestApp;
let s: ProgramScene;
beforeAll(async () => {
  t = await createTestApp();
  s = await programScene(t);
});
afterAll(async () => {
  await t?.close();
});

const programRow = async (id: string) => (await t.db.select().from(programs).where(eq(programs.id, id)))[0];

async function create(form: Record<string, string> = programForm()) {
  const res = await s.coordinator.client.post('/programs/manage', form);
  expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
  return idFrom(res.headers.location);
}

describe('the program form', () => {
  it('creates a program in the coordinator’s center, audited', async () => {
    const id = await create(programForm({ name: 'Árvíztűrő program', slug: 'arviztuero-program' }));
    expect(await programRow(id)).toMatchObject({ centerId: s.center.id, name: 'Árvíztűrő program', slug: 'arviztuero-program', status: 'published' });
    const [audit] = await auditOf(t.db, id);
    expect(audit).toMatchObject({ action: 'programs.program.create', centerId: s.center.id, actorUserId: s.coordinator.user.id });
  });

  it('refuses a bad, a reserved and a taken slug with Hungarian errors next to the field', async () => {
    const bad = await s.coordinator.client.post('/programs/manage', programForm({ slug: 'Idősbarát Program' }));
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Csak kisbetűt, számjegyet és kötőjelet tartalmazhat');
    const reserved = await s.coordinator.client.post('/programs/manage', programForm({ slug: 'manage' }));
    expect(reserved.statusCode).toBe(422);
    expect(reserved.body).toContain('Ez a webcím-azonosító foglalt');
    await create(programForm({ slug: 'foglalt-azonosito' }));
    const taken = await s.coordinator.client.post('/programs/manage', programForm({ slug: 'foglalt-azonosito' }));
    expect(taken.statusCode).toBe(422);
    expect(taken.body).toContain('Ilyen webcím-azonosítójú program már van.');
  });

  it('keeps the slug fixed on edit and drops hospital fields of another kind', async () => {
    const id = await create(programForm({ slug: 'marad-a-cim' }));
    const res = await s.coordinator.client.post(
      `/programs/manage/${id}`,
      programForm({ slug: 'uj-cim', name: 'Átnevezett program', status: 'draft', confidentialityTemplate: 'Nem kórházi' }),
    );
    expect(res.statusCode).toBe(303);
    expect(await programRow(id)).toMatchObject({ slug: 'marad-a-cim', name: 'Átnevezett program', status: 'draft', confidentialityTemplate: null });
    expect((await auditOf(t.db, id)).map((a) => a.action)).toContain('programs.program.update');
  });

  it('refuses an induction qualification no course of the center grants', async () => {
    const res = await s.coordinator.client.post('/programs/manage', programForm({ kind: 'hospital', inductionQualification: 'Kitalált képesítés' }));
    expect(res.statusCode).toBe(422);
  });
});

describe('who may run programs', () => {
  it('answers 404 to another center’s coordinator and 403 to a volunteer; the national admin sees it', async () => {
    const id = await create();
    expect((await s.foreignCoordinator.client.get(`/programs/manage/${id}`)).statusCode).toBe(404);
    expect((await s.foreignCoordinator.client.post(`/programs/manage/${id}`, programForm())).statusCode).toBe(404);
    expect((await s.volunteer.client.get(`/programs/manage/${id}`)).statusCode).toBe(403);
    expect((await s.volunteer.client.get('/programs/manage')).statusCode).toBe(403);
    expect((await s.nationalAdmin.client.get(`/programs/manage/${id}`)).statusCode).toBe(200);
    const foreignList = await s.foreignCoordinator.client.get('/programs/manage');
    expect(foreignList.statusCode).toBe(200);
    expect(foreignList.body).not.toContain(`/programs/manage/${id}`);
  });

  it('lists the center’s programs in Hungarian order and exports them', async () => {
    await create(programForm({ name: 'Zöld program', slug: 'zold-program-lista' }));
    await create(programForm({ name: 'Ökörfogat program', slug: 'okorfogat-program-lista' }));
    await create(programForm({ name: 'Oktatási program', slug: 'oktatasi-program-lista' }));
    const res = await s.admin.client.get('/programs/manage?q=program&pageSize=200');
    expect(res.statusCode).toBe(200);
    const order = ['Oktatási program', 'Ökörfogat program', 'Zöld program'].map((n) => res.body.indexOf(n));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const csv = await s.admin.client.get('/programs/manage?format=csv&q=%C3%96k%C3%B6rfogat');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Ökörfogat program');
    expect(csv.body).toContain('okorfogat-program-lista');
  });
});

describe('partners', () => {
  it('adds and removes a host organization of the center, audited; refuses one of another center', async () => {
    const id = await create();
    const add = await s.coordinator.client.post(`/programs/manage/${id}/partners`, { partner: `organization:${s.organization.id}` });
    expect(add.statusCode).toBe(303);
    expect((await s.coordinator.client.get(`/programs/manage/${id}`)).body).toContain(s.organization.name);
    const foreign = await s.coordinator.client.post(`/programs/manage/${id}/partners`, { partner: `organization:${s.foreignOrganization.id}` });
    expect(foreign.statusCode).toBe(422);
    const unconfirmed = await s.coordinator.client.post(`/programs/manage/${id}/partners/remove`, {
      partnerKind: 'organization',
      partnerId: s.organization.id,
    });
    expect(unconfirmed.statusCode).toBe(422);
    const remove = await s.coordinator.client.post(`/programs/manage/${id}/partners/remove`, {
      partnerKind: 'organization',
      partnerId: s.organization.id,
      confirm: 'on',
    });
    expect(remove.statusCode).toBe(303);
    const actions = (await auditOf(t.db, id)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['programs.partner.add', 'programs.partner.remove']));
  });

  it('adds a school of the center', async () => {
    const school = await createSchool(t.db, s.center.id, { name: 'Kecskeméti Teszt Gimnázium' });
    const id = await create();
    expect((await s.coordinator.client.post(`/programs/manage/${id}/partners`, { partner: `school:${school.id}` })).statusCode).toBe(303);
    expect((await s.coordinator.client.get(`/programs/manage/${id}`)).body).toContain('Kecskeméti Teszt Gimnázium');
  });
});

describe('the dashboard', () => {
  it('shows next steps for an empty draft', async () => {
    const id = await create(programForm({ status: 'draft' }));
    const res = await s.coordinator.client.get(`/programs/manage/${id}`);
    expect(res.body).toContain('Adjon lehetőségeket a programhoz.');
    expect(res.body).toContain('A program piszkozat');
  });

  it('counts Köt. hours and IKSZ occasions apart, never summed', async () => {
    const id = await create();
    const { opportunity } = await openOpportunity(t, s);
    expect((await s.coordinator.client.post(`/programs/manage/${id}/opportunities`, { opportunityId: opportunity.id })).statusCode).toBe(303);
    const volunteer = await createVolunteer(t.db, { centerId: s.center.id });
    const [application] = await t.db
      .insert(applications)
      .values({ volunteerId: volunteer.id, opportunityId: opportunity.id, centerId: s.center.id, origin: 'volunteer', status: 'accepted' })
      .returning();
    await t.db.insert(hourEntries).values({
      applicationId: application?.id as string,
      volunteerId: volunteer.id,
      organizationId: s.organization.id,
      centerId: s.center.id,
      activityDay: '2026-11-20',
      minutes: 150,
      activity: 'Bevásárlás',
      status: 'approved',
    });
    const school = await createSchool(t.db, s.center.id);
    const { student } = await createStudent(t.db, school);
    await t.db.insert(ikszOccasions).values({
      studentId: student.id,
      schoolId: school.id,
      organizationId: s.organization.id,
      opportunityId: opportunity.id,
      serial: 1,
      schoolYear: '2026/2027',
      activityDay: '2026-11-21',
      startsAt: new Date('2026-11-21T09:00:00Z'),
      endsAt: new Date('2026-11-21T12:00:00Z'),
      minutes: 180,
      placeText: 'Kecskemét',
      area: 'b',
      activity: 'Felolvasás',
      status: 'accepted',
    });
    const res = await s.coordinator.client.get(`/programs/manage/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('2 óra 30 perc');
    expect(res.body).toContain('3 óra');
    expect(res.body).not.toContain('5 óra 30 perc');
    expect(res.body).toContain('Iskola által elfogadott');
    expect(res.body).toContain('Elfogadott');
  });
});
