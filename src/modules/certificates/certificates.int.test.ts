import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, certificates } from '../../db/schema/index.js';
import { createCenter } from '../../test-support/factories.js';
import { pdfText } from '../../test-support/pdf-reader.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { staffWithLogin, volunteerWithLogin } from '../placements/placements-test-support.js';
import { certificatesOfVolunteer, createHourEntry, createPlacement, hostWithApprover } from './certificates-test-support.js';
import { formatVerificationCode } from './verification-code.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/**
 * Kovács Anna volunteers at "Erdő Őrzők Egyesülete" (approved: Fűnyírás 7 h 30 min, Faültetés
 * 5 h = 12 h 30 min, approved by Szűcs Ödön) and at a second organization (2 h in December).
 */
async function scene() {
  const center = await createCenter(t.db);
  const host = await hostWithApprover(t, center.id, {
    name: 'Erdő Őrzők Egyesülete',
    taxNumber: '18123456-1-03',
    approver: { familyName: 'Szűcs', givenName: 'Ödön' },
  });
  const other = await hostWithApprover(t, center.id, { name: 'Kapcsolat Alapítvány' });
  const volunteer = await volunteerWithLogin(t, { centerId: center.id, familyName: 'Kovács', givenName: 'Anna' });
  const placement = await createPlacement(t.db, volunteer.volunteer, host.opportunity);
  const otherPlacement = await createPlacement(t.db, volunteer.volunteer, other.opportunity);
  await createHourEntry(t.db, placement, host.organization.id, { activity: 'Fűnyírás', minutes: 450, day: '2026-10-03', decidedBy: host.member.id });
  await createHourEntry(t.db, placement, host.organization.id, { activity: 'Faültetés', minutes: 300, day: '2026-10-10', decidedBy: host.member.id });
  // Neither a submitted nor a rejected entry counts.
  await createHourEntry(t.db, placement, host.organization.id, { activity: 'Fűnyírás', minutes: 60, day: '2026-10-11', status: 'submitted' });
  await createHourEntry(t.db, placement, host.organization.id, {
    activity: 'Fűnyírás',
    minutes: 90,
    day: '2026-10-12',
    status: 'rejected',
    decidedBy: host.member.id,
  });
  await createHourEntry(t.db, otherPlacement, other.organization.id, {
    activity: 'Ügyfélszolgálat',
    minutes: 120,
    day: '2026-12-01',
    decidedBy: other.member.id,
  });
  return { center, host, other, volunteer, placement, otherPlacement };
}

async function issueForPlacement(client: TestClient, applicationId: string) {
  return client.post('/volunteer/certificates', { kind: 'placement', applicationId });
}

async function onlyCertificate(volunteerId: string) {
  const rows = await certificatesOfVolunteer(t.db, volunteerId);
  expect(rows).toHaveLength(1);
  return rows[0] as (typeof rows)[number];
}

