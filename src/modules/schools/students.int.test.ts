import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, guardianLinks, ikszGuardianAgreements, ikszStudents, outbox, volunteers } from '../../db/schema/index.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { staffMember } from '../inquiries/inquiries-test-support.js';
import { schoolYearOf } from '../volunteer-law/school-calendar.js';
import { loadSchoolCaps } from './caps.js';
import { createStudent } from './school-factories.js';
import { idFrom, type SchoolScene, schoolScene } from './schools-test-support.js';

/** Students: enrolment, exemptions, leaving, the guardian's invitation and yearly agreement, the school's caps. */
let t: TestApp;
let s: SchoolScene;
beforeAll(async () => {
  t = await createTestApp();
  s = await schoolScene(t);
});
afterAll(async () => {
  await t?.close();
});

const year = () => schoolYearOf(budapestDay(new Date())).label;
const base = () => `/schools/${s.school.id}/students`;
const student = async (id: string) => (await t.db.select().from(ikszStudents).where(eq(ikszStudents.id, id)))[0];

describe('enrolling students', () => {
  it('enrols a new volunteer profile without a login in the school’s center, audited', async () => {
    const res = await s.coordinator.client.post(base(), {
      source: 'new',
      familyName: 'Kovács',
      givenName: 'Bence',
      birthDate: '2011-05-04',
      place: 'Kecskemét',
      className: '9.a',
      grade: '9',
      track: 'technikum',
    });
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    const row = await student(idFrom(res.headers.location));
    expect(row).toMatchObject({ schoolId: s.school.id, className: '9.A', grade: 9, track: 'technikum', createdBy: s.coordinator.user.id });
    const [volunteer] = await t.db
      .select()
      .from(volunteers)
      .where(eq(volunteers.id, row?.volunteerId as string));
    expect(volunteer).toMatchObject({ familyName: 'Kovács', givenName: 'Bence', userId: null, centerId: s.center.id, birthDate: '2011-05-04' });
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, row?.id as string));
    expect(audits.map((a) => a.action)).toEqual(['schools.student.enrol']);
  });

  it('enrols an existing volunteer by the e-mail of their account, once', async () => {
    const user = await createUser(t.db, { grants: [{ role: 'volunteer' }] });
    await createVolunteer(t.db, { centerId: s.center.id, userId: user.id, birthDate: '2010-02-02' });
    const form = { source: 'account', email: user.email, className: '10.B', grade: '10', track: 'gimnazium' };
    const res = await s.coordinator.client.post(base(), form);
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    const again = await s.coordinator.client.post(base(), form);
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('Ez az önkéntes már az iskola diákja.');
  });

  it('says clearly when no volunteer profile has that account e-mail; refuses a grade outside 9–13 and a bad class', async () => {
    const res = await s.coordinator.client.post(base(), {
      source: 'account',
      email: 'nincs@senki.example',
      className: '10.B',
      grade: '10',
      track: 'gimnazium',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Nincs önkéntesprofil ezzel a fiók e-mail-címmel: nincs@senki.example');
    const bad = await s.coordinator.client.post(base(), { source: 'account', email: 'x@y.example', className: 'B10', grade: '8', track: 'gimnazium' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('A felsorolt lehetőségek egyikét kell választani.');
    expect(bad.body).toContain('például 10.B');
  });
});

describe('exemptions, leaving and the list’s filters', () => {
  it('records an exemption with reason and note, lists it, removes it after confirmation', async () => {
    const { student: st } = await createStudent(t.db, s.school, { className: '11.C', grade: 11 });
    const path = `${base()}/${st.id}`;
    const res = await s.coordinator.client.post(`${path}/exemption`, { exemptReason: 'sni', exemptNote: 'A szakértői bizottság javaslata, 2026. 10. 02.' });
    expect(res.statusCode).toBe(303);
    expect(await student(st.id)).toMatchObject({ exemptReason: 'sni', exemptRecordedBy: s.coordinator.user.id });
    const list = await s.coordinator.client.get(`${base()}?status=exempt`);
    expect(list.body).toContain('Mentesített: SNI, a szakértői bizottság javaslatára');
    const unconfirmed = await s.coordinator.client.post(`${path}/exemption/remove`, {});
    expect(unconfirmed.statusCode).toBe(422);
    expect((await s.coordinator.client.post(`${path}/exemption/remove`, { confirm: 'on' })).statusCode).toBe(303);
    expect((await student(st.id))?.exemptReason).toBeNull();
  });

  it('marks a student as left (confirmed), and filters by class and grade', async () => {
    const { student: st } = await createStudent(t.db, s.school, { className: '12.D', grade: 12 });
    expect((await s.coordinator.client.post(`${base()}/${st.id}/left`, { leftOn: '2026-11-30' })).statusCode).toBe(422);
    expect((await s.coordinator.client.post(`${base()}/${st.id}/left`, { leftOn: '2026-11-30', confirm: 'on' })).statusCode).toBe(303);
    expect((await student(st.id))?.leftOn).toBe('2026-11-30');
    const byClass = await s.coordinator.client.get(`${base()}?className=12.D`);
    expect(byClass.body).toContain('Távozott: 2026. 11. 30.');
    expect(byClass.body).not.toContain(s.studentB.volunteer.givenName);
    const byGrade = await s.coordinator.client.get(`${base()}?grade=11`);
    expect(byGrade.body).toContain(s.studentA.volunteer.givenName);
    expect(byGrade.body).not.toContain(s.studentB.volunteer.givenName);
  });
});

describe('the guardian: invitation and the yearly agreement', () => {
  it('invites a minor student’s guardian through the guardians module (one e-mail in the outbox)', async () => {
    const { student: st } = await createStudent(t.db, s.school, { className: '10.B', grade: 10, birthDate: '2011-01-01' });
    const res = await s.coordinator.client.post(`${base()}/${st.id}/guardian-invite`, { guardianEmail: 'szulo.meghivo@example.hu' });
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    const mails = await t.db.select().from(outbox).where(eq(outbox.toAddress, 'szulo.meghivo@example.hu'));
    expect(mails).toHaveLength(1);
    const links = await t.db.select().from(guardianLinks).where(eq(guardianLinks.volunteerId, st.volunteerId));
    expect(links).toMatchObject([{ invitedEmail: 'szulo.meghivo@example.hu', invitedBy: s.coordinator.user.id }]);
    expect((await s.classTeacher.client.post(`${base()}/${st.id}/guardian-invite`, { guardianEmail: 'x@example.hu' })).statusCode).toBe(403);
  });

  it('the school records the paper form for this school year; the list shows who still lacks one', async () => {
    const { student: st } = await createStudent(t.db, s.school, { className: '9.F', grade: 9 });
    const missing = await s.coordinator.client.get(`${base()}?agreement=missing&className=9.F`);
    expect(missing.body).not.toContain('Nincs a szűrésnek megfelelő tétel.');
    const res = await s.coordinator.client.post(`${base()}/${st.id}/guardian-agreement`, {
      agreedOn: '2026-09-10',
      plannedPlace: 'Kecskeméti Állatmenhely',
      plannedTime: 'ősz',
    });
    expect(res.statusCode).toBe(303);
    const [row] = await t.db.select().from(ikszGuardianAgreements).where(eq(ikszGuardianAgreements.studentId, st.id));
    expect(row).toMatchObject({ schoolYear: year(), agreedOn: '2026-09-10', guardianUserId: null, recordedBy: s.coordinator.user.id });
    const after = await s.coordinator.client.get(`${base()}?agreement=missing&className=9.F`);
    expect(after.body).toContain('Nincs a szűrésnek megfelelő tétel.');
    expect((await s.coordinator.client.get(`${base()}/${st.id}`)).body).toContain('Papíron, 2026. 09. 10.');
    const future = await s.coordinator.client.post(`${base()}/${st.id}/guardian-agreement`, { agreedOn: '2999-01-01' });
    expect(future.statusCode).toBe(422);
  });

  it('a linked guardian agrees online; nobody else (not even the coordinator) reaches the page', async () => {
    const guardian = await staffMember(t, [{ role: 'guardian' }]);
    const { student: st } = await createStudent(t.db, s.school, { className: '10.B', grade: 10 });
    const now = new Date();
    await t.db.insert(guardianLinks).values({
      volunteerId: st.volunteerId,
      guardianUserId: guardian.user.id,
      invitedEmail: guardian.user.email,
      invitedAt: now,
      expiresAt: now,
      confirmedAt: now,
    });
    const path = `/iksz/agreement/${st.id}`;
    const page = await guardian.client.get(path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Gondviselőként egyetértek');
    expect((await guardian.client.post(path, { plannedPlace: 'Könyvtár' })).statusCode).toBe(422);
    expect((await guardian.client.post(path, { plannedPlace: 'Könyvtár', plannedTime: 'tavasz', agree: 'on' })).statusCode).toBe(303);
    const [row] = await t.db.select().from(ikszGuardianAgreements).where(eq(ikszGuardianAgreements.studentId, st.id));
    expect(row).toMatchObject({ schoolYear: year(), guardianUserId: guardian.user.id, plannedPlace: 'Könyvtár', agreedOn: budapestDay(new Date()) });
    const dashboard = await guardian.client.get('/dashboard');
    expect(dashboard.body).toContain(`/iksz/agreement/${st.id}`);
    for (const who of [s.coordinator, s.volunteer, s.otherCoordinator]) {
      expect((await who.client.get(path)).statusCode).toBe(404);
      expect((await who.client.post(path, { agree: 'on' })).statusCode).toBe(404);
    }
    // A revoked link no longer counts.
    await t.db.update(guardianLinks).set({ revokedAt: new Date() }).where(eq(guardianLinks.guardianUserId, guardian.user.id));
    expect((await guardian.client.get(path)).statusCode).toBe(404);
  });
});

describe('the school’s caps', () => {
  it('the coordinator sets them (1–50 hours, warn or refuse), loadSchoolCaps returns them, an empty one is removed', async () => {
    const path = `/schools/${s.school.id}/settings`;
    const bad = await s.coordinator.client.post(path, { atSchoolHours: '60', atSchoolMode: 'refuse', perHostHours: '', perHostMode: 'warn' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Az óraszám 1 és 50 közötti egész szám lehet.');
    const res = await s.coordinator.client.post(path, { atSchoolHours: '10', atSchoolMode: 'refuse', perHostHours: '20', perHostMode: 'warn' });
    expect(res.statusCode).toBe(303);
    expect(await loadSchoolCaps(t.db, s.school.id)).toEqual({ at_school: { maxHours: 10, mode: 'refuse' }, per_host: { maxHours: 20, mode: 'warn' } });
    await s.coordinator.client.post(path, { atSchoolHours: '10', atSchoolMode: 'refuse', perHostHours: '', perHostMode: 'warn' });
    expect(await loadSchoolCaps(t.db, s.school.id)).toEqual({ at_school: { maxHours: 10, mode: 'refuse' } });
    expect((await s.coordinator.client.get(path)).body).toContain('value="10"');
    expect((await s.otherCoordinator.client.get(path)).statusCode).toBe(404);
  });
});
