import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ikszAgreements } from '../../db/schema/index.js';
import { addDays, budapestDay } from '../../platform/budapest-time.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { hasValidAgreement } from './facts.js';
import { createAgreement } from './school-factories.js';
import { idFrom, type SchoolScene, schoolScene } from './schools-test-support.js';

/** Cooperation agreements: the template, saving, the PDF, signing by both sides, validity and expiry, the host's side, the dashboard. */
let t: TestApp;
let s: SchoolScene;
beforeAll(async () => {
  t = await createTestApp();
  s = await schoolScene(t);
});
afterAll(async () => {
  await t?.close();
});

const today = () => budapestDay(new Date());
const base = () => `/schools/${s.school.id}/agreements`;
const facts = (over: Record<string, string | string[]> = {}) => ({
  organizationId: s.host.id,
  startsOn: '2026-09-01',
  endsOn: '2027-08-31',
  mentorName: 'Mentor Mária',
  mentorTasks: 'A diákok fogadása, a balesetvédelmi oktatás és a napló igazolása.',
  areas: ['b', 'e'],
  ...over,
});

describe('making an agreement', () => {
  it('generates the text from the template with the parties, duration, mentor and areas; the coordinator edits and saves it', async () => {
    const preview = await s.coordinator.client.post(base(), facts({ step: 'preview' }));
    expect(preview.statusCode).toBe(200);
    for (const text of [
      s.school.name,
      s.school.omId,
      s.host.name,
      '2026. 09. 01.',
      '2027. 08. 31.',
      'Mentor Mária',
      'szociális és jótékonysági',
      'EGYÜTTMŰKÖDÉSI MEGÁLLAPODÁS',
    ]) {
      expect(preview.body).toContain(text);
    }
    const body = 'EGYÜTTMŰKÖDÉSI MEGÁLLAPODÁS\n\n1. A megállapodás tárgya\nSzerkesztett szöveg a próbához.';
    const res = await s.coordinator.client.post(base(), facts({ step: 'save', body }));
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    const [row] = await t.db
      .select()
      .from(ikszAgreements)
      .where(eq(ikszAgreements.id, idFrom(res.headers.location)));
    expect(row).toMatchObject({
      schoolId: s.school.id,
      organizationId: s.host.id,
      areas: ['b', 'e'],
      body,
      schoolSignedOn: null,
      createdBy: s.coordinator.user.id,
    });
  });

  it('refuses an end before the start, no area, and a host of another center or not approved', async () => {
    const res = await s.coordinator.client.post(base(), facts({ endsOn: '2026-01-01', areas: [], step: 'preview' }));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('A hatály vége nem lehet korábbi a kezdeténél.');
    expect(res.body).toContain('Legalább egy tevékenységi területet jelöljön meg.');
    const foreign = await s.coordinator.client.post(base(), facts({ organizationId: '00000000-0000-4000-8000-000000000000', step: 'preview' }));
    expect(foreign.statusCode).toBe(422);
  });

  it('only the coordinator makes and signs agreements: the class teacher 403, another school’s coordinator 404', async () => {
    expect((await s.classTeacher.client.get(`${base()}/new`)).statusCode).toBe(403);
    expect((await s.classTeacher.client.post(base(), facts({ step: 'preview' }))).statusCode).toBe(403);
    expect((await s.otherCoordinator.client.get(`${base()}/new`)).statusCode).toBe(404);
    expect((await s.otherCoordinator.client.get(base())).statusCode).toBe(404);
  });
});

describe('signing, the PDF and validity', () => {
  it('is valid once both sides signed and the day is within the duration; the host’s member records their side', async () => {
    const agreement = await createAgreement(t.db, s.school.id, s.host.id, {
      schoolSignedOn: null,
      hostSignedOn: null,
      startsOn: '2026-01-01',
      endsOn: '2030-12-31',
    });
    const day = today();
    expect(await hasValidAgreement(t.db, s.school.id, s.host.id, day)).toBe(false);
    const sign = await s.coordinator.client.post(`${base()}/${agreement.id}/sign`, { schoolSignedOn: '2026-01-05', hostSignedOn: '' });
    expect(sign.statusCode).toBe(303);
    expect(await hasValidAgreement(t.db, s.school.id, s.host.id, day)).toBe(false);
    const hostPath = `/organizations/${s.host.id}/iksz-agreements`;
    const list = await s.hostMember.client.get(hostPath);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(s.school.name);
    const future = await s.hostMember.client.post(`${hostPath}/${agreement.id}/sign`, { hostSignedOn: '2999-01-01' });
    expect(future.statusCode).toBe(422);
    expect((await s.hostMember.client.post(`${hostPath}/${agreement.id}/sign`, { hostSignedOn: '2026-01-06' })).statusCode).toBe(303);
    expect(await hasValidAgreement(t.db, s.school.id, s.host.id, day)).toBe(true);
    expect(await hasValidAgreement(t.db, s.school.id, s.host.id, '2031-01-01')).toBe(false);
    // Another host's member, a volunteer and the school's coordinator are not this host.
    for (const who of [s.otherHostMember, s.volunteer, s.coordinator]) {
      const res = await who.client.post(`${hostPath}/${agreement.id}/sign`, { hostSignedOn: '2026-01-07' });
      expect([403, 404]).toContain(res.statusCode);
    }
    expect((await s.otherHostMember.client.get(`/organizations/${s.otherHost.id}/iksz-agreements/${agreement.id}`)).statusCode).toBe(404);
  });

  it('renders a tagged PDF for the school and for the host', async () => {
    const agreement = await createAgreement(t.db, s.school.id, s.host.id, { body: 'EGYÜTTMŰKÖDÉSI MEGÁLLAPODÁS\n\n1. Tárgy\nŐszi szünet, fűtés.' });
    for (const [who, url] of [
      [s.coordinator, `${base()}/${agreement.id}/agreement.pdf`],
      [s.hostMember, `/organizations/${s.host.id}/iksz-agreements/${agreement.id}/agreement.pdf`],
    ] as const) {
      const res = await who.client.get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(res.rawPayload.toString('latin1')).toContain('/MarkInfo');
    }
    expect((await s.otherCoordinator.client.get(`${base()}/${agreement.id}/agreement.pdf`)).statusCode).toBe(404);
  });

  it('flags agreements ending within 30 days on the list and as a next step on the coordinator’s dashboard', async () => {
    await createAgreement(t.db, s.school.id, s.otherHost.id, { startsOn: '2026-01-01', endsOn: addDays(today(), 10) });
    const list = await s.coordinator.client.get(`${base()}?expiring=1`);
    expect(list.body).toContain(s.otherHost.name);
    expect(list.body).toContain('Lejár:');
    const dashboard = await s.coordinator.client.get('/dashboard');
    expect(dashboard.body).toContain('Iskolai közösségi szolgálat');
    expect(dashboard.body).toContain('30 napon belül lejár');
    expect(dashboard.body).toContain(`/schools/${s.school.id}/agreements?expiring=1`);
    const teacherDashboard = await s.classTeacher.client.get('/dashboard');
    expect(teacherDashboard.body).toContain(`/schools/${s.school.id}/students?status=active`);
    expect(teacherDashboard.body).not.toContain('agreements?expiring=1');
  });
});
