import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programConfidentialityDeclarations, volunteers } from '../../db/schema/index.js';
import { addDays } from '../../platform/budapest-time.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { pdfText, readTaggedPdf } from '../../test-support/pdf-reader.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor } from '../placements/placements-test-support.js';
import { healthFitnessValidUntil } from '../programs/requirements.js';
import { attendanceScene } from '../trainings/attendance-test-support.js';
import { auditOf, hospitalScene, hospitalVolunteer, qualificationsNamed, today } from './hospital-test-support.js';

/**
 * Hospital requirements (ADR 025 decision 2): staff record the health check (status and day only) and
 * the signed confidentiality declaration as qualifications; the induction comes from the trainings
 * module; the common eligibility check then refuses an application to the program's opportunity
 * without them and accepts it with them.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('health fitness', () => {
  it('"fit" is recorded on the volunteer and grants the qualification valid for the program months; "not fit" takes it away', async () => {
    const s = await hospitalScene(t);
    const v = await hospitalVolunteer(t, s, { health: false });
    const url = `/hospital/${s.program.id}/volunteers/${v.volunteer.id}`;
    const checkedOn = addDays(today(), -3);
    const res = await s.staffClient.post(`${url}/health`, { status: 'fit', checkedOn });
    expect(res.statusCode).toBe(303);
    const [row] = await t.db.select().from(volunteers).where(eq(volunteers.id, v.volunteer.id));
    expect(row).toMatchObject({ healthStatus: 'fit', healthCheckedAt: checkedOn, healthCheckedBy: s.staff.id });
    const granted = await qualificationsNamed(t.db, v.volunteer.id, s.names.health);
    expect(granted.map((q) => q.validUntil)).toEqual([healthFitnessValidUntil(checkedOn, 12)]);
    expect((await auditOf(t.db, 'volunteer', v.volunteer.id)).map((a) => a.action)).toEqual(['record_health_check']);

    // Recorded again: refreshed, never doubled.
    await s.staffClient.post(`${url}/health`, { status: 'fit', checkedOn: today() });
    expect((await qualificationsNamed(t.db, v.volunteer.id, s.names.health)).map((q) => q.validUntil)).toEqual([healthFitnessValidUntil(today(), 12)]);

    expect((await s.staffClient.post(`${url}/health`, { status: 'not_fit', checkedOn: today() })).statusCode).toBe(303);
    expect(await qualificationsNamed(t.db, v.volunteer.id, s.names.health)).toEqual([]);
    const [after] = await t.db.select().from(volunteers).where(eq(volunteers.id, v.volunteer.id));
    expect(after?.healthStatus).toBe('not_fit');
  });

  it('a day in the future or a status other than fit / not fit is refused next to the field', async () => {
    const s = await hospitalScene(t);
    const v = await hospitalVolunteer(t, s, { health: false });
    const url = `/hospital/${s.program.id}/volunteers/${v.volunteer.id}/health`;
    const future = await s.staffClient.post(url, { status: 'fit', checkedOn: addDays(today(), 2) });
    expect(future.statusCode).toBe(422);
    expect(future.body).toContain('Ez a nap még nem jött el.');
    expect((await s.staffClient.post(url, { status: 'maybe', checkedOn: today() })).statusCode).toBe(422);
    expect(await qualificationsNamed(t.db, v.volunteer.id, s.names.health)).toEqual([]);
  });
});

describe('confidentiality declaration', () => {
  it('renders as a tagged Hungarian PDF from the template, the signing day grants the qualification, withdrawal deletes both after confirming', async () => {
    const s = await hospitalScene(t);
    const v = await hospitalVolunteer(t, s, { confidentiality: false }, { familyName: 'Árvíztűrő', givenName: 'Őzike', birthDate: '1990-05-01' });
    const url = `/hospital/${s.program.id}/volunteers/${v.volunteer.id}`;
    const pdf = await s.staffClient.get(`${url}/declaration.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const bytes = pdf.rawPayload;
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Titoktartási nyilatkozat');
    expect(text).toContain('Alulírott Árvíztűrő Őzike (született: 1990. 05. 01.)');
    expect(text).toContain(s.program.name);
    expect(text).toContain(s.center.name);
    const tagged = await readTaggedPdf(bytes);
    expect(tagged).toMatchObject({ marked: true, lang: 'hu-HU', title: 'Titoktartási nyilatkozat', everyPageTagged: true, untagged: '' });

    const signedOn = addDays(today(), -1);
    expect((await s.staffClient.post(`${url}/declaration`, { signedOn })).statusCode).toBe(303);
    const [declaration] = await t.db
      .select()
      .from(programConfidentialityDeclarations)
      .where(eq(programConfidentialityDeclarations.volunteerId, v.volunteer.id));
    const [qualification, ...more] = await qualificationsNamed(t.db, v.volunteer.id, s.names.confidentiality);
    expect(more).toEqual([]);
    expect(qualification?.validUntil).toBeNull();
    expect(declaration).toMatchObject({ programId: s.program.id, signedOn, qualificationId: qualification?.id, recordedBy: s.staff.id });
    expect((await s.staffClient.get(url)).body).toContain('Aláírva:');

    const unconfirmed = await s.staffClient.post(`${url}/declaration/withdraw`, {});
    expect(unconfirmed.statusCode).toBe(422);
    expect(await qualificationsNamed(t.db, v.volunteer.id, s.names.confidentiality)).toHaveLength(1);
    expect((await s.staffClient.post(`${url}/declaration/withdraw`, { confirm: 'on' })).statusCode).toBe(303);
    expect(await qualificationsNamed(t.db, v.volunteer.id, s.names.confidentiality)).toEqual([]);
    expect(await t.db.select().from(programConfidentialityDeclarations).where(eq(programConfidentialityDeclarations.volunteerId, v.volunteer.id))).toEqual([]);
    expect((await auditOf(t.db, 'program_confidentiality_declaration', declaration?.id as string)).map((a) => a.action).sort()).toEqual(['create', 'delete']);
  });
});

describe('the requirements block the apply path too', () => {
  it('the induction course grants its qualification; without all three the application is refused, with them accepted', async () => {
    const scene = await attendanceScene(t, { course: { qualificationName: 'Kórházi bevezető (teszt)', validityMonths: 24 } });
    const s = await hospitalScene(t, { program: { inductionQualification: 'Kórházi bevezető (teszt)' } });
    // The trainings scene's volunteer is of another center: the program's staff reach them once they hold its induction.
    const staffClient = s.staffClient;
    const volunteer = scene.volunteer;
    const apply = () => volunteer.client.post(`/opportunities/${s.opportunity.id}/apply`, {});

    const refused = await apply();
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Kórházi bevezető (teszt)');

    // The induction: completing the course grants it (nothing hospital-specific).
    expect((await scene.staffClient.post(scene.attendanceUrl, { row: `${scene.registration.id}:completed` })).statusCode).toBe(303);
    expect(await qualificationsNamed(t.db, volunteer.volunteer.id, 'Kórházi bevezető (teszt)')).toHaveLength(1);
    // Now a volunteer of the program (one of its qualifications): staff record the other two.
    const url = `/hospital/${s.program.id}/volunteers/${volunteer.volunteer.id}`;
    expect((await staffClient.get(`/hospital/${s.program.id}/volunteers`)).body).toContain('Kovács Anna');
    expect((await staffClient.post(`${url}/health`, { status: 'fit', checkedOn: today() })).statusCode).toBe(303);
    const stillRefused = await apply();
    expect(stillRefused.statusCode).toBe(422);
    expect(stillRefused.body).toContain(s.names.confidentiality);
    expect((await staffClient.post(`${url}/declaration`, { signedOn: today() })).statusCode).toBe(303);

    const accepted = await apply();
    expect(accepted.statusCode).toBe(303);
    expect(String(accepted.headers.location)).toMatch(/^\/applications\//);
  });
});

describe('who may see and record', () => {
  it('strangers get 404: another center’s coordinator, a volunteer outside the program and its center, and volunteers themselves get 403', async () => {
    const s = await hospitalScene(t);
    const v = await hospitalVolunteer(t, s);
    const otherCenter = await createCenter(t.db);
    const outsider = await createVolunteer(t.db, { centerId: otherCenter.id });
    const foreign = await clientFor(t, (await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: otherCenter.id }] })).id);
    const base = `/hospital/${s.program.id}/volunteers`;
    expect((await foreign.get(base)).statusCode).toBe(404);
    expect((await foreign.get(`${base}/${v.volunteer.id}`)).statusCode).toBe(404);
    expect((await foreign.post(`${base}/${v.volunteer.id}/health`, { status: 'fit', checkedOn: today() })).statusCode).toBe(404);
    expect((await s.staffClient.get(`${base}/${outsider.id}`)).statusCode).toBe(404);
    expect((await v.client.get(base)).statusCode).toBe(403);

    const list = await s.staffClient.get(base);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`${v.volunteer.familyName} ${v.volunteer.givenName}`);
    const csv = await s.staffClient.get(`${base}?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(v.volunteer.familyName);
    expect(csv.body).toContain('Egészségügyi alkalmasság');

    // Found by e-mail: the page of a center volunteer not yet in the program.
    const newcomer = await createVolunteer(t.db, { centerId: s.center.id, email: `uj-${s.program.slug}@kapocs.example` });
    const found = await s.staffClient.get(`${base}?email=${encodeURIComponent(newcomer.email as string)}`);
    expect(found.statusCode).toBe(303);
    expect(found.headers.location).toBe(`${base}/${newcomer.id}`);
  });
});
