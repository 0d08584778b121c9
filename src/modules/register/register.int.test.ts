import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, benefits, hourEntries, registerEntries, volunteerContracts } from '../../db/schema/index.js';
import { translator } from '../../platform/i18n.js';
import { createShift } from '../../test-support/brokering-factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { registerColumnHeader, registerColumns } from './columns.js';
import { entryForm, insertRegisterEntry, registerAuditOf, registerScene } from './register-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const entriesOf = (organizationId: string) => t.db.select().from(registerEntries).where(eq(registerEntries.organizationId, organizationId));
const hu = translator('hu');
const expectedHeaders = registerColumns.map((c) => registerColumnHeader(hu, c));

describe('organizations not registered under the Köt.', () => {
  it('are told so in Hungarian, and nothing is collected (POST refused)', async () => {
    const s = await registerScene(t, { kot: null });
    const page = await s.memberClient.get(s.url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('A szervezet nem vezet Köt. szerinti nyilvántartást');
    expect(page.body).toContain('nincs Köt. szerinti nyilvántartási száma');
    expect(page.body).not.toContain('name="motherName"');
    const refused = await s.memberClient.post(s.url, entryForm());
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('A szervezet nem vezet Köt. szerinti nyilvántartást');
    expect(await entriesOf(s.organization.id)).toHaveLength(0);
    for (const url of [s.listUrl, `${s.listUrl}/print`, `${s.listUrl}/purge`]) {
      const res = await s.memberClient.get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain('nincs Köt. szerinti nyilvántartási száma');
    }
    expect((await s.memberClient.get(`${s.listUrl}?format=csv`)).headers['content-type']).toContain('text/html');
    expect((await s.memberClient.post(`${s.listUrl}/purge`, { confirm: 'on' })).statusCode).toBe(409);
  });
});

describe('a placement’s entry', () => {
  it('refuses invalid input with Hungarian messages next to the fields (422, nothing saved)', async () => {
    const s = await registerScene(t);
    const empty = await s.memberClient.post(s.url, {});
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Kötelező mező.');
    expect(empty.body).toMatch(/id="f-motherName-error"/);
    const badDay = await s.memberClient.post(s.url, entryForm({ birthDate: '1990-02-30' }));
    expect(badDay.statusCode).toBe(422);
    expect(badDay.body).toContain('Valós dátumot adjon meg (ÉÉÉÉ-HH-NN).');
    const future = await s.memberClient.post(s.url, entryForm({ birthDate: '2099-01-01' }));
    expect(future.statusCode).toBe(422);
    expect(future.body).toContain('A születési idő csak múltbeli nap lehet.');
    // Not a day at all (found by the member's hostile-input run): a 422, not a 500 from the age rule.
    const notDays: Record<string, string>[] = [{ birthDate: 'a' }, { startsOn: '' }, { birthDate: '2026-13-45', startsOn: 'x' }];
    for (const notADay of notDays) {
      const res = await s.memberClient.post(s.url, entryForm(notADay));
      expect(res.statusCode, JSON.stringify(notADay)).toBe(422);
    }
    const backwards = await s.memberClient.post(s.url, entryForm({ startsOn: '2025-03-01', endsOn: '2025-02-28' }));
    expect(backwards.statusCode).toBe(422);
    expect(backwards.body).toContain('A vége nem lehet korábbi a kezdeténél.');
    // What was typed comes back.
    expect(backwards.body).toContain('Nagy Ilona');
    expect(await entriesOf(s.organization.id)).toHaveLength(0);
  });

  it('creates, then updates; the audit names the fields, never their values', async () => {
    const s = await registerScene(t);
    const created = await s.memberClient.post(s.url, entryForm({ citizenship: 'magyar', endsOn: '2025-12-31' }));
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe(s.url);
    const [entry] = await entriesOf(s.organization.id);
    expect(entry).toMatchObject({
      applicationId: s.application.id,
      volunteerId: s.volunteer.volunteer.id,
      centerId: s.center.id,
      familyName: 'Kovács',
      motherName: 'Nagy Ilona',
      citizenship: null,
      representativeName: null,
      endsOn: '2025-12-31',
      recordedByUserId: s.member.id,
    });
    const page = await s.memberClient.get(s.url);
    expect(page.body).toContain('A nyilvántartási adatokat elmentettük.');
    expect(page.body).toContain('6720 Szeged, Kárász utca 5.');

    const updated = await s.memberClient.post(s.url, entryForm({ residence: '1011 Budapest, Fő utca 2.', endsOn: '2025-12-31', citizenship: 'román' }));
    expect(updated.statusCode).toBe(303);
    const rows = await entriesOf(s.organization.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ residence: '1011 Budapest, Fő utca 2.', citizenship: 'román' });

    const audits = await registerAuditOf(t, entry?.id as string);
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audits[1]?.after).toEqual({ changedFields: ['citizenship', 'residence'] });
    expect((audits[0]?.after as { filledFields: string[] } | undefined)?.filledFields).toContain('motherName');
    const logged = JSON.stringify(audits.map((a) => [a.before, a.after]));
    for (const personal of ['Nagy Ilona', 'Szeged', 'Kárász', 'Budapest', '1990-05-01', 'román']) expect(logged).not.toContain(personal);
  });

  it('a minor on the start day needs the legal representative; an adult’s representative is not kept', async () => {
    const s = await registerScene(t, { birthDate: '2010-06-01' });
    const page = await s.memberClient.get(s.url);
    expect(page.body).toContain('name="representativeName"');
    const minor = entryForm({ birthDate: '2010-06-01', startsOn: '2025-03-01' });
    const missing = await s.memberClient.post(s.url, minor);
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('Kiskorú önkéntesnél kötelező (Köt. 14. §).');
    const representative = {
      representativeName: 'Kovács Péter',
      representativeBirthPlace: 'Szeged',
      representativeBirthDate: '1980-01-02',
      representativeMotherName: 'Tóth Mária',
      representativeResidence: '6720 Szeged, Kárász utca 5.',
    };
    expect((await s.memberClient.post(s.url, { ...minor, ...representative })).statusCode).toBe(303);
    expect((await entriesOf(s.organization.id))[0]).toMatchObject({ representativeName: 'Kovács Péter', representativeBirthDate: '1980-01-02' });

    const adult = await registerScene(t);
    expect((await adult.memberClient.get(adult.url)).body).not.toContain('name="representativeName"');
    expect((await adult.memberClient.post(adult.url, { ...entryForm(), ...representative })).statusCode).toBe(303);
    expect((await entriesOf(adult.organization.id))[0]).toMatchObject({
      representativeName: null,
      representativeMotherName: null,
      representativeBirthDate: null,
    });
  });

  it('is prefilled from the volunteer and the live contract (a void one is ignored)', async () => {
    const s = await registerScene(t, { familyName: 'Szabó', givenName: 'Zsófia', birthDate: '1988-08-08' });
    const base = {
      applicationId: s.application.id,
      volunteerId: s.volunteer.volunteer.id,
      organizationId: s.organization.id,
      centerId: s.center.id,
      requirement: {},
      snapshot: {},
    };
    await t.db.insert(volunteerContracts).values([
      {
        ...base,
        activity: 'Régi, visszavont tevékenység',
        place: 'Sehol',
        timeAndRest: 'Soha',
        benefits: '-',
        benefitsOnEnd: '-',
        startsOn: '2024-01-01',
        status: 'void',
        voidedAt: new Date(),
      },
      {
        ...base,
        activity: 'Könyvtári segítség',
        place: 'Városi Könyvtár, Kecskemét',
        timeAndRest: 'Keddenként 14–17 óra',
        benefits: '-',
        benefitsOnEnd: '-',
        startsOn: '2025-04-01',
        endsOn: '2025-10-31',
      },
    ]);
    const page = await s.memberClient.get(s.url);
    expect(page.statusCode).toBe(200);
    for (const text of [
      'value="Szabó"',
      'value="Zsófia"',
      'value="1988-08-08"',
      'Könyvtári segítség',
      'Városi Könyvtár, Kecskemét',
      'Keddenként 14–17 óra',
      'value="2025-04-01"',
      'value="2025-10-31"',
    ]) {
      expect(page.body).toContain(text);
    }
    expect(page.body).not.toContain('Régi, visszavont tevékenység');
    expect(page.body).toContain('az önkéntes szerződésből töltöttük ki');
    expect((await s.memberClient.post(s.url, entryForm({ activity: 'Könyvtári segítség' }))).statusCode).toBe(303);
    const [live] = await t.db.select().from(volunteerContracts).where(eq(volunteerContracts.activity, 'Könyvtári segítség'));
    expect((await entriesOf(s.organization.id))[0]?.contractId).toBe(live?.id);
  });

  it('without a contract starts on the Budapest day of the shift, not the UTC one', async () => {
    const s = await registerScene(t);
    // 00:30 on 6 December in Budapest is still 5 December in UTC.
    const shift = await createShift(t.db, s.opportunity.id, { startsAt: new Date('2026-12-05T23:30:00Z'), endsAt: new Date('2026-12-06T02:30:00Z') });
    await t.db.update(applications).set({ shiftId: shift.id }).where(eq(applications.id, s.application.id));
    const page = await s.memberClient.get(s.url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/name="startsOn"[^>]*value="2026-12-06"|value="2026-12-06"[^>]*name="startsOn"/);
  });

  it('asks for the end once the placement has closed (the 5 years run from it)', async () => {
    const s = await registerScene(t, { status: 'completed' });
    await insertRegisterEntry(t, s, { endsOn: null });
    expect((await s.memberClient.get(s.url)).body).toContain('A jelentkezés lezárult. Adja meg a tevékenység végét');
    expect((await s.memberClient.post(s.url, entryForm({ endsOn: '2025-09-30' }))).statusCode).toBe(303);
    expect((await s.memberClient.get(s.url)).body).not.toContain('A jelentkezés lezárult.');
  });

  it('refuses a new entry for a placement that is only applied for', async () => {
    const s = await registerScene(t, { status: 'applied' });
    expect((await s.memberClient.get(s.url)).body).toContain('csak elfogadott, folyamatban lévő vagy teljesített');
    expect((await s.memberClient.post(s.url, entryForm())).statusCode).toBe(422);
    expect(await entriesOf(s.organization.id)).toHaveLength(0);
  });
});

