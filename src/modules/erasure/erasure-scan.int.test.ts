import { randomInt } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/database.js';
import { auditLog, causes, erasureRequests, inquiries, registerEntries, skills, users, volunteerContracts, volunteers } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { budapestDay, toBudapestLocal } from '../../platform/budapest-time.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { enqueueMail, sendDueMail } from '../../platform/mail.js';
import { createOpportunity, createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { linkIn, mailsTo, signupFields, strongPassword, unique, Visitor } from '../accounts/accounts-test-support.js';
import { asciiFileName } from '../certificates/certificate-text.js';
import { applicationIdFrom, clientFor, staffWithLogin } from '../placements/placements-test-support.js';
import { foldForSearch } from '../users/repo.js';
import { profileForm } from '../volunteers/volunteers-test-support.js';
import { jsonTextForm, phoneDigits } from './derived-forms.js';
import { everyColumn, rowsNaming, whereFound } from './erasure-scan-support.js';

/**
 * THE erasure proof (issues 5 and 11). A volunteer with a login fills every personal field with a
 * distinctive value — through the real sign-up, profile, staff checks, placement, hours, benefits
 * and certificate flows, so the audit trail, the outbox, the rate-limit windows and the sessions hold
 * real rows. The test records every form the code derives of each value, through the same functions
 * (the Hungarian sort key, also as JSON writes it; the unaccented search form; the ASCII file name;
 * the phone's digits). The center erases the person; then every column of every table in schema
 * public, of any type, is searched for each value and each derived form. The only hits allowed are
 * the Köt. 14. § register (kept for the law, marked), the settlement list (reference data) and the
 * causes and skills lists (the vocabulary the person picked from).
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
const pad = (n: number) => String(n).padStart(2, '0');
const someDay = (fromYear: number, toYear: number) => `${randomInt(fromYear, toYear)}-${pad(randomInt(1, 13))}-${pad(randomInt(10, 29))}`;

/** Tables whose hits are allowed, and why. */
const allowed: Record<string, string> = {
  register_entries: 'Köt. 14. §: the host keeps the register for 5 years (marked subject_erased_at)',
  places: 'the settlement list: reference data, the home settlement is one of its rows',
  causes: 'the vocabulary of causes the person picked from',
  skills: 'the vocabulary of skills the person picked from',
};

describe('erasure leaves no personal value, and no form derived from one, anywhere but the Köt. 14. § register', () => {
  it('fills every personal field, erases, and scans every column of every table', async () => {
    const tag = letters(unique());
    const family = `Pöttyösvári${tag}`;
    const given = `Ilkamária${letters(unique()).slice(0, 4)}`;
    const fullName = `${family} ${given}`;
    const email = `potty.${tag}@pelda.example`;
    const phone = `+36 70 ${randomInt(100, 999)} ${randomInt(1000, 9999)}`;
    const birthDate = someDay(1950, 1990);
    const ip = `2001:db8::${unique().slice(0, 4)}:${unique().slice(0, 4)}`;
    const guardian = {
      name: `Gondviselő${tag} Ödön`,
      email: `gondviselo.${tag}@pelda.example`,
      phone: `+36 20 ${randomInt(100, 999)} ${randomInt(1000, 9999)}`,
    };
    const bio = `Bemutatkozás-${tag}: szeretek kertészkedni.`;
    const accessibility = `Akadálymentesség-${tag}: lift kell.`;
    const qualification = `Képesítés-${tag}`;
    const healthCheckedAt = someDay(2001, 2009);
    const conductCheckedAt = someDay(2010, 2018);
    const reason = `Kérem-${tag} a törlést.`;
    const yesterday = budapestDay(new Date(Date.now() - 86_400_000));

    // A home settlement near the opportunity (so the placement is allowed), and own causes and skills.
    const [home] = await queryRows<{ name: string; lat: number; lon: number }>(
      t.db,
      sql`select name, lat, lon from places p
          where county = 'Bács-Kiskun' and name <> 'Kecskemét' and (select count(*) from places q where q.name = p.name) = 1
            -- A short name hides in ordinary words of the reference texts ("Gara" in "garantált bérminimum").
            and length(name) >= 7
          order by random() limit 1`,
    );
    if (!home) throw new Error('no settlement');
    const causeSlug = `ugy-${tag}`;
    const skillSlug = `keszseg-${tag}`;
    await t.db.insert(causes).values({ slug: causeSlug, nameHu: `Ügy ${tag}`, nameEn: `Cause ${tag}` });
    await t.db.insert(skills).values({ slug: skillSlug, nameHu: `Készség ${tag}`, nameEn: `Skill ${tag}` });

    // --- The center, its staff, and a Köt.-registered host organization with an opportunity.
    const center = await createCenter(t.db);
    const admin = await staffWithLogin(t, [{ role: 'center_admin', centerId: center.id }]);
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: center.id }]);
    const member = await createUser(t.db);
    const memberClient = await clientFor(t, member.id);
    const organization = await createOrganization(t.db, center.id, { memberUserIds: [member.id], kotRegistrationNumber: 'KÖT-2026-0042' });
    const opportunity = await createOpportunity(t.db, organization);

    // --- Sign-up, e-mail confirmation, login from the person's own address (audit, outbox, token, session).
    const visitor = new Visitor(t, ip);
    expect((await visitor.post('/signup', signupFields({ familyName: family, givenName: given, email }))).statusCode).toBe(303);
    const [confirmMail] = await mailsTo(t.db, email);
    expect((await visitor.confirmEmail(linkIn(confirmMail, baseUrl, '/confirm-email'))).statusCode).toBe(200);
    expect((await visitor.login(email, strongPassword)).statusCode).toBe(303);

    // --- The profile with every field filled, created and then edited (audit before/after, consents).
    const profile = profileForm({
      familyName: family,
      givenName: given,
      birthDate,
      phone,
      homePlace: home.name,
      travelRadiusKm: '173',
      causes: [causeSlug],
      skills: [skillSlug],
      languages: ['rom', 'sgn'],
      availability: ['sun-evening', 'wed-morning'],
      accessibilityNeeds: accessibility,
      bio: `${given} vagyok, hívj: ${phone}`,
      guardianName: guardian.name,
      guardianEmail: guardian.email,
      guardianPhone: guardian.phone,
      consentNewsletter: 'on',
    });
    const postProfile = (form: typeof profile) => visitor.client.post('/volunteer/profile', form, { headers: { 'x-forwarded-for': ip } });
    expect((await postProfile(profile)).statusCode).toBe(303);
    expect((await postProfile({ ...profile, bio })).statusCode).toBe(303);
    const [volunteer] = await t.db.select().from(volunteers).where(eq(volunteers.email, email));
    if (!volunteer?.userId) throw new Error('profile not created');
    expect(volunteer).toMatchObject({ birthDate, bio, lat: home.lat, causes: [causeSlug], guardianEmail: guardian.email });
    // The volunteer belongs to our center (their home settlement's center may be another in this database).
    await t.db.update(volunteers).set({ centerId: center.id }).where(eq(volunteers.id, volunteer.id));

    // --- The staff's checks and a qualification (dated, audited).
    const checks = { healthStatus: 'fit', healthCheckedAt, conductStatus: 'clear', conductCheckedAt };
    expect((await coordinator.client.post(`/volunteers/${volunteer.id}/checks`, checks)).statusCode).toBe(303);
    expect((await coordinator.client.post(`/volunteers/${volunteer.id}/qualifications`, { name: qualification, validUntil: '' })).statusCode).toBe(303);

    // --- The phone inquiry they were registered from (the inquiry log), naming them, linked to the profile.
    const [topic] = await queryRows<{ id: string }>(t.db, sql`select id from inquiry_topics where center_id is null limit 1`);
    const inquiry = await coordinator.client.post('/inquiries', {
      channel: 'phone',
      receivedAt: toBudapestLocal(new Date(Date.now() - 3_600_000)),
      askerKind: 'person',
      askerName: fullName,
      askerEmail: email,
      askerPhone: phone,
      topicIds: topic?.id ?? '',
      question: `${given} kérdezi: hogyan lehet önkéntes?`,
      status: 'open',
    });
    expect(inquiry.statusCode).toBe(303);
    await t.db.update(inquiries).set({ volunteerId: volunteer.id }).where(eq(inquiries.askerEmail, email));

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

    // --- A volunteer contract and a register entry, rows as their modules write them.
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
        snapshot: {
          volunteer: { familyName: family, givenName: given, birthDate },
          guardian: { name: guardian.name },
          organization: { name: organization.name },
        },
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
        birthDate,
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

    // --- Mails with calendar attachments naming the person (to them and to the host), then the SMTP
    //     run sends everything queued so far: the sent mails stay as the delivery log.
    const attendee = (to: string) => ({
      to,
      subject: 'Elmarad a műszak',
      text: `${fullName} műszakja elmarad.`,
      attachments: [{ filename: 'muszak.ics', contentType: 'text/calendar; method=CANCEL', content: `ATTENDEE;CN="${fullName}":mailto:${email}\r\n` }],
    });
    await enqueueMail(t.db, attendee(email));
    await enqueueMail(t.db, attendee(member.email));
    const delivered: string[] = [];
    while (await sendDueMail(t.db, { send: async (mail) => void delivered.push(mail.to) }, 'kapocs@pelda.example')) {}
    expect(delivered).toContain(email);

    // --- A password-reset request (unsent mail, e-mail token, rate-limit bucket keyed by the
    //     e-mail and one by the address) and a failed login from another browser at the same address.
    expect((await new Visitor(t, ip).post('/forgot-password', { email })).statusCode).toBe(303);
    await new Visitor(t, ip).login(email, 'rossz-jelszo-123456');
    const buckets = await queryRows<{ bucket: string }>(t.db, sql`select bucket from rate_limits where strpos(bucket, ${email}) > 0`);
    expect(buckets.length).toBeGreaterThanOrEqual(2);

    // --- Every value, and every form the code derives of it (through the same functions).
    const derived = (name: string) => [hungarianSortKey(name), jsonTextForm(hungarianSortKey(name)), foldForSearch(name), asciiFileName(name)];
    const needles = [
      family,
      given,
      ...derived(fullName),
      ...derived(`${given} ${family}`),
      foldForSearch(family),
      email,
      phone,
      phoneDigits(phone),
      birthDate,
      ip,
      String(home.lat),
      String(home.lon),
      home.name,
      causeSlug,
      skillSlug,
      guardian.name,
      guardian.email,
      guardian.phone,
      phoneDigits(guardian.phone),
      bio,
      accessibility,
      qualification,
      healthCheckedAt,
      conductCheckedAt,
      reason,
    ];

    // Before the erasure the person is in many tables (the scan below is meaningful).
    const columns = await everyColumn(t.db);
    const before = await whereFound(t.db, columns, needles);
    for (const [needle, place] of [
      [family, 'users.family_name'],
      [family, 'volunteers.family_name'],
      [family, 'outbox.text_body'],
      [email, 'outbox.attachments'],
      [family, 'placement_notes.text'],
      [family, 'hour_entries.decision_reason'],
      [family, 'benefits.description'],
      [family, 'inquiries.asker_name'],
      [phone, 'inquiries.asker_phone'],
      [family, 'certificates.snapshot'],
      [hungarianSortKey(fullName), 'users.sort_key'],
      [jsonTextForm(hungarianSortKey(fullName)), 'audit_log.after'],
      [birthDate, 'audit_log.after'],
      [birthDate, 'volunteer_contracts.snapshot'],
      [ip, 'audit_log.after'],
      [ip, 'rate_limits.bucket'],
      [String(home.lat), 'volunteers.lat'],
      [String(home.lat), 'audit_log.after'],
      [causeSlug, 'audit_log.after'],
      [healthCheckedAt, 'volunteers.health_checked_at'],
      [qualification, 'volunteer_qualifications.name'],
      [email, 'rate_limits.bucket'],
      [guardian.email, 'volunteers.guardian_email'],
    ] as const) {
      expect(before.get(needle), `${needle} before the erasure`).toContain(place);
    }

    // --- The volunteer asks, the center's admin confirms.
    expect((await visitor.post('/volunteer/erasure', { confirm: 'on', reason: `${reason} Én, ${fullName}.` })).statusCode).toBe(303);
    const [request] = await t.db.select().from(erasureRequests).where(eq(erasureRequests.volunteerId, volunteer.id));
    if (!request) throw new Error('request missing');
    expect((await admin.client.post(`/admin/erasure-requests/${request.id}/confirm`, { confirm: 'on' })).statusCode).toBe(303);
    // The notice of the completed erasure waits in the outbox with the address captured before; once
    // sent, the outbox forgets the address and the body (outbox.forget_recipient).
    const notices: string[] = [];
    while (await sendDueMail(t.db, { send: async (mail) => void notices.push(mail.to) }, 'kapocs@pelda.example')) {}
    expect(notices).toContain(email);

    // --- THE scan: every value and derived form, every column of every table.
    const after = await whereFound(t.db, columns, needles);
    for (const needle of needles) {
      const hits = (after.get(needle) ?? []).filter((h) => !((h.split('.')[0] as string) in allowed));
      expect(hits, `"${needle}" still found in`).toEqual([]);
    }
    // What stays, all of it in the allowed tables: the register's own copy and the reference lists.
    // (Which columns of the settlement list hold the settlement's name depends on the settlement.)
    const kept = [...new Set(needles.flatMap((n) => after.get(n) ?? []))].filter((h) => !h.startsWith('places.')).sort();
    expect(kept).toEqual([
      'causes.slug',
      'register_entries.birth_date',
      'register_entries.family_name',
      'register_entries.given_name',
      'register_entries.sort_key',
      'skills.slug',
    ]);
    // Values of closed vocabularies (availability slots, languages) cannot be searched across the
    // database; no row that names the person's ids still holds the ones they picked.
    const linkedRows = await rowsNaming(t.db, columns, [volunteer.id, volunteer.userId]);
    expect(linkedRows.length).toBeGreaterThan(10);
    for (const row of linkedRows.filter((r) => !(r.table in allowed))) {
      for (const value of ['sun-evening', 'wed-morning', '"rom"']) expect(row.text, `${row.table} row still holds ${value}`).not.toContain(value);
    }

    // The register keeps the entry, marked; the rest is anonymised, not deleted.
    const [entryKept] = await t.db
      .select()
      .from(registerEntries)
      .where(eq(registerEntries.id, register?.id as string));
    expect(entryKept).toMatchObject({ familyName: family, givenName: given, birthDate });
    expect(entryKept?.subjectErasedAt).toBeInstanceOf(Date);
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
    expect([counts?.hours, counts?.benefits, counts?.certificates, counts?.notes].map(Number)).toEqual([2, 1, 1, 2]);
    const [account] = await t.db.select().from(users).where(eq(users.id, volunteer.userId));
    expect(account).toMatchObject({ email: `erased-${volunteer.userId}@erased.invalid`, familyName: 'Törölt' });
    expect(account?.disabledAt).toBeInstanceOf(Date);
    expect(account?.erasedAt).toBeInstanceOf(Date);

    // The erased person cannot log in, and the old session is gone.
    expect((await new Visitor(t).login(email, strongPassword)).statusCode).not.toBe(303);
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

    // The center's pages now show the placeholder.
    const detail = await admin.client.get(`/admin/erasure-requests/${request.id}`);
    expect(detail.body).toContain('Törölt önkéntes');
    expect(detail.body).not.toContain(family);
  }, 180_000);
});
