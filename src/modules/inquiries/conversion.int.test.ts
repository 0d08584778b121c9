import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organizationMembers, organizations, vettingEvents, volunteers } from '../../db/schema/index.js';
import { createCenter } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { profileForm } from '../volunteers/volunteers-test-support.js';
import {
  auditOfInquiry,
  type InquiryScene,
  inquiryForm,
  inquiryIdFrom,
  inquiryRow,
  inquiryScene,
  type StaffMember,
  staffMember,
} from './inquiries-test-support.js';

/** Turning an inquiry into a walk-in volunteer or an organization lead: one step, the link kept, never twice. */
let t: TestApp;
let s: InquiryScene;
beforeAll(async () => {
  t = await createTestApp();
  s = await inquiryScene(t);
});
afterAll(async () => {
  await t?.close();
});

let n = 0;
async function logged(staff: StaffMember, overrides: Record<string, string> = {}): Promise<{ id: string; email: string }> {
  const email = `kerdezo.${++n}.${Date.now()}@pelda.example`;
  const res = await staff.client.post('/inquiries', inquiryForm([s.topics.opportunities], { askerName: 'Kiss Anna Mária', askerEmail: email, ...overrides }));
  expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
  return { id: inquiryIdFrom(res.headers.location), email };
}

const volunteersWith = (email: string) => t.db.select().from(volunteers).where(eq(volunteers.email, email));

describe('an inquiry becomes a walk-in volunteer', () => {
  it('prefills the volunteers’ own form, registers through it, keeps the link, and refuses a second time', async () => {
    const { id, email } = await logged(s.coordinator);
    const form = await s.coordinator.client.get(`/inquiries/${id}/volunteer`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`action="/inquiries/${id}/volunteer"`);
    expect(form.body).toMatch(/name="familyName"[^>]*value="Kiss"/);
    expect(form.body).toMatch(/name="givenName"[^>]*value="Anna Mária"/);
    expect(form.body).toContain(email);

    const res = await s.coordinator.client.post(`/inquiries/${id}/volunteer`, profileForm({ familyName: 'Kiss', givenName: 'Anna Mária', email }));
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    expect(res.headers.location).toBe(`/inquiries/${id}`);
    const [volunteer] = await volunteersWith(email);
    expect(volunteer).toMatchObject({ centerId: s.center.id, familyName: 'Kiss', givenName: 'Anna Mária', createdBy: s.coordinator.user.id });
    expect((await inquiryRow(t.db, id)).volunteerId).toBe(volunteer?.id);
    expect((await auditOfInquiry(t.db, id)).map((a) => a.action)).toContain('convert_volunteer');
    const [created] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'volunteer'), eq(auditLog.entityId, volunteer?.id as string)));
    expect(created?.action).toBe('create');
    expect((await s.coordinator.client.get(`/inquiries/${id}`)).body).toContain(`href="/volunteers/${volunteer?.id}"`);

    const again = await s.coordinator.client.get(`/inquiries/${id}/volunteer`);
    expect(again.statusCode).toBe(303);
    expect(again.headers.location).toBe(`/inquiries/${id}`);
    const twice = await s.coordinator.client.post(`/inquiries/${id}/volunteer`, profileForm({ email }));
    expect(twice.headers.location).toBe(`/inquiries/${id}`);
    expect(await volunteersWith(email)).toHaveLength(1);
  });

  it('registers one volunteer when the same inquiry is converted twice at once', async () => {
    const { id, email } = await logged(s.admin);
    const post = () => s.admin.client.post(`/inquiries/${id}/volunteer`, profileForm({ email }));
    const answers = await Promise.all([post(), post()]);
    expect(answers.map((a) => a.statusCode)).toEqual([303, 303]);
    expect(await volunteersWith(email)).toHaveLength(1);
  });

  it('shows the volunteers’ errors and links nothing when the form is wrong', async () => {
    const { id, email } = await logged(s.coordinator);
    const res = await s.coordinator.client.post(`/inquiries/${id}/volunteer`, profileForm({ email, birthDate: '', consentDataProcessing: undefined }));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Kötelező mező.');
    expect(await volunteersWith(email)).toHaveLength(0);
    expect((await inquiryRow(t.db, id)).volunteerId).toBeNull();
  });

  it('registers a point’s walk-in at the point; a stranger gets 404', async () => {
    const { id, email } = await logged(s.pointCoordinator);
    for (const stranger of [s.otherPointCoordinator, s.foreignAdmin]) {
      expect((await stranger.client.get(`/inquiries/${id}/volunteer`)).statusCode).toBe(404);
      expect((await stranger.client.post(`/inquiries/${id}/volunteer`, profileForm({ email }))).statusCode).toBe(404);
    }
    expect((await s.pointCoordinator.client.post(`/inquiries/${id}/volunteer`, profileForm({ email }))).statusCode).toBe(303);
    const [volunteer] = await volunteersWith(email);
    expect(volunteer).toMatchObject({ centerId: s.center.id, pointId: s.point.id });
  });
});