describe('hostile input from the organization’s own member', () => {
  it('scripts are escaped, arrays and huge values refused, formulas neutralised in the CSV', async () => {
    const s = await registerScene(t);
    const script = '<script>alert(1)</script>';
    const arrays = await s.memberClient.post(s.url, { ...entryForm(), familyName: ['a', 'b'], birthDate: ['2000-01-01', '2001-01-01'] });
    expect(arrays.statusCode).toBe(422);
    const huge = await s.memberClient.post(s.url, entryForm({ residence: 'x'.repeat(100 * 1024) }));
    expect(huge.statusCode).toBe(422);
    expect(huge.body).toContain('Legfeljebb 300 karakter lehet.');
    const scripted = await s.memberClient.post(
      s.url,
      entryForm({ familyName: '=HYPERLINK("http://x")', givenName: script, motherName: script, startsOn: '2025-01-01' }),
    );
    expect(scripted.statusCode).toBe(303);
    for (const url of [s.url, `${s.listUrl}?year=2025`, `${s.listUrl}/print?year=2025`]) {
      const res = await s.memberClient.get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toContain(script);
      expect(res.body, url).toContain('alert(1)');
    }
    const csv = parse((await s.memberClient.get(`${s.listUrl}?year=2025&format=csv`)).body.replace(/^\uFEFF/, '')) as string[][];
    expect(csv[1]?.[0]).toBe(`'=HYPERLINK("http://x")`);
  });
});

