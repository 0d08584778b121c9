import { and, desc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { centers, knowledgeArticles, knowledgeArticleVersions, users } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import type { ArticleContent, KnowledgeKind, KnowledgeStatus } from './schema.js';

export type ArticleRow = {
  id: string;
  centerId: string | null;
  slug: string;
  kind: KnowledgeKind;
  status: KnowledgeStatus;
  latestVersion: number;
  publishedVersion: number | null;
  publishedAt: Date | null;
};

export type VersionRow = ArticleContent & { version: number; editedBy: string | null; editedAt: Date; restoredFrom: number | null };

const articleColumns = {
  id: knowledgeArticles.id,
  centerId: knowledgeArticles.centerId,
  slug: knowledgeArticles.slug,
  kind: knowledgeArticles.kind,
  status: knowledgeArticles.status,
  latestVersion: knowledgeArticles.latestVersion,
  publishedVersion: knowledgeArticles.publishedVersion,
  publishedAt: knowledgeArticles.publishedAt,
};

const versionColumns = {
  version: knowledgeArticleVersions.version,
  title: knowledgeArticleVersions.title,
  summary: knowledgeArticleVersions.summary,
  body: knowledgeArticleVersions.body,
  category: knowledgeArticleVersions.category,
  audiences: knowledgeArticleVersions.audiences,
  sources: knowledgeArticleVersions.sources,
  lastCheckedOn: knowledgeArticleVersions.lastCheckedOn,
  reviewerUserId: knowledgeArticleVersions.reviewerUserId,
  editedBy: knowledgeArticleVersions.editedBy,
  editedAt: knowledgeArticleVersions.editedAt,
  restoredFrom: knowledgeArticleVersions.restoredFrom,
};

/** Stored as text; the schema's checks keep them to these values. */
const asArticle = (row: Omit<ArticleRow, 'kind' | 'status'> & { kind: string; status: string }): ArticleRow => row as ArticleRow;

function asVersion(row: Record<keyof typeof versionColumns, unknown>): VersionRow {
  const r = row as VersionRow & { lastCheckedOn: string | null; reviewerUserId: string | null };
  return { ...r, lastCheckedOn: r.lastCheckedOn ?? undefined, reviewerUserId: r.reviewerUserId ?? undefined };
}

export async function insertArticle(
  db: Queryable,
  values: { centerId: string | null; slug: string; kind: KnowledgeKind; createdBy: string },
): Promise<ArticleRow> {
  const [row] = await db.insert(knowledgeArticles).values(values).returning(articleColumns);
  return asArticle(row as NonNullable<typeof row>);
}

export async function insertVersion(
  db: Queryable,
  articleId: string,
  version: number,
  content: ArticleContent,
  /** Who saved it; null for the starter articles the product ships with. */
  editedBy: string | null,
  restoredFrom: number | null = null,
): Promise<void> {
  await db.insert(knowledgeArticleVersions).values({
    articleId,
    version,
    title: content.title,
    sortKey: hungarianSortKey(content.title),
    summary: content.summary,
    body: content.body,
    category: content.category,
    audiences: content.audiences,
    sources: content.sources,
    lastCheckedOn: content.lastCheckedOn ?? null,
    reviewerUserId: content.reviewerUserId ?? null,
    editedBy,
    restoredFrom,
  });
}

export async function findArticle(db: Queryable, id: string): Promise<ArticleRow | undefined> {
  const [row] = await db.select(articleColumns).from(knowledgeArticles).where(eq(knowledgeArticles.id, id));
  return row && asArticle(row);
}

/** The article, locked until the transaction ends: two saves of one article take turns. */
export async function lockArticle(tx: Queryable, id: string): Promise<ArticleRow | undefined> {
  const [row] = await tx.select(articleColumns).from(knowledgeArticles).where(eq(knowledgeArticles.id, id)).for('update');
  return row && asArticle(row);
}

export async function updateArticleState(
  tx: Queryable,
  id: string,
  state: Pick<ArticleRow, 'status' | 'latestVersion' | 'publishedVersion' | 'publishedAt'>,
): Promise<void> {
  await tx
    .update(knowledgeArticles)
    .set({ ...state, updatedAt: sql`now()` })
    .where(eq(knowledgeArticles.id, id));
}

export async function findVersion(db: Queryable, articleId: string, version: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select(versionColumns)
    .from(knowledgeArticleVersions)
    .where(and(eq(knowledgeArticleVersions.articleId, articleId), eq(knowledgeArticleVersions.version, version)));
  return row && asVersion(row);
}

export type VersionListRow = {
  version: number;
  title: string;
  editedAt: Date;
  editorFamilyName: string | null;
  editorGivenName: string | null;
  restoredFrom: number | null;
};

/** Every saved version of an article, newest first, with who saved it. */
export function findVersionList(db: Queryable, articleId: string): Promise<VersionListRow[]> {
  return db
    .select({
      version: knowledgeArticleVersions.version,
      title: knowledgeArticleVersions.title,
      editedAt: knowledgeArticleVersions.editedAt,
      editorFamilyName: users.familyName,
      editorGivenName: users.givenName,
      restoredFrom: knowledgeArticleVersions.restoredFrom,
    })
    .from(knowledgeArticleVersions)
    .leftJoin(users, eq(users.id, knowledgeArticleVersions.editedBy))
    .where(eq(knowledgeArticleVersions.articleId, articleId))
    .orderBy(desc(knowledgeArticleVersions.version));
}

/** A published article by its address: the article, the content of its published version, and the name of its center (local articles). */
export async function findPublishedBySlug(
  db: Queryable,
  slug: string,
): Promise<{ article: ArticleRow; content: VersionRow; centerName: string | null } | undefined> {
  const [row] = await db
    .select({ article: articleColumns, content: versionColumns, centerName: centers.name })
    .from(knowledgeArticles)
    .innerJoin(
      knowledgeArticleVersions,
      and(eq(knowledgeArticleVersions.articleId, knowledgeArticles.id), eq(knowledgeArticleVersions.version, knowledgeArticles.publishedVersion)),
    )
    .leftJoin(centers, eq(centers.id, knowledgeArticles.centerId))
    .where(eq(knowledgeArticles.slug, slug));
  return row && { article: asArticle(row.article), content: asVersion(row.content), centerName: row.centerName };
}
