import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingCourses } from '../../db/schema/index.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor } from '../placements/placements-test-support.js';
import { createCourse, trainingAudit } from './trainings-test-support.js';

/** Courses on the staff pages (issue 14): validation with Hungarian field errors, who may write which course, the list and its export. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

let counter = 0;
function courseForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  counter++;
  return {
    title: `Elsősegély alapok ${counter}`,
    slug: `elsosegely-alapok-${counter}-${Date.now()}`,
    audience: 'volunteer',
    summary: 'Az elsősegély alapjai önkénteseknek.',
    description: 'Újraélesztés, sebellátás.\n\nGyakorlással.',
    duration: '4,5',
    prerequisites: '',
    qualificationName: 'Elsősegély-tanfolyam',
    validityMonths: '36',
    minAge: '14',
    readinessAreas: ['induction', 'supervision'],
    status: 'published',
    ...overrides,
  };
}

async function staffOf(role: 'center_coordinator' | 'center_admin' | 'point_coordinator' | 'national_admin', centerId: string | null) {
  const user = await createUser(t.db, { grants: [{ role, centerId, pointId: null }] });
  return clientFor(t, user.id);
}

async function courseBySlug(slug: string) {
  const [row] = await t.db.select().from(trainingCourses).where(eq(trainingCourses.slug, slug));
  return row;
}

describe('creating a course', () => {
  it("saves a center's course for its coordinator, audited, with the duration in minutes", async () => {
    const center = await createCenter(t.db);
    const client = await staffOf('center_coordinator', center.id);
    const form = courseForm();
    const res = await client.post('/trainings/manage', form);
    expect(res.statusCode).toBe(303);
    const course = await courseBySlug(form.slug as string);
    expect(course).toMatchObject({
      centerId: center.id,
      durationMinutes: 270,
      validityMonths: 36,
      minAge: 14,
      readinessAreas: ['induction', 'supervision'],
      qualificationName: 'Elsősegély-tanfolyam',
    });
    expect(res.headers.location).toBe(`/trainings/manage/${course?.id}`);
    const audit = await trainingAudit(t.db, 'training_course', course?.id as string);
    expect(audit.map((a) => a.action)).toEqual(['create']);
    const page = await client.get(`/trainings/manage/${course?.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Elsősegély-tanfolyam');
  });

  it('shows Hungarian errors next to each field and keeps what was typed', async () => {
    const center = await createCenter(t.db);
    const client = await staffOf('center_coordinator', center.id);
    const res = await client.post('/trainings/manage', courseForm({ title: '', slug: 'Rossz Cím', duration: 'sok', minAge: '5', audience: 'mindenki' }));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Kötelező mező.');
    expect(res.body).toContain('A webcím 3–80 karakter');
    expect(res.body).toContain('Az időtartam 0,25 és 200 óra között legyen');
    expect(res.body).toContain('A korhatár 10 és 99 év között legyen');
    expect(res.body).toContain('A felsorolt lehetőségek egyikét kell választani.');
    expect(res.body).toContain('value="Rossz Cím"');
    expect(res.body).toContain('checked');
    // The cross-field rule, once the fields themselves are right.
    const validity = await client.post('/trainings/manage', courseForm({ validityMonths: '12', qualificationName: '' }));
    expect(validity.statusCode).toBe(422);
    expect(validity.body).toContain('Érvényességet csak a megszerzett képesítéshez adhat meg.');
  });

  it('refuses a reserved or a taken address', async () => {
    const center = await createCenter(t.db);
    const client = await staffOf('center_coordinator', center.id);
    const reserved = await client.post('/trainings/manage', courseForm({ slug: 'manage' }));
    expect(reserved.statusCode).toBe(422);
    expect(reserved.body).toContain('Ez a webcím a képzések egy oldaláé.');
    const existing = await createCourse(t.db, { centerId: center.id });
    const taken = await client.post('/trainings/manage', courseForm({ slug: existing.slug }));
    expect(taken.statusCode).toBe(422);
    expect(taken.body).toContain('Ez a webcím már egy másik képzésé.');
  });

  it('lets only national admins write a national course', async () => {
    const center = await createCenter(t.db);
    const national = await staffOf('national_admin', null);
    const nationalForm = courseForm({ centerId: '' });
    expect((await national.post('/trainings/manage', nationalForm)).statusCode).toBe(303);
    expect((await courseBySlug(nationalForm.slug as string))?.centerId).toBeNull();

    const coordinator = await staffOf('center_coordinator', center.id);
    // Without a center chosen, a one-center coordinator's course is their center's.
    const ownForm = courseForm({ centerId: '' });
    expect((await coordinator.post('/trainings/manage', ownForm)).statusCode).toBe(303);
    expect((await courseBySlug(ownForm.slug as string))?.centerId).toBe(center.id);

    const nationalCourse = await courseBySlug(nationalForm.slug as string);
    const edit = await coordinator.post(`/trainings/manage/${nationalCourse?.id}`, courseForm({ slug: nationalForm.slug as string, title: 'Átírva' }));
    expect(edit.statusCode).toBe(403);
    // They read it (to schedule its sessions in their center) but get no form.
    const page = await coordinator.get(`/trainings/manage/${nationalCourse?.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Országos képzés');
    expect(page.body).not.toContain(`action="/trainings/manage/${nationalCourse?.id}"`);
  });

  it("refuses another center's staff and point coordinators", async () => {
    const [a, b] = [await createCenter(t.db), await createCenter(t.db)];
    const course = await createCourse(t.db, { centerId: a.id });
    const foreign = await staffOf('center_admin', b.id);
    expect((await foreign.get(`/trainings/manage/${course.id}`)).statusCode).toBe(404);
    expect((await foreign.post(`/trainings/manage/${course.id}`, courseForm())).statusCode).toBe(404);
    expect((await foreign.post('/trainings/manage', courseForm({ centerId: a.id }))).statusCode).toBe(403);
    const point = await staffOf('point_coordinator', a.id);
    expect((await point.get('/trainings/manage')).statusCode).toBe(403);
  });
});

describe('editing a course', () => {
  it('saves the edit under audit and keeps its center', async () => {
    const center = await createCenter(t.db);
    const client = await staffOf('center_admin', center.id);
    const course = await createCourse(t.db, { centerId: center.id });
    const other = await createCenter(t.db);
    const res = await client.post(`/trainings/manage/${course.id}`, courseForm({ slug: course.slug, title: 'Új cím', status: 'archived', centerId: other.id }));
    expect(res.statusCode).toBe(303);
    const [after] = await t.db.select().from(trainingCourses).where(eq(trainingCourses.id, course.id));
    expect(after).toMatchObject({ title: 'Új cím', status: 'archived', centerId: center.id });
    const audit = await trainingAudit(t.db, 'training_course', course.id);
    expect(audit.map((a) => a.action)).toEqual(['update']);
    expect(audit[0]?.before).toMatchObject({ title: course.title });
  });
});

describe('the course list', () => {
  it("lists national courses and the center's own, filters, sorts and exports them", async () => {
    const [a, b] = [await createCenter(t.db), await createCenter(t.db)];
    const tag = `${Date.now()}`;
    await createCourse(t.db, { centerId: a.id, title: `Ápolás ${tag}`, audience: 'volunteer' });
    await createCourse(t.db, { centerId: a.id, title: `Zene ${tag}`, audience: 'organization', status: 'draft' });
    await createCourse(t.db, { centerId: null, title: `Árvíz ${tag}` });
    await createCourse(t.db, { centerId: b.id, title: `Idegen ${tag}` });
    const client = await staffOf('center_coordinator', a.id);
    const page = await client.get(`/trainings/manage?q=${tag}`);
    expect(page.statusCode).toBe(200);
    const titles = [...page.body.matchAll(/href="\/trainings\/manage\/[0-9a-f-]{36}">([^<]+)</g)].map((m) => m[1]);
    // Hungarian order: Á sorts with A, before Á-words that follow; Idegen (center B) is not there.
    expect(titles).toEqual([`Ápolás ${tag}`, `Árvíz ${tag}`, `Zene ${tag}`]);
    const drafts = await client.get(`/trainings/manage?q=${tag}&status=draft`);
    expect(drafts.body).toContain(`Zene ${tag}`);
    expect(drafts.body).not.toContain(`Ápolás ${tag}`);
    const csv = await client.get(`/trainings/manage?q=${tag}&format=csv&sort=title&dir=desc`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`Zene ${tag}`);
    const xlsx = await client.get(`/trainings/manage?q=${tag}&format=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('says when nothing matches', async () => {
    const center = await createCenter(t.db);
    const client = await staffOf('center_coordinator', center.id);
    const page = await client.get('/trainings/manage?q=nincsilyenkepzes');
    expect(page.body).toContain('Nincs a szűrésnek megfelelő képzés.');
  });
});
