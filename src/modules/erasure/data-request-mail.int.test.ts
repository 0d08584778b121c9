import { and, eq, sql } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, erasureRequests, outbox } from '../../db/schema/index.js';
import { formatDate } from '../../platform/i18n.js';
import { forgottenRecipient } from '../../platform/mail.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter } from '../../test-support/factories.js';
import { receiveDueMail } from '../../test-support/received-mail.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { staffWithLogin, volunteerWithLogin } from '../placements/placements-test-support.js';
import { deadlineDate, requestDeadline } from './deadline.js';
import { erasureAuditOf } from './erasure-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const requestsOf = (volunteerId: string) => t.db.select().from(erasureRequests).where(eq(erasureRequests.volunteerId, volunteerId));
const auditOf = (id: string) => erasureAuditOf(t.db, id);

/** A center with two admins and a coordinator, and a volunteer of the center with a login. */
async function scene() {
  const center = await createCenter(t.db);
  const admin = await staffWithLogin(t, [{ role: 'center_admin', centerId: center.id }]);
  const secondAdmin = await staffWithLogin(t, [{ role: 'center_admin', centerId: center.id }]);
  const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: center.id }]);
  const volunteer = await volunteerWithLogin(t, { centerId: center.id, familyName: 'Kertész', givenName: `Boglárka ${center.id.slice(0, 6)}` });
  return { center, admin, secondAdmin, coordinator, volunteer };
}

async function onlyRequestOf(volunteerId: string, kind: 'erasure' | 'access') {
  const row = (await requestsOf(volunteerId)).find((r) => r.kind === kind);
  if (!row) throw new Error(`${kind} request missing`);
  return row;
}

/** The new-request mail to one admin: formal, with the kind, the link and the Hungarian deadline date. */
function expectNewRequestMail(mails: ParsedMail[] | undefined, request: { id: string; requestedAt: Date }, kind: string) {
  const mail = mails?.find((m) => m.text?.includes(`/admin/erasure-requests/${request.id}`));
  expect(mail, 'the admin got the new-request mail').toBeDefined();
  const deadline = formatDate('hu', deadlineDate(requestDeadline(request.requestedAt, new Date()).deadlineDay));
  expect(deadline).toMatch(/^\d{4}\. \d{2}\. \d{2}\.$/);
  expect(mail?.subject).toBe(`Új adatkérés (${kind}) – határidő: ${deadline}`);
  expect(mail?.text).toContain('Tisztelt Adminisztrátor!');
  expect(mail?.text).toContain(`Válaszadási határidő: ${deadline}`);
  expect(mail?.text).toContain(`${t.config.baseUrl}/admin/erasure-requests/${request.id}`);
  expect(mail?.text).toContain('GDPR 12. cikk (3)');
}

