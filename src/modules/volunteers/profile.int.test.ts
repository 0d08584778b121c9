import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { volunteers } from '../../db/schema/index.js';
import { createUser, placeByName, sessionFor } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { auditActions, bornYearsAgo, consentRows, profileForm, uniqueName, volunteerOfUser } from './volunteers-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function loggedIn(attrs: { familyName?: string; givenName?: string } = {}) {
  const user = await createUser(t.db, { familyName: attrs.familyName ?? 'Szabó', givenName: attrs.givenName ?? uniqueName('Réka') });
  const client = new TestClient(t.app, t.config.secretKey).setSession(await sessionFor(t.db, user.id));
  return { user, client };
}

describe('own profile: access and the empty form', () => {
  it('sends anonymous visitors to the login page', async () => {
    const res = await new TestClient(t.app, t.config.secretKey).get('/volunteer/profile');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Fvolunteer%2Fprofile');
  });

  it('offers a new profile filled in from the account, with the managed lists and the availability grid', async () => {
    const { user, client } = await loggedIn();
    const res = await client.get('/volunteer/profile');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Önkéntes profil létrehozása');
    expect(res.body).toContain(`value="${user.givenName}"`);
    expect(res.body).toContain(user.email);
    expect(res.body).toContain('value="kornyezetvedelem"');
    expect(res.body).toContain('környezetvédelem');
    expect(res.body).toContain('value="elsosegely"');
    expect(res.body).toContain('value="sgn"');
    expect(res.body).toContain('value="sun-evening"');
    expect(res.body).toContain('<th scope="row">hétfő</th>');
    // Informal address to volunteers.
    expect(res.body).toContain('Miben vagy jó?');
  });
});

describe('own profile: create and update', () => {
  it('creates the profile linked to the account, with the account e-mail and the place coordinates', async () => {
    const { user, client } = await loggedIn();
    const res = await client.post('/volunteer/profile', profileForm({ familyName: 'Kovács', givenName: 'Anna' }));
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/volunteer/profile');
    const row = await volunteerOfUser(t.db, user.id);
    const kecskemet = await placeByName(t.db, 'Kecskemét');
    expect(row).toMatchObject({
      familyName: 'Kovács',
      givenName: 'Anna',
      email: user.email,
      homePlaceId: kecskemet.id,
      lat: kecskemet.lat,
      lon: kecskemet.lon,
      travelRadiusKm: 25,
      remoteOnly: false,
      causes: ['kornyezetvedelem', 'szocialis'],
      skills: ['elsosegely'],
      languages: ['hu', 'en'],
      availability: ['mon-morning', 'sat-afternoon'],
      groupPreference: 'group',
      alertFrequency: 'weekly',
      createdBy: user.id,
    });
    expect(await auditActions(t.db, 'volunteer', row!.id)).toEqual(['create']);
    const page = await client.get('/volunteer/profile');
    expect(page.body).toContain('Önkéntes profilom');
    expect(page.body).toContain('A profilodat elmentettük.');
  });

  it('records each consent with the text version, and a new row only when an answer changes', async () => {
    const { user, client } = await loggedIn();
    await client.post('/volunteer/profile', profileForm());
    const id = (await volunteerOfUser(t.db, user.id))!.id;
    const first = await consentRows(t.db, id);
    expect(first.map((c) => [c.kind, c.granted, c.textVersion, c.recordedBy])).toEqual([
      ['data_processing', true, '2026-11', user.id],
      ['contact', true, '2026-11', user.id],
      ['newsletter', false, '2026-11', user.id],
    ]);
    await client.post('/volunteer/profile', profileForm({ bio: 'Más bemutatkozás' }));
    expect(await consentRows(t.db, id)).toHaveLength(3);
    await client.post('/volunteer/profile', profileForm({ consentNewsletter: 'on', consentContact: undefined }));
    const after = await consentRows(t.db, id);
    expect(after.slice(3).map((c) => [c.kind, c.granted])).toEqual([
      ['contact', false],
      ['newsletter', true],
    ]);
    expect(await auditActions(t.db, 'volunteer', id)).toEqual(['create', 'update', 'update']);
  });

  it('keeps one profile per account when the first form is sent twice at once', async () => {
    const { user, client } = await loggedIn();
    const results = await Promise.all([client.post('/volunteer/profile', profileForm()), client.post('/volunteer/profile', profileForm({ bio: 'Második' }))]);
    expect(results.map((r) => r.statusCode)).toEqual([303, 303]);
    const rows = await t.db.select().from(volunteers).where(eq(volunteers.userId, user.id));
    expect(rows).toHaveLength(1);
  });

  it('accepts remote-only volunteers without a travel radius', async () => {
    const { user, client } = await loggedIn();
    const res = await client.post('/volunteer/profile', profileForm({ remoteOnly: 'on', travelRadiusKm: '' }));
    expect(res.statusCode).toBe(303);
    expect(await volunteerOfUser(t.db, user.id)).toMatchObject({ remoteOnly: true, travelRadiusKm: null });
  });
});

