import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { fromPublic, type SearchFilter, whereOf } from './repo.js';

/**
 * The search words that no published opportunity's text contains (as a prefix, after stemming
 * and accent folding): the ones worth correcting. Each is one GIN lookup.
 */
export async function findUnknownTerms(db: Queryable, terms: string[]): Promise<string[]> {
  if (terms.length === 0) return [];
  const list = sql.join(
    terms.map((t) => sql`(${t}::text, ${`${t}:*`}::text)`),
    sql`, `,
  );
  const rows = await queryRows<{ term: string }>(
    db,
    sql`select t.term from (values ${list}) as t(term, prefix)
      where numnode(to_tsquery('hu_unaccent', t.prefix)) > 0
        and not exists (select 1 ${fromPublic} where ${whereOf({ ...emptyFilter, tsQuery: undefined })}
          and o.search @@ to_tsquery('hu_unaccent', t.prefix))`,
  );
  const unknown = new Set(rows.map((r) => r.term));
  return terms.filter((t) => unknown.has(t));
}

const emptyFilter: SearchFilter = { causes: [], skills: [], remote: false, groupFriendly: false };

/**
 * The words are taken from the 50 most similar of at most 1,000 opportunities the trigram index
 * finds: a common word ("környezetvédelem" on a tenth of the country's opportunities) would
 * otherwise cost a word_similarity and a sort per matching row. A miss close to a very common word
 * still rechecks every candidate the index returns (measured on PostgreSQL: 40,000 opportunities
 * with "faültetés", "fautletes" ~0.7 s; a hit ~0.1 s); a table of distinct words would bound that.
 */
const candidateRows = 50;
const scannedRows = 1000;

/**
 * Words like `term` (trigram similarity of the accent-free forms) from the titles and the
 * cause, skill, organization and settlement names of published opportunities that the filter
 * finds, most similar first, as written there. The opportunities come from the trigram index
 * (opportunities_search_words_idx, `<%` is word_similarity over the whole text); only their
 * words are then split (ts_parse: words and the parts of hyphenated ones) and compared.
 */
export async function findSimilarWords(db: Queryable, f: SearchFilter, term: string, limit: number): Promise<string[]> {
  const folded = sql`search_fold(${term}::text)`;
  const text = sql`search_fold(o.title || ' ' || o.search_context)`;
  const rows = await queryRows<{ word: string }>(
    db,
    sql`select w.token as word from (
        select found.title, found.search_context from (
          select o.title, o.search_context, ${text} as text ${fromPublic}
          where ${whereOf(f)} and ${folded} <% ${text}
          limit ${scannedRows}
        ) found
        order by word_similarity(${folded}, found.text) desc
        limit ${candidateRows}
      ) c
      cross join lateral ts_parse('default', c.title || ' ' || c.search_context) w
      where w.tokid in (1, 2, 10, 11) and length(w.token) >= 3 and similarity(search_fold(w.token), ${folded}) >= 0.3
      group by w.token
      order by max(similarity(search_fold(w.token), ${folded})) desc, w.token
      limit ${limit}`,
  );
  return rows.map((r) => r.word);
}
