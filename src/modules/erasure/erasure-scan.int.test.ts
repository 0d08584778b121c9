import { randomInt } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/database.js';
import { auditLog, erasureRequests, registerEntries, users, volunteerContracts, volunteers } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { createOpportunity, createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { linkIn, mailsTo, signupFields, strongPassword, unique, Visitor } from '../accounts/accounts-test-support.js';
import { applicationIdFrom, clientFor, staffWithLogin } from '../placements/placements-test-support.js';
import { profileForm } from '../volunteers/volunteers-test-support.js';

/**
 * THE erasure test (issue 5): a volunteer with a login whose name, e-mail and phone are spread over
 * every table that can hold them — through the real sign-up, profile, placement, hours, benefits and
 * certificate flows, so the audit trail and the outbox hold real rows — is erased by the center;
 * then every text, varchar, jsonb and text[] column of every table in schema public is searched for
 * the family name, the given name, the e-mail and the phone. The only hits allowed are in
 * register_entries (Köt. 14. §: the organization must keep it for 5 years), marked subject_erased_at.
 */
const baseUrl = 'https://kapocs.example.hu';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ trustProxy: true, baseUrl });
});
afterAll(async () => {
  await t.close();
});

/** Letters only (names are validated as names), unique per run. */
const letters = (hex: string) => [...hex].map((c) => 'abcdefghijklmnop'[Number.parseInt(c, 16)]).join('');

type Column = { table_name: string; column_name: string };

/** Every searchable column of every table in schema public. */
async function searchableColumns(): Promise<Column[]> {
  return queryRows<Column>(
    t.db,
    sql`select table_name, column_name from information_schema.columns c
        where table_schema = 'public'
          and (data_type in ('text', 'character varying', 'jsonb') or (data_type = 'ARRAY' and udt_name = '_text'))
          and exists (select 1 from information_schema.tables tb where tb.table_schema = 'public' and tb.table_name = c.table_name and tb.table_type = 'BASE TABLE')
        order by table_name, column_name`,
  );
}

/** "table.column" for every column that contains the text (cast to text, ILIKE). */
async function whereFound(columns: Column[], text: string): Promise<string[]> {
  const pattern = `%${text.replace(/[\\%_]/g, '\\$&')}%`;
  const hits: string[] = [];
  for (const c of columns) {
    const [row] = await queryRows<{ n: number | string }>(
      t.db,
      sql`select count(*) as n from ${sql.identifier(c.table_name)} where ${sql.identifier(c.column_name)}::text ilike ${pattern}`,
    );
    if (Number(row?.n) > 0) hits.push(`${c.table_name}.${c.column_name}`);
  }
  return hits;
}

