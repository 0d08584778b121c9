import { type Database, isUniqueViolation, type Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { FieldValidationError, parseFormOrThrow } from '../../platform/validation.js';
import { findCenterName, isReviewerCandidate } from './manage-repo.js';
import { requireArticleEditor } from './policy.js';
import {
  type ArticleRow,
  findArticle,
  findPublishedBySlug,
  findVersion,
  findVersionList,
  insertArticle,
  insertVersion,
  lockArticle,
  updateArticleState,
  type VersionListRow,
  type VersionRow,
} from './repo.js';
import { type ArticleContent, articleContentSchema, type NewArticle, newArticleSchema } from './schema.js';

/**
 * The knowledge base's articles (issue 14): every save is a new version and none is lost; the
 * working copy goes draft → review → published, and the public reads the published version while
 * a newer draft is worked on. Only the staff of the article's center write (national articles:
 * national admins), every write is audited.
 */

/** Refused because the article is not where the step starts (e.g. publishing a draft not reviewed). */
export class ArticleStatusError extends Error {
  readonly statusCode = 409;
  constructor(readonly status: string) {
    super(`article is ${status}`);
  }
}

/** Someone else saved the article since this editor opened it: their version would be overwritten. */
export class ArticleChangedError extends Error {
  readonly statusCode = 409;
  constructor(readonly latestVersion: number) {
    super('article changed meanwhile');
  }
}

async function loadArticle(db: Queryable, id: string): Promise<ArticleRow> {
  const article = await findArticle(db, id);
  if (!article) throw new NotFoundError('article');
  return article;
}

/**
 * The reviewer must be one who may review the article (an editor of its center, or a national admin);
 * `kept` (the reviewer the article already names) stays acceptable after their role was taken away.
 */
async function checkReviewer(db: Queryable, centerId: string | null, reviewerUserId: string | undefined, kept?: string): Promise<void> {
  if (reviewerUserId === undefined || reviewerUserId === kept) return;
  if (!(await isReviewerCandidate(db, centerId, reviewerUserId))) throw new FieldValidationError({ reviewerUserId: { key: 'knowledge.error.reviewer' } });
}

/** A new article of a center (or national: `centerId` null), as a draft at version 1. */
export async function createArticle(db: Database, actor: Actor | null, centerId: string | null, input: unknown): Promise<ArticleRow> {
  const a = requireArticleEditor(actor, centerId);
  const values: NewArticle = parseFormOrThrow(newArticleSchema, input);
  // A national admin passes the check for any id: the center must also exist.
  if (centerId !== null && (await findCenterName(db, centerId)) === undefined) throw new FieldValidationError({ centerId: { key: 'validation.choice' } });
  await checkReviewer(db, centerId, values.reviewerUserId);
  try {
    return await db.transaction(async (tx) => {
      const article = await insertArticle(tx, { centerId, slug: values.slug, kind: values.kind, createdBy: a.userId });
      await insertVersion(tx, article.id, 1, values, a.userId);
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId,
        action: 'create',
        entityType: 'knowledge_article',
        entityId: article.id,
        after: { slug: values.slug, kind: values.kind, version: 1, title: values.title },
      });
      return article;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new FieldValidationError({ slug: { key: 'knowledge.error.slugTaken' } });
    throw err;
  }
}

/**
 * Runs one step on the locked article for an editor of its center: `step` returns the new state
 * (and may add a version), the audit entry records the state before and after.
 */
async function changeArticle(
  db: Database,
  actor: Actor | null,
  id: string,
  action: string,
  step: (tx: Queryable, article: ArticleRow, editor: Actor) => Promise<Partial<ArticleRow>>,
): Promise<ArticleRow> {
  // Checked once, under the lock: a refusal or a missing article rolls the transaction back.
  return db.transaction(async (tx) => {
    const before = await lockArticle(tx, id);
    if (!before) throw new NotFoundError('article');
    const editor = requireArticleEditor(actor, before.centerId);
    const after: ArticleRow = { ...before, ...(await step(tx, before, editor)) };
    await updateArticleState(tx, id, after);
    await recordAudit(tx, {
      actorUserId: editor.userId,
      centerId: before.centerId,
      action,
      entityType: 'knowledge_article',
      entityId: id,
      before: { status: before.status, latestVersion: before.latestVersion, publishedVersion: before.publishedVersion },
      after: { status: after.status, latestVersion: after.latestVersion, publishedVersion: after.publishedVersion },
    });
    return after;
  });
}

/** Saves edited content as the next version; the working copy is a draft again (the published version stays public). */
export function editArticle(db: Database, actor: Actor | null, id: string, input: unknown, baseVersion: number): Promise<ArticleRow> {
  return changeArticle(db, actor, id, 'update', async (tx, article, editor) => {
    // Read after the editor check: someone who may not edit learns nothing from the form's errors.
    const content: ArticleContent = parseFormOrThrow(articleContentSchema, input);
    if (article.latestVersion !== baseVersion) throw new ArticleChangedError(article.latestVersion);
    await checkReviewer(tx, article.centerId, content.reviewerUserId, (await findVersion(tx, id, article.latestVersion))?.reviewerUserId);
    const version = article.latestVersion + 1;
    await insertVersion(tx, id, version, content, editor.userId);
    return { latestVersion: version, status: 'draft' };
  });
}

/** One click: an earlier version's content saved again as the next version (nothing in between is lost). */
export function restoreVersion(db: Database, actor: Actor | null, id: string, version: number, baseVersion: number): Promise<ArticleRow> {
  return changeArticle(db, actor, id, 'restore', async (tx, article, editor) => {
    if (article.latestVersion !== baseVersion) throw new ArticleChangedError(article.latestVersion);
    const earlier = await findVersion(tx, id, version);
    if (!earlier || version === article.latestVersion) throw new NotFoundError('article version');
    const next = article.latestVersion + 1;
    await insertVersion(tx, id, next, earlier, editor.userId, version);
    return { latestVersion: next, status: 'draft' };
  });
}

/** The working copy goes to review (from draft). */
export function submitForReview(db: Database, actor: Actor | null, id: string): Promise<ArticleRow> {
  return changeArticle(db, actor, id, 'submit', async (_tx, article) => {
    if (article.status !== 'draft') throw new ArticleStatusError(article.status);
    return { status: 'review' };
  });
}

/** A reviewed working copy becomes the public version. */
export function publishArticle(db: Database, actor: Actor | null, id: string, now = new Date()): Promise<ArticleRow> {
  return changeArticle(db, actor, id, 'publish', async (_tx, article) => {
    if (article.status !== 'review') throw new ArticleStatusError(article.status);
    return { status: 'published', publishedVersion: article.latestVersion, publishedAt: now };
  });
}

/** Takes the article off the public site; its versions stay, and it can be reviewed and published again. */
export function withdrawArticle(db: Database, actor: Actor | null, id: string): Promise<ArticleRow> {
  return changeArticle(db, actor, id, 'withdraw', async (_tx, article) => {
    if (article.publishedVersion === null) throw new ArticleStatusError(article.status);
    return { status: 'draft', publishedVersion: null, publishedAt: null };
  });
}

/** The article with its working copy, for an editor of its center. */
export async function getArticleForEditing(db: Queryable, actor: Actor | null, id: string): Promise<{ article: ArticleRow; content: VersionRow }> {
  const article = await loadArticle(db, id);
  requireArticleEditor(actor, article.centerId);
  const content = await findVersion(db, id, article.latestVersion);
  if (!content) throw new NotFoundError('article version');
  return { article, content };
}

/** Every version of the article, newest first, for an editor of its center. */
export async function listArticleVersions(db: Queryable, actor: Actor | null, id: string): Promise<VersionListRow[]> {
  requireArticleEditor(actor, (await loadArticle(db, id)).centerId);
  return findVersionList(db, id);
}

/** Two versions of an article side by side (for the differences), for an editor of its center. */
export async function getVersionPair(db: Queryable, actor: Actor | null, id: string, older: number, newer: number): Promise<[VersionRow, VersionRow]> {
  requireArticleEditor(actor, (await loadArticle(db, id)).centerId);
  const [a, b] = await Promise.all([findVersion(db, id, older), findVersion(db, id, newer)]);
  if (!a || !b) throw new NotFoundError('article version');
  return [a, b];
}

/** One saved version of an article, for an editor of its center. */
export async function getArticleVersion(db: Queryable, actor: Actor | null, id: string, version: number): Promise<VersionRow> {
  requireArticleEditor(actor, (await loadArticle(db, id)).centerId);
  const found = await findVersion(db, id, version);
  if (!found) throw new NotFoundError('article version');
  return found;
}

/** What the public reads at /knowledge/:slug: only a published version, for anyone, with its center's name when it is a local article. */
export async function getPublishedArticle(db: Queryable, slug: string): Promise<{ article: ArticleRow; content: VersionRow; centerName: string | null }> {
  const found = await findPublishedBySlug(db, slug);
  if (!found) throw new NotFoundError('article');
  return found;
}