describe('issuing a certificate', () => {
  it('for a placement with approved hours: stored with a snapshot, audited, listed with a download link', async () => {
    const s = await scene();
    const res = await issueForPlacement(s.volunteer.client, s.placement.id);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/volunteer/certificates');
    const cert = await onlyCertificate(s.volunteer.volunteer.id);
    expect(cert).toMatchObject({
      applicationId: s.placement.id,
      organizationId: s.host.organization.id,
      totalMinutes: 750,
      signerUserId: s.host.member.id,
      periodFrom: '2026-10-03',
      periodTo: '2026-10-10',
    });
    expect(cert.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(cert.snapshot).toMatchObject({ kind: 'placement', signer: { name: 'Szűcs Ödön', role: 'a fogadó szervezet képviselője' } });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'certificate'), eq(auditLog.entityId, cert.id)));
    expect(audit.map((a) => a.action)).toEqual(['issue']);
    expect(audit[0]?.actorUserId).toBe(s.volunteer.user.id);

    const page = await s.volunteer.client.get('/volunteer/certificates');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Elkészült az igazolásod');
    expect(page.body).toContain(`/certificates/${cert.id}/pdf`);
    expect(page.body).toContain(formatVerificationCode(cert.code));
    expect(page.body).toContain('12 óra 30 perc');
  });

  it('is refused for a placement without approved hours, with the reason next to the field', async () => {
    const s = await scene();
    const host = await hostWithApprover(t, s.center.id);
    const bare = await createPlacement(t.db, s.volunteer.volunteer, host.opportunity);
    await createHourEntry(t.db, bare, host.organization.id, { activity: 'Takarítás', minutes: 60, day: '2026-10-01', status: 'submitted' });
    const res = await issueForPlacement(s.volunteer.client, bare.id);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Ezen a helyen még nincs jóváhagyott órád.');
    expect(await certificatesOfVolunteer(t.db, s.volunteer.volunteer.id)).toHaveLength(0);
  });

  it('shows the empty state to a volunteer with no approved hours', async () => {
    const center = await createCenter(t.db);
    const volunteer = await volunteerWithLogin(t, { centerId: center.id });
    const page = await volunteer.client.get('/volunteer/certificates');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Még nincs jóváhagyott önkéntes órád');
    expect(page.body).not.toContain('name="applicationId"');
  });

  it('for a period across two organizations, listing each one; no personal signer', async () => {
    const s = await scene();
    const res = await s.volunteer.client.post('/volunteer/certificates', { kind: 'period', from: '2026-10-01', to: '2026-12-31' });
    expect(res.statusCode).toBe(303);
    const cert = await onlyCertificate(s.volunteer.volunteer.id);
    expect(cert).toMatchObject({
      applicationId: null,
      organizationId: null,
      totalMinutes: 870,
      periodFrom: '2026-10-01',
      periodTo: '2026-12-31',
      signerUserId: null,
    });
    const pdf = await s.volunteer.client.get(`/certificates/${cert.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Erdő Őrzők Egyesülete');
    expect(text).toContain('Kapcsolat Alapítvány');
    expect(text).toContain('14 óra 30 perc');
    expect(text).toContain('Kapocs rendszer');
    // The period bounds are inclusive: a period of October only leaves December's 2 hours out.
    await s.volunteer.client.post('/volunteer/certificates', { kind: 'period', from: '2026-10-03', to: '2026-10-10' });
    const rows = await certificatesOfVolunteer(t.db, s.volunteer.volunteer.id);
    expect(rows.map((r) => r.totalMinutes).sort()).toEqual([750, 870]);
  });

  it("a period certificate is revoked by the volunteer's center (not by an organization), from the volunteer's certificate list", async () => {
    const s = await scene();
    await s.volunteer.client.post('/volunteer/certificates', { kind: 'period', from: '2026-10-01', to: '2026-12-31' });
    await issueForPlacement(s.volunteer.client, s.placement.id);
    const rows = await certificatesOfVolunteer(t.db, s.volunteer.volunteer.id);
    const period = rows.find((r) => r.organizationId == null);
    const placementCert = rows.find((r) => r.organizationId != null);
    if (!period || !placementCert) throw new Error('certificates missing');
    // An organization of the period does not answer for it; another center's coordinator learns nothing.
    expect((await s.host.memberClient.get(`/certificates/${period.id}/revoke`)).statusCode).toBe(404);
    const otherCenter = await createCenter(t.db);
    const stranger = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: otherCenter.id }]);
    expect((await stranger.client.get(`/certificates/${period.id}/revoke`)).statusCode).toBe(404);
    expect((await stranger.client.get(`/volunteers/${s.volunteer.volunteer.id}/certificates`)).statusCode).toBe(404);

    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: s.center.id }]);
    const list = await coordinator.client.get(`/volunteers/${s.volunteer.volunteer.id}/certificates`);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/certificates/${period.id}/revoke`);
    // The placement certificate is the organization's to revoke, not the center's.
    expect(list.body).not.toContain(`/certificates/${placementCert.id}/revoke`);
    expect((await coordinator.client.get(`/certificates/${placementCert.id}/revoke`)).statusCode).toBe(404);
    const csv = await coordinator.client.get(`/volunteers/${s.volunteer.volunteer.id}/certificates?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(formatVerificationCode(period.code));

    const res = await coordinator.client.post(`/certificates/${period.id}/revoke`, { reason: 'Egy jóváhagyott óra hibásnak bizonyult', confirm: 'on' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/volunteers/${s.volunteer.volunteer.id}/certificates`);
    const [revoked] = await t.db.select().from(certificates).where(eq(certificates.id, period.id));
    expect(revoked).toMatchObject({ revokedByUserId: coordinator.user.id, revokeReason: 'Egy jóváhagyott óra hibásnak bizonyult' });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'certificate'), eq(auditLog.entityId, period.id), eq(auditLog.action, 'revoke')));
    expect(audit[0]).toMatchObject({ actorUserId: coordinator.user.id, centerId: s.center.id });
  });

  it('checks the period form: required days, order, and a period without approved hours', async () => {
    const s = await scene();
    const empty = await s.volunteer.client.post('/volunteer/certificates', { kind: 'period', from: '', to: '2026-10-01' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toMatch(/id="f-from-error"/);
    const reversed = await s.volunteer.client.post('/volunteer/certificates', { kind: 'period', from: '2026-10-10', to: '2026-10-01' });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.body).toContain('Az utolsó nap nem lehet korábbi az első napnál.');
    const none = await s.volunteer.client.post('/volunteer/certificates', { kind: 'period', from: '2025-01-01', to: '2025-12-31' });
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain('Ebben az időszakban nincs jóváhagyott órád.');
    expect(await certificatesOfVolunteer(t.db, s.volunteer.volunteer.id)).toHaveLength(0);
  });
});

