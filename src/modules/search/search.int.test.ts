import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpportunity, createOrganization, createShift } from '../../test-support/brokering-factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { dayFromNow, searchScene, uniqueWord } from './search-test-data.js';

let t: TestApp;
let scene: Awaited<ReturnType<typeof searchScene>>;
beforeAll(async () => {
  t = await createTestApp();
  scene = await searchScene(t.db);
});
afterAll(async () => {
  await t.close();
});

const client = () => new TestClient(t.app, t.config.secretKey);
const page = (query: string) => client().get(`/opportunities?${query}`);
const api = (query: string) => client().get(`/api/v1/opportunities?${query}`);
const q = (...words: string[]) => `q=${encodeURIComponent(words.join(' '))}`;
type ApiBody = {
  items: { id: string; title: string; distanceKm: number | null; nextShiftAt: string | null }[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
};
const idsOf = async (query: string) => ((await api(query)).json() as ApiBody).items.map((i) => i.id);

describe('full-text search', () => {
  it('finds "Önkéntes környezetvédelmi …" for "onkentes kornyezet": accents ignored, words stemmed and prefixed', async () => {
    const w = uniqueWord();
    const hit = await scene.publish({ title: `Önkéntes környezetvédelmi akció ${w}` });
    const other = await scene.publish({ title: `Idősek látogatása ${w}`, description: 'Beszélgetés és felolvasás.' });
    const res = await page(q('onkentes', 'kornyezet', w));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`Önkéntes környezetvédelmi akció ${w}`);
    expect(res.body).not.toContain(`Idősek látogatása ${w}`);
    expect(await idsOf(q('KÖRNYEZETVÉDELMI', w))).toEqual([hit.id]);
    expect(await idsOf(q('idos', w))).toEqual([other.id]);
  });

  it('searches the description too, and ranks a title match above a description match', async () => {
    const w = uniqueWord();
    const inDescription = await scene.publish({ title: `Hétvégi segítség ${w}`, description: 'Faültetés és kertészkedés a parkban.' });
    const inTitle = await scene.publish({ title: `Faültetés a városban ${w}`, description: 'Gyere el, segíts!' });
    expect(await idsOf(`${q('faultetes', w)}&sort=relevance`)).toEqual([inTitle.id, inDescription.id]);
  });

  it('shows what the visitor typed, escaped, never as markup', async () => {
    const res = await page(`q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert(1)');
    expect(res.body).toContain('value="&lt;script>alert(1)&lt;/script>"');
  });

  it('treats tsquery syntax as plain words', async () => {
    const res = await api(`q=${encodeURIComponent("kert & | ! ( ) :* <-> '")}`);
    expect(res.statusCode).toBe(200);
  });
});

describe('hostile query strings', () => {
  const nasty = [
    'q=%00',
    'place=Kecs%00kem%C3%A9t',
    'q=%C3%28',
    `q=${'x'.repeat(10_000)}`,
    "q=' or 1=1 --",
    'cause[]=kornyezetvedelem',
    'cause=%27%3B%20drop%20table%20opportunities%3B--',
    'radius=99999999999999999999',
    'age=-1',
    'page=0',
    'page=1e9',
    'from=0000-00-00',
    'place=%E2%80%AE%E2%80%AD',
    '__proto__[x]=1',
  ];
  it.each(nasty)('answers %s without a 5xx, on the page and in the API', async (query) => {
    const html = await page(query);
    expect([200, 400, 422]).toContain(html.statusCode);
    expect(html.body).not.toContain('<script>alert');
    const json = await api(query);
    expect([200, 400]).toContain(json.statusCode);
  });
});

describe('only what is public', () => {
  it('never lists draft, submitted, closed or needs-changes opportunities, nor any of an organization not approved', async () => {
    const w = uniqueWord();
    const visible = await scene.publish({ title: `Látható ${w}` });
    for (const status of ['draft', 'submitted', 'closed', 'needs_changes']) await scene.publish({ title: `Rejtett ${status} ${w}`, status });
    for (const status of ['submitted', 'needs_changes', 'rejected']) {
      const org = await createOrganization(t.db, scene.center.id, { status });
      await createOpportunity(t.db, org, { title: `Rejtett szervezet ${status} ${w}` });
    }
    expect(await idsOf(q(w))).toEqual([visible.id]);
    const html = (await page(q(w))).body;
    expect(html).toContain(`Látható ${w}`);
    expect(html).not.toContain('Rejtett');
    expect(((await api(q(w))).json() as ApiBody).total).toBe(1);
  });
});

describe('filters', () => {
  it('by cause and by skill (any of several)', async () => {
    const w = uniqueWord();
    const green = await scene.publish({ title: `Zöld ${w}`, causes: ['kornyezetvedelem'], skills: ['kerteszkedes'] });
    const social = await scene.publish({ title: `Szociális ${w}`, causes: ['szocialis'], skills: ['fozes'] });
    expect(await idsOf(`${q(w)}&cause=kornyezetvedelem`)).toEqual([green.id]);
    expect(await idsOf(`${q(w)}&skill=fozes`)).toEqual([social.id]);
    expect((await idsOf(`${q(w)}&cause=kornyezetvedelem&cause=szocialis`)).sort()).toEqual([green.id, social.id].sort());
    expect(await idsOf(`${q(w)}&cause=sport`)).toEqual([]);
  });

  it('by settlement and radius, with the distance on each hit, and sorted by distance', async () => {
    const w = uniqueWord();
    const kecskemet = await scene.publish({ title: `Kecskeméti ${w}`, place: 'Kecskemét' });
    const cegled = await scene.publish({ title: `Ceglédi ${w}`, place: 'Cegléd' });
    const szeged = await scene.publish({ title: `Szegedi ${w}`, place: 'Szeged' });
    const near = (await api(`${q(w)}&place=Kecskem%C3%A9t&radius=10`)).json() as ApiBody;
    expect(near.items.map((i) => i.id)).toEqual([kecskemet.id]);
    expect(near.items[0]?.distanceKm).toBe(0);
    const wide = (await api(`${q(w)}&place=kecskemet&radius=100&sort=distance`)).json() as ApiBody;
    expect(wide.items.map((i) => i.id)).toEqual([kecskemet.id, cegled.id, szeged.id]);
    const [, toCegled, toSzeged] = wide.items.map((i) => i.distanceKm ?? -1);
    expect(toCegled).toBeGreaterThan(20);
    expect(toCegled).toBeLessThan(40);
    expect(toSzeged).toBeGreaterThan(70);
    expect(toSzeged).toBeLessThan(90);
    const html = (await page(`${q(w)}&place=Kecskem%C3%A9t&radius=50`)).body;
    expect(html).toContain(`Ceglédi ${w}`);
    expect(html).not.toContain(`Szegedi ${w}`);
    expect(html).toMatch(/\d+,\d km-re|\d+ km-re/);
  });

  it('by date range: only opportunities with a shift in it, showing that shift as the next date', async () => {
    const w = uniqueWord();
    const soon = await scene.publish({ title: `Hamarosan ${w}` });
    const later = await scene.publish({ title: `Később ${w}` });
    const cancelled = await scene.publish({ title: `Lemondott ${w}` });
    await createShift(t.db, soon.id, { startsAt: new Date(Date.now() + 10 * 86_400_000) });
    await createShift(t.db, later.id, { startsAt: new Date(Date.now() + 40 * 86_400_000) });
    await createShift(t.db, cancelled.id, { startsAt: new Date(Date.now() + 10 * 86_400_000), cancelledAt: new Date() });
    expect(await idsOf(`${q(w)}&from=${dayFromNow(5)}&to=${dayFromNow(15)}`)).toEqual([soon.id]);
    expect(await idsOf(`${q(w)}&from=${dayFromNow(30)}`)).toEqual([later.id]);
    const laterOnly = (await api(`${q(w)}&from=${dayFromNow(30)}&to=${dayFromNow(50)}`)).json() as ApiBody;
    expect(laterOnly.items[0]?.nextShiftAt?.slice(0, 10)).toBe(dayFromNow(40));
  });

  it('remote only, minimum age that fits, group-friendly', async () => {
    const w = uniqueWord();
    const remote = await scene.publish({ title: `Online ${w}`, remote: true, placeId: null, lat: null, lon: null, minAge: 18 });
    const teen = await scene.publish({ title: `Tizenévesek ${w}`, minAge: 14, groupFriendly: true });
    const anyAge = await scene.publish({ title: `Bárki ${w}` });
    expect(await idsOf(`${q(w)}&remote=1`)).toEqual([remote.id]);
    expect((await idsOf(`${q(w)}&age=16`)).sort()).toEqual([teen.id, anyAge.id].sort());
    expect((await idsOf(`${q(w)}&age=18`)).length).toBe(3);
    expect(await idsOf(`${q(w)}&group=1`)).toEqual([teen.id]);
    expect(await idsOf(`${q(w)}&group=1&age=12`)).toEqual([]);
  });

  it('sorts by the next date, undated last', async () => {
    const w = uniqueWord();
    const undated = await scene.publish({ title: `Időpont nélkül ${w}`, kind: 'ongoing' });
    const third = await scene.publish({ title: `Harmadik ${w}` });
    const first = await scene.publish({ title: `Első ${w}` });
    await createShift(t.db, third.id, { startsAt: new Date(Date.now() + 20 * 86_400_000) });
    await createShift(t.db, first.id, { startsAt: new Date(Date.now() + 3 * 86_400_000) });
    // A past shift does not count as "next".
    await createShift(t.db, third.id, { startsAt: new Date(Date.now() - 3 * 86_400_000) });
    expect(await idsOf(`${q(w)}&sort=date`)).toEqual([first.id, third.id, undated.id]);
  });

  it('pages by date across the end of the dated matches into the undated ones, newest first', async () => {
    const w = uniqueWord();
    const dated = [];
    for (const d of [9, 2, 5]) {
      const o = await scene.publish({ title: `Datált ${d} ${w}` });
      await createShift(t.db, o.id, { startsAt: new Date(Date.now() + d * 86_400_000) });
      dated.push({ d, id: o.id });
    }
    const older = await scene.publish({ title: `Régebbi ${w}`, publishedAt: new Date(Date.now() - 86_400_000) });
    const newer = await scene.publish({ title: `Újabb ${w}`, publishedAt: new Date() });
    const byDate = dated.sort((a, b) => a.d - b.d).map((x) => x.id);
    const expected = [...byDate, newer.id, older.id];
    const pages: string[] = [];
    for (const p of [1, 2, 3]) pages.push(...(await idsOf(`${q(w)}&sort=date&pageSize=2&page=${p}`)));
    expect(pages).toEqual(expected);
    expect(await idsOf(`${q(w)}&sort=date&pageSize=1&page=5`)).toEqual([older.id]);
    expect(await idsOf(`${q(w)}&sort=date&pageSize=2&page=4`)).toEqual([]);
  });

  it('counts up to 1,000 and then says "more than 1,000", still paging on', async () => {
    const w = uniqueWord();
    await t.db.execute(sql`insert into opportunities (organization_id, center_id, title, description, kind, status, published_at)
      select ${scene.organization.id}::uuid, ${scene.center.id}::uuid, 'Tömeges ' || g || ' ' || ${w}, 'Sok lehetőség.', 'ongoing', 'published', now()
      from generate_series(1, 1001) g`);
    const body = (await api(`${q(w)}&page=51`)).json() as ApiBody;
    expect(body).toMatchObject({ total: 1000, totalCapped: true, page: 51 });
    expect(body.items).toHaveLength(1);
    const html = (await page(`${q(w)}&page=50`)).body;
    expect(html).toContain('Több mint 1000 találat, ezen az oldalon: 981–1000.');
    expect(html).toContain('rel="next"');
    expect(html).toContain('50. oldal');
  });

  it('falls back to relevance when sorting by distance without a settlement, and says so', async () => {
    const res = await page('sort=distance');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('A távolság szerinti rendezéshez adj meg települést');
  });
});

describe('pages', () => {
  it('pages through the results, 20 on the page, pageSize in the API, no overlap', async () => {
    const w = uniqueWord();
    const ids = new Set<string>();
    for (let i = 0; i < 25; i++) ids.add((await scene.publish({ title: `Lapozás ${i} ${w}` })).id);
    const first = await page(q(w));
    expect(first.body.match(/<article /g)?.length).toBe(20);
    expect(first.body).toContain('25 találat, ezen az oldalon: 1–20.');
    expect(first.body).toContain('rel="next"');
    const second = await page(`${q(w)}&page=2`);
    expect(second.body.match(/<article /g)?.length).toBe(5);
    expect(second.body).toContain('<ol class="search-results" start="21">');
    const seen: string[] = [];
    for (const p of [1, 2, 3]) {
      const body = (await api(`${q(w)}&pageSize=10&page=${p}`)).json() as ApiBody;
      expect(body).toMatchObject({ total: 25, page: p, pageSize: 10 });
      seen.push(...body.items.map((i) => i.id));
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen)).toEqual(ids);
  });

  it('shows an empty state with links that loosen the filters', async () => {
    const res = await page(`${q(uniqueWord())}&cause=sport&place=Kecskem%C3%A9t&radius=5`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Nem találtunk a keresésnek megfelelő lehetőséget');
    expect(res.body).toContain('Keresés 100 km-es körzetben');
    expect(res.body).toMatch(/href="\/opportunities\?[^"]*radius=100/);
    expect(res.body).not.toContain('<svg');
  });

  it('shows field errors next to the filters for bad values (422)', async () => {
    const res = await page('place=Nincsilyenfalu&radius=1000&from=2026-02-31');
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Nem találtunk ilyen települést.');
    expect(res.body).toContain('Ez az érték a megengedett tartományon kívül esik.');
    expect(res.body).toContain('Adj meg valós dátumot');
    expect(res.body).toContain('value="Nincsilyenfalu"');
  });
});

describe('map', () => {
  it('draws Hungary and one labelled link marker per located result; remote ones without a place are only listed', async () => {
    const w = uniqueWord();
    const a = await scene.publish({ title: `Térkép egy ${w}`, place: 'Szeged' });
    const b = await scene.publish({ title: `Térkép kettő ${w}`, place: 'Szeged' });
    const remote = await scene.publish({ title: `Térkép online ${w}`, remote: true, placeId: null, lat: null, lon: null });
    const res = await page(q(w));
    const svg = res.body.slice(res.body.indexOf('<svg'), res.body.indexOf('</svg>'));
    // Both results are in Szeged: the map zooms in on them.
    const [, , , width] = (/viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg) ?? []).map(Number);
    expect(width).toBeLessThan(800);
    expect(svg.match(/<path d="M/g)?.length).toBeGreaterThanOrEqual(19);
    for (const o of [a, b]) expect(svg).toMatch(new RegExp(`<a href="/opportunities/${o.id}" aria-label="\\d+\\. Térkép [^"]+, Szeged">`));
    expect(svg).not.toContain(remote.id);
    expect(svg.match(/<a href=/g)?.length).toBe(2);
    // Two results in one settlement are spread apart, so both can be reached.
    const circles = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="[\d.]+" fill="#0b5a7a"/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(circles).toHaveLength(2);
    expect(new Set(circles).size).toBe(2);
    expect(res.body).toContain('1 lehetőségnek nincs helyszíne a térképen');
    expect(res.body).toContain(`Térkép online ${w}`);
  });
});

