import { and, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applications,
  auditLog,
  benefits,
  inquiries,
  registerEntries,
  trainingFeedback,
  volunteerConsents,
  volunteerContracts,
  volunteerQualifications,
  volunteers,
} from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { generateForm } from '../contracts/contracts-test-support.js';
import { insertEntry, placementScene } from '../hours/hours-test-support.js';
import { clientFor, staffWithLogin, volunteerWithLogin } from '../placements/placements-test-support.js';
import { createCourse, createRegistration, createSession } from '../trainings/trainings-test-support.js';
import { exportLimit } from './service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/**
 * Győri Őrs volunteers at a host organization: 12 h 30 min approved (450 + 300), 1 h submitted,
 * 1 h 30 min rejected; a contact consent, a first-aid qualification and a travel benefit.
 * Somebody else (Másik Ödön) volunteers at the same opportunity.
 */
async function scene() {
  const s = await placementScene(t, { status: 'active' });
  await t.db
    .update(volunteers)
    .set({ familyName: 'Győri', givenName: 'Őrs', bio: 'Szeretek kertészkedni, ősszel főleg.' })
    .where(eq(volunteers.id, s.volunteer.volunteer.id));
  await insertEntry(t, s, { activity: 'Fűnyírás', minutes: 450, status: 'approved', activityDay: '2026-10-03' });
  await insertEntry(t, s, { activity: 'Faültetés', minutes: 300, status: 'approved', activityDay: '2026-10-10' });
  await insertEntry(t, s, { activity: 'Lombseprés', minutes: 60, status: 'submitted', activityDay: '2026-10-11' });
  await insertEntry(t, s, {
    activity: 'Elutasított munka',
    minutes: 90,
    status: 'rejected',
    activityDay: '2026-10-12',
    decisionReason: 'Nem ezen a napon volt.',
  });
  await t.db.insert(volunteerConsents).values({ volunteerId: s.volunteer.volunteer.id, kind: 'contact', granted: true, textVersion: 'kapcsolat-2026-01' });
  await t.db.insert(volunteerQualifications).values({ volunteerId: s.volunteer.volunteer.id, name: 'Elsősegély-tanfolyam', validUntil: '2028-06-30' });
  await t.db.insert(benefits).values({
    applicationId: s.application.id,
    volunteerId: s.volunteer.volunteer.id,
    organizationId: s.organization.id,
    centerId: s.center.id,
    type: 'travel',
    givenOn: '2026-10-03',
    amountHuf: 12500,
    reimbursement: true,
  });
  const other = await volunteerWithLogin(t, { centerId: s.center.id, familyName: 'Másik', givenName: 'Ödön' });
  const [otherApp] = await t.db
    .insert(applications)
    .values({ volunteerId: other.volunteer.id, opportunityId: s.opportunity.id, centerId: s.center.id, origin: 'volunteer', status: 'active' })
    .returning();
  if (!otherApp) throw new Error('application missing');
  await insertEntry(t, { application: otherApp, organization: s.organization }, { activity: 'Titkos tevékenység', minutes: 777, status: 'approved' });
  await t.db.insert(volunteerQualifications).values({ volunteerId: other.volunteer.id, name: 'Másik képesítése' });
  // The organization makes and signs a contract with Győri Őrs; the other volunteer's draft must not show.
  const contractUrl = `/applications/${s.application.id}/contract`;
  if ((await s.memberClient.post(contractUrl, generateForm())).statusCode !== 303) throw new Error('contract not generated');
  const [contract] = await t.db.select().from(volunteerContracts).where(eq(volunteerContracts.applicationId, s.application.id));
  if (!contract) throw new Error('contract missing');
  const signed = await s.memberClient.post(`/contracts/${contract.id}/sign`, {
    signedOn: '2026-10-01',
    volunteerSignatory: 'Győri Őrs',
    organizationSignatory: 'Szabó Éva',
  });
  if (signed.statusCode !== 303) throw new Error('contract not signed');
  if ((await s.memberClient.post(`/applications/${otherApp.id}/contract`, generateForm({ activity: 'Másik szerződése' }))).statusCode !== 303)
    throw new Error('other contract');
  return { ...s, other, otherEmail: other.user.email, contract };
}

function unzip(body: Buffer) {
  return unzipSync(new Uint8Array(body));
}