describe('own profile: field errors in Hungarian', () => {
  it('refuses children under 10 (Köt. 4. § (1))', async () => {
    const { user, client } = await loggedIn();
    const res = await client.post(
      '/volunteer/profile',
      profileForm({ birthDate: bornYearsAgo(9, 200), guardianName: 'Szülő Sára', guardianPhone: '+36 30 111 2222' }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('10 évesnél fiatalabb gyermek nem lehet önkéntes');
    expect(await volunteerOfUser(t.db, user.id)).toBeUndefined();
  });

  it('accepts a child from the 10th birthday, with a guardian', async () => {
    const { user, client } = await loggedIn();
    const res = await client.post(
      '/volunteer/profile',
      profileForm({ birthDate: bornYearsAgo(10, 0), guardianName: 'Szülő Sára', guardianPhone: '+36 30 111 2222' }),
    );
    expect(res.statusCode).toBe(303);
    expect(await volunteerOfUser(t.db, user.id)).toMatchObject({ guardianName: 'Szülő Sára', guardianConsentAt: null });
  });

  it('requires a guardian name and contact under 18, not from 18', async () => {
    const { client } = await loggedIn();
    const minor = await client.post('/volunteer/profile', profileForm({ birthDate: bornYearsAgo(17, 300) }));
    expect(minor.statusCode).toBe(422);
    expect(minor.body).toContain('18 év alatt a szülő vagy gondviselő neve kötelező.');
    expect(minor.body).toContain('18 év alatt a szülő vagy gondviselő e-mail-címe vagy telefonszáma kötelező.');
    const adult = await (await loggedIn()).client.post('/volunteer/profile', profileForm({ birthDate: bornYearsAgo(18, 0) }));
    expect(adult.statusCode).toBe(303);
  });

  it('tells a volunteer under 16 that a guardian consent is needed before applying', async () => {
    const { client } = await loggedIn();
    await client.post('/volunteer/profile', profileForm({ birthDate: bornYearsAgo(15), guardianName: 'Szülő Sára', guardianEmail: 'szulo@example.hu' }));
    const page = await client.get('/volunteer/profile');
    expect(page.body).toContain('Mivel még nem vagy 16 éves');
    const older = await loggedIn();
    await older.client.post('/volunteer/profile', profileForm({ birthDate: bornYearsAgo(16), guardianName: 'Szülő Sára', guardianEmail: 'szulo@example.hu' }));
    expect((await older.client.get('/volunteer/profile')).body).not.toContain('Mivel még nem vagy 16 éves');
  });

  it('shows every error at once and keeps what was typed, ticked boxes included', async () => {
    const { user, client } = await loggedIn();
    const res = await client.post(
      '/volunteer/profile',
      profileForm({
        familyName: '',
        birthDate: '2010-02-31',
        homePlace: 'Nincsilyenfalva',
        travelRadiusKm: '300',
        consentDataProcessing: undefined,
        causes: ['kornyezetvedelem', 'nincs-ilyen'],
        bio: 'x'.repeat(1001),
      }),
    );
    expect(res.statusCode).toBe(422);
    for (const message of [
      'Kötelező mező.',
      'Érvénytelen dátum',
      'A távolság 0 és 200 km között lehet',
      'Az adatkezelési hozzájárulás nélkül nem tudunk profilt vezetni.',
      'Legfeljebb 1000 karakter lehet.',
      'A felsorolt lehetőségek egyikét kell választani.',
    ]) {
      expect(res.body).toContain(message);
    }
    expect(res.body).toMatch(/id="f-homePlace-error"/);
    expect(res.body).toMatch(/value="sat-afternoon" checked/);
    expect(await volunteerOfUser(t.db, user.id)).toBeUndefined();
  });

  it('needs the CSRF token', async () => {
    const { client } = await loggedIn();
    const res = await client.post('/volunteer/profile', profileForm(), { csrf: false });
    expect(res.statusCode).toBe(403);
  });
});
