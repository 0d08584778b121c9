import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../db/schema/index.js';
import { createOpportunity, createOrganization, createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser, sessionFor } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { bornYearsAgo } from './volunteers-test-support.js';

let t: TestApp;
let client: TestClient;
/** A center of its own, so the list holds exactly these five volunteers. */
beforeAll(async () => {
  t = await createTestApp();
  const center = await createCenter(t.db);
  const admin = await createUser(t.db, { grants: [{ role: 'center_admin', centerId: center.id }] });
  client = new TestClient(t.app, t.config.secretKey).setSession(await sessionFor(t.db, admin.id));
  const base = { centerId: center.id, birthDate: bornYearsAgo(30) };
  await createVolunteer(t.db, {
    ...base,
    familyName: 'Cukor',
    givenName: 'Cecília',
    causes: ['kornyezetvedelem'],
    skills: ['fozes'],
    phone: '+36 30 987 6543',
    email: 'cukor@example.hu',
  });
  await createVolunteer(t.db, {
    ...base,
    familyName: 'Csiga',
    givenName: 'Csaba',
    birthDate: bornYearsAgo(15),
    causes: ['szocialis'],
    homePlace: 'Baja',
    guardianName: 'Csiga Cecil',
  });
  await createVolunteer(t.db, { ...base, familyName: 'Ábel', givenName: 'Ádám', causes: ['kornyezetvedelem', 'sport'] });
  await createVolunteer(t.db, { ...base, familyName: 'Kovács', givenName: 'Örs', skills: ['fozes', 'zene'] });
  const zsak = await createVolunteer(t.db, { ...base, familyName: 'Zsák', givenName: 'Zoltán' });
  const org = await createOrganization(t.db, center.id);
  const opportunity = await createOpportunity(t.db, org);
  await t.db.insert(applications).values({ volunteerId: zsak.id, opportunityId: opportunity.id, centerId: center.id, origin: 'volunteer', status: 'accepted' });
});
afterAll(async () => {
  await t.close();
});

/** Names in the list's row headers, in order. */
async function names(query: string): Promise<string[]> {
  const res = await client.get(`/volunteers${query}`);
  expect(res.statusCode).toBe(200);
  return [...res.body.matchAll(/<th scope="row"><a href="\/volunteers\/[^"]+">([^<]+)<\/a><\/th>/g)].map((m) => m[1] as string);
}

describe('volunteer list: Hungarian order and paging', () => {
  it('orders names by Hungarian collation (Á with A, C before Cs, Z before Zs)', async () => {
    expect(await names('')).toEqual(['Ábel Ádám', 'Cukor Cecília', 'Csiga Csaba', 'Kovács Örs', 'Zsák Zoltán']);
    expect(await names('?sort=name&dir=desc')).toEqual(['Zsák Zoltán', 'Kovács Örs', 'Csiga Csaba', 'Cukor Cecília', 'Ábel Ádám']);
  });

  it('sorts by age and by settlement', async () => {
    expect((await names('?sort=birthDate&dir=desc'))[0]).toBe('Csiga Csaba');
    expect(await names('?sort=place')).toEqual(['Csiga Csaba', 'Ábel Ádám', 'Cukor Cecília', 'Kovács Örs', 'Zsák Zoltán']);
  });

  it('pages with the same order', async () => {
    expect(await names('?pageSize=5&page=1')).toHaveLength(5);
    const res = await client.get('/volunteers?pageSize=5&page=2');
    expect(res.body).toContain('Nincs a feltételeknek megfelelő önkéntes.');
  });
});

describe('volunteer list: search and filters', () => {
  it.each([
    ['kovacs ors', ['Kovács Örs']],
    ['ORS KOVACS', ['Kovács Örs']],
    ['cukor@', ['Cukor Cecília']],
    ['30 987', ['Cukor Cecília']],
    ['zzz-nincs', []],
  ])('finds %s accent- and case-blind', async (q, expected) => {
    expect(await names(`?q=${encodeURIComponent(q)}`)).toEqual(expected);
  });

  it('filters by cause, skill, settlement, minors and placement', async () => {
    expect(await names('?cause=kornyezetvedelem')).toEqual(['Ábel Ádám', 'Cukor Cecília']);
    expect(await names('?skill=fozes')).toEqual(['Cukor Cecília', 'Kovács Örs']);
    expect(await names('?place=Baja')).toEqual(['Csiga Csaba']);
    expect(await names('?place=Nincsilyenfalva')).toEqual([]);
    expect(await names('?minors=1')).toEqual(['Csiga Csaba']);
    expect(await names('?unplaced=1')).toEqual(['Ábel Ádám', 'Cukor Cecília', 'Csiga Csaba', 'Kovács Örs']);
    expect(await names('?cause=kornyezetvedelem&skill=fozes')).toEqual(['Cukor Cecília']);
  });

  it('ignores unusable filter values instead of failing', async () => {
    expect(await names('?cause=%3Cscript%3E&minors=yes&sort=drop&dir=sideways&page=-3')).toHaveLength(5);
  });
});

describe('volunteer list: export', () => {
  it('exports the filtered list as CSV in Hungarian order', async () => {
    const res = await client.get('/volunteers?format=csv&cause=kornyezetvedelem');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(String(res.headers['content-disposition'])).toContain('kapocs-onkentesek');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('Családi név');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Ábel');
    expect(lines[2]).toContain('Cukor');
    expect(lines[2]).toContain('környezetvédelem');
  });

  it('exports XLSX with every row of the filter', async () => {
    const res = await client.get('/volunteers?format=xlsx&sort=name&dir=desc');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(6);
    expect(sheet?.getRow(2).getCell(1).value).toBe('Zsák');
  });

  it('keeps the phone number as typed in CSV, read back by a CSV parser', async () => {
    const res = await client.get('/volunteers?format=csv&q=cukor');
    const [header, cukor] = parse(res.body, { bom: true }) as string[][];
    const col = (name: string) => header?.indexOf(name) ?? -1;
    expect(cukor?.[col('Telefonszám')]).toBe('+36 30 987 6543');
    expect(cukor?.[col('Születési dátum')]).toBe(bornYearsAgo(30));
    expect(cukor?.[col('Életkor')]).toBe('30');
    expect(cukor?.[col('Egészségügyi alkalmasság – ellenőrizve')]).toBe('');
  });

  it('types the XLSX cells: phone as text, birth date and creation as dates, age as a number, empty as empty', async () => {
    const res = await client.get('/volunteers?format=xlsx&q=cukor');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('sheet missing');
    expect(sheet.rowCount).toBe(2);
    const headers = sheet.getRow(1).values as unknown[];
    const cell = (name: string) => sheet.getRow(2).getCell(headers.indexOf(name));
    expect(cell('Telefonszám').type).toBe(ExcelJS.ValueType.String);
    expect(cell('Telefonszám').value).toBe('+36 30 987 6543');
    expect(cell('Születési dátum').type).toBe(ExcelJS.ValueType.Date);
    expect(cell('Születési dátum').value).toEqual(new Date(`${bornYearsAgo(30)}T00:00:00Z`));
    expect(cell('Születési dátum').numFmt).toBe('yyyy. mm. dd.');
    expect(cell('Életkor').type).toBe(ExcelJS.ValueType.Number);
    expect(cell('Életkor').value).toBe(30);
    expect(cell('Felvéve').type).toBe(ExcelJS.ValueType.Date);
    expect(cell('Felvéve').numFmt).toBe('yyyy. mm. dd. hh:mm');
    expect(cell('Egészségügyi alkalmasság – ellenőrizve').type).toBe(ExcelJS.ValueType.Null);
  });
});