describe('the center admins hear of a new data request at once', () => {
  it('on every path: the volunteer asks (erasure, access), staff record one for a walk-in (erasure, access)', async () => {
    const s = await scene();
    const other = await scene();
    expect((await s.volunteer.client.post('/volunteer/erasure', { confirm: 'on', reason: 'Költözöm.' })).statusCode).toBe(303);
    expect((await s.volunteer.client.post('/volunteer/erasure/access')).statusCode).toBe(303);
    const walkIn = await createVolunteer(t.db, { centerId: s.center.id, email: `setalo-${s.center.id.slice(0, 8)}@kapocs.example` });
    expect((await s.coordinator.client.post(`/volunteers/${walkIn.id}/erasure`, { confirm: 'on', reason: 'Személyesen kérte.' })).statusCode).toBe(303);
    expect((await s.coordinator.client.post(`/volunteers/${walkIn.id}/erasure/access`, { accessConfirm: 'on' })).statusCode).toBe(303);

    const requests = [
      [await onlyRequestOf(s.volunteer.volunteer.id, 'erasure'), 'Adattörlés'],
      [await onlyRequestOf(s.volunteer.volunteer.id, 'access'), 'Adatmásolat'],
      [await onlyRequestOf(walkIn.id, 'erasure'), 'Adattörlés'],
      [await onlyRequestOf(walkIn.id, 'access'), 'Adatmásolat'],
    ] as const;
    // Queued in the request's own transaction: in the outbox before anything is sent.
    const queued = await t.db.select().from(outbox).where(eq(outbox.toAddress, s.admin.user.email));
    expect(queued).toHaveLength(4);
    const received = await receiveDueMail(t.db);
    for (const admin of [s.admin, s.secondAdmin]) {
      const mails = received.get(admin.user.email);
      expect(mails).toHaveLength(4);
      for (const [request, kind] of requests) expectNewRequestMail(mails, request, kind);
    }
    // Not the coordinator, not the other center's admins.
    expect(received.get(s.coordinator.user.email)).toBeUndefined();
    expect(received.get(other.admin.user.email)).toBeUndefined();
    // The mail names no volunteer (the link leads to the request).
    expect(received.get(s.admin.user.email)?.some((m) => m.text?.includes('Kertész'))).toBe(false);
    const [created] = await auditOf(requests[0][0].id);
    expect(created?.after).toMatchObject({ kind: 'erasure', adminsNotified: 2 });
  });

  it('goes to the national admins when the center has no admin', async () => {
    const center = await createCenter(t.db);
    const national = await staffWithLogin(t, [{ role: 'national_admin' }]);
    const volunteer = await volunteerWithLogin(t, { centerId: center.id });
    expect((await volunteer.client.post('/volunteer/erasure/access')).statusCode).toBe(303);
    const request = await onlyRequestOf(volunteer.volunteer.id, 'access');
    const received = await receiveDueMail(t.db);
    expectNewRequestMail(received.get(national.user.email), request, 'Adatmásolat');
  });

  it('keeps one open request per kind: a second access request is refused, an erasure request may be open beside it', async () => {
    const s = await scene();
    await s.volunteer.client.post('/volunteer/erasure/access');
    const again = await s.volunteer.client.post('/volunteer/erasure/access');
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('Már van folyamatban lévő másolatkérésed.');
    expect((await s.volunteer.client.post('/volunteer/erasure', { confirm: 'on' })).statusCode).toBe(303);
    expect((await requestsOf(s.volunteer.volunteer.id)).map((r) => `${r.kind}:${r.status}`).sort()).toEqual(['access:requested', 'erasure:requested']);
    const page = await s.volunteer.client.get('/volunteer/erasure');
    expect(page.body).toContain('Másolatkérésedet');
    expect((await s.volunteer.client.post('/volunteer/erasure/cancel', { kind: 'access' })).statusCode).toBe(303);
    expect((await onlyRequestOf(s.volunteer.volunteer.id, 'access')).status).toBe('cancelled');
    expect((await onlyRequestOf(s.volunteer.volunteer.id, 'erasure')).status).toBe('requested');
  });
});

