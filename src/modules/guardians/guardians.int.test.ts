import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicationEvents,
  applications,
  auditLog,
  erasureRequests,
  guardianLinks,
  outbox,
  roleGrants,
  volunteerConsents,
  volunteers,
} from '../../db/schema/index.js';
import { hashToken } from '../../platform/secure-token.js';
import { createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { applicationIdFrom, clientFor, seatsTaken, staffWithLogin } from '../placements/placements-test-support.js';
import { approvedHours, auditActionsOf, invitationTokenFor, linksOf, minorScene } from './guardians-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ baseUrl: 'https://kapocs.example.hu' });
});
afterAll(async () => {
  await t.close();
});

/** The minor invites the guardian from their profile; the guardian confirms with the matching account. */
async function linkedScene() {
  const s = await minorScene(t);
  expect((await s.minor.client.post('/volunteer/guardian-invite', { email: s.guardianEmail })).statusCode).toBe(303);
  const { token } = await invitationTokenFor(t, s.guardianEmail);
  expect((await s.guardian.post('/guardian/invitation', { token })).statusCode).toBe(303);
  return s;
}

describe('inviting a guardian', () => {
  it('the minor invites from their profile: a formal Hungarian mail with a link, only its hash stored, audited', async () => {
    const s = await minorScene(t);
    const form = await s.minor.client.get('/volunteer/guardian-invite');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`value="${s.guardianEmail}"`);
    expect((await s.minor.client.post('/volunteer/guardian-invite', { email: s.guardianEmail })).statusCode).toBe(303);
    const { token, mail } = await invitationTokenFor(t, s.guardianEmail);
    expect(mail.subject).toContain(s.minor.volunteer.givenName);
    expect(mail.text).toContain('Tisztelt Kiss Erzsébet!');
    expect(mail.text).toContain('https://kapocs.example.hu/guardian/invitation?token=');
    expect(mail.text).toContain('Jelentkezzen be fiókjába');
    const [link] = await linksOf(t.db, s.minor.volunteer.id);
    expect(link).toMatchObject({ tokenHash: hashToken(token), invitedEmail: s.guardianEmail, invitedBy: s.minor.user.id, confirmedAt: null });
    const days = ((link?.expiresAt.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect((await auditActionsOf(t.db, 'guardian_link', link?.id ?? '')).map((r) => r.action)).toEqual(['invite']);
  });

  it('staff invite from the volunteer page; a new invitation replaces the pending link', async () => {
    const s = await minorScene(t);
    const staff = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: s.host.center.id }]);
    expect((await staff.client.get(`/volunteers/${s.minor.volunteer.id}`)).body).toContain(`/volunteers/${s.minor.volunteer.id}/guardian-invite`);
    expect((await staff.client.post(`/volunteers/${s.minor.volunteer.id}/guardian-invite`, { email: s.guardianEmail })).statusCode).toBe(303);
    const first = await invitationTokenFor(t, s.guardianEmail);
    expect((await staff.client.post(`/volunteers/${s.minor.volunteer.id}/guardian-invite`, { email: s.guardianEmail })).statusCode).toBe(303);
    const second = await invitationTokenFor(t, s.guardianEmail);
    expect((await s.guardian.post('/guardian/invitation', { token: first.token })).statusCode).toBe(404);
    expect((await s.guardian.post('/guardian/invitation', { token: second.token })).statusCode).toBe(303);
    const other = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: (await minorScene(t)).host.center.id }]);
    expect((await other.client.post(`/volunteers/${s.minor.volunteer.id}/guardian-invite`, { email: s.guardianEmail })).statusCode).toBe(404);
  });

  it('refuses an adult, a bad address and the minor’s own address (422), and too many invitations (429)', async () => {
    const adult = await minorScene(t, { age: 20 });
    const res = await adult.minor.client.post('/volunteer/guardian-invite', { email: adult.guardianEmail });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Gondviselő csak 18 év alatti önkéntesnél hívható meg');
    const s = await minorScene(t);
    expect((await s.minor.client.post('/volunteer/guardian-invite', { email: 'nem-cim' })).statusCode).toBe(422);
    expect((await s.minor.client.post('/volunteer/guardian-invite', { email: s.minor.volunteer.email ?? '' })).statusCode).toBe(422);
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await s.minor.client.post('/volunteer/guardian-invite', { email: s.guardianEmail })).statusCode);
    expect(codes).toEqual([303, 303, 303, 303, 303, 429]);
  });
});

