import type { Queryable } from '../../db/database.js';
import type { SearchFilter } from './repo.js';
import { findSimilarWords, findUnknownTerms } from './term-suggestions-repo.js';
import { prefixTsQuery, searchTerms } from './text-query.js';

/** At most this many "Erre gondoltál: …" offers. */
const maxSuggestions = 3;

/**
 * "Erre gondoltál: …" for a text query that found nothing: the query again with its first word
 * that no published opportunity contains replaced by the closest words (pg_trgm) of the titles
 * and names the other filters and the other words still find. Nothing when every word is known
 * (then only their combination or the other filters found nothing, and a spelling offer would
 * not help). Only runs on an empty result, so its cost falls on few searches.
 */
export async function suggestSearchTexts(db: Queryable, filter: SearchFilter, text: string): Promise<string[]> {
  const terms = searchTerms(text);
  const [unknown] = await findUnknownTerms(db, terms);
  if (!unknown) return [];
  const rest = terms.filter((t) => t !== unknown);
  const narrowed: SearchFilter = { ...filter, tsQuery: prefixTsQuery(rest.join(' ')) };
  const words = await findSimilarWords(db, narrowed, unknown, maxSuggestions * 4);
  const offers: string[] = [];
  for (const word of words) {
    const lower = word.toLocaleLowerCase('hu');
    if (lower === unknown || offers.includes(lower)) continue;
    offers.push(lower);
    if (offers.length === maxSuggestions) break;
  }
  return offers.map((word) => terms.map((t) => (t === unknown ? word : t)).join(' '));
}
