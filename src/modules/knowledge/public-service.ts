import type { Queryable } from '../../db/database.js';
import { type Page, pageOf } from '../../platform/list-params.js';
import { prefixTsQuery, searchTerms } from '../search/text-query.js';
import {
  countPublicArticles,
  findCentersWithLocalArticles,
  findPublicArticles,
  findSimilarWords,
  type PublicArticleRow,
  type PublicFilter,
} from './public-repo.js';
import { type KnowledgeCategory, type KnowledgeSearch, knowledgeCategories, knowledgeSearchSchema } from './schema.js';

/** What anyone may read of the knowledge base: published versions only, no permission needed. */

export const knowledgePageSize = 20;

export function parseKnowledgeSearch(query: unknown): KnowledgeSearch {
  return knowledgeSearchSchema.parse(query ?? {});
}

export type KnowledgeResults = { page: Page<PublicArticleRow>; search: KnowledgeSearch; suggestion?: string };

/**
 * One page of published articles and FAQ entries: by relevance for a text query (accent-insensitive
 * Hungarian stems and prefixes: `szerzodes` finds "szerződés"), else alphabetically. When a query
 * finds nothing, the words it missed are replaced by the most similar words of the published
 * titles and summaries: "Erre gondoltál: …".
 */
export async function searchKnowledge(db: Queryable, search: KnowledgeSearch): Promise<KnowledgeResults> {
  const filter: PublicFilter = {
    tsQuery: search.q ? prefixTsQuery(search.q) : undefined,
    category: search.category,
    audience: search.audience,
    centerId: search.center,
  };
  const params = { page: search.page, pageSize: knowledgePageSize };
  const found = await findPublicArticles(db, filter, { limit: knowledgePageSize, offset: (search.page - 1) * knowledgePageSize });
  const rows = found.rows;
  // Counted with the page; only a page past the end (or an empty search) asks again.
  const total = found.total ?? (search.page > 1 ? await countPublicArticles(db, filter) : 0);
  const suggestion = total === 0 && filter.tsQuery ? await suggestionFor(db, search.q) : undefined;
  return { page: pageOf(rows, total, params), search, suggestion };
}

async function suggestionFor(db: Queryable, q: string): Promise<string | undefined> {
  const terms = searchTerms(q);
  let changed = false;
  const words = await Promise.all(
    terms.map(async (term) => {
      const found = await countPublicArticles(db, { tsQuery: prefixTsQuery(term) });
      if (found > 0) return term;
      const [similar] = await findSimilarWords(db, term, 1);
      if (similar) changed = true;
      return similar ?? term;
    }),
  );
  return changed ? words.join(' ') : undefined;
}

export type FaqGroup = { category: KnowledgeCategory; entries: PublicArticleRow[] };

/** Every published FAQ entry, grouped by category in the categories' order. */
export async function faqGroups(db: Queryable): Promise<FaqGroup[]> {
  const { rows } = await findPublicArticles(db, { kind: 'faq' }, { limit: 1000, offset: 0 });
  return knowledgeCategories.map((category) => ({ category, entries: rows.filter((r) => r.category === category) })).filter((g) => g.entries.length > 0);
}

/** The centers a visitor may narrow the knowledge base to: those with a published local article. */
export function centersWithLocalArticles(db: Queryable): Promise<{ id: string; name: string }[]> {
  return findCentersWithLocalArticles(db);
}
