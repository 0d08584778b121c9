import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/authz.js';
import { createCenter, sessionFor } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { dashboardFor } from '../dashboard/service.js';
import { actorWith, articleContent } from './knowledge-test-support.js';
import { createArticle, editArticle, getArticleForEditing, listArticleVersions, publishArticle, submitForReview } from './service.js';

let t: TestApp;
let centerA: { id: string; name: string };
let centerB: { id: string; name: string };
let national: Actor;
let coordinatorA: Actor;
let coordinatorB: Actor;
let pointCoordinatorA: Actor;
let volunteer: Actor;

const clientOf = async (actor: Actor | null) => {
  const client = new TestClient(t.app, t.config.secretKey);
  if (actor) client.setSession(await sessionFor(t.db, actor.userId));
  return client;
};

let n = 0;
const slug = () => `kezeles-${++n}-${Math.random().toString(36).slice(2, 8)}`;

/** The form as a browser posts it: the content's fields, three source rows, the hidden base version. */
function formOf(title: string, extra: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title,
    summary: `${title}: röviden.`,
    body: `## ${title}\n\nA **szerződés** írásban készül.`,
    category: 'law',
    audiences: ['volunteer', 'organization'],
    'source-0-citation': 'Köt. 6. §',
    'source-0-label': 'Önkéntes törvény',
    'source-0-url': 'https://njt.hu/jogszabaly/2005-88-00-00',
    'source-1-citation': '',
    'source-1-label': '',
    'source-1-url': '',
    lastCheckedOn: '2026-11-24',
    reviewerUserId: '',
    intent: 'save',
    ...extra,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  centerA = await createCenter(t.db, { name: 'Ábrahámhegyi Önkéntes Központ' });
  centerB = await createCenter(t.db, { name: 'Zalaegerszegi Önkéntes Központ' });
  national = await actorWith(t.db, { role: 'national_admin' });
  coordinatorA = await actorWith(t.db, { role: 'center_coordinator', centerId: centerA.id });
  coordinatorB = await actorWith(t.db, { role: 'center_coordinator', centerId: centerB.id });
  pointCoordinatorA = await actorWith(t.db, { role: 'point_coordinator', centerId: centerA.id });
  volunteer = await actorWith(t.db, { role: 'volunteer' });
});
afterAll(async () => {
  await t.close();
});

describe('knowledge base editor: the list', () => {
  it("shows a center's editor their center's articles only, in Hungarian order, filtered, and exports them", async () => {
    for (const title of ['Zsákutca', 'Ábécé rend', 'Cserebere'])
      await createArticle(t.db, coordinatorA, centerA.id, { ...articleContent(title), slug: slug() });
    await createArticle(t.db, coordinatorB, centerB.id, { ...articleContent('Másik központé'), slug: slug() });
    const client = await clientOf(coordinatorA);
    const res = await client.get('/knowledge/manage?sort=title&dir=asc');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/knowledge/manage/new"');
    const order = ['Ábécé rend', 'Cserebere', 'Zsákutca'].map((title) => res.body.indexOf(title));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > (order[k - 1] as number)))).toBe(true);
    expect(res.body).not.toContain('Másik központé');
    // A starter (national) article is not theirs to edit.
    expect(res.body).not.toContain('Mi a közérdekű önkéntes tevékenység?');

    const review = await client.get('/knowledge/manage?status=review');
    expect(review.body).toContain('Nincs a szűrésnek megfelelő cikk.');

    const csv = await client.get('/knowledge/manage?format=csv&sort=title');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Ábécé rend');
    expect(csv.body).not.toContain('Másik központé');
    const xlsx = await client.get('/knowledge/manage?format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('shows a national admin every article, national ones too, with a center filter', async () => {
    const client = await clientOf(national);
    const all = await client.get('/knowledge/manage?q=kozerdeku');
    expect(all.body).toContain('Mi a közérdekű önkéntes tevékenység?');
    const ofB = await client.get(`/knowledge/manage?center=${centerB.id}`);
    expect(ofB.body).toContain('Másik központé');
    expect(ofB.body).not.toContain('Zsákutca');
    const nationalOnly = await client.get('/knowledge/manage?center=national&q=k%C3%B6z%C3%A9rdek%C5%B1');
    expect(nationalOnly.body).toContain('Mi a közérdekű önkéntes tevékenység?');
  });

  it('says so when a center has no article yet', async () => {
    const center = await createCenter(t.db);
    const client = await clientOf(await actorWith(t.db, { role: 'center_admin', centerId: center.id }));
    expect((await client.get('/knowledge/manage')).body).toContain('Még nincs szerkeszthető cikk.');
  });
});