describe('the PDF', () => {
  it('is an attachment whose text has ő, ű, the hours per activity, the total, the signer and the code', async () => {
    const s = await scene();
    await issueForPlacement(s.volunteer.client, s.placement.id);
    const cert = await onlyCertificate(s.volunteer.volunteer.id);
    const res = await s.volunteer.client.get(`/certificates/${cert.id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="igazolas-kovacs-anna-${cert.code}.pdf"`);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Igazolás önkéntes tevékenységről');
    expect(text).toContain('Kovács Anna');
    expect(text).toContain('Erdő Őrzők Egyesülete');
    expect(text).toContain('Fűnyírás');
    expect(text).toContain('7 óra 30 perc');
    expect(text).toContain('12 óra 30 perc');
    expect(text).toContain('18123456-1-03');
    expect(text).toContain('Szűcs Ödön');
    expect(text).toContain(formatVerificationCode(cert.code));
    expect(text).toContain(`${t.config.baseUrl}/certificates/verify/${formatVerificationCode(cert.code)}`);
    // Birth dates are not printed (no more personal data than the certificate needs).
    expect(text).not.toContain('1990');
  });

  it('is refused to another volunteer, another organization and an anonymous visitor; the organization gets it', async () => {
    const s = await scene();
    await issueForPlacement(s.volunteer.client, s.placement.id);
    const cert = await onlyCertificate(s.volunteer.volunteer.id);
    const url = `/certificates/${cert.id}/pdf`;
    const stranger = await volunteerWithLogin(t, { centerId: s.center.id });
    expect((await stranger.client.get(url)).statusCode).toBe(404);
    expect((await s.other.memberClient.get(url)).statusCode).toBe(404);
    const anonymous = await new TestClient(t.app, t.config.secretKey).get(url);
    expect(anonymous.statusCode).toBe(303);
    expect(String(anonymous.headers.location)).toMatch(/^\/login/);
    expect((await s.host.memberClient.get(url)).statusCode).toBe(200);
  });

  it("another volunteer cannot ask for a certificate of someone else's placement", async () => {
    const s = await scene();
    const stranger = await volunteerWithLogin(t, { centerId: s.center.id });
    expect((await issueForPlacement(stranger.client, s.placement.id)).statusCode).toBe(404);
    // The organization's member is not the volunteer either.
    expect((await issueForPlacement(s.host.memberClient, s.placement.id)).statusCode).toBe(403);
    expect(await certificatesOfVolunteer(t.db, s.volunteer.volunteer.id)).toHaveLength(0);
  });
});