describe('the volunteer hears the result', () => {
  it('a refusal, with the reason and where to complain ("te")', async () => {
    const s = await scene();
    await s.volunteer.client.post('/volunteer/erasure', { confirm: 'on' });
    const request = await onlyRequestOf(s.volunteer.volunteer.id, 'erasure');
    await receiveDueMail(t.db);
    const reason = 'A Köt. 14. § szerinti nyilvántartást 5 évig meg kell őrizni.';
    expect((await s.admin.client.post(`/admin/erasure-requests/${request.id}/reject`, { reason })).statusCode).toBe(303);
    const mails = (await receiveDueMail(t.db)).get(s.volunteer.user.email);
    expect(mails).toHaveLength(1);
    expect(mails?.[0]?.subject).toBe('Elutasították adatkérésedet (Adattörlés)');
    expect(mails?.[0]?.text).toContain('Szia!');
    expect(mails?.[0]?.text).toContain('adataid törlését kérted');
    expect(mails?.[0]?.text).toContain(reason);
    expect(mails?.[0]?.text).toContain('NAIH');
    expect((await auditOf(request.id)).at(-1)?.after).toMatchObject({ status: 'rejected', resultMailed: true });
  });

  it('a completed access request: the admin downloads the archive (audited), marks it done, the volunteer is mailed', async () => {
    const s = await scene();
    const other = await scene();
    await s.volunteer.client.post('/volunteer/erasure/access');
    const request = await onlyRequestOf(s.volunteer.volunteer.id, 'access');
    const detail = await s.admin.client.get(`/admin/erasure-requests/${request.id}`);
    expect(detail.body).toContain(`href="/admin/erasure-requests/${request.id}/archive.zip"`);
    expect(detail.body).toContain('Válaszadási határidő');
    expect(detail.body).not.toContain(`/admin/erasure-requests/${request.id}/confirm`);
    expect((await other.admin.client.get(`/admin/erasure-requests/${request.id}/archive.zip`)).statusCode).toBe(403);
    expect((await s.coordinator.client.get(`/admin/erasure-requests/${request.id}/archive.zip`)).statusCode).toBe(403);
    const zip = await s.admin.client.get(`/admin/erasure-requests/${request.id}/archive.zip`);
    expect(zip.statusCode).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    const data = JSON.parse(strFromU8(unzipSync(zip.rawPayload)['data.json'] ?? new Uint8Array())) as {
      account: { email: string };
      profile: { familyName: string };
    };
    expect(data.account.email).toBe(s.volunteer.user.email);
    expect(data.profile.familyName).toBe('Kertész');
    const exports = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'export'), eq(auditLog.entityId, s.volunteer.volunteer.id)));
    expect(exports.map((e) => e.actorUserId)).toEqual([s.admin.user.id]);

    expect((await s.admin.client.post(`/admin/erasure-requests/${request.id}/complete`, {})).statusCode).toBe(422);
    expect((await s.admin.client.post(`/admin/erasure-requests/${request.id}/confirm`, { confirm: 'on' })).statusCode).toBe(422);
    await receiveDueMail(t.db);
    expect((await s.admin.client.post(`/admin/erasure-requests/${request.id}/complete`, { confirm: 'on' })).statusCode).toBe(303);
    expect((await onlyRequestOf(s.volunteer.volunteer.id, 'access')).status).toBe('completed');
    const mails = (await receiveDueMail(t.db)).get(s.volunteer.user.email);
    expect(mails?.map((m) => m.subject)).toEqual(['Teljesítettük adatmásolat-kérésedet']);
    expect(mails?.[0]?.text).toContain(`${t.config.baseUrl}/volunteer/erasure`);
    // Once done, the archive is no longer offered through the request.
    expect((await s.admin.client.get(`/admin/erasure-requests/${request.id}/archive.zip`)).statusCode).toBe(404);
  });

  it('a completed erasure: the notice goes to the address read before, names no one, and the outbox forgets the address once sent', async () => {
    const s = await scene();
    const address = s.volunteer.user.email;
    await s.volunteer.client.post('/volunteer/erasure', { confirm: 'on' });
    const request = await onlyRequestOf(s.volunteer.volunteer.id, 'erasure');
    await receiveDueMail(t.db);
    expect((await s.admin.client.post(`/admin/erasure-requests/${request.id}/confirm`, { confirm: 'on' })).statusCode).toBe(303);
    const [queued] = await t.db.select().from(outbox).where(eq(outbox.toAddress, address));
    expect(queued).toMatchObject({ forgetRecipient: true, sentAt: null, subject: 'Adataidat töröltük' });
    expect(queued?.textBody).not.toContain('Kertész');
    expect(queued?.textBody).not.toContain('Boglárka');

    const mails = (await receiveDueMail(t.db)).get(address);
    expect(mails).toHaveLength(1);
    expect(mails?.[0]?.text).toContain('a Kapocsban tárolt személyes adataidat töröltük');
    const [sent] = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.id, queued?.id ?? -1));
    expect(sent).toMatchObject({ toAddress: forgottenRecipient.address, textBody: forgottenRecipient.body, forgetRecipient: true });
    expect(sent?.sentAt).not.toBeNull();
    const leftovers = await t.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(sql`lower(${outbox.toAddress}) = ${address.toLowerCase()} or ${outbox.textBody} like ${`%${address}%`}`);
    expect(leftovers).toEqual([]);
    expect((await auditOf(request.id)).at(-1)?.after).toMatchObject({ status: 'completed', resultMailed: true });
  });

  it('a walk-in without an e-mail address gets no mail; the pages tell the staff to inform them', async () => {
    const s = await scene();
    const walkIn = await createVolunteer(t.db, { centerId: s.center.id, email: null });
    const staffPage = await s.coordinator.client.get(`/volunteers/${walkIn.id}/erasure`);
    expect(staffPage.body).toContain('nincs e-mail-címe');
    await s.coordinator.client.post(`/volunteers/${walkIn.id}/erasure/access`, { accessConfirm: 'on' });
    const request = await onlyRequestOf(walkIn.id, 'access');
    expect((await s.admin.client.get(`/admin/erasure-requests/${request.id}`)).body).toContain('tájékoztassa őt személyesen');
    const before = await t.db.select({ id: outbox.id }).from(outbox);
    const reject = await s.admin.client.post(`/admin/erasure-requests/${request.id}/reject`, { reason: 'Nem azonosítható.' });
    expect(reject.statusCode).toBe(303);
    expect(String(reject.headers['set-cookie'])).toContain('erasure.flash.informInPerson');
    expect(await t.db.select({ id: outbox.id }).from(outbox)).toHaveLength(before.length);
    expect((await auditOf(request.id)).at(-1)?.after).toMatchObject({ status: 'rejected', resultMailed: false });
  });
});