describe('My volunteering page', () => {
  it('shows the volunteer their placements, hours by status, benefits and contracts, and nobody else', async () => {
    const s = await scene();
    const res = await s.volunteer.client.get('/volunteer/my-volunteering');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('Önkéntességem');
    expect(html).toContain(`/applications/${s.application.id}`);
    expect(html).toContain(s.opportunity.title);
    expect(html).toContain(s.organization.name);
    expect(html).toContain('12 óra 30 perc'); // approved
    expect(html).toContain('1 óra 0 perc'); // submitted
    expect(html).toContain('1 óra 30 perc'); // rejected
    expect(html).toContain('Utazás');
    expect(html).toMatch(/12[\s\u00a0]500 Ft/);
    expect(html).toContain(`href="/applications/${s.application.id}/contract"`);
    expect(html).toContain(`href="/contracts/${s.contract.id}/contract.pdf"`);
    expect(html).toContain('Aláírva');
    expect(html).toContain('2026. 10. 01.');
    expect(html).toContain('Megkeresés: megadva');
    expect(html).toContain('Elsősegély-tanfolyam (érvényes: 2028. 06. 30.)');
    expect(html).toContain('href="/volunteer/certificates"');
    expect(html).toContain('Még nincs igazolásod.');
    expect(html).toContain('href="/volunteer/my-data.zip"');
    expect(html).not.toContain('Másik');
    expect(html).not.toContain('12 óra 57 perc');
    expect(html).not.toContain(s.otherEmail);
  });

  it('the dashboard links to it', async () => {
    const s = await scene();
    const res = await s.volunteer.client.get('/dashboard');
    expect(res.body).toContain('href="/volunteer/my-volunteering"');
  });

  it('a volunteer with nothing yet sees an empty state in each section', async () => {
    const v = await volunteerWithLogin(t);
    const res = await v.client.get('/volunteer/my-volunteering');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Még nem jelentkeztél egyetlen lehetőségre sem.');
    expect(res.body).toContain('Még nincs rögzített órád.');
    expect(res.body).toContain('Még nincs igazolásod.');
    expect(res.body).toContain('Még nincs rögzített juttatásod.');
    expect(res.body).toContain('Nincs rögzített képesítésed.');
    expect(res.body).toContain('Még nincs önkéntes szerződésed.');
  });

  it('staff without a volunteer profile are told so and offered to create one', async () => {
    const staff = await staffWithLogin(t, []);
    const res = await staff.client.get('/volunteer/my-volunteering');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Még nincs önkéntes profilod');
    expect(res.body).toContain('href="/volunteer/profile"');
  });

  it('anonymous visitors are sent to log in, for the page and the ZIP', async () => {
    const anonymous = new TestClient(t.app, t.config.secretKey);
    for (const url of ['/volunteer/my-volunteering', '/volunteer/my-data.zip']) {
      const res = await anonymous.get(url);
      expect(res.statusCode, url).toBe(303);
      expect(String(res.headers.location)).toMatch(/^\/login/);
    }
  });
});

