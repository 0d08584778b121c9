import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import type { KnowledgeAudience, KnowledgeCategory, KnowledgeKind } from './schema.js';

/**
 * The public side of the knowledge base: only ever an article's published version. A text query
 * is a prefix tsquery for the accent-insensitive Hungarian configuration (search/text-query.ts).
 */
export type PublicFilter = {
  tsQuery?: string;
  category?: KnowledgeCategory;
  audience?: KnowledgeAudience;
  kind?: KnowledgeKind;
  /** The national articles and this center's local ones (no other center's). */
  centerId?: string;
};

export type PublicArticleRow = {
  slug: string;
  kind: KnowledgeKind;
  title: string;
  summary: string;
  category: KnowledgeCategory;
  audiences: KnowledgeAudience[];
  /** The center whose local article it is; null for a national article. */
  centerId: string | null;
  centerName: string | null;
  /** Where the query matched, with the matches between \u0001 and \u0002 (the view marks them). */
  snippet: string | null;
};

/** Marks around a match in a snippet: control characters. The view escapes the text and turns only these into <mark>. */
export const matchStart = '\u0001';
export const matchEnd = '\u0002';

const published = sql`from knowledge_articles a
  join knowledge_article_versions v on v.article_id = a.id and v.version = a.published_version`;

function whereOf(f: PublicFilter): SQL {
  const c: SQL[] = [sql`a.published_version is not null`];
  if (f.tsQuery) c.push(sql`v.search @@ to_tsquery('hu_unaccent', ${f.tsQuery})`);
  if (f.category) c.push(sql`v.category = ${f.category}`);
  if (f.audience) c.push(sql`${f.audience} = any(v.audiences)`);
  if (f.kind) c.push(sql`a.kind = ${f.kind}`);
  if (f.centerId) c.push(sql`(a.center_id is null or a.center_id = ${f.centerId})`);
  return sql.join(c, sql` and `);
}

/** The body without its Markdown marks and link targets, for the snippet. */
const plainBody = sql`regexp_replace(regexp_replace(v.body, '\\]\\([^)]*\\)', ']', 'g'), '[#*_>\`\\[\\]]+', ' ', 'g')`;

/**
 * One page of matches and, on every row, how many there are in all (`count(*) over ()`: one pass
 * over the matches instead of a second query). A page past the end has no row to carry the total.
 */
export async function findPublicArticles(
  db: Queryable,
  f: PublicFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: PublicArticleRow[]; total: number | undefined }> {
  const query = f.tsQuery ? sql`to_tsquery('hu_unaccent', ${f.tsQuery})` : undefined;
  const snippet = query
    ? sql`ts_headline('hu_unaccent', v.summary || ' ' || ${plainBody}, ${query}, ${`StartSel=${matchStart}, StopSel=${matchEnd}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`})`
    : sql`null`;
  const order = query ? sql`ts_rank(v.search, ${query}) desc, v.sort_key collate "C", a.id` : sql`v.sort_key collate "C", a.id`;
  const rows = await queryRows<PublicArticleRow & { total: number | string }>(
    db,
    sql`select a.slug, a.kind, v.title, v.summary, v.category, v.audiences, a.center_id as "centerId", c.name as "centerName", ${snippet} as snippet, count(*) over () as total
        ${published} left join centers c on c.id = a.center_id
        where ${whereOf(f)}
        order by ${order} limit ${page.limit} offset ${page.offset}`,
  );
  const total = rows[0] === undefined ? undefined : Number(rows[0].total);
  return { rows: rows.map(({ total: _total, ...row }) => row), total };
}

export async function countPublicArticles(db: Queryable, f: PublicFilter): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(db, sql`select count(*) as n ${published} where ${whereOf(f)}`);
  return Number(row?.n ?? 0);
}

/**
 * Words of the published titles and summaries that look like `term` (trigram similarity of the
 * accent-free forms), most similar first: "Erre gondoltál: …" when a search finds nothing.
 */
export async function findSimilarWords(db: Queryable, term: string, limit: number): Promise<string[]> {
  const folded = sql`search_fold(${term}::text)`;
  const rows = await queryRows<{ word: string }>(
    db,
    sql`select w.token as word ${published}
        cross join lateral ts_parse('default', v.title || ' ' || v.summary) w
        where a.published_version is not null and w.tokid in (1, 2, 10, 11) and length(w.token) >= 3
          and similarity(search_fold(w.token), ${folded}) >= 0.3
        group by w.token
        order by max(similarity(search_fold(w.token), ${folded})) desc, w.token
        limit ${limit}`,
  );
  return rows.map((r) => r.word);
}

/** The centers that have a published local article, in Hungarian order (the public center filter). */
export function findCentersWithLocalArticles(db: Queryable): Promise<{ id: string; name: string }[]> {
  return queryRows<{ id: string; name: string }>(
    db,
    sql`select c.id, c.name from centers c
        where exists (select 1 from knowledge_articles a where a.center_id = c.id and a.published_version is not null)
        order by c.sort_key collate "C", c.id`,
  );
}
