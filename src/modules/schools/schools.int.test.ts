import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, ikszStudents, roleGrants, schoolMembers, schools } from '../../db/schema/index.js';
import { createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { type SchoolScene, schoolScene } from './schools-test-support.js';

/** Schools: the center's list and form (OM identifier), appointments, and who sees which school and class. */
let t: TestApp;
let s: SchoolScene;
beforeAll(async () => {
  t = await createTestApp();
  s = await schoolScene(t);
});
afterAll(async () => {
  await t?.close();
});

const schoolForm = (over: Record<string, string> = {}) => ({
  name: 'Próba Gimnázium',
  omId: '654321',
  place: 'Kecskemét',
  address: 'Iskola utca 1.',
  email: 'iroda@proba.example',
  phone: '+36 76 123 456',
  hostOrganizationId: '',
  ...over,
});

describe('creating and editing a school (program staff)', () => {
  it('refuses an OM identifier that is not six digits, with a Hungarian error next to the field', async () => {
    const res = await s.staff.client.post('/schools/manage', schoolForm({ omId: '12345' }));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Az OM-azonosító pontosan 6 számjegyből áll.');
    expect(res.body).toContain('value="Próba Gimnázium"');
  });

  it('creates the school, refuses a second one with the same OM identifier, lists and exports it', async () => {
    const res = await s.staff.client.post('/schools/manage', schoolForm({ hostOrganizationId: s.host.id }));
    expect(res.statusCode, res.body.slice(0, 1500)).toBe(303);
    const id = String(res.headers.location).split('/').pop() as string;
    const [row] = await t.db.select().from(schools).where(eq(schools.id, id));
    expect(row).toMatchObject({ centerId: s.center.id, omId: '654321', hostOrganizationId: s.host.id, createdBy: s.staff.user.id });
    const again = await s.staff.client.post('/schools/manage', schoolForm({ name: 'Másik' }));
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('Ezzel az OM-azonosítóval már szerepel iskola a Kapocsban.');
    const list = await s.staff.client.get('/schools/manage?q=Próba');
    expect(list.body).toContain('Próba Gimnázium');
    const csv = await s.staff.client.get('/schools/manage?q=654321&format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('654321');
    const edit = await s.staff.client.post(`/schools/${id}/edit`, schoolForm({ name: 'Próba Gimnázium és Technikum' }));
    expect(edit.statusCode).toBe(303);
    expect((await t.db.select().from(schools).where(eq(schools.id, id)))[0]?.name).toBe('Próba Gimnázium és Technikum');
  });

  it('keeps other centers out: the foreign admin does not see the school in the list and gets 404 on it', async () => {
    const list = await s.foreignStaff.client.get('/schools/manage');
    expect(list.body).not.toContain(s.school.name);
    expect((await s.foreignStaff.client.get(`/schools/${s.school.id}/edit`)).statusCode).toBe(404);
    expect((await s.foreignStaff.client.get(`/schools/${s.school.id}`)).statusCode).toBe(404);
  });

  it('the school coordinator sees the school but may not edit its data (403); the list is staff-only (403)', async () => {
    expect((await s.coordinator.client.get(`/schools/${s.school.id}/edit`)).statusCode).toBe(403);
    expect((await s.coordinator.client.get('/schools/manage')).statusCode).toBe(403);
  });
});

describe('appointing people by the e-mail of an existing account', () => {
  it('says clearly when no account has the address', async () => {
    const res = await s.staff.client.post(`/schools/${s.school.id}/coordinator`, { coordinatorEmail: 'senki@nincs.example' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Nincs Kapocs-fiók ezzel az e-mail-címmel: senki@nincs.example');
  });

  it('makes an account coordinator: the school_coordinator grant in the school’s center and the membership', async () => {
    const teacher = await createUser(t.db, { familyName: 'Új', givenName: 'Tanár' });
    const res = await s.staff.client.post(`/schools/${s.school.id}/coordinator`, { coordinatorEmail: teacher.email.toUpperCase() });
    expect(res.statusCode, res.body.slice(0, 1500)).toBe(303);
    const grants = await t.db.select().from(roleGrants).where(eq(roleGrants.userId, teacher.id));
    expect(grants).toMatchObject([{ role: 'school_coordinator', centerId: s.center.id }]);
    const [member] = await t.db
      .select()
      .from(schoolMembers)
      .where(and(eq(schoolMembers.schoolId, s.school.id), eq(schoolMembers.userId, teacher.id)));
    expect(member?.role).toBe('coordinator');
  });

  it('the coordinator appoints a class teacher with classes; a class teacher may not appoint (403), another school’s coordinator gets 404', async () => {
    const teacher = await createUser(t.db, { familyName: 'Osztály', givenName: 'Főnök' });
    const bad = await s.coordinator.client.post(`/schools/${s.school.id}/class-teachers`, { teacherEmail: teacher.email, classNames: 'tizedik' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('például 10.B');
    const res = await s.coordinator.client.post(`/schools/${s.school.id}/class-teachers`, { teacherEmail: teacher.email, classNames: '9.c, 12.A' });
    expect(res.statusCode).toBe(303);
    const [member] = await t.db.select().from(schoolMembers).where(eq(schoolMembers.userId, teacher.id));
    expect(member).toMatchObject({ role: 'class_teacher', classNames: ['9.C', '12.A'] });
    const form = { teacherEmail: teacher.email, classNames: '10.A' };
    expect((await s.classTeacher.client.post(`/schools/${s.school.id}/class-teachers`, form)).statusCode).toBe(403);
    expect((await s.otherCoordinator.client.post(`/schools/${s.school.id}/class-teachers`, form)).statusCode).toBe(404);
  });

  it('removing staff: confirmed, the grant goes with the last membership, a coordinator only by program staff; audited', async () => {
    const teacher = await createUser(t.db, { familyName: 'Távozó', givenName: 'Tanár' });
    await s.coordinator.client.post(`/schools/${s.school.id}/class-teachers`, { teacherEmail: teacher.email, classNames: '11.B' });
    const removeUrl = `/schools/${s.school.id}/members/${teacher.id}/remove`;
    const unconfirmed = await s.coordinator.client.post(removeUrl, {});
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.body).toContain('Távozó Tanár');
    expect((await s.classTeacher.client.post(removeUrl, { confirm: 'on' })).statusCode).toBe(403);
    expect((await s.otherCoordinator.client.post(removeUrl, { confirm: 'on' })).statusCode).toBe(404);
    expect((await s.coordinator.client.post(removeUrl, { confirm: 'on' })).statusCode).toBe(303);
    expect(await t.db.select().from(schoolMembers).where(eq(schoolMembers.userId, teacher.id))).toEqual([]);
    const grants = await t.db
      .select()
      .from(roleGrants)
      .where(and(eq(roleGrants.userId, teacher.id), eq(roleGrants.role, 'school_coordinator')));
    expect(grants).toEqual([]);
    const actions = await t.db.select().from(auditLog).where(eq(auditLog.entityId, s.school.id));
    expect(actions.map((r) => r.action)).toContain('schools.remove_member');
    expect((await s.coordinator.client.post(removeUrl, { confirm: 'on' })).statusCode).toBe(404);

    // The coordinator is removed only by the center's program staff.
    const coordinatorUrl = `/schools/${s.school.id}/members/${s.coordinator.user.id}/remove`;
    expect((await s.coordinator.client.post(coordinatorUrl, { confirm: 'on' })).statusCode).toBe(403);
    expect((await s.coordinator.client.get(`/schools/${s.school.id}`)).body).not.toContain(coordinatorUrl);
  });
});

describe('who sees the school and its students', () => {
  const students = () => `/schools/${s.school.id}/students`;

  it('"my schools" lists the member’s schools with their role', async () => {
    const res = await s.classTeacher.client.get('/schools');
    expect(res.body).toContain(s.school.name);
    expect(res.body).toContain('Osztályfőnök (10.B)');
    expect(res.body).not.toContain(s.otherSchool.name);
  });

  it('the coordinator and the center’s program staff see every class; the class teacher only theirs', async () => {
    const nameB = s.studentB.volunteer.familyName;
    const giveB = s.studentB.volunteer.givenName;
    const giveA = s.studentA.volunteer.givenName;
    for (const who of [s.coordinator, s.staff]) {
      const res = await who.client.get(students());
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(giveB);
      expect(res.body).toContain(giveA);
    }
    const mine = await s.classTeacher.client.get(students());
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain(`${nameB} ${giveB}`);
    expect(mine.body).not.toContain(giveA);
    const csv = await s.classTeacher.client.get(`${students()}?format=csv`);
    expect(csv.body).toContain(giveB);
    expect(csv.body).not.toContain(giveA);
    expect((await s.classTeacher.client.get(`${students()}/${s.studentA.student.id}`)).statusCode).toBe(404);
    expect((await s.classTeacher.client.get(`${students()}/${s.studentB.student.id}`)).statusCode).toBe(200);
  });

  it('another school’s coordinator, a volunteer and another center’s staff get 404 on the school and its students', async () => {
    for (const who of [s.otherCoordinator, s.volunteer, s.foreignStaff, s.hostMember]) {
      expect((await who.client.get(`/schools/${s.school.id}`)).statusCode).toBe(404);
      expect((await who.client.get(students())).statusCode).toBe(404);
      expect((await who.client.get(`${students()}/${s.studentB.student.id}`)).statusCode).toBe(404);
    }
  });

  it('only the coordinator administers: class teachers and program staff get 403 on enrolment and caps', async () => {
    for (const who of [s.classTeacher, s.staff]) {
      expect((await who.client.get(`${students()}/new`)).statusCode).toBe(403);
      expect((await who.client.post(students(), { source: 'new' })).statusCode).toBe(403);
      expect((await who.client.get(`/schools/${s.school.id}/settings`)).statusCode).toBe(403);
      expect((await who.client.post(`${students()}/${s.studentB.student.id}/exemption`, { exemptReason: 'sni' })).statusCode).toBe(403);
    }
    const rows = await t.db.select().from(ikszStudents).where(eq(ikszStudents.id, s.studentB.student.id));
    expect(rows[0]?.exemptReason).toBeNull();
  });

  it('the school page shows the figures and only the forms the person may use', async () => {
    const coordinatorPage = await s.coordinator.client.get(`/schools/${s.school.id}`);
    expect(coordinatorPage.body).toContain('Osztályfőnök kijelölése');
    expect(coordinatorPage.body).not.toContain('IKSZ-koordinátor kijelölése');
    const teacherPage = await s.classTeacher.client.get(`/schools/${s.school.id}`);
    expect(teacherPage.body).toContain('Diákok: 1');
    expect(teacherPage.body).not.toContain('Osztályfőnök kijelölése');
    const staffPage = await s.staff.client.get(`/schools/${s.school.id}`);
    expect(staffPage.body).toContain('IKSZ-koordinátor kijelölése');
  });
});
