import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeByName } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const enc = encodeURIComponent;
/** A fresh browser per request, so no cookie (e.g. the language choice) leaks between tests. */
const client = {
  get: (url: string, headers: Record<string, string> = {}) => new TestClient(t.app, t.config.secretKey).get(url, headers),
};
/** Names of the result table's rows, in the order shown. */
const resultNames = (html: string) => [...html.matchAll(/<th scope="row"><a href="\/places\/\d+">([^<]+)<\/a><\/th>/g)].map((m) => m[1] as string);

describe('GET /places (search page)', () => {
  it('shows a labelled search form that works without JavaScript', async () => {
    const res = await client.get('/places');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Települések</h1>');
    expect(res.body).toMatch(/<form method="get" action="\/places" role="search"/);
    expect(res.body).toContain('<label for="f-q">Település neve vagy irányítószáma');
    expect(res.body).toContain('<label for="f-county">Vármegye');
  });

  it('without a query shows the counties in Hungarian order with counts that leave out the summary row', async () => {
    const res = await client.get('/places');
    const counties = [...res.body.matchAll(/<th scope="row"><a href="\/places\?county=[^"]+">([^<]+)<\/a><\/th>/g)].map((m) => m[1] as string);
    expect(counties).toHaveLength(20);
    expect(counties).toEqual([...counties].sort(new Intl.Collator('hu').compare));
    const budapestRow = /county=Budapest">Budapest<\/a><\/th><td[^>]*>(\d+)/.exec(res.body);
    expect(budapestRow?.[1]).toBe('23');
    // 1 686 222 = the sum of the 23 districts, printed with Hungarian digit grouping.
    expect(res.body).toContain('1\u00a0686\u00a0222');
    expect(res.body).toContain('Összesen 3155 település');
  });

  it('finds Kecskemét from "kecskemet" and links to its page', async () => {
    const kecskemet = await placeByName(t.db, 'Kecskemét');
    const res = await client.get('/places?q=kecskemet');
    expect(res.statusCode).toBe(200);
    expect(resultNames(res.body)[0]).toBe('Kecskemét');
    expect(res.body).toContain(`href="/places/${kecskemet.id}"`);
    expect(res.body).toContain('Bács-Kiskun');
    expect(res.body).toContain('Kecskeméti járás');
    expect(res.body).toContain('6000');
  });

  it('finds Gödöllő, the postal code 6000 and Budapest districts', async () => {
    expect(resultNames((await client.get('/places?q=godollo')).body)[0]).toBe('Gödöllő');
    expect(resultNames((await client.get('/places?q=6000')).body)).toEqual(['Kecskemét']);
    expect(resultNames((await client.get(`/places?q=${enc('Budapest XI')}`)).body)[0]).toBe('Budapest XI. kerület');
    expect(resultNames((await client.get(`/places?q=${enc('budapest 11')}`)).body)).toEqual(['Budapest XI. kerület']);
  });

  it('pages the results in Hungarian order and sorts by a column', async () => {
    const page1 = await client.get(`/places?county=${enc('Borsod-Abaúj-Zemplén')}`);
    expect(page1.body).toContain('358 találat');
    const first = resultNames(page1.body);
    expect(first).toHaveLength(25);
    expect(first).toEqual([...first].sort(new Intl.Collator('hu').compare));
    expect(page1.body).toContain('rel="next"');
    const page2 = resultNames((await client.get(`/places?county=${enc('Borsod-Abaúj-Zemplén')}&page=2`)).body);
    expect(new Intl.Collator('hu').compare(first.at(-1) as string, page2[0] as string)).toBe(-1);
    const byPopulation = await client.get(`/places?county=${enc('Borsod-Abaúj-Zemplén')}&sort=population&dir=desc`);
    expect(resultNames(byPopulation.body)[0]).toBe('Miskolc');
    expect(byPopulation.body).toContain('aria-sort="descending"');
  });

  it('shows an empty state when nothing matches', async () => {
    const res = await client.get('/places?q=qqqqq');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('0 találat');
    expect(res.body).toContain('Nincs a keresésnek megfelelő település.');
    expect(resultNames(res.body)).toEqual([]);
  });

  it('escapes a script in the query', async () => {
    const res = await client.get(`/places?q=${enc('<script>alert(1)</script>')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert(1)</script>');
    expect(res.body).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('never fails on hostile query strings', async () => {
    for (const qs of [
      'q[]=a&q[]=b',
      'page=-1',
      'page=abc',
      'page=99999999999',
      'sort=1;drop',
      'q=%ED%A0%80',
      'county=%FF',
      `q=${'x'.repeat(5000)}`,
      'q=%',
      'q=_',
    ]) {
      const res = await client.get(`/places?${qs}`);
      expect(res.statusCode, qs).toBe(200);
    }
    // NUL bytes are refused by the platform for every route (PostgreSQL text cannot hold them).
    for (const qs of ['county=%00', 'q=%00', 'q=a%00b']) {
      expect((await client.get(`/places?${qs}`)).statusCode, qs).toBe(400);
    }
  });

  it('speaks English on request', async () => {
    const res = await client.get('/places?q=kecskemet&lang=en');
    expect(res.body).toContain('<h1>Settlements</h1>');
    expect(res.body).toContain('Found: 1');
  });
});

describe('GET /places?format= (export)', () => {
  it('downloads the whole filtered list as CSV', async () => {
    const res = await client.get('/places?county=Pest&page=2&format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(String(res.headers['content-disposition'])).toMatch(/attachment; filename="kapocs-telepulesek-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('Név');
    expect(lines).toHaveLength(188);
    expect(res.body).toContain('Gödöllő');
  });

  it('downloads XLSX with numbers as numbers', async () => {
    const res = await client.get(`/places?q=${enc('kecskemet')}&format=xlsx`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(2).getCell(1).value).toBe('Kecskemét');
    expect(typeof sheet?.getRow(2).getCell(6).value).toBe('number');
  });
});

describe('GET /places/:placeId', () => {
  it('shows the settlement data', async () => {
    const kecskemet = await placeByName(t.db, 'Kecskemét');
    const res = await client.get(`/places/${kecskemet.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Kecskemét</h1>');
    for (const text of ['Bács-Kiskun', 'Kecskeméti járás', 'megyeszékhely, megyei jogú város', '6000', kecskemet.kshCode]) {
      expect(res.body).toContain(text);
    }
    expect(res.body).toContain(new Intl.NumberFormat('hu-HU').format(kecskemet.population));
    expect(res.body).toMatch(/É 46,\d{5}°, K 19,\d{5}°/);
    expect(res.body).toContain('https://www.openstreetmap.org/?mlat=');
  });

  it('shows a Budapest district with its official KSH name, and the summary row with a note', async () => {
    const district = await placeByName(t.db, 'Budapest XI. kerület');
    const res = await client.get(`/places/${district.id}`);
    expect(res.body).toContain('<h1>Budapest XI. kerület</h1>');
    expect(res.body).toContain('Budapest 11. ker.');
    const summary = await placeByName(t.db, 'Budapest');
    const summaryPage = await client.get(`/places/${summary.id}`);
    expect(summaryPage.body).toContain('Ez a sor az egész fővárost jelenti');
  });

  it('answers 404 pages for unknown and malformed ids, never 500', async () => {
    expect((await client.get('/places/%00')).statusCode).toBe(400);
    for (const id of ['abc', '-1', '0', '99999999999999', '2147483648', '2000000000', '1.5', enc('<script>')]) {
      const res = await client.get(`/places/${id}`);
      expect(res.statusCode, id).toBe(404);
      expect(res.body, id).toContain('Az oldal nem található');
    }
  });
});

describe('GET /places/suggest (htmx datalist fragment)', () => {
  it('returns <option> elements with "Name (County)" values', async () => {
    const res = await client.get('/places/suggest?q=kecskemet', { 'hx-request': 'true' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body.startsWith('<option value="Kecskemét (Bács-Kiskun)">')).toBe(true);
    expect(res.body).not.toContain('<html');
  });

  it('reads the value under the PlaceField input name given by field=', async () => {
    const res = await client.get(`/places/suggest?field=place&place=${enc('Budapest XI')}`);
    expect(res.body.startsWith('<option value="Budapest XI. kerület (Budapest)">')).toBe(true);
  });

  it('is empty for too short or missing input, and escapes nothing dangerous back', async () => {
    expect((await client.get('/places/suggest')).body).toBe('');
    expect((await client.get('/places/suggest?q=k')).body).toBe('');
    const hostile = await client.get(`/places/suggest?q=${enc('"><script>alert(1)</script>')}`);
    expect(hostile.statusCode).toBe(200);
    expect(hostile.body).toBe('');
  });
});

describe('GET /api/v1/places', () => {
  it('returns a JSON array of {id, name, county, district, postalCodes, lat, lon}', async () => {
    const res = await t.app.inject('/api/v1/places?q=kecskemet');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const body = res.json() as Record<string, unknown>[];
    expect(Array.isArray(body)).toBe(true);
    expect(Object.keys(body[0] ?? {}).sort()).toEqual(['county', 'district', 'id', 'lat', 'lon', 'name', 'postalCodes']);
    expect(body[0]).toMatchObject({ name: 'Kecskemét', county: 'Bács-Kiskun', district: 'Kecskeméti járás' });
    expect(body[0]?.postalCodes).toContain('6000');
  });

  it('finds by postal code and district like the autocomplete', async () => {
    expect((await t.app.inject('/api/v1/places?q=6000')).json()[0].name).toBe('Kecskemét');
    expect((await t.app.inject('/api/v1/places?q=godollo')).json()[0].name).toBe('Gödöllő');
    expect((await t.app.inject(`/api/v1/places?q=${enc('budapest 11')}`)).json()[0].name).toBe('Budapest XI. kerület');
  });

  it('returns 10 by default and at most the limit (max 50)', async () => {
    expect((await t.app.inject('/api/v1/places?q=ba')).json()).toHaveLength(10);
    expect((await t.app.inject('/api/v1/places?q=ba&limit=3')).json()).toHaveLength(3);
    expect((await t.app.inject('/api/v1/places?q=ba&limit=50')).json()).toHaveLength(50);
    expect((await t.app.inject('/api/v1/places?q=qqqq')).json()).toEqual([]);
  });

  it('answers 400 JSON for bad parameters, never 500', async () => {
    for (const qs of ['', 'q=', 'q=ba&limit=0', 'q=ba&limit=51', 'q=ba&limit=abc', 'q=ba&limit=-5', 'q[]=a', 'q=a&q=b', `q=${'x'.repeat(200)}`]) {
      const res = await t.app.inject(`/api/v1/places?${qs}`);
      expect(res.statusCode, qs).toBe(400);
      expect(res.headers['content-type'], qs).toContain('application/json');
      expect(res.json(), qs).toMatchObject({ status: 400, error: expect.any(String) });
    }
    expect((await t.app.inject('/api/v1/places?q=ba&limit=99')).json().fields.limit).toBeTruthy();
  });
});

describe('route declarations', () => {
  it('declares every places route public', () => {
    const routes = t.app.routeCatalog.filter((r) => r.url.startsWith('/places') || r.url.startsWith('/api/v1/places'));
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual(['GET /api/v1/places', 'GET /places', 'GET /places/:placeId', 'GET /places/suggest']);
    expect(routes.every((r) => r.access === 'public')).toBe(true);
  });
});