describe('erasure leaves the name, e-mail and phone nowhere but the Köt. 14. § register', () => {
  it('spreads the person over the database, erases, and scans every column of every table', async () => {
    const tag = letters(unique());
    const family = `Pöttyösvári${tag}`;
    const given = `Ilkamária${letters(unique()).slice(0, 4)}`;
    const email = `potty.${tag}@pelda.example`;
    const phone = `+36 70 ${randomInt(100, 999)} ${randomInt(1000, 9999)}`;
    const fullName = `${family} ${given}`;
    const yesterday = budapestDay(new Date(Date.now() - 86_400_000));

    // --- The center, its staff, and a Köt.-registered host organization with an opportunity.
    const center = await createCenter(t.db);
    const admin = await staffWithLogin(t, [{ role: 'center_admin', centerId: center.id }]);
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: center.id }]);
    const member = await createUser(t.db);
    const memberClient = await clientFor(t, member.id);
    const organization = await createOrganization(t.db, center.id, { memberUserIds: [member.id], kotRegistrationNumber: 'KÖT-2026-0042' });
    const opportunity = await createOpportunity(t.db, organization);

    // --- Sign-up, e-mail confirmation, login (audit, outbox, e-mail token, session).
    const visitor = new Visitor(t);
    expect((await visitor.post('/signup', signupFields({ familyName: family, givenName: given, email }))).statusCode).toBe(303);
    const [confirmMail] = await mailsTo(t.db, email);
    expect((await visitor.confirmEmail(linkIn(confirmMail, baseUrl, '/confirm-email'))).statusCode).toBe(200);
    expect((await visitor.login(email, strongPassword)).statusCode).toBe(303);

    // --- The volunteer profile, created and then edited (audit before/after, consents).
    const profile = profileForm({ familyName: family, givenName: given, phone, bio: `${given} vagyok, hívj: ${phone}` });
    const postProfile = (form: typeof profile) => visitor.client.post('/volunteer/profile', form, { headers: { 'x-forwarded-for': visitor.ip } });
    expect((await postProfile(profile)).statusCode).toBe(303);
    expect((await postProfile({ ...profile, bio: `${fullName}, ${email}` })).statusCode).toBe(303);
    const [volunteer] = await t.db.select().from(volunteers).where(eq(volunteers.email, email));
    if (!volunteer?.userId) throw new Error('profile not created');
    // The volunteer belongs to our center (their home settlement's center may be another in this database).
    await t.db.update(volunteers).set({ centerId: center.id }).where(eq(volunteers.id, volunteer.id));

    // --- A placement: apply, accepted by the organization, a coordinator's notes (mails, events, audit).
    const applicationId = applicationIdFrom((await visitor.post(`/opportunities/${opportunity.id}/apply`)).headers.location);
    expect((await memberClient.post(`/applications/${applicationId}/status`, { status: 'accepted' })).statusCode).toBe(303);
    expect((await coordinator.client.post(`/applications/${applicationId}/notes`, { text: `Beszéltem ${fullName} önkéntessel (${phone}).` })).statusCode).toBe(
      303,
    );
    expect((await coordinator.client.post(`/applications/${applicationId}/notes`, { text: `${given} nagyon ügyes.` })).statusCode).toBe(303);

    // --- Hours: one approved, one rejected with a reason naming the volunteer.
    const logHours = (note: string) =>
      visitor.post(`/applications/${applicationId}/hours`, { day: yesterday, durationHours: '2', activity: 'Takarítás', note });
    expect((await logHours(`${given} hozott süteményt`)).statusCode).toBe(303);
    expect((await logHours('Második alkalom')).statusCode).toBe(303);
    const entries = await queryRows<{ id: string; note: string | null }>(
      t.db,
      sql`select id, note from hour_entries where application_id = ${applicationId} order by created_at`,
    );
    expect(entries).toHaveLength(2);
    expect((await memberClient.post(`/hours/${entries[0]?.id}/approve`)).statusCode).toBe(303);
    expect((await memberClient.post(`/hours/${entries[1]?.id}/reject`, { reason: `${family} aznap nem volt ott` })).statusCode).toBe(303);

    // --- A benefit whose description names the volunteer, and a certificate of the approved hours.
    const benefit = await memberClient.post(`/applications/${applicationId}/benefits`, {
      type: 'travel',
      givenOn: yesterday,
      amount: '1500',
      description: `Vonatjegy ${fullName} részére`,
    });
    expect(benefit.statusCode).toBe(303);
    expect((await visitor.post('/volunteer/certificates', { kind: 'placement', applicationId })).statusCode).toBe(303);

    // --- A volunteer contract and a register entry (their modules are being built: rows as they would write them).
    const [contract] = await t.db
      .insert(volunteerContracts)
      .values({
        applicationId,
        volunteerId: volunteer.id,
        organizationId: organization.id,
        centerId: center.id,
        activity: `Takarítás (${given})`,
        place: 'Kecskemét',
        timeAndRest: 'Hetente 2 óra',
        benefits: 'Útiköltség',
        benefitsOnEnd: 'Nincs',
        startsOn: yesterday,
        requirement: { required: true, reasons: ['benefit'] },
        snapshot: { volunteer: { familyName: family, givenName: given, email, phone, birthDate: '1990-01-01' }, organization: { name: organization.name } },
        status: 'signed',
        signedOn: yesterday,
        volunteerSignatory: fullName,
        organizationSignatory: 'Szervező Szilvia',
      })
      .returning();
    await recordAudit(t.db, {
      actorUserId: member.id,
      centerId: center.id,
      action: 'create',
      entityType: 'volunteer_contract',
      entityId: contract?.id,
      after: contract,
    });
    const [register] = await t.db
      .insert(registerEntries)
      .values({
        organizationId: organization.id,
        centerId: center.id,
        applicationId,
        volunteerId: volunteer.id,
        contractId: contract?.id,
        familyName: family,
        givenName: given,
        sortKey: hungarianSortKey(fullName),
        birthPlace: 'Kecskemét',
        birthDate: '1990-01-01',
        motherName: 'Minta Mária',
        residence: 'Kecskemét, Fő utca 1.',
        activity: 'Takarítás',
        place: 'Kecskemét',
        timeAndRest: 'Hetente 2 óra',
        startsOn: yesterday,
      })
      .returning();
    await recordAudit(t.db, {
      actorUserId: member.id,
      centerId: center.id,
      action: 'create',
      entityType: 'register_entry',
      entityId: register?.id,
      after: register,
    });

    // --- A password-reset request (unsent mail, e-mail token, rate-limit bucket keyed by the
    //     e-mail) and a failed login from another browser (another bucket keyed by the e-mail).
    expect((await new Visitor(t).post('/forgot-password', { email })).statusCode).toBe(303);
    await new Visitor(t).login(email, 'rossz-jelszo-123456');
    const buckets = await queryRows<{ bucket: string }>(t.db, sql`select bucket from rate_limits where strpos(bucket, ${email}) > 0`);
    expect(buckets.length).toBeGreaterThanOrEqual(2);

    // Before the erasure the person is in many tables (the scan below is meaningful).
    const columns = await searchableColumns();
    const before = await whereFound(columns, family);
    for (const place of [
      'users.family_name',
      'volunteers.family_name',
      'audit_log.after',
      'outbox.text_body',
      'placement_notes.text',
      'hour_entries.decision_reason',
      'benefits.description',
      'certificates.snapshot',
      'volunteer_contracts.snapshot',
      'register_entries.family_name',
    ]) {
      expect(before, place).toContain(place);
    }
    expect(await whereFound(columns, phone)).toContain('volunteers.phone');
    expect(await whereFound(columns, email)).toContain('rate_limits.bucket');

    // --- The volunteer asks, the center's admin confirms.
    expect((await visitor.post('/volunteer/erasure', { confirm: 'on', reason: `Én, ${fullName}, kérem a törlést.` })).statusCode).toBe(303);
    const [request] = await t.db.select().from(erasureRequests).where(eq(erasureRequests.volunteerId, volunteer.id));
    if (!request) throw new Error('request missing');
    const confirm = await admin.client.post(`/admin/erasure-requests/${request.id}/confirm`, { confirm: 'on' });
    expect(confirm.statusCode).toBe(303);

    // --- THE scan: the only hits allowed are in register_entries.
    for (const needle of [family, given, email, phone]) {
      const hits = await whereFound(columns, needle);
      expect(
        hits.filter((h) => !h.startsWith('register_entries.')),
        `"${needle}" still found in`,
      ).toEqual([]);
    }
    // The register keeps the entry, marked.
    const [kept] = await t.db
      .select()
      .from(registerEntries)
      .where(eq(registerEntries.id, register?.id as string));
    expect(kept).toMatchObject({ familyName: family, givenName: given });
    expect(kept?.subjectErasedAt).toBeInstanceOf(Date);

    // Anonymised, not deleted: the placement, hours, benefit and certificate still count.
    const [erased] = await t.db.select().from(volunteers).where(eq(volunteers.id, volunteer.id));
    expect(erased).toMatchObject({ familyName: 'Törölt', givenName: 'önkéntes', email: null, phone: null, birthDate: null, bio: null, causes: [] });
    expect(erased?.erasedAt).toBeInstanceOf(Date);
    const [counts] = await queryRows<{ hours: number | string; benefits: number | string; certificates: number | string; notes: number | string }>(
      t.db,
      sql`select (select count(*) from hour_entries where volunteer_id = ${volunteer.id}) as hours,
                 (select count(*) from benefits where volunteer_id = ${volunteer.id}) as benefits,
                 (select count(*) from certificates where volunteer_id = ${volunteer.id}) as certificates,
                 (select count(*) from placement_notes where application_id = ${applicationId}) as notes`,
    );
    expect(counts).toMatchObject({ hours: expect.anything(), benefits: expect.anything() });
    expect([counts?.hours, counts?.benefits, counts?.certificates, counts?.notes].map(Number)).toEqual([2, 1, 1, 2]);
    const [account] = await t.db.select().from(users).where(eq(users.id, volunteer.userId));
    expect(account).toMatchObject({ email: `erased-${volunteer.userId}@erased.invalid`, familyName: 'Törölt' });
    expect(account?.disabledAt).toBeInstanceOf(Date);
    expect(account?.erasedAt).toBeInstanceOf(Date);

    // The erased person cannot log in, and the old session is gone.
    const login = await new Visitor(t).login(email, strongPassword);
    expect(login.statusCode).not.toBe(303);
    const oldSession = await visitor.get('/volunteer/erasure');
    expect(oldSession.statusCode).toBe(303);
    expect(String(oldSession.headers.location)).toContain('/login');

    // The erasure is audited with ids, counts and the time only.
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'erasure_request'), eq(auditLog.entityId, request.id), eq(auditLog.action, 'erasure.completed')));
    expect(entry?.actorUserId).toBe(admin.user.id);
    expect(entry?.after).toMatchObject({
      status: 'completed',
      volunteerId: volunteer.id,
      counts: { placements: 1, hourEntries: 2, certificates: 1, contracts: 1, registerEntriesKept: 1 },
    });
    const text = JSON.stringify(entry);
    for (const needle of [family, given, email, phone]) expect(text).not.toContain(needle);

    // The center's pages now show the placeholder.
    const detail = await admin.client.get(`/admin/erasure-requests/${request.id}`);
    expect(detail.body).toContain('Törölt önkéntes');
    expect(detail.body).not.toContain(family);
  }, 120_000);
});
