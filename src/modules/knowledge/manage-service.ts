import type { Queryable } from '../../db/database.js';
import { type Actor, can, centersVisibleTo, isNationalAdmin, requirePermission } from '../../platform/authz.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import {
  type ArticleReach,
  countArticlesInReview,
  countManagedArticles,
  findCenterChoices,
  findCenterName,
  findManagedArticles,
  findReviewerCandidates,
  type ManagedArticleRow,
  type ReviewerRow,
} from './manage-repo.js';
import type { ArticleRow, VersionRow } from './repo.js';
import type { ManagedArticleFilter, ManagedArticleSort } from './schema.js';
import { getArticleForEditing } from './service.js';

/**
 * What the knowledge base's editors see (issue 14): the articles they may write — their centers'
 * local articles, and for national admins the national ones and every center's — and the choices
 * their forms offer. Writing goes through service.ts.
 */

export type { ManagedArticleRow, ReviewerRow };

/** The local articles of the centers where the actor writes, or every article for a national admin. */
function reachOf(actor: Actor): ArticleReach {
  return centersVisibleTo(actor, 'knowledge.edit');
}

export async function listManagedArticles(
  db: Queryable,
  actor: Actor | null,
  filter: ManagedArticleFilter,
  params: ListParams<ManagedArticleSort>,
): Promise<Page<ManagedArticleRow>> {
  const a = requirePermission(actor, 'knowledge.edit');
  const reach = reachOf(a);
  const found = await findManagedArticles(db, reach, filter, params, { limit: params.pageSize, offset: offsetOf(params) });
  // Counted with the page; only a page past the end asks again.
  const total = found.total ?? (params.page > 1 ? await countManagedArticles(db, reach, filter) : 0);
  return pageOf(found.rows, total, params);
}

/** The whole filtered list in the on-screen order, for CSV/XLSX. */
export async function exportManagedArticles(
  db: Queryable,
  actor: Actor | null,
  filter: ManagedArticleFilter,
  order: Pick<ListParams<ManagedArticleSort>, 'sort' | 'dir'>,
): Promise<ManagedArticleRow[]> {
  const a = requirePermission(actor, 'knowledge.edit');
  return (await findManagedArticles(db, reachOf(a), filter, order, { limit: maxExportRows, offset: 0 })).rows;
}

/** Articles waiting in review that the actor may publish (the dashboard's next step); 0 for those who write none. */
export async function countArticlesAwaitingReview(db: Queryable, actor: Actor | null): Promise<number> {
  if (!can(actor, 'knowledge.edit')) return 0;
  return countArticlesInReview(db, reachOf(actor as Actor));
}

/** Where the actor writes: national articles (national admins) and these centers' local ones. */
export type WritingPlaces = { national: boolean; centers: { id: string; name: string }[] };

export async function writingPlaces(db: Queryable, actor: Actor | null): Promise<WritingPlaces> {
  const a = requirePermission(actor, 'knowledge.edit');
  return { national: isNationalAdmin(a), centers: await findCenterChoices(db, reachOf(a)) };
}

/**
 * Who may be named the reviewer: the editors of the article's center and the national admins (a
 * national article: national admins only). For a new article, the editors of every center the actor
 * writes for, each with their center (the service checks the one chosen).
 */
export async function reviewerChoices(db: Queryable, actor: Actor | null, article?: Pick<ArticleRow, 'centerId'>): Promise<ReviewerRow[]> {
  const a = requirePermission(actor, 'knowledge.edit');
  if (!article) return findReviewerCandidates(db, reachOf(a));
  return findReviewerCandidates(db, article.centerId === null ? [] : [article.centerId]);
}

export type ArticleOverview = { article: ArticleRow; content: VersionRow; centerName: string | null };

/** The article and its working copy, with its center's name, for an editor of its center. */
export async function getArticleOverview(db: Queryable, actor: Actor | null, id: string): Promise<ArticleOverview> {
  const { article, content } = await getArticleForEditing(db, actor, id);
  const centerName = article.centerId === null ? null : ((await findCenterName(db, article.centerId)) ?? null);
  return { article, content, centerName };
}