describe('confirming the link', () => {
  it('GET shows a button and confirms nothing; POST by the matching account links and grants the guardian role', async () => {
    const s = await minorScene(t);
    await s.minor.client.post('/volunteer/guardian-invite', { email: s.guardianEmail });
    const { token } = await invitationTokenFor(t, s.guardianEmail);
    const page = await s.guardian.get(`/guardian/invitation?token=${token}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Összekapcsolás jóváhagyása');
    expect((await linksOf(t.db, s.minor.volunteer.id))[0]?.confirmedAt).toBeNull();
    const res = await s.guardian.post('/guardian/invitation', { token });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/guardian/minors/${s.minor.volunteer.id}`);
    const [link] = await linksOf(t.db, s.minor.volunteer.id);
    expect(link).toMatchObject({ guardianUserId: s.guardianUser.id, tokenHash: null });
    expect(link?.confirmedAt).not.toBeNull();
    expect((await auditActionsOf(t.db, 'guardian_link', link?.id ?? '')).map((r) => r.action)).toEqual(['invite', 'confirm']);
    const grants = await t.db.select().from(roleGrants).where(eq(roleGrants.userId, s.guardianUser.id));
    expect(grants.map((g) => g.role)).toEqual(['guardian']);
    const home = await s.guardian.get('/guardian');
    expect(home.body).toContain('A gyermekeim');
    expect(home.body).toContain(s.minor.volunteer.givenName);
    expect(home.body).toContain('hozzájárulására vár');
    expect((await s.guardian.post('/guardian/invitation', { token })).statusCode).toBe(404);
  });

  it('anonymous visitors are offered login and sign-up; a mismatched account is refused with the reason', async () => {
    const s = await minorScene(t);
    await s.minor.client.post('/volunteer/guardian-invite', { email: s.guardianEmail });
    const { token } = await invitationTokenFor(t, s.guardianEmail);
    const anonymous = await new TestClient(t.app, t.config.secretKey).get(`/guardian/invitation?token=${token}`);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.body).toContain(`/login?next=${encodeURIComponent(`/guardian/invitation?token=${token}`)}`);
    expect(anonymous.body).toContain('href="/signup"');
    expect(anonymous.body).not.toContain(s.minor.volunteer.givenName);
    const stranger = await clientFor(t, (await createUser(t.db)).id);
    const refused = await stranger.post('/guardian/invitation', { token });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('Ezt a meghívót a(z) g***@example.hu címre küldtük.');
    expect(await s.minor.client.post('/guardian/invitation', { token }).then((r) => r.statusCode)).toBe(403);
    expect((await linksOf(t.db, s.minor.volunteer.id))[0]?.confirmedAt).toBeNull();
  });

  it('an account that signs up later finds the invitation on "A gyermekeim" and confirms it there', async () => {
    const s = await minorScene(t);
    await s.minor.client.post('/volunteer/guardian-invite', { email: s.guardianEmail.toUpperCase() });
    await invitationTokenFor(t, s.guardianEmail);
    const home = await s.guardian.get('/guardian');
    const linkId = /name="linkId" value="([0-9a-f-]{36})"/.exec(home.body)?.[1];
    expect(linkId).toBeTruthy();
    const stranger = await clientFor(t, (await createUser(t.db)).id);
    expect((await stranger.post('/guardian/invitation', { linkId: linkId ?? '' })).statusCode).toBe(403);
    expect((await s.guardian.post('/guardian/invitation', { linkId: linkId ?? '' })).statusCode).toBe(303);
  });

  it('refuses an expired link (410)', async () => {
    const s = await minorScene(t);
    await s.minor.client.post('/volunteer/guardian-invite', { email: s.guardianEmail });
    const { token } = await invitationTokenFor(t, s.guardianEmail);
    await t.db
      .update(guardianLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(guardianLinks.volunteerId, s.minor.volunteer.id));
    expect((await s.guardian.get(`/guardian/invitation?token=${token}`)).statusCode).toBe(410);
    const res = await s.guardian.post('/guardian/invitation', { token });
    expect(res.statusCode).toBe(410);
    expect(res.body).toContain('Ez a meghívó lejárt.');
    expect((await linksOf(t.db, s.minor.volunteer.id))[0]?.guardianUserId).toBeNull();
  });
});

