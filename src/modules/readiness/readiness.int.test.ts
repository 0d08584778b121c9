import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizationReadiness } from '../../db/schema/index.js';
import { createOrganization } from '../../test-support/brokering-factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { auditRowsFor } from '../admin/admin-test-tenants.js';
import { createCourse, createCourseSession, type TrainingStaffScene, trainingStaffScene } from './readiness-test-support.js';

let t: TestApp;
let s: TrainingStaffScene;
beforeAll(async () => {
  t = await createTestApp();
  s = await trainingStaffScene(t);
});
afterAll(async () => {
  await t?.close();
});

const allYes = { coordinator: 'yes', induction: 'yes', insurance: 'yes', contract: 'yes', register: 'yes', supervision: 'yes', recognition: 'yes' };
const url = () => `/organizations/${s.organization.id}/readiness`;

describe('the self-assessment of an organization', () => {
  it('starts empty, rejects an incomplete or forged form next to the fields, and keeps what was ticked', async () => {
    const member = await s.client('member');
    const page = await member.get(url());
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Szervezetük még nem töltötte ki az önértékelést.');
    expect(page.body).toContain('Van-e az Önök szervezetében kijelölt önkéntes-koordinátor?');

    const empty = await member.post(url(), {});
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('id="f-coordinator-error"');
    expect(empty.body).toContain('Kötelező mező.');

    const forged = await member.post(url(), { ...allYes, insurance: 'maybe', recognition: '<script>alert(1)</script>' });
    expect(forged.statusCode).toBe(422);
    expect(forged.body).toContain('Kérjük, válasszon: igen, részben vagy nem.');
    expect(forged.body).not.toContain('<script>alert(1)');
    // What was ticked is ticked again.
    expect(forged.body).toMatch(/id="f-coordinator"[^>]*value="yes"[^>]*checked|value="yes"[^>]*checked[^>]*id="f-coordinator"/);
    expect(await t.db.select().from(organizationReadiness).where(eq(organizationReadiness.organizationId, s.organization.id))).toHaveLength(0);
  });

  it('records a submission with its gaps, audited, and recommends the published courses of the center and the nation for each gap', async () => {
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000);
    const coordinators = await createCourse(t.db, {
      centerId: s.centerA.id,
      title: 'Önkéntes-koordinátorok képzése',
      readinessAreas: ['coordinator', 'supervision'],
    });
    await createCourseSession(t.db, coordinators, s.centerA.id, new Date(Date.now() - 7 * 86_400_000));
    await createCourseSession(t.db, coordinators, s.centerA.id, new Date(Date.now() + 3 * 86_400_000), { cancelled: true });
    await createCourseSession(t.db, coordinators, s.centerA.id, inTwoWeeks);
    const law = await createCourse(t.db, { centerId: null, title: 'Önkéntes jog a gyakorlatban', readinessAreas: ['register', 'contract'] });
    await createCourse(t.db, { centerId: s.centerA.id, title: 'Piszkozat képzés', readinessAreas: ['coordinator'], status: 'draft' });
    await createCourse(t.db, { centerId: s.centerB.id, title: 'Másik központ képzése', readinessAreas: ['coordinator'] });

    const member = await s.client('member');
    const saved = await member.post(url(), { ...allYes, coordinator: 'no', register: 'partly' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(url());

    const [row] = await t.db.select().from(organizationReadiness).where(eq(organizationReadiness.organizationId, s.organization.id));
    expect(row).toMatchObject({ gaps: ['coordinator', 'register'], submittedBy: s.users.member.id });
    expect(row?.answers).toMatchObject({ coordinator: 'no', register: 'partly', insurance: 'yes' });
    const audit = await auditRowsFor(t.db, 'organization_readiness', row?.id as string);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actorUserId: s.users.member.id, centerId: s.centerA.id });

    const page = await member.get(url());
    expect(page.body).toContain('Kitöltötte: Nagy Levente');
    expect(page.body).toContain('<span class="status-rejected">Nem</span>');
    expect(page.body).toContain('<span class="status-submitted">Részben</span>');
    expect(page.body).toContain(`href="/trainings/${coordinators.slug}"`);
    expect(page.body).toContain(`href="/trainings/${law.slug}"`);
    expect(page.body).toContain('Következő időpont:');
    expect(page.body).toContain('Kecskemét');
    // The national course has no session in the center yet.
    expect(page.body).toContain('Jelenleg nincs meghirdetett időpont.');
    expect(page.body).not.toContain('Piszkozat képzés');
    expect(page.body).not.toContain('Másik központ képzése');
    // Supervision and the other areas were answered "yes": no recommendation section for them.
    expect(page.body).not.toContain('<h3>Mentorálás</h3>');
  });

  it('keeps every submission: the latest counts, the earlier ones are listed', async () => {
    const member = await s.client('member');
    expect((await member.post(url(), allYes)).statusCode).toBe(303);
    const rows = await t.db.select().from(organizationReadiness).where(eq(organizationReadiness.organizationId, s.organization.id));
    expect(rows).toHaveLength(2);
    const page = await member.get(url());
    expect(page.body).toContain('Minden területen felkészültek.');
    expect(page.body).toContain('Korábbi kitöltések');
    expect(page.body).toContain('2 fejlesztendő terület');
  });

  it('asks for a new one once the latest is a year old', async () => {
    const org = await createOrganization(t.db, s.centerA.id, { memberUserIds: [s.users.member.id] });
    await t.db.insert(organizationReadiness).values({
      organizationId: org.id,
      answers: { ...allYes, recognition: 'no' } as never,
      gaps: ['recognition'],
      submittedAt: new Date(Date.now() - 400 * 86_400_000),
    });
    const member = await s.client('member');
    expect((await member.get(`/organizations/${org.id}/readiness`)).body).toContain('Az önértékelés egy évnél régebbi.');
  });
});

