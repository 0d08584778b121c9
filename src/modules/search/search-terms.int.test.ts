import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpportunity, createOrganization } from '../../test-support/brokering-factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { searchScene, uniqueWord } from './search-test-data.js';

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
const q = (...words: string[]) => `q=${encodeURIComponent(words.join(' '))}`;
const idsOf = async (query: string) => ((await client().get(`/api/v1/opportunities?${query}`)).json() as { items: { id: string }[] }).items.map((i) => i.id);
/** The href values of the links in a block of the page, decoded, as a URL's query would be read. */
const linkQueries = (html: string) =>
  [...html.matchAll(/href="\/opportunities\?([^"]*)"/g)].map((m) => new URLSearchParams((m[1] as string).replaceAll('&amp;', '&')));
/** The element with the class, from its start tag to its end tag (`p` or `section`). */
function blockOf(html: string, className: string, tag: 'p' | 'section'): string {
  const start = html.indexOf(`<${tag} class="${className}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf(`</${tag}>`, start));
}

describe('the text search reads the names around an opportunity', () => {
  it('finds an opportunity by its cause, in either language, with or without accents', async () => {
    const w = uniqueWord();
    const green = await scene.publish({ title: `Hétvégi munka ${w}`, description: 'Gyere velünk!', causes: ['kornyezetvedelem'] });
    await scene.publish({ title: `Hétvégi beszélgetés ${w}`, description: 'Gyere velünk!', causes: ['idosek'] });
    expect(await idsOf(q('kornyezet', w))).toEqual([green.id]);
    expect(await idsOf(q('környezetvédelem', w))).toEqual([green.id]);
    expect(await idsOf(q('environment', w))).toEqual([green.id]);
    const html = (await page(q('kornyezet', w))).body;
    expect(html).toContain(`Hétvégi munka ${w}`);
    expect(html).not.toContain(`Hétvégi beszélgetés ${w}`);
  });

  it('finds an opportunity by a skill, by its organization name and by its settlement', async () => {
    const w = uniqueWord();
    const org = await createOrganization(t.db, scene.center.id, { name: `Napraforgó Alapítvány ${w}` });
    const ofOrg = await createOpportunity(t.db, org, { title: `Segítség ${w}`, place: 'Kecskemét' });
    const inHodmezo = await scene.publish({ title: `Segítség ${w}`, place: 'Hódmezővásárhely', skills: ['fotozas'] });
    expect(await idsOf(q('napraforgo', w))).toEqual([ofOrg.id]);
    expect(await idsOf(q(w, 'Alapítvány'))).toEqual([ofOrg.id]);
    expect(await idsOf(q('hodmezovasarhely', w))).toEqual([inHodmezo.id]);
    expect(await idsOf(q('fotozas', w))).toEqual([inHodmezo.id]);
    expect((await idsOf(q(w))).sort()).toEqual([ofOrg.id, inHodmezo.id].sort());
  });

  it('finds an organization by its new name after a rename, and a cause by its new name', async () => {
    const w = uniqueWord();
    const org = await createOrganization(t.db, scene.center.id, { name: `Régi Név ${w}` });
    const hit = await createOpportunity(t.db, org, { title: `Valami ${w}`, causes: ['orokseg'] });
    const renamed = uniqueWord();
    await t.db.execute(sql`update organizations set name = ${`Új Név ${renamed}`} where id = ${org.id}`);
    expect(await idsOf(q(renamed))).toEqual([hit.id]);
    expect(await idsOf(q('regi', w))).toEqual([]);
    const causeWord = uniqueWord();
    await t.db.execute(sql`update causes set name_hu = ${`örökség ${causeWord}`} where slug = 'orokseg'`);
    try {
      expect(await idsOf(q(causeWord, w))).toEqual([hit.id]);
    } finally {
      await t.db.execute(sql`update causes set name_hu = 'épített és természeti örökség' where slug = 'orokseg'`);
    }
  });

  it("finds an opportunity by its settlement's new name after a rename", async () => {
    const w = uniqueWord();
    const hit = await scene.publish({ title: `Valami ${w}`, place: 'Szarvas' });
    const placeWord = uniqueWord();
    await t.db.execute(sql`update places set name = ${`Szarvas ${placeWord}`} where name = 'Szarvas'`);
    try {
      expect(await idsOf(q(placeWord))).toEqual([hit.id]);
    } finally {
      await t.db.execute(sql`update places set name = 'Szarvas' where name = ${`Szarvas ${placeWord}`}`);
    }
    expect(await idsOf(q(placeWord))).toEqual([]);
  });

  it('ranks a title match, then a skill match, above a description-only match', async () => {
    const w = uniqueWord();
    const inDescription = await scene.publish({ title: `Hétvégi segítség ${w}`, description: 'Kertészkedés a parkban.' });
    const bySkill = await scene.publish({ title: `Parkrendezés ${w}`, description: 'Gyere el, segíts!', skills: ['kerteszkedes'] });
    const inTitle = await scene.publish({ title: `Kertészkedés a városban ${w}`, description: 'Gyere el, segíts!' });
    expect(await idsOf(`${q('kerteszkedes', w)}&sort=relevance`)).toEqual([inTitle.id, bySkill.id, inDescription.id]);
  });
});

describe('"Erre gondoltál: …" when a text query finds nothing', () => {
  it('offers "környezetvédelem" for "kornyezetvedlem", as a link that keeps the other filters', async () => {
    const w = uniqueWord();
    const green = await scene.publish({ title: `Parktakarítás ${w}`, causes: ['kornyezetvedelem'] });
    const res = await page(`${q('kornyezetvedlem')}&cause=kornyezetvedelem`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Erre gondoltál:');
    const offers = linkQueries(blockOf(res.body, 'did-you-mean', 'p'));
    expect(offers[0]?.get('q')).toBe('környezetvédelem');
    expect(offers[0]?.get('cause')).toBe('kornyezetvedelem');
    expect(offers.length).toBeLessThanOrEqual(3);
    expect(await idsOf(`${q(offers[0]?.get('q') as string, w)}`)).toEqual([green.id]);
    // The JSON API offers the same corrections.
    const api = (await client().get(`/api/v1/opportunities?${q('kornyezetvedlem')}&cause=kornyezetvedelem`)).json() as {
      items: unknown[];
      suggestions: string[];
    };
    expect(api.items).toEqual([]);
    expect(api.suggestions[0]).toBe('környezetvédelem');
    expect(((await client().get(`/api/v1/opportunities?${q('kornyezet', w)}`)).json() as { suggestions: string[] }).suggestions).toEqual([]);
  });

  it('corrects the unknown word of several and keeps the others', async () => {
    const w = uniqueWord();
    await scene.publish({ title: `Faültetés ${w}`, place: 'Szeged' });
    const res = await page(`${q('faultetsz', w)}&lang=en`);
    expect(res.body).toContain('Did you mean:');
    const offers = linkQueries(blockOf(res.body, 'did-you-mean', 'p'));
    expect(offers.map((o) => o.get('q'))).toContain(`faültetés ${w}`);
    expect(offers[0]?.get('lang')).toBe('en');
  });

  it('offers nothing when every word is known and only their combination found nothing', async () => {
    const res = await page(q('kornyezet', uniqueWord()));
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('Erre gondoltál:');
  });
});

describe('the place filter without JavaScript', () => {
  it('lists the settlements "kiskun" may mean, with their county, as links that run the search with one', async () => {
    const res = await page('place=kiskun&radius=10');
    expect(res.body).toContain('Melyik településre gondoltál?');
    expect(res.body).not.toContain('Nem találtunk ilyen települést.');
    const choices = linkQueries(blockOf(res.body, 'place-choices', 'section')).map((c) => c.get('place'));
    expect(choices).toContain('Kiskunhalas (Bács-Kiskun)');
    expect(choices).toContain('Kiskunfélegyháza (Bács-Kiskun)');
    expect(choices.length).toBeLessThanOrEqual(10);
    expect(choices.every((c) => c?.startsWith('Kiskun'))).toBe(true);
    const chosen = await page(`place=${encodeURIComponent('Kiskunhalas (Bács-Kiskun)')}&radius=10`);
    expect(chosen.statusCode).toBe(200);
    expect(chosen.body).toContain('Legfeljebb 10 km-re innen: Kiskunhalas.');
  });

  it('lists settlements for "Szent", keeping the other filters in the links', async () => {
    const res = await page('place=Szent&radius=25&cause=sport');
    const choices = linkQueries(blockOf(res.body, 'place-choices', 'section'));
    expect(choices.map((c) => c.get('place'))).toContain('Szentendre (Pest)');
    expect(choices.map((c) => c.get('place'))).toContain('Szentes (Csongrád-Csanád)');
    expect(choices.every((c) => c.get('radius') === '25' && c.get('cause') === 'sport')).toBe(true);
  });

  it('lists the villages that share an ambiguous postal code', async () => {
    const res = await page('place=7757');
    const choices = linkQueries(blockOf(res.body, 'place-choices', 'section')).map((c) => c.get('place'));
    expect(choices.sort()).toEqual(['Babarc (Baranya)', 'Liptód (Baranya)']);
    expect((await page(`place=${encodeURIComponent(choices[0] as string)}`)).statusCode).toBe(200);
  });

  it('still says "not found" for a place nothing resembles', async () => {
    const res = await page('place=Nincsilyenfalu');
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Nem találtunk ilyen települést.');
    expect(res.body).not.toContain('place-choices');
  });

  it('ranks a Budapest district above the whole city for its postal code', async () => {
    const suggest = await client().get('/places/suggest?field=place&place=1113');
    expect(suggest.body.startsWith('<option value="Budapest XI. kerület (Budapest)">')).toBe(true);
    const searched = await page('place=1113&radius=5');
    expect(searched.statusCode).toBe(200);
    expect(searched.body).toContain('innen: Budapest XI. kerület.');
    const partial = linkQueries(blockOf((await page('place=111')).body, 'place-choices', 'section')).map((c) => c.get('place'));
    expect(partial[0]).toBe('Budapest XI. kerület (Budapest)');
    expect(partial).toContain('Budapest (Budapest)');
  });
});