describe('an inquiry becomes an organization lead', () => {
  it('records the organization in its initial status, without members, in the seat’s center; keeps the link; never twice', async () => {
    const zala = await createCenter(t.db, { county: 'Zala' });
    const staff = await staffMember(t, [{ role: 'center_coordinator', centerId: zala.id }]);
    const { id, email } = await logged(staff, { askerKind: 'organization', askerOrganization: 'Zalai Példa Egyesület', askerName: 'Tóth Tímea' });
    const form = await staff.client.get(`/inquiries/${id}/organization`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toMatch(/name="name"[^>]*value="Zalai Példa Egyesület"/);

    const elsewhere = await staff.client.post(`/inquiries/${id}/organization`, { name: 'Zalai Példa Egyesület', hostType: 'civil', place: 'Kecskemét', email });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.body).toContain('A székhely egy másik önkéntes központ vármegyéjében van');
    const missing = await staff.client.post(`/inquiries/${id}/organization`, { name: '', hostType: '', place: 'Zalaegerszeg' });
    expect(missing.statusCode).toBe(422);

    const res = await staff.client.post(`/inquiries/${id}/organization`, { name: 'Zalai Példa Egyesület', hostType: 'civil', place: 'Zalaegerszeg', email });
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    const organizationId = (await inquiryRow(t.db, id)).organizationId as string;
    const [organization] = await t.db.select().from(organizations).where(eq(organizations.id, organizationId));
    expect(organization).toMatchObject({
      name: 'Zalai Példa Egyesület',
      status: 'submitted',
      centerId: zala.id,
      email,
      taxNumber: null,
      createdBy: staff.user.id,
    });
    expect(await t.db.select().from(organizationMembers).where(eq(organizationMembers.organizationId, organizationId))).toHaveLength(0);
    const events = await t.db.select().from(vettingEvents).where(eq(vettingEvents.subjectId, organizationId));
    expect(events.map((e) => e.toStatus)).toEqual(['submitted']);
    expect((await auditOfInquiry(t.db, id)).map((a) => a.action)).toContain('convert_organization');
    expect((await staff.client.get(`/inquiries/${id}`)).body).toContain(`href="/organizations/${organizationId}"`);
    // The lead waits in the center's vetting queue.
    expect((await staff.client.get('/center/organizations?status=submitted')).body).toContain('Zalai Példa Egyesület');

    const twice = await staff.client.post(`/inquiries/${id}/organization`, { name: 'Másik', hostType: 'civil', place: 'Zalaegerszeg' });
    expect(twice.headers.location).toBe(`/inquiries/${id}`);
    expect(await t.db.select().from(organizations).where(eq(organizations.name, 'Másik'))).toHaveLength(0);
  });
});
