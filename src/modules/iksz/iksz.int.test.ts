import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hourEntries, ikszSchoolCaps, ikszStudents, ikszTransferCertificates, outbox } from '../../db/schema/index.js';
import { pdfText } from '../../test-support/pdf-reader.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { createStudent } from '../schools/school-factories.js';
import { auditActionsOf, type IkszScene, ikszScene, occasionForm, occasionsOf, saturday } from './iksz-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const logUrl = (s: IkszScene) => `/iksz/students/${s.student.id}/occasions`;

/** The student logs one valid occasion; its id. */
async function logged(s: IkszScene, over: Record<string, string> = {}): Promise<string> {
  const res = await s.student.client.post(logUrl(s), occasionForm(s, over));
  expect(res.statusCode, res.body.slice(0, 500)).toBe(303);
  const rows = await occasionsOf(t.db, s.student.id);
  return rows[rows.length - 1]?.id as string;
}

describe('the student logs, the host certifies, the school accepts', () => {
  it('logs with serial numbers, certifies, accepts, audits every step and never writes hour_entries', async () => {
    const s = await ikszScene(t);
    const [{ n: hoursBefore } = { n: 0 }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(hourEntries);
    const first = await logged(s);
    const second = await logged(s, { day: saturday, start: '09:00', end: '13:00', opportunityId: s.opportunity.id, area: 'c' });
    const rows = await occasionsOf(t.db, s.student.id);
    expect(rows.map((r) => [r.serial, r.status, r.minutes, r.schoolYear])).toEqual([
      [1, 'logged', 120, '2026/2027'],
      [2, 'logged', 240, '2026/2027'],
    ]);
    // November: Budapest is UTC+1; 133. § (6): start to end of the activity.
    expect(rows[0]?.startsAt.toISOString()).toBe('2026-11-17T13:00:00.000Z');

    const hostPage = await s.hostMember.client.get(`/organizations/${s.host.id}/iksz`);
    expect(hostPage.statusCode).toBe(200);
    expect(hostPage.body).toContain('Diák Dóra');
    expect((await s.hostMember.client.post(`/iksz/occasions/${first}/certify`)).statusCode).toBe(303);
    expect((await s.hostMember.client.post(`/iksz/occasions/${second}/host-reject`, { reason: 'Aznap nem volt nálunk.' })).statusCode).toBe(303);

    const queue = await s.coordinator.client.get(`/schools/${s.school.id}/iksz/occasions?status=certified`);
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain('Idősek látogatása');
    expect((await s.coordinator.client.post(`/iksz/occasions/${first}/accept`)).statusCode).toBe(303);

    const after = await occasionsOf(t.db, s.student.id);
    expect(after.map((r) => [r.status, r.statusReason])).toEqual([
      ['accepted', null],
      ['rejected', 'Aznap nem volt nálunk.'],
    ]);
    const [mail] = await t.db.select().from(outbox).where(eq(outbox.toAddress, s.student.user.email));
    expect(mail?.subject).toContain('javítsd');
    expect(mail?.textBody).toContain('Aznap nem volt nálunk.');
    expect(mail?.textBody).toContain('/iksz/my');
    expect(after[0]?.certifiedBy).toBe(s.hostMember.user.id);
    expect(after[0]?.acceptedBy).toBe(s.coordinator.user.id);
    expect(await auditActionsOf(t.db, first)).toEqual(['iksz.occasion.log', 'iksz.occasion.certify', 'iksz.occasion.accept']);
    expect(await auditActionsOf(t.db, second)).toEqual(['iksz.occasion.log', 'iksz.occasion.hostReject']);

    const my = await s.student.client.get('/iksz/my');
    expect(my.statusCode).toBe(200);
    expect(my.body).toContain('Elfogadott órák: 2 óra');
    expect(my.body).toContain('Még hiányzik: 48 óra');
    expect(my.body).toContain('Aznap nem volt nálunk.');

    // The rejected one is corrected and resubmitted: logged again, same serial.
    const fix = await s.student.client.post(`/iksz/occasions/${second}`, occasionForm(s, { day: saturday, start: '09:00', end: '12:00' }));
    expect(fix.statusCode).toBe(303);
    const fixed = (await occasionsOf(t.db, s.student.id))[1];
    expect([fixed?.serial, fixed?.status, fixed?.minutes, fixed?.statusReason]).toEqual([2, 'logged', 180, null]);

    // IKSZ is a ledger of its own (ADR 025).
    const [{ n: hoursAfter } = { n: 0 }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(hourEntries);
    expect(hoursAfter).toBe(hoursBefore);
    expect(await t.db.select().from(hourEntries).where(eq(hourEntries.volunteerId, s.student.volunteer.id))).toHaveLength(0);
  });

  it('deletes a logged occasion only, after confirmation', async () => {
    const s = await ikszScene(t);
    const id = await logged(s);
    expect((await s.student.client.post(`/iksz/occasions/${id}/delete`, {})).statusCode).toBe(422);
    expect((await s.student.client.post(`/iksz/occasions/${id}/delete`, { confirm: 'on' })).statusCode).toBe(303);
    expect(await occasionsOf(t.db, s.student.id)).toHaveLength(0);
    const other = await logged(s);
    await s.hostMember.client.post(`/iksz/occasions/${other}/certify`);
    expect((await s.student.client.post(`/iksz/occasions/${other}/delete`, { confirm: 'on' })).statusCode).toBe(422);
    // Serial numbers are not reused after a deletion: the next is 2, then 3.
    expect((await occasionsOf(t.db, s.student.id)).map((o) => o.serial)).toEqual([1]);
  });
});

describe('every rule path refuses (422) with the section in the message, or warns', () => {
  const refused = async (s: IkszScene, over: Record<string, string>, text: string) => {
    const res = await s.student.client.post(logUrl(s), occasionForm(s, over));
    expect(res.statusCode, text).toBe(422);
    expect(res.body).toContain(text);
    return res;
  };

  it('133. § (7) per occasion, 133. § (6) the minutes, Köt. 5. § night, the agreement, the area, the future', async () => {
    const s = await ikszScene(t);
    await refused(s, { start: '14:00', end: '17:30' }, 'Tanítási napon egy alkalom legfeljebb 3 óra (133. § (7))');
    await refused(s, { start: '14:00', end: '14:45' }, 'Egy alkalom legalább 1 óra (133. § (7))');
    await refused(s, { day: saturday, start: '08:00', end: '13:30' }, 'Nem tanítási napon egy alkalom legfeljebb 5 óra');
    await refused(s, { start: '19:00', end: '20:30' }, '20 és 6 óra között');
    await refused(s, { organizationId: s.lonelyHost.id }, 'nincs érvényes együttműködési megállapodása');
    await refused(s, { opportunityId: s.opportunity.id, area: 'e' }, 'A választott lehetőség területei: b, c.');
    await refused(s, { day: '2099-01-05' }, 'Jövőbeli alkalmat nem lehet rögzíteni.');
    expect(await occasionsOf(t.db, s.student.id)).toHaveLength(0);
  });

  it('Köt. 5. § daily limit over the IKSZ occasions: 16–17 at most 4.5 h a day, never overridable', async () => {
    const s = await ikszScene(t);
    await logged(s, { day: saturday, start: '08:00', end: '11:00' });
    await refused(s, { day: saturday, start: '12:00', end: '14:00' }, '4,5');
  });

  it('the 30 km rule: a reason is required, then recorded as a warning', async () => {
    const s = await ikszScene(t);
    await refused(s, { place: 'Szeged' }, 'írd meg az okát');
    const id = await logged(s, { place: 'Szeged', distanceReason: 'Iskolai kiránduláson, a tanár kíséretében.' });
    const [row] = await occasionsOf(t.db, s.student.id);
    expect(row?.id).toBe(id);
    expect(row?.distanceReason).toBe('Iskolai kiránduláson, a tanár kíséretében.');
  });

  it('school caps: refuse mode refuses, warn mode saves with the warning kept', async () => {
    const s = await ikszScene(t);
    await t.db.insert(ikszSchoolCaps).values({ schoolId: s.school.id, kind: 'per_host', maxHours: 3, mode: 'refuse' });
    await logged(s);
    await refused(s, { day: saturday, start: '09:00', end: '11:00' }, 'egy fogadónál legfeljebb 3 óra');
    await t.db.update(ikszSchoolCaps).set({ mode: 'warn' }).where(eq(ikszSchoolCaps.schoolId, s.school.id));
    await logged(s, { day: saturday, start: '09:00', end: '11:00' });
    expect((await occasionsOf(t.db, s.student.id)).map((o) => o.capWarning)).toEqual([null, 'per_host']);
  });

  it('133. § (5): preparation and closing by the school only, at most 5 h each; accepted as logged', async () => {
    const s = await ikszScene(t);
    const url = `/iksz/students/${s.student.id}/sessions`;
    const session = { kind: 'preparation', day: '2026-11-16', start: '14:00', end: '16:00', area: 'b', activity: 'Felkészítő foglalkozás' };
    expect((await s.student.client.post(url, session)).statusCode).toBe(403);
    expect((await s.classTeacher.client.post(url, session)).statusCode).toBe(403);
    expect((await s.coordinator.client.post(url, session)).statusCode).toBe(303);
    expect((await s.coordinator.client.post(url, { ...session, day: '2026-11-18' })).statusCode).toBe(303);
    const over = await s.coordinator.client.post(url, { ...session, day: '2026-11-19' });
    expect(over.statusCode).toBe(422);
    expect(over.body).toContain('A felkészítés összesen legfeljebb 5 óra (133. § (5))');
    expect((await occasionsOf(t.db, s.student.id)).map((o) => [o.kind, o.status])).toEqual([
      ['preparation', 'accepted'],
      ['preparation', 'accepted'],
    ]);
  });

  it('a student who left cannot log', async () => {
    const s = await ikszScene(t);
    await t.db.update(ikszStudents).set({ leftOn: '2026-11-01' }).where(eq(ikszStudents.id, s.student.id));
    await refused(s, {}, 'nem (vagy már nem) tanulója az iskolának');
  });
});

describe('permissions', () => {
  it('the student page: the student, the guardian, the coordinator, the class teacher of the class, program staff; others 404', async () => {
    const s = await ikszScene(t);
    const url = `/iksz/students/${s.student.id}`;
    for (const [who, client] of [
      ['student', s.student.client],
      ['guardian', s.guardian.client],
      ['coordinator', s.coordinator.client],
      ['class teacher of 10.A', s.classTeacher.client],
      ['program staff', s.programStaff.client],
    ] as const) {
      expect((await client.get(url)).statusCode, who).toBe(200);
    }
    for (const [who, client] of [
      ['class teacher of 11.B', s.otherClassTeacher.client],
      ['another school', s.otherCoordinator.client],
      ['host member', s.hostMember.client],
      ['stranger', s.stranger.client],
    ] as const) {
      expect((await client.get(url)).statusCode, who).toBe(404);
    }
  });

  it('only the student logs; the guardian sees but may not log (403); strangers 404', async () => {
    const s = await ikszScene(t);
    expect((await s.guardian.client.post(logUrl(s), occasionForm(s))).statusCode).toBe(403);
    expect((await s.stranger.client.post(logUrl(s), occasionForm(s))).statusCode).toBe(404);
    expect((await s.coordinator.client.post(logUrl(s), occasionForm(s))).statusCode).toBe(403);
    expect(await occasionsOf(t.db, s.student.id)).toHaveLength(0);
  });

  it('certify: the host’s members only; accept: the school’s coordinator only', async () => {
    const s = await ikszScene(t);
    const id = await logged(s);
    expect((await s.loneMember.client.post(`/iksz/occasions/${id}/certify`)).statusCode).toBe(404);
    expect((await s.student.client.post(`/iksz/occasions/${id}/certify`)).statusCode).toBe(404);
    expect((await s.coordinator.client.post(`/iksz/occasions/${id}/certify`)).statusCode).toBe(404);
    expect((await s.hostMember.client.post(`/iksz/occasions/${id}/certify`)).statusCode).toBe(303);
    expect((await s.hostMember.client.post(`/iksz/occasions/${id}/accept`)).statusCode).toBe(404);
    expect((await s.classTeacher.client.post(`/iksz/occasions/${id}/accept`)).statusCode).toBe(403);
    expect((await s.otherCoordinator.client.post(`/iksz/occasions/${id}/accept`)).statusCode).toBe(404);
    expect((await s.guardian.client.post(`/iksz/occasions/${id}/accept`)).statusCode).toBe(404);
    expect((await s.coordinator.client.post(`/iksz/occasions/${id}/accept`)).statusCode).toBe(303);
    // Decided once: a second acceptance is refused.
    expect((await s.coordinator.client.post(`/iksz/occasions/${id}/accept`)).statusCode).toBe(422);
  });

  it('the host page: members only; a host without an agreement sees no students of the school', async () => {
    const s = await ikszScene(t);
    await logged(s);
    expect((await s.stranger.client.get(`/organizations/${s.host.id}/iksz`)).statusCode).toBe(404);
    expect((await s.student.client.get(`/organizations/${s.host.id}/iksz`)).statusCode).toBe(404);
    const lonely = await s.loneMember.client.get(`/organizations/${s.lonelyHost.id}/iksz`);
    expect(lonely.statusCode).toBe(200);
    expect(lonely.body).not.toContain('Diák Dóra');
  });

  it('the school list: coordinator and class teacher (their classes only); others 404; exempt students are not behind', async () => {
    const s = await ikszScene(t);
    await createStudent(t.db, s.school, { className: '11.B', grade: 11 });
    const exempt = await createStudent(t.db, s.school, { className: '10.A', exemptReason: 'sni' });
    const url = `/schools/${s.school.id}/iksz`;
    const all = await s.coordinator.client.get(`${url}?below=1`);
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('Diák Dóra');
    expect(all.body).toContain('11.B');
    expect(all.body).not.toContain(`/iksz/students/${exempt.student.id}`);
    expect((await s.coordinator.client.get(url)).body).toContain(`/iksz/students/${exempt.student.id}`);
    const tenA = await s.classTeacher.client.get(url);
    expect(tenA.statusCode).toBe(200);
    expect(tenA.body).toContain('Diák Dóra');
    expect(tenA.body).not.toContain('<td>11.B</td>');
    const elevenB = await s.otherClassTeacher.client.get(url);
    expect(elevenB.body).not.toContain('Diák Dóra');
    expect((await s.otherCoordinator.client.get(url)).statusCode).toBe(404);
    expect((await s.stranger.client.get(url)).statusCode).toBe(404);
    expect((await s.student.client.get(url)).statusCode).toBe(404);
    expect((await s.classTeacher.client.get(`${url}/occasions`)).statusCode).toBe(200);
  });
});

describe('exports, the transfer certificate and its public verification', () => {
  it('the CSV has the KRÉTA form’s fields plus the student’s name and class', async () => {
    const s = await ikszScene(t);
    const id = await logged(s);
    await s.hostMember.client.post(`/iksz/occasions/${id}/certify`);
    await s.coordinator.client.post(`/iksz/occasions/${id}/accept`);
    const csv = await s.coordinator.client.get(`/schools/${s.school.id}/iksz?format=csv`);
    expect(csv.statusCode).toBe(200);
    const [header, row] = csv.body.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(header).toContain('Név');
    for (const column of ['Osztály', 'Napló sorszáma', 'Szervezet neve', 'Teljesítés dátuma', 'Tevékenység']) expect(header).toContain(column);
    expect(row).toContain('Diák Dóra');
    expect(row).toContain('10.A');
    expect(row).toContain(s.host.name);
    expect(row).toContain('2026. 11. 17.');
    expect(row).toContain('Idősek látogatása');
    const xlsx = await s.coordinator.client.get(`/schools/${s.school.id}/iksz?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect((await s.otherClassTeacher.client.get(`/schools/${s.school.id}/iksz?format=csv`)).body).not.toContain('Diák Dóra');
  });

  it('issues a two-copy PDF with a verification code; the public page shows only name, school, hours, date', async () => {
    const s = await ikszScene(t);
    const id = await logged(s);
    await s.hostMember.client.post(`/iksz/occasions/${id}/certify`);
    await s.coordinator.client.post(`/iksz/occasions/${id}/accept`);
    const url = `/iksz/students/${s.student.id}/transfer-certificates`;
    expect((await s.classTeacher.client.post(url, { confirm: 'on' })).statusCode).toBe(403);
    expect((await s.coordinator.client.post(url, {})).statusCode).toBe(422);
    expect((await s.coordinator.client.post(url, { confirm: 'on' })).statusCode).toBe(303);
    const [cert] = await t.db.select().from(ikszTransferCertificates).where(eq(ikszTransferCertificates.studentId, s.student.id));
    expect(cert?.minutes).toBe(120);
    const pdf = await s.student.client.get(`/iksz/transfer-certificates/${cert?.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('1. példány');
    expect(text).toContain('2. példány');
    expect((await s.stranger.client.get(`/iksz/transfer-certificates/${cert?.id}/pdf`)).statusCode).toBe(404);
    const anonymous = new TestClient(t.app, t.config.secretKey);
    const verify = await anonymous.get(`/iksz/verify/${cert?.verificationCode}`);
    expect(verify.statusCode).toBe(200);
    expect(verify.body).toContain('Diák Dóra');
    expect(verify.body).toContain(s.school.name);
    expect(verify.body).toContain('2 óra');
    expect(verify.body).not.toContain('Idősek látogatása');
    expect((await anonymous.get('/iksz/verify/AAAA-BBBB-CCCC')).statusCode).toBe(404);
    // Issuing it records that the student left: no more logging.
    const [student] = await t.db.select().from(ikszStudents).where(eq(ikszStudents.id, s.student.id));
    expect(student?.leftOn).not.toBeNull();
  });
});

describe('the dashboard and the center reports', () => {
  it('dashboards: the student’s progress, the guardian’s student, the host’s occasions to certify; only links they may open', async () => {
    const s = await ikszScene(t);
    await logged(s);
    const student = await s.student.client.get('/dashboard');
    expect(student.body).toContain('0 óra elfogadva az 50 órából');
    expect(student.body).toContain('href="/iksz/my"');
    const guardian = await s.guardian.client.get('/dashboard');
    expect(guardian.body).toContain(`href="/iksz/students/${s.student.id}"`);
    expect((await s.guardian.client.get(`/iksz/students/${s.student.id}`)).statusCode).toBe(200);
    const host = await s.hostMember.client.get('/dashboard');
    expect(host.body).toContain(`href="/organizations/${s.host.id}/iksz"`);
    expect(host.body).toContain(': 1 alkalom');
    expect((await s.stranger.client.get('/dashboard')).body).not.toContain('/iksz/students/');
  });

  it('the center reports show accepted IKSZ hours per school apart, labelled as not Köt. volunteering', async () => {
    const s = await ikszScene(t);
    const id = await logged(s);
    await s.hostMember.client.post(`/iksz/occasions/${id}/certify`);
    await s.coordinator.client.post(`/iksz/occasions/${id}/accept`);
    const res = await s.programStaff.client.get('/center/reports?from=2026-11-01&to=2026-11-30');
    expect(res.statusCode).toBe(200);
    const block = res.body.slice(res.body.indexOf('iksz-report-heading'));
    expect(block).toContain('Nem Köt. szerinti önkéntes munka');
    expect(block).toContain(s.school.name);
    expect(block).toContain('2 óra');
  });
});