describe('verification and revocation', () => {
  it('the public page shows initials only, the hours and "érvényes"; with or without dashes, any case', async () => {
    const s = await scene();
    await issueForPlacement(s.volunteer.client, s.placement.id);
    const cert = await onlyCertificate(s.volunteer.volunteer.id);
    const anonymous = new TestClient(t.app, t.config.secretKey);
    for (const code of [formatVerificationCode(cert.code), cert.code.toLowerCase()]) {
      const res = await anonymous.get(`/certificates/verify/${code}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('K. A.');
      expect(res.body).not.toContain('Kovács');
      expect(res.body).not.toContain('Anna');
      expect(res.body).toContain('Erdő Őrzők Egyesülete');
      expect(res.body).toContain('12 óra 30 perc');
      expect(res.body).toContain('érvényes');
    }
  });

  it('an unknown code gets a 404 page with a clear message', async () => {
    const res = await new TestClient(t.app, t.config.secretKey).get('/certificates/verify/ZZZZ-ZZZZ-ZZZZ');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Ismeretlen ellenőrző kód');
    expect(res.body).toContain('Nincs ilyen ellenőrző kódú igazolás.');
    const garbage = await new TestClient(t.app, t.config.secretKey).get('/certificates/verify/%3Cscript%3E');
    expect(garbage.statusCode).toBe(404);
  });

  it('a member of the organization revokes with a reason and a confirmation; audited; the page then says revoked', async () => {
    const s = await scene();
    await issueForPlacement(s.volunteer.client, s.placement.id);
    const cert = await onlyCertificate(s.volunteer.volunteer.id);
    const list = await s.host.memberClient.get(`/organizations/${s.host.organization.id}/certificates`);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Kovács Anna');
    expect(list.body).toContain(`/certificates/${cert.id}/revoke`);
    const confirm = await s.host.memberClient.get(`/certificates/${cert.id}/revoke`);
    expect(confirm.statusCode).toBe(200);

    const noReason = await s.host.memberClient.post(`/certificates/${cert.id}/revoke`, { reason: '  ', confirm: 'on' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('id="f-reason-error"');
    const unconfirmed = await s.host.memberClient.post(`/certificates/${cert.id}/revoke`, { reason: 'Hibás óraszám' });
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.body).toContain('Jelölje be, hogy valóban visszavonja az igazolást.');
    const [still] = await t.db.select().from(certificates).where(eq(certificates.id, cert.id));
    expect(still?.revokedAt).toBeNull();

    const res = await s.host.memberClient.post(`/certificates/${cert.id}/revoke`, { reason: 'Hibás óraszám', confirm: 'on' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/organizations/${s.host.organization.id}/certificates`);
    const [revoked] = await t.db.select().from(certificates).where(eq(certificates.id, cert.id));
    expect(revoked).toMatchObject({ revokedByUserId: s.host.member.id, revokeReason: 'Hibás óraszám' });
    expect(revoked?.revokedAt).toBeInstanceOf(Date);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'certificate'), eq(auditLog.entityId, cert.id), eq(auditLog.action, 'revoke')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: s.host.member.id, centerId: s.center.id });

    const verify = await new TestClient(t.app, t.config.secretKey).get(`/certificates/verify/${cert.code}`);
    expect(verify.statusCode).toBe(200);
    expect(verify.body).toContain('visszavonták');
    expect(verify.body).not.toContain('Ez az igazolás érvényes.');
    // The PDF still downloads (the holder's record) but says at the top that it was revoked.
    const pdf = await s.volunteer.client.get(`/certificates/${cert.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    const pdfLines = (await pdfText(pdf.rawPayload)).replace(/\s+/g, ' ');
    expect(pdfLines).toContain('VISSZAVONVA');
    expect(pdfLines).toContain('(Hibás óraszám)');
    const csv = await s.host.memberClient.get(`/organizations/${s.host.organization.id}/certificates?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Kovács Anna');
    expect(csv.body).toContain(formatVerificationCode(cert.code));
    expect(csv.body).toContain('Hibás óraszám');
    // A second revoke does not overwrite the first.
    const again = await s.host.memberClient.post(`/certificates/${cert.id}/revoke`, { reason: 'Más ok', confirm: 'on' });
    expect(again.statusCode).toBe(422);
  });

  it('only a member of the certificate organization may revoke or list', async () => {
    const s = await scene();
    await issueForPlacement(s.volunteer.client, s.placement.id);
    const cert = await onlyCertificate(s.volunteer.volunteer.id);
    const form = { reason: 'Nem jogos', confirm: 'on' };
    expect((await s.other.memberClient.post(`/certificates/${cert.id}/revoke`, form)).statusCode).toBe(404);
    // The holder sees it but may not revoke it.
    expect((await s.volunteer.client.post(`/certificates/${cert.id}/revoke`, form)).statusCode).toBe(403);
    expect((await s.other.memberClient.get(`/organizations/${s.host.organization.id}/certificates`)).statusCode).toBe(403);
    expect((await s.other.memberClient.get(`/organizations/${s.host.organization.id}/certificates?format=csv`)).statusCode).toBe(403);
    const [row] = await t.db.select().from(certificates).where(eq(certificates.id, cert.id));
    expect(row?.revokedAt).toBeNull();
  });
});
