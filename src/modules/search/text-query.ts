/**
 * Turns what a visitor typed into a PostgreSQL tsquery for the `hu_unaccent` configuration.
 * Only letters and digits survive, so nothing the visitor types can reach tsquery syntax
 * (`!`, `|`, `(`, `:`), and the query is still passed as a bound parameter. Every term is a
 * prefix (`term:*`): the configuration strips accents and stems the term first, so
 * `onkentes kornyezet` matches "Önkéntes környezetvédelmi …" (see migration 0002).
 */
const maxTerms = 8;
const maxTermLength = 40;

/** The distinct search words of a query, lower-case, at most eight, each at most 40 letters. */
export function searchTerms(text: string): string[] {
  const words =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  // A one-letter prefix would match most of the table and carries no meaning of its own.
  const useful = words.filter((w) => w.length >= 2).map((w) => w.slice(0, maxTermLength));
  return [...new Set(useful)].slice(0, maxTerms);
}

/** `'onkentes:* & kornyezet:*'`, or undefined when nothing searchable was typed. */
export function prefixTsQuery(text: string): string | undefined {
  const terms = searchTerms(text);
  return terms.length ? terms.map((t) => `${t}:*`).join(' & ') : undefined;
}
