import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connection.js';
import type { Database } from '../../db/database.js';
import { auditLog } from '../../db/schema/index.js';
import type { Actor } from '../../platform/authz.js';
import { createCenter } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { actorWith, articleContent } from './knowledge-test-support.js';
import {
  ArticleChangedError,
  ArticleStatusError,
  createArticle,
  editArticle,
  getArticleForEditing,
  getPublishedArticle,
  getVersionPair,
  listArticleVersions,
  publishArticle,
  restoreVersion,
  submitForReview,
  withdrawArticle,
} from './service.js';

let handle: DatabaseHandle;
let db: Database;
let centerA: string;
let centerB: string;
let national: Actor;
let staffA: Actor;
let staffB: Actor;
let pointCoordinatorA: Actor;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  centerA = (await createCenter(db)).id;
  centerB = (await createCenter(db)).id;
  national = await actorWith(db, { role: 'national_admin' });
  staffA = await actorWith(db, { role: 'center_coordinator', centerId: centerA });
  staffB = await actorWith(db, { role: 'center_admin', centerId: centerB });
  pointCoordinatorA = { ...staffA, grants: [{ role: 'point_coordinator', centerId: centerA, pointId: '00000000-0000-4000-8000-000000000001' }] };
});
afterAll(async () => {
  await handle.close();
});

let n = 0;
const content = articleContent;
const newArticle = (title: string) => ({ ...content(title), slug: `cikk-${++n}` });

describe('knowledge articles: versions and workflow', () => {
  it('keeps every version, publishes only a reviewed one, and shows the public the published version while a new draft is worked on', async () => {
    const created = await createArticle(db, staffA, centerA, newArticle('Önkéntes szerződés'));
    expect(created).toMatchObject({ status: 'draft', latestVersion: 1, publishedVersion: null, centerId: centerA });
    await expect(getPublishedArticle(db, created.slug)).rejects.toMatchObject({ statusCode: 404 });
    await expect(publishArticle(db, staffA, created.id)).rejects.toBeInstanceOf(ArticleStatusError);

    await submitForReview(db, staffA, created.id);
    const published = await publishArticle(db, staffA, created.id, new Date('2026-12-01T10:00:00Z'));
    expect(published).toMatchObject({ status: 'published', publishedVersion: 1 });
    expect((await getPublishedArticle(db, created.slug)).content.title).toBe('Önkéntes szerződés');

    const edited = await editArticle(db, staffA, created.id, content('Önkéntes szerződés — javítva'), 1);
    expect(edited).toMatchObject({ status: 'draft', latestVersion: 2, publishedVersion: 1 });
    // The public still reads version 1 until the edit is reviewed and published.
    expect((await getPublishedArticle(db, created.slug)).content.title).toBe('Önkéntes szerződés');
    expect((await getArticleForEditing(db, staffA, created.id)).content.title).toBe('Önkéntes szerződés — javítva');

    await submitForReview(db, staffA, created.id);
    await publishArticle(db, staffA, created.id);
    expect((await getPublishedArticle(db, created.slug)).content).toMatchObject({ title: 'Önkéntes szerződés — javítva', version: 2 });

    await withdrawArticle(db, staffA, created.id);
    await expect(getPublishedArticle(db, created.slug)).rejects.toMatchObject({ statusCode: 404 });
    await expect(withdrawArticle(db, staffA, created.id)).rejects.toBeInstanceOf(ArticleStatusError);
  });

  it('restores an earlier version as a new one, in one step, losing nothing', async () => {
    const article = await createArticle(db, staffA, centerA, newArticle('Első'));
    await editArticle(db, staffA, article.id, content('Második'), 1);
    await editArticle(db, staffA, article.id, content('Harmadik'), 2);
    const restored = await restoreVersion(db, staffA, article.id, 1, 3);
    expect(restored).toMatchObject({ latestVersion: 4, status: 'draft' });
    const versions = await listArticleVersions(db, staffA, article.id);
    expect(versions.map((v) => [v.version, v.title, v.restoredFrom])).toEqual([
      [4, 'Első', 1],
      [3, 'Harmadik', null],
      [2, 'Második', null],
      [1, 'Első', null],
    ]);
    const [older, newer] = await getVersionPair(db, staffA, article.id, 3, 4);
    expect([older.title, newer.title]).toEqual(['Harmadik', 'Első']);
    await expect(restoreVersion(db, staffA, article.id, 9, 4)).rejects.toMatchObject({ statusCode: 404 });
  });

  it('refuses a save based on an older version, so nobody overwrites a colleague', async () => {
    const article = await createArticle(db, staffA, centerA, newArticle('Közös cikk'));
    await editArticle(db, staffA, article.id, content('Kolléga mentése'), 1);
    await expect(editArticle(db, staffA, article.id, content('Régi alapú mentés'), 1)).rejects.toBeInstanceOf(ArticleChangedError);
    expect((await getArticleForEditing(db, staffA, article.id)).content.title).toBe('Kolléga mentése');
  });

  it('validates the content and the address, with field errors', async () => {
    await expect(createArticle(db, staffA, centerA, { ...newArticle('x'), slug: 'Nem Jó!' })).rejects.toMatchObject({
      statusCode: 422,
      errors: { slug: { key: 'knowledge.error.slug' } },
    });
    await expect(createArticle(db, staffA, centerA, { ...newArticle('x'), audiences: [], title: '' })).rejects.toMatchObject({
      errors: { audiences: { key: 'knowledge.error.audiences' }, title: { key: 'validation.required' } },
    });
    await expect(
      createArticle(db, staffA, centerA, { ...newArticle('x'), sources: [{ citation: 'Köt. 3. §', label: 'Köt.', url: 'javascript:alert(1)' }] }),
    ).rejects.toMatchObject({ errors: { sources: { key: 'knowledge.error.sourceUrl' } } });
    const taken = await createArticle(db, staffA, centerA, newArticle('Foglalt cím'));
    await expect(createArticle(db, staffA, centerA, { ...newArticle('Másik'), slug: taken.slug })).rejects.toMatchObject({
      errors: { slug: { key: 'knowledge.error.slugTaken' } },
    });
  });

  it('keeps the static paths under /knowledge from being an article address', async () => {
    for (const slug of ['manage', 'faq']) {
      await expect(createArticle(db, staffA, centerA, { ...newArticle('x'), slug })).rejects.toMatchObject({
        errors: { slug: { key: 'knowledge.error.slugReserved' } },
      });
    }
  });

  it('names as reviewer only an editor of the center or a national admin, and only an existing center', async () => {
    await expect(createArticle(db, staffA, centerA, { ...newArticle('Lektorált'), reviewerUserId: staffB.userId })).rejects.toMatchObject({
      statusCode: 422,
      errors: { reviewerUserId: { key: 'knowledge.error.reviewer' } },
    });
    const article = await createArticle(db, staffA, centerA, { ...newArticle('Lektorált'), reviewerUserId: national.userId });
    await expect(editArticle(db, staffA, article.id, content('Lektorált', { reviewerUserId: staffA.userId }), 1)).resolves.toMatchObject({
      latestVersion: 2,
    });
    await expect(
      editArticle(db, staffA, article.id, content('Lektorált', { reviewerUserId: '8d2f5a3e-9a0b-4c1d-8e2f-3a4b5c6d7e8f' }), 2),
    ).rejects.toMatchObject({
      errors: { reviewerUserId: { key: 'knowledge.error.reviewer' } },
    });
    await expect(createArticle(db, national, '8d2f5a3e-9a0b-4c1d-8e2f-3a4b5c6d7e8f', newArticle('Nincs ilyen központ'))).rejects.toMatchObject({
      errors: { centerId: { key: 'validation.choice' } },
    });
  });

  it('refuses a stranger before reading the form, so the errors tell them nothing', async () => {
    const article = await createArticle(db, staffA, centerA, newArticle('Idegen szem elől'));
    await expect(editArticle(db, staffB, article.id, { title: '' }, 1)).rejects.toMatchObject({ statusCode: 403 });
  });

  it('writes an audit entry for every step', async () => {
    const article = await createArticle(db, staffA, centerA, newArticle('Naplózott'));
    await editArticle(db, staffA, article.id, content('Naplózott 2'), 1);
    await submitForReview(db, staffA, article.id);
    await publishArticle(db, staffA, article.id);
    const entries = await db
      .select({ action: auditLog.action, actor: auditLog.actorUserId, center: auditLog.centerId })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'knowledge_article'), eq(auditLog.entityId, article.id)));
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'publish', 'submit', 'update']);
    expect(entries.every((e) => e.actor === staffA.userId && e.center === centerA)).toBe(true);
  });
});