describe('JSON API', () => {
  it('returns { items, total, totalCapped, page, pageSize, suggestions } with the documented fields', async () => {
    const w = uniqueWord();
    const o = await scene.publish({ title: `API ${w}`, causes: ['kornyezetvedelem'], minAge: 16 });
    await createShift(t.db, o.id, { startsAt: new Date(Date.now() + 5 * 86_400_000) });
    const res = await api(q(w));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const body = res.json() as ApiBody & { items: Record<string, unknown>[] };
    expect(Object.keys(body).sort()).toEqual(['items', 'page', 'pageSize', 'suggestions', 'total', 'totalCapped']);
    expect(body.totalCapped).toBe(false);
    expect(body.items[0]).toEqual({
      id: o.id,
      url: `${t.config.baseUrl}/opportunities/${o.id}`,
      title: `API ${w}`,
      kind: 'one_off',
      remote: false,
      groupFriendly: false,
      minAge: 16,
      causes: [{ slug: 'kornyezetvedelem', name: 'környezetvédelem' }],
      organization: { id: scene.organization.id, name: scene.organization.name, url: `${t.config.baseUrl}/organizations/${scene.organization.id}` },
      place: { name: 'Kecskemét', county: 'Bács-Kiskun' },
      lat: expect.any(Number),
      lon: expect.any(Number),
      distanceKm: null,
      nextShiftAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
  });

  it.each([
    ['radius=0', 'radius'],
    ['age=abc', 'age'],
    ['from=2026-13-01', 'from'],
    ['from=2026-12-10&to=2026-12-01', 'to'],
    ['sort=random', 'sort'],
    ['pageSize=500', 'pageSize'],
    ['cause=nincs-ilyen-ugy', 'cause'],
    ['skill=NEM%20SLUG', 'skill'],
    ['place=Nincsilyenfalu', 'place'],
    ['q=a&q=b', 'q'],
  ])('answers 400 JSON naming the field for %s', async (query, field) => {
    const res = await api(query);
    expect(res.statusCode).toBe(400);
    const body = res.json() as { error: string; status: number; fields: Record<string, string> };
    expect(body.status).toBe(400);
    expect(Object.keys(body.fields)).toContain(field);
    expect(typeof body.fields[field]).toBe('string');
  });
});