describe('the guardian’s pages and consent', () => {
  it('give consent → the minor can sign up; the guardian sees applications, shifts and hours', async () => {
    const s = await linkedScene();
    expect((await s.minor.client.post(`/shifts/${s.shift.id}/signup`)).statusCode).toBe(422);
    expect((await s.guardian.post(`/guardian/minors/${s.minor.volunteer.id}/consent`)).statusCode).toBe(303);
    const [consent] = await t.db
      .select()
      .from(volunteerConsents)
      .where(and(eq(volunteerConsents.volunteerId, s.minor.volunteer.id), eq(volunteerConsents.kind, 'guardian')));
    expect(consent).toMatchObject({ granted: true, recordedBy: s.guardianUser.id, textVersion: '2026-11' });
    const [row] = await t.db.select().from(volunteers).where(eq(volunteers.id, s.minor.volunteer.id));
    expect(row?.guardianConsentRecordedBy).toBe(s.guardianUser.id);
    expect((await auditActionsOf(t.db, 'volunteer', s.minor.volunteer.id)).map((r) => r.action)).toContain('guardian_consent_given');
    const signUp = await s.minor.client.post(`/shifts/${s.shift.id}/signup`);
    expect(signUp.statusCode).toBe(303);
    const applicationId = applicationIdFrom(signUp.headers.location);
    await approvedHours(t.db, { applicationId, volunteerId: s.minor.volunteer.id, organizationId: s.host.organization.id, centerId: s.host.center.id }, 90);
    const page = await s.guardian.get(`/guardian/minors/${s.minor.volunteer.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Következő beosztások');
    expect(page.body).toContain(s.host.opportunity.title);
    expect(page.body).toContain('Elfogadott órák összesen: 1 óra 30 perc');
    expect(page.body).toContain('Hozzájárulás visszavonása');
  });

  it('withdraw asks for confirmation, then ends future sign-ups (seat freed, timeline), mails the organization, audited', async () => {
    const s = await linkedScene();
    await s.guardian.post(`/guardian/minors/${s.minor.volunteer.id}/consent`);
    const applicationId = applicationIdFrom((await s.minor.client.post(`/shifts/${s.shift.id}/signup`)).headers.location);
    expect(await seatsTaken(t.db, s.shift.id)).toBe(1);
    const unconfirmed = await s.guardian.post(`/guardian/minors/${s.minor.volunteer.id}/consent/withdraw`);
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.body).toContain('A visszavonáshoz jelölje be a megerősítést.');
    const res = await s.guardian.post(`/guardian/minors/${s.minor.volunteer.id}/consent/withdraw`, { confirmed: 'on' });
    expect(res.statusCode).toBe(303);
    const [application] = await t.db.select().from(applications).where(eq(applications.id, applicationId));
    expect(application).toMatchObject({ status: 'withdrawn', holdsSeat: false });
    expect(await seatsTaken(t.db, s.shift.id)).toBe(0);
    const events = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId));
    expect(events.at(-1)).toMatchObject({
      toStatus: 'withdrawn',
      actorUserId: s.guardianUser.id,
      note: 'A gondviselő visszavonta a hozzájárulását, ezért a jelentkezés megszűnt.',
    });
    const memberMail = await t.db.select().from(outbox).where(eq(outbox.toAddress, s.host.member.email)).orderBy(outbox.id);
    const withdrawal = memberMail.find((m) => m.textBody.includes('A gondviselő visszavonta a hozzájárulását'));
    expect(withdrawal?.textBody).toContain('Tisztelt Partnerünk!');
    const [row] = await t.db.select().from(volunteers).where(eq(volunteers.id, s.minor.volunteer.id));
    expect(row?.guardianConsentAt).toBeNull();
    const consents = await t.db.select().from(volunteerConsents).where(eq(volunteerConsents.volunteerId, s.minor.volunteer.id)).orderBy(volunteerConsents.id);
    expect(consents.map((c) => c.granted)).toEqual([true, false]);
    const actions = (await auditActionsOf(t.db, 'volunteer', s.minor.volunteer.id)).map((r) => r.action);
    expect(actions).toEqual(['guardian_consent_given', 'guardian_consent_withdrawn']);
    expect((await auditActionsOf(t.db, 'application', applicationId)).map((r) => r.action)).toContain('status:withdrawn');
    expect((await s.minor.client.post(`/shifts/${s.shift.id}/signup`)).statusCode).toBe(422);
  });

  it('another guardian, a stranger and staff get 404 on the guardian pages of a minor', async () => {
    const s = await linkedScene();
    const otherGuardian = (await linkedScene()).guardian;
    const staff = await staffWithLogin(t, [{ role: 'center_admin', centerId: s.host.center.id }]);
    const stranger = await clientFor(t, (await createUser(t.db)).id);
    for (const client of [otherGuardian, stranger, staff.client, s.minor.client]) {
      expect((await client.get(`/guardian/minors/${s.minor.volunteer.id}`)).statusCode).toBe(404);
      expect((await client.post(`/guardian/minors/${s.minor.volunteer.id}/consent`)).statusCode).toBe(404);
      expect((await client.post(`/guardian/minors/${s.minor.volunteer.id}/consent/withdraw`, { confirmed: 'on' })).statusCode).toBe(404);
    }
    expect((await otherGuardian.get('/guardian')).body).not.toContain(s.minor.volunteer.givenName);
    const [row] = await t.db.select().from(volunteers).where(eq(volunteers.id, s.minor.volunteer.id));
    expect(row?.guardianConsentAt).toBeNull();
  });
});

describe('erasing a linked minor', () => {
  it('deletes the link and its audit copies; the guardian keeps their own account and no longer sees the minor', async () => {
    const s = await linkedScene();
    const [link] = await linksOf(t.db, s.minor.volunteer.id);
    const admin = await staffWithLogin(t, [{ role: 'center_admin', centerId: s.host.center.id }]);
    expect((await s.minor.client.post('/volunteer/erasure', { confirm: 'on' })).statusCode).toBe(303);
    const [request] = await t.db.select().from(erasureRequests).where(eq(erasureRequests.volunteerId, s.minor.volunteer.id));
    expect((await admin.client.post(`/admin/erasure-requests/${request?.id}/confirm`, { confirm: 'on' })).statusCode).toBe(303);
    expect(await linksOf(t.db, s.minor.volunteer.id)).toEqual([]);
    const copies = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'guardian_link'), eq(auditLog.entityId, link?.id ?? '')));
    expect(copies.length).toBeGreaterThan(0);
    for (const entry of copies) expect([entry.before, entry.after]).toEqual([null, null]);
    expect((await s.guardian.get(`/guardian/minors/${s.minor.volunteer.id}`)).statusCode).toBe(404);
    expect((await s.guardian.get('/guardian')).statusCode).toBe(200);
  });
});