describe('knowledge articles: who writes', () => {
  it("lets a center's staff write its articles, and nobody else's", async () => {
    const article = await createArticle(db, staffA, centerA, newArticle('A központ cikke'));
    await expect(editArticle(db, staffB, article.id, content('Idegen'), 1)).rejects.toMatchObject({ statusCode: 403 });
    await expect(createArticle(db, staffB, centerA, newArticle('Idegen új'))).rejects.toMatchObject({ statusCode: 403 });
    await expect(createArticle(db, pointCoordinatorA, centerA, newArticle('Pont'))).rejects.toMatchObject({ statusCode: 403 });
    await expect(createArticle(db, null, centerA, newArticle('Névtelen'))).rejects.toMatchObject({ statusCode: 401 });
    await expect(listArticleVersions(db, staffB, article.id)).rejects.toMatchObject({ statusCode: 403 });
    // The national admin writes every center's articles.
    await expect(editArticle(db, national, article.id, content('Országos javítás'), 1)).resolves.toMatchObject({ latestVersion: 2 });
  });

  it('keeps national articles to national admins', async () => {
    await expect(createArticle(db, staffA, null, newArticle('Országos?'))).rejects.toMatchObject({ statusCode: 403 });
    const article = await createArticle(db, national, null, newArticle('Mi az önkéntesség?'));
    expect(article.centerId).toBeNull();
    await expect(submitForReview(db, staffA, article.id)).rejects.toMatchObject({ statusCode: 403 });
    await submitForReview(db, national, article.id);
    await publishArticle(db, national, article.id);
    expect((await getPublishedArticle(db, article.slug)).article.centerId).toBeNull();
  });
});