describe('Download all my data', () => {
  it('is a ZIP with data.json, a CSV per section with BOM, a README, and an audit entry', async () => {
    const s = await scene();
    // What the organization recorded in its Köt. 14. § register is the volunteer's data too.
    await t.db.insert(registerEntries).values({
      organizationId: s.organization.id,
      centerId: s.center.id,
      applicationId: s.application.id,
      volunteerId: s.volunteer.volunteer.id,
      familyName: 'Győri',
      givenName: 'Őrs',
      sortKey: 'gyori ors',
      birthPlace: 'Győr',
      birthDate: '1995-04-02',
      motherName: 'Példa Anikó',
      residence: 'Győr, Minta utca 1.',
      activity: 'Homokzsákok töltése',
      place: 'Kecskemét',
      timeAndRest: 'Szombatonként',
      startsOn: '2026-10-01',
    });
    // A training registration with the feedback given, and an inquiry linked to the volunteer.
    const course = await createCourse(t.db, { title: 'Elsősegély-alapképzés' });
    const session = await createSession(t.db, course.id, s.center.id);
    const registration = await createRegistration(t.db, session.id, { volunteerId: s.volunteer.volunteer.id, status: 'completed' });
    await t.db.insert(trainingFeedback).values({
      registrationId: registration.id,
      sessionId: session.id,
      contentRating: 5,
      trainerRating: 4,
      usefulnessRating: 5,
      comment: 'Hasznos gyakorlatok',
    });
    await t.db.insert(inquiries).values({
      centerId: s.center.id,
      channel: 'phone',
      askerKind: 'person',
      question: 'Kell-e szerződés egy napra?',
      volunteerId: s.volunteer.volunteer.id,
    });
    const res = await s.volunteer.client.get('/volunteer/my-data.zip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="kapocs-adataim-\d{4}-\d{2}-\d{2}\.zip"/);
    const files = unzip(res.rawPayload);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'data.json',
        'README.txt',
        'fiok.csv',
        'profil.csv',
        'hozzajarulasok.csv',
        'kepesitesek.csv',
        'helyek.csv',
        'orak.csv',
        'igazolasok.csv',
        'juttatasok.csv',
        'szerzodesek.csv',
        'naplo.csv',
      ]),
    );
    const data = JSON.parse(strFromU8(files['data.json']!)) as Record<string, any>;
    expect(data.generatedAt).toMatch(/^\d{4}-/);
    expect(data.account.email).toBe(s.volunteer.user.email);
    expect(data.profile.familyName).toBe('Győri');
    expect(data.profile.bio).toContain('ősszel');
    expect(data.profile).not.toHaveProperty('calendarTokenHash');
    expect(data.consents).toEqual([expect.objectContaining({ kind: 'contact', granted: true, textVersion: 'kapcsolat-2026-01' })]);
    expect(data.qualifications).toEqual([expect.objectContaining({ name: 'Elsősegély-tanfolyam', validUntil: '2028-06-30' })]);
    expect(data.certificateChecks).toEqual(expect.arrayContaining([expect.objectContaining({ check: 'conduct', status: 'unknown' })]));
    expect(data.placements).toHaveLength(1);
    expect(data.placements[0]).toMatchObject({ id: s.application.id, status: 'active', organizationName: s.organization.name });
    expect(Array.isArray(data.placements[0].events)).toBe(true);
    expect(data.hours.map((h: { minutes: number }) => h.minutes).sort()).toEqual([300, 450, 60, 90].sort());
    expect(data.benefits).toEqual([expect.objectContaining({ type: 'travel', amountHuf: 12500 })]);
    expect(data.contracts).toEqual([
      expect.objectContaining({
        id: s.contract.id,
        status: 'signed',
        signedOn: '2026-10-01',
        activity: 'Homokzsákok töltése és szállítása.',
        organizationName: s.organization.name,
      }),
    ]);
    expect(strFromU8(files['szerzodesek.csv']!)).toContain('Homokzsákok töltése és szállítása.');
    expect(data.registerEntries).toEqual([expect.objectContaining({ organizationName: s.organization.name, motherName: 'Példa Anikó', birthPlace: 'Győr' })]);
    expect(strFromU8(files['nyilvantartas.csv']!)).toContain('Példa Anikó');
    expect(data.trainings).toEqual([
      expect.objectContaining({ courseTitle: 'Elsősegély-alapképzés', status: 'completed', feedbackTrainer: 4, feedbackComment: 'Hasznos gyakorlatok' }),
    ]);
    expect(strFromU8(files['kepzesek.csv']!)).toContain('Elsősegély-alapképzés');
    expect(data.inquiries).toEqual([expect.objectContaining({ channel: 'phone', question: 'Kell-e szerződés egy napra?' })]);
    expect(strFromU8(files['megkeresesek.csv']!)).toContain('Kell-e szerződés egy napra?');
    const json = strFromU8(files['data.json']!);
    expect(json).not.toContain('Másik');
    expect(json).not.toContain('Titkos tevékenység');
    expect(json).not.toContain('Másik szerződése');
    expect(json).not.toContain(s.otherEmail);

    for (const [name, bytes] of Object.entries(files)) {
      if (!name.endsWith('.csv')) continue;
      expect([bytes[0], bytes[1], bytes[2]], name).toEqual([0xef, 0xbb, 0xbf]);
    }
    expect(strFromU8(files['profil.csv']!)).toContain('Győri');
    expect(strFromU8(files['kepesitesek.csv']!)).toContain('Elsősegély-tanfolyam');
    expect(strFromU8(files['orak.csv']!)).toContain('Fűnyírás');
    expect(strFromU8(files['README.txt']!)).toContain('adataid');

    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'export'), eq(auditLog.entityType, 'volunteer'), eq(auditLog.entityId, s.volunteer.volunteer.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorUserId).toBe(s.volunteer.user.id);
  });

  it('lists audit entries about the volunteer with the staff member name', async () => {
    const s = await scene();
    await t.db.insert(auditLog).values({ actorUserId: s.coordinator.user.id, action: 'update', entityType: 'volunteer', entityId: s.volunteer.volunteer.id });
    const res = await s.volunteer.client.get('/volunteer/my-data.zip');
    const data = JSON.parse(strFromU8(unzip(res.rawPayload)['data.json']!)) as { auditEntries: { action: string; actor: string | null }[] };
    expect(data.auditEntries).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'update', actor: `${s.coordinator.user.familyName} ${s.coordinator.user.givenName}` })]),
    );
  });

  it('without a volunteer profile holds the account data only, audited on the user', async () => {
    const staff = await staffWithLogin(t, []);
    const res = await staff.client.get('/volunteer/my-data.zip');
    expect(res.statusCode).toBe(200);
    const data = JSON.parse(strFromU8(unzip(res.rawPayload)['data.json']!)) as Record<string, any>;
    expect(data.account.email).toBe(staff.user.email);
    expect(data.profile).toBeNull();
    expect(data.placements).toEqual([]);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'export'), eq(auditLog.entityType, 'user'), eq(auditLog.entityId, staff.user.id)));
    expect(audit).toHaveLength(1);
  });

  it('is rate-limited per account', async () => {
    const v = await volunteerWithLogin(t);
    for (let i = 0; i < exportLimit.limit; i++) expect((await v.client.get('/volunteer/my-data.zip')).statusCode).toBe(200);
    expect((await v.client.get('/volunteer/my-data.zip')).statusCode).toBe(429);
    // Another account is not affected.
    const other = await volunteerWithLogin(t);
    expect((await (await clientFor(t, other.user.id)).get('/volunteer/my-data.zip')).statusCode).toBe(200);
  });
});