describe('who may see and fill in the self-assessment', () => {
  it('members fill it in; the center staff read it without a form; others are refused', async () => {
    const coordinator = await s.client('coordinatorA');
    const read = await coordinator.get(url());
    expect(read.statusCode).toBe(200);
    expect(read.body).toContain('Az önértékelést a szervezet tagjai tölthetik ki.');
    expect(read.body).not.toContain('Önértékelés beküldése');
    expect((await coordinator.post(url(), allYes)).statusCode).toBe(403);

    // An approved organization is public: those who may not see its internals get 403, as on its other pages.
    for (const persona of ['otherMember', 'volunteer', 'coordinatorB'] as const) {
      const client = await s.client(persona);
      expect((await client.get(url())).statusCode, persona).toBe(403);
      expect((await client.post(url(), allYes)).statusCode, persona).toBe(403);
    }
    // Not approved and not theirs: as if it did not exist.
    const hidden = await createOrganization(t.db, s.centerA.id, { status: 'submitted' });
    expect((await (await s.client('otherMember')).get(`/organizations/${hidden.id}/readiness`)).statusCode).toBe(404);
    const anonymous = await s.client('anonymous');
    expect((await anonymous.get(url())).statusCode).toBe(303);
    expect((await anonymous.get(`/organizations/not-an-id/readiness`)).statusCode).toBe(303);
  });
});

describe('the next step on the dashboard', () => {
  it('asks a member to fill it in when there is none or it is a year old, and not after a fresh one', async () => {
    const user = s.users.otherMember;
    const member = await s.client('otherMember');
    // The step's sentence (the organization section links the page all the time).
    const readinessLink = 'töltse ki a felkészültségi önértékelést';
    expect((await member.get('/dashboard')).body).toContain(readinessLink);
    await t.db.insert(organizationReadiness).values({
      organizationId: s.otherOrganization.id,
      answers: allYes as never,
      gaps: [],
      submittedAt: new Date(Date.now() - 366 * 86_400_000),
      submittedBy: user.id,
    });
    expect((await member.get('/dashboard')).body).toContain(readinessLink);
    expect((await member.post(`/organizations/${s.otherOrganization.id}/readiness`, allYes)).statusCode).toBe(303);
    expect((await member.get('/dashboard')).body).not.toContain(readinessLink);
  });
});