describe('the register of a year', () => {
  it('lists the entries active in the year in Hungarian order; a bad year is a field error', async () => {
    const s = await registerScene(t);
    await insertRegisterEntry(t, s, { applicationId: null, familyName: 'Zsoldos', givenName: 'Anna', startsOn: '2023-02-01', endsOn: '2023-12-31' });
    await insertRegisterEntry(t, s, { applicationId: null, familyName: 'Csizmadia', givenName: 'Béla', startsOn: '2024-05-01' });
    await insertRegisterEntry(t, s, { applicationId: null, familyName: 'Cukor', givenName: 'Dénes', startsOn: '2024-01-01', endsOn: '2025-01-01' });
    await insertRegisterEntry(t, s, { applicationId: null, familyName: 'Dávid', givenName: 'Emese', startsOn: '2026-01-10' });
    const y2025 = await s.memberClient.get(`${s.listUrl}?year=2025`);
    expect(y2025.statusCode).toBe(200);
    // "Cs" is a letter of its own after "C": Cukor, Csizmadia.
    const order = ['Cukor', 'Csizmadia'].map((n) => y2025.body.indexOf(n));
    expect(order[0]).toBeGreaterThan(0);
    expect(order[1]).toBeGreaterThan(order[0] as number);
    expect(y2025.body).not.toContain('Zsoldos');
    expect(y2025.body).not.toContain('Dávid');
    expect(y2025.body).toContain('KÖT-2024/0042');
    const y2023 = await s.memberClient.get(`${s.listUrl}?year=2023`);
    expect(y2023.body).toContain('Zsoldos');
    expect(y2023.body).not.toContain('Csizmadia');
    const bad = await s.memberClient.get(`${s.listUrl}?year=20255`);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Négyjegyű évszámot adjon meg');
    // Sorted by start, newest first.
    const byStart = await s.memberClient.get(`${s.listUrl}?year=2025&sort=start&dir=desc`);
    expect(byStart.body.indexOf('Csizmadia')).toBeLessThan(byStart.body.indexOf('Cukor'));
    // The print view: every row of the year, the organization, its number and the date printed.
    const print = await s.memberClient.get(`${s.listUrl}/print?year=2025`);
    expect(print.statusCode).toBe(200);
    for (const text of ['Cukor', 'Csizmadia', s.organization.name, 'KÖT-2024/0042', 'Nyomtatva', ...expectedHeaders]) expect(print.body).toContain(text);
    expect(print.body).not.toContain('Zsoldos');
  });

  it('exports exactly the law’s columns in order (CSV and XLSX) with items 7 and 8 of the year', async () => {
    // Turns 18 on 2025-07-01: only the approved minutes before that count for item 7.
    const s = await registerScene(t, { birthDate: '2007-07-01' });
    await insertRegisterEntry(t, s, {
      familyName: 'Kiss',
      givenName: 'Bence',
      birthDate: '2007-07-01',
      startsOn: '2024-09-01',
      representativeName: 'Kiss Anna',
      subjectErasedAt: new Date(),
    });
    await insertRegisterEntry(t, s, {
      applicationId: null,
      familyName: 'Felnőtt',
      givenName: 'Ferenc',
      birthDate: '1970-01-01',
      startsOn: '2025-01-01',
      endsOn: '2025-06-30',
    });
    await insertRegisterEntry(t, s, { applicationId: null, familyName: 'Lejárt', givenName: 'Lili', startsOn: '2010-01-01', endsOn: '2015-01-01' });
    const hours = {
      applicationId: s.application.id,
      volunteerId: s.volunteer.volunteer.id,
      organizationId: s.organization.id,
      centerId: s.center.id,
      activity: 'Segítés',
    };
    await t.db.insert(hourEntries).values([
      { ...hours, activityDay: '2025-03-10', minutes: 120, status: 'approved' },
      { ...hours, activityDay: '2025-06-30', minutes: 30, status: 'approved' },
      { ...hours, activityDay: '2025-07-02', minutes: 60, status: 'approved' },
      { ...hours, activityDay: '2025-04-01', minutes: 45, status: 'submitted' },
      { ...hours, activityDay: '2024-12-01', minutes: 90, status: 'approved' },
    ]);
    const given = { applicationId: s.application.id, volunteerId: s.volunteer.volunteer.id, organizationId: s.organization.id, centerId: s.center.id };
    await t.db.insert(benefits).values([
      { ...given, type: 'travel', givenOn: '2025-03-10', amountHuf: 2_500, reimbursement: true },
      { ...given, type: 'meals', givenOn: '2025-05-02', amountHuf: 1_500 },
      { ...given, type: 'reward', givenOn: '2025-05-03', amountHuf: 9_000, deletedAt: new Date(), deletionReason: 'Téves' },
      { ...given, type: 'reward', givenOn: '2024-05-03', amountHuf: 7_000 },
    ]);

    const csv = await s.memberClient.get(`${s.listUrl}?year=2025&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const records = parse(csv.body.replace(/^\uFEFF/, ''), { relax_column_count: false }) as string[][];
    expect(records[0]).toEqual(expectedHeaders);
    expect(records[0]?.slice(0, 2)).toEqual(['1. Családi név', '1. Utónév']);
    expect(records).toHaveLength(3);
    const col = (name: string) => expectedHeaders.indexOf(name);
    const felnott = records[1] as string[];
    const kiss = records[2] as string[];
    expect(felnott[col('1. Családi név')]).toBe('Felnőtt');
    expect(kiss[col('1. Családi név')]).toBe('Kiss');
    expect(kiss[col('3. Törvényes képviselő neve')]).toBe('Kiss Anna');
    expect(kiss[col('5. A tevékenység kezdete')]).toBe('2024-09-01');
    expect(kiss[col('7. Ráfordított idő 18 év alatti önkéntesnél (óra)')]).toBe('2.5');
    expect(kiss[col('8. Juttatások száma')]).toBe('2');
    expect(kiss[col('8. Juttatások összege (Ft)')]).toBe('4000');
    expect(kiss[col('8. Juttatások fajtái')]).toBe('Étkezés, Utazás');
    expect(kiss[col('Törlési kérelem')]).toBe('az érintett kérte adatai törlését; törvényi kötelezettség alapján megőrizve');
    expect(kiss[col('1. Állampolgárság (ha nem magyar)')]).toBe('magyar');
    // An adult: item 7 does not apply; kept 5 years after the end; an ongoing entry has no retention end.
    expect(felnott[col('7. Ráfordított idő 18 év alatti önkéntesnél (óra)')]).toBe('');
    expect(felnott[col('6. A tevékenység vége (határozott idejű jogviszonynál)')]).toBe('2025-06-30');
    expect(felnott[col('Megőrzés vége')]).toBe('2030-06-30');
    expect(felnott[col('Törlendő')]).toBe('');
    expect(kiss[col('Megőrzés vége')]).toBe('');
    expect(kiss[col('6. A tevékenység vége (határozott idejű jogviszonynál)')]).toBe('folyamatban');
    // An entry ended over 5 years ago is flagged, in its own year.
    const old = parse((await s.memberClient.get(`${s.listUrl}?year=2015&format=csv`)).body.replace(/^\uFEFF/, '')) as string[][];
    expect(old).toHaveLength(2);
    expect(old[1]?.[col('Megőrzés vége')]).toBe('2020-01-01');
    expect(old[1]?.[col('Törlendő')]).toBe('törlendő');

    const xlsx = await s.memberClient.get(`${s.listUrl}?year=2025&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet?.getRow(1).values as unknown[] | undefined)?.slice(1);
    expect(header).toEqual(expectedHeaders);
    expect(sheet?.getRow(3).getCell(col('7. Ráfordított idő 18 év alatti önkéntesnél (óra)') + 1).value).toBe(2.5);
    expect(sheet?.getRow(3).getCell(col('8. Juttatások összege (Ft)') + 1).value).toBe(4000);

    // The page shows the same figures and the marks.
    const page = await s.memberClient.get(`${s.listUrl}?year=2025`);
    expect(page.body).toContain('2,5');
    expect(page.body).toContain('4\u00a0000\u00a0Ft');
    expect(page.body).toContain('az érintett kérte adatai törlését; törvényi kötelezettség alapján megőrizve');
    expect(page.body).toContain('1 bejegyzés megőrzési ideje lejárt (törlendő).');
  });
});