describe('knowledge base editor: writing', () => {
  it('shows field errors in Hungarian next to the fields, keeping what was typed, then creates a draft', async () => {
    const client = await clientOf(coordinatorA);
    expect((await client.get('/knowledge/manage/new')).body).toContain('name="source-2-url"');
    const bad = await client.post(
      '/knowledge/manage/new',
      formOf('', {
        centerId: centerA.id,
        slug: 'manage',
        summary: 'Megmarad ez a szöveg',
        'source-1-citation': 'Köt. 3. §',
        'source-1-url': 'javascript:alert(1)',
      }),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('id="f-title-error"');
    expect(bad.body).toContain('Ez a szó a tudástár egyik oldalának címe');
    expect(bad.body).toMatch(/id="f-source-1-url-error">A forrás címe https:\/\/-sel kezdődő webcím legyen\./);
    expect(bad.body).toMatch(/id="f-source-1-label-error">Adja meg a forrás hivatkozásának szövegét\./);
    expect(bad.body).toContain('Megmarad ez a szöveg');
    expect(bad.body).not.toContain('javascript:alert(1)"><');

    const otherReviewer = await client.post(
      '/knowledge/manage/new',
      formOf('Lektorral', { centerId: centerA.id, slug: slug(), reviewerUserId: coordinatorB.userId }),
    );
    expect(otherReviewer.statusCode).toBe(422);
    expect(otherReviewer.body).toContain('A lektor a cikk központjának szerkesztője');

    // A center's editor cannot write a national article.
    expect((await client.post('/knowledge/manage/new', formOf('Országos?', { centerId: '', slug: slug() }))).statusCode).toBe(403);

    const created = await client.post(
      '/knowledge/manage/new',
      formOf('Helyi tudnivalók', { centerId: centerA.id, slug: slug(), reviewerUserId: national.userId }),
    );
    expect(created.statusCode).toBe(303);
    const id = String(created.headers.location).split('/').pop() as string;
    const { article, content } = await getArticleForEditing(t.db, coordinatorA, id);
    expect(article).toMatchObject({ status: 'draft', centerId: centerA.id, latestVersion: 1 });
    expect(content.sources).toEqual([{ citation: 'Köt. 6. §', label: 'Önkéntes törvény', url: 'https://njt.hu/jogszabaly/2005-88-00-00' }]);
    expect(content.reviewerUserId).toBe(national.userId);
    const page = await client.get(String(created.headers.location));
    expect(page.body).toContain('A cikket piszkozatként mentettük.');
    expect(page.body).toContain('Piszkozat');
  });

  it('previews the rendered body without saving', async () => {
    const article = await createArticle(t.db, coordinatorA, centerA.id, { ...articleContent('Előnézetes'), slug: slug() });
    const client = await clientOf(coordinatorA);
    const res = await client.post(
      `/knowledge/manage/${article.id}`,
      formOf('Előnézetes', { intent: 'preview', baseVersion: '1', body: '# Cím\n\n<script>x</script> **vastag**' }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Előnézet (még nincs mentve)');
    expect(res.body).toContain('<strong>vastag</strong>');
    expect(res.body).not.toContain('<script>x</script>');
    expect((await listArticleVersions(t.db, coordinatorA, article.id)).length).toBe(1);
  });

  it("shows a colleague's save clearly, keeps what was typed, and saves on the second try", async () => {
    const article = await createArticle(t.db, coordinatorA, centerA.id, { ...articleContent('Közös szöveg'), slug: slug() });
    const mine = await clientOf(coordinatorA);
    expect((await mine.get(`/knowledge/manage/${article.id}`)).body).toContain('name="baseVersion" value="1"');
    await editArticle(t.db, national, article.id, articleContent('A kolléga változata'), 1);
    const conflict = await mine.post(`/knowledge/manage/${article.id}`, formOf('Az én változatom', { baseVersion: '1' }));
    expect(conflict.statusCode).toBe(409);
    expect(conflict.body).toContain('valaki más mentette a cikket (2. változat)');
    expect(conflict.body).toContain('value="Az én változatom"');
    expect(conflict.body).toContain('name="baseVersion" value="2"');
    expect(conflict.body).toContain(`/knowledge/manage/${article.id}/diff?from=1&amp;to=2`);
    const saved = await mine.post(`/knowledge/manage/${article.id}`, formOf('Az én változatom', { baseVersion: '2' }));
    expect(saved.statusCode).toBe(303);
    expect((await getArticleForEditing(t.db, coordinatorA, article.id)).content).toMatchObject({ title: 'Az én változatom', version: 3 });
  });

  it('submits, publishes and, after confirming, withdraws; the public page names the local center', async () => {
    const s = slug();
    const article = await createArticle(t.db, coordinatorA, centerA.id, { ...articleContent('Közzéteendő'), slug: s });
    const client = await clientOf(coordinatorA);
    const base = `/knowledge/manage/${article.id}`;
    expect((await client.get(base)).body).toContain(`action="${base}/submit"`);
    expect((await client.post(`${base}/submit`)).statusCode).toBe(303);
    const inReview = await client.get(base);
    expect(inReview.body).toContain('Ellenőrzésre vár');
    expect(inReview.body).toContain(`action="${base}/publish"`);
    await client.post(`${base}/publish`);
    const publicPage = await client.get(`/knowledge/${s}`);
    expect(publicPage.statusCode).toBe(200);
    expect(publicPage.body).toContain(`Helyi cikk: ${centerA.name}`);
    // A second click finds the article already published.
    await client.post(`${base}/publish`);
    expect((await client.get(base)).body).toContain('A cikk állapota közben megváltozott');

    const confirm = await client.get(`${base}/withdraw`);
    expect(confirm.body).toContain('Biztosan visszavonja a nyilvános oldalról');
    expect(confirm.body).toContain(`action="${base}/withdraw"`);
    expect((await client.get(`/knowledge/${s}`)).statusCode).toBe(200);
    await client.post(`${base}/withdraw`);
    expect((await client.get(`/knowledge/${s}`)).statusCode).toBe(404);
  });
});

describe('knowledge base editor: versions, differences, restore', () => {
  it('lists every version, shows one, marks the differences in words and restores in one confirmed step', async () => {
    const article = await createArticle(t.db, coordinatorA, centerA.id, { ...articleContent('Első cím'), slug: slug() });
    await editArticle(
      t.db,
      coordinatorA,
      article.id,
      articleContent('Második cím', { body: '# Második cím\n\nA szerződést írásban kell megkötni.', audiences: ['volunteer'] }),
      1,
    );
    const client = await clientOf(coordinatorA);
    const base = `/knowledge/manage/${article.id}`;

    const versions = await client.get(`${base}/versions`);
    expect(versions.statusCode).toBe(200);
    expect(versions.body).toContain(`${coordinatorA.familyName} ${coordinatorA.givenName}`);
    expect(versions.body).toContain(`href="${base}/versions/1/restore"`);
    expect(versions.body).toContain(`href="${base}/diff?from=1&amp;to=2"`);

    const first = await client.get(`${base}/versions/1`);
    expect(first.body).toContain('<h1>Első cím</h1>');

    const diff = await client.get(`${base}/diff?from=1&to=2`);
    expect(diff.statusCode).toBe(200);
    expect(diff.body).toMatch(/<del><span class="visually-hidden">\[törölve: <\/span>Első<span class="visually-hidden">]<\/span><\/del>/);
    expect(diff.body).toMatch(/<ins><span class="visually-hidden">\[hozzáadva: <\/span>Második<span class="visually-hidden">]<\/span><\/ins>/);
    expect(diff.body).toContain('Fogadó szervezeteknek');
    // Unknown or odd versions: the defaults, or 404 — never an error page of the server.
    expect((await client.get(`${base}/diff?from=abc&to=-1`)).statusCode).toBe(200);
    expect((await client.get(`${base}/diff?from=1&to=99`)).statusCode).toBe(404);
    expect((await client.get(`${base}/versions/99`)).statusCode).toBe(404);

    const confirm = await client.get(`${base}/versions/1/restore`);
    expect(confirm.body).toContain('új, 3. változatként kerül mentésre');
    const stale = await client.post(`${base}/versions/1/restore`, { baseVersion: '1' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Közben valaki más mentette a cikket (2. változat)');
    expect((await client.post(`${base}/versions/1/restore`, { baseVersion: '2' })).statusCode).toBe(303);
    const listed = await listArticleVersions(t.db, coordinatorA, article.id);
    expect(listed[0]).toMatchObject({ version: 3, title: 'Első cím', restoredFrom: 1 });
  });
});

describe('knowledge base editor: who may', () => {
  it("refuses another center's editor, a point coordinator, a volunteer, and sends a visitor to log in", async () => {
    const article = await createArticle(t.db, coordinatorA, centerA.id, { ...articleContent('Csak A-é'), slug: slug() });
    const base = `/knowledge/manage/${article.id}`;
    const other = await clientOf(coordinatorB);
    for (const path of [base, `${base}/versions`, `${base}/versions/1`, `${base}/diff`, `${base}/withdraw`, `${base}/versions/1/restore`]) {
      expect([403, 404], path).toContain((await other.get(path)).statusCode);
    }
    expect([403, 404]).toContain((await other.post(base, formOf('Átírva', { baseVersion: '1' }))).statusCode);
    expect([403, 404]).toContain((await other.post(`${base}/submit`)).statusCode);
    expect((await getArticleForEditing(t.db, coordinatorA, article.id)).article).toMatchObject({ latestVersion: 1, status: 'draft' });

    for (const actor of [pointCoordinatorA, volunteer]) {
      const client = await clientOf(actor);
      expect((await client.get('/knowledge/manage')).statusCode).toBe(403);
      expect((await client.get(base)).statusCode).toBe(403);
      expect((await client.get('/knowledge/manage')).body).not.toContain('href="/knowledge/manage"');
    }
    const visitor = await clientOf(null);
    const res = await visitor.get('/knowledge/manage');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/login/);
    expect((await (await clientOf(coordinatorA)).get('/dashboard')).body).toContain('href="/knowledge/manage"');
  });
});

describe('knowledge base: local articles on the public side, and the dashboard', () => {
  it("shows a center's published local articles next to the national ones, filtered by center on the page and in the API", async () => {
    const s = slug();
    const article = await createArticle(t.db, coordinatorA, centerA.id, { ...articleContent('Ábrahámhegyi szerződésminta'), slug: s });
    await submitForReview(t.db, coordinatorA, article.id);
    await publishArticle(t.db, coordinatorA, article.id);
    const all = await (await clientOf(null)).get('/knowledge?q=szerzodesminta');
    expect(all.body).toContain('Ábrahámhegyi szerződésminta');
    expect(all.body).toContain(`Helyi cikk: ${centerA.name}`);
    expect(all.body).toContain(`<option value="${centerA.id}"`);
    const ofB = await (await clientOf(null)).get(`/knowledge?center=${centerB.id}`);
    expect(ofB.body).not.toContain('Ábrahámhegyi szerződésminta');
    expect(ofB.body).toContain('Mi a közérdekű önkéntes tevékenység?');
    const api = (await t.app.inject({ method: 'GET', url: `/api/v1/knowledge?q=szerzodesminta&center=${centerA.id}` })).json();
    expect(api.items[0]).toMatchObject({ slug: s, center: { id: centerA.id, name: centerA.name } });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/knowledge?q=szerzodesminta&center=${centerB.id}` })).json().total).toBe(0);
  });

  it('tells those who may publish how many articles wait in review', async () => {
    const center = await createCenter(t.db);
    const editor = await actorWith(t.db, { role: 'center_admin', centerId: center.id });
    expect((await dashboardFor(t.db, editor)).nextSteps.some((s) => s.kind === 'reviewArticles')).toBe(false);
    for (const title of ['Várakozó egy', 'Várakozó kettő']) {
      const article = await createArticle(t.db, editor, center.id, { ...articleContent(title), slug: slug() });
      await submitForReview(t.db, editor, article.id);
    }
    const steps = (await dashboardFor(t.db, editor)).nextSteps;
    expect(steps).toContainEqual({ kind: 'reviewArticles', href: '/knowledge/manage?status=review', count: 2 });
    const page = await (await clientOf(editor)).get('/dashboard');
    expect(page.body).toContain('2 tudástárcikk vár ellenőrzésre és közzétételre');
  });
});
