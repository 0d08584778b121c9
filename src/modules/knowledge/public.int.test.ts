import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { newArticleSchema } from './schema.js';
import { createArticle } from './service.js';
import { loadStarterArticles, starterArticles } from './starter/load-starter-articles.js';

let t: TestApp;
const get = (url: string) => t.app.inject({ method: 'GET', url });

beforeAll(async () => {
  // The test database was prepared like a real one: the starter articles are already published.
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('knowledge base: the starter articles', () => {
  it('ships at least twelve articles and a few FAQ entries, each valid and citing its source', async () => {
    expect(starterArticles.filter((a) => a.kind === 'article').length).toBeGreaterThanOrEqual(12);
    expect(starterArticles.filter((a) => a.kind === 'faq').length).toBeGreaterThanOrEqual(3);
    expect(new Set(starterArticles.map((a) => a.slug)).size).toBe(starterArticles.length);
    for (const article of starterArticles) {
      expect(newArticleSchema.safeParse(article).success, article.slug).toBe(true);
      expect(article.sources.length, article.slug).toBeGreaterThan(0);
    }
    // Loaded once: a second start adds nothing.
    expect(await loadStarterArticles(t.db)).toBe(0);
  });
});

describe('knowledge base: public pages', () => {
  it('lists the published articles alphabetically, with topics and audiences to filter by', async () => {
    const res = await get('/knowledge');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Tudástár');
    expect(res.body).toContain('Mi a közérdekű önkéntes tevékenység?');
    const law = await get('/knowledge?category=law&audience=organization');
    expect(law.body).toContain('Mikor kell írásban megkötni az önkéntes szerződést?');
    expect(law.body).not.toContain('Az iskolai közösségi szolgálat (IKSZ)');
  });

  it('finds "szerződés" when typed without accents, and marks where it matched', async () => {
    const res = await get('/knowledge?q=szerzodes');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Mikor kell írásban megkötni az önkéntes szerződést?');
    expect(res.body).toMatch(/<mark>szerződés\w*<\/mark>/);
  });

  it('offers "Erre gondoltál" for a misspelt search that finds nothing', async () => {
    const res = await get('/knowledge?q=szerzodsek');
    expect(res.body).toContain('Nincs a keresésnek megfelelő cikk.');
    expect(res.body).toContain('Erre gondoltál:');
    const api = await get('/api/v1/knowledge?q=szerzodsek');
    expect(api.json().suggestion).toMatch(/^szerződés/);
  });

  it('shows what a visitor typed as text, never as markup, and ignores bad filters', async () => {
    const res = await get(`/knowledge?q=${encodeURIComponent('<script>alert(1)</script>')}&category=nope&page=-3`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert(1)</script>');
  });

  it('shows an article with its rendered body, its sources and a printable version; drafts stay private', async () => {
    const page = await get('/knowledge/az-onkentes-szerzodes-tartalma');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h2>Jó gyakorlat</h2>');
    expect(page.body).toContain('Köt. 6. § (1)');
    expect(page.body).toContain('href="https://njt.hu/jogszabaly/2005-88-00-00"');
    expect((await get('/knowledge/az-onkentes-szerzodes-tartalma/print')).body).toContain('(https://njt.hu/jogszabaly/2005-88-00-00)');
    expect((await get('/knowledge/nincs-ilyen-cikk')).statusCode).toBe(404);
    expect((await get('/knowledge/Rossz%20Cim')).statusCode).toBe(404);

    const center = await createCenter(t.db);
    const staff = await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: center.id }] });
    const actor = {
      userId: staff.id,
      email: staff.email,
      familyName: '',
      givenName: '',
      emailConfirmed: true,
      grants: [{ role: 'center_coordinator' as const, centerId: center.id, pointId: null }],
    };
    await createArticle(t.db, actor, center.id, {
      slug: 'helyi-piszkozat',
      title: 'Helyi piszkozat',
      summary: 'Még nem kész.',
      body: 'Szerződés tervezet.',
      category: 'law',
      audiences: ['volunteer'],
      sources: [],
    });
    expect((await get('/knowledge/helyi-piszkozat')).statusCode).toBe(404);
    expect((await get('/knowledge?q=piszkozat')).body).not.toContain('Helyi piszkozat');
  });

  it('is linked where it helps: the contract calculator links the contract article, which exists', async () => {
    const check = await get('/law/contract-check');
    expect(check.body).toContain('href="/knowledge/mikor-kell-irasos-onkentes-szerzodes"');
    // The slugs the register page and the guardian invitation link to are starter articles too.
    for (const slug of ['mikor-kell-irasos-onkentes-szerzodes', 'az-onkentesek-nyilvantartasa', 'kiskoru-onkentesek']) {
      expect((await get(`/knowledge/${slug}`)).statusCode, slug).toBe(200);
    }
  });

  it('groups the FAQ by topic', async () => {
    const res = await get('/knowledge/faq');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Gyakori kérdések');
    expect(res.body).toContain('Hány éves kortól lehetek önkéntes?');
    expect(res.body).toContain('Kiskorúak');
  });

  it('answers the same search as JSON', async () => {
    const res = await get('/api/v1/knowledge?q=onkentes+szerzodes&audience=organization');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThan(0);
    expect(body.items[0]).toMatchObject({ url: expect.stringMatching(/^\/knowledge\//), kind: expect.any(String) });
    expect(body.items.some((i: { snippet: string | null }) => i.snippet?.includes('«'))).toBe(true);
  });
});
