import { z } from 'zod';
import { type ListParams, parseListParams } from '../../platform/list-params.js';

/** Longest search text accepted; settlement names are far shorter. */
export const maxQueryLength = 100;

export const placeSortColumns = ['name', 'county', 'population'] as const;
export type PlaceSortColumn = (typeof placeSortColumns)[number];

export type PlaceSearch = ListParams<PlaceSortColumn> & { q: string; county: string };

/** Control characters never belong in a search; NUL would even be refused by PostgreSQL. */
export function withoutControlCharacters(text: string): string {
  return text.replace(/\p{Cc}/gu, ' ');
}

/** A free-text query parameter; anything else (missing, repeated, too long) reads as "" or is cut. */
const queryText = z
  .string()
  .catch('')
  .transform((s) => withoutControlCharacters(s).trim().slice(0, maxQueryLength));

/** The search page's query string: never rejected, bad values fall back to the defaults. */
export function parsePlaceSearch(query: unknown): PlaceSearch {
  const q = (query ?? {}) as Record<string, unknown>;
  return {
    ...parseListParams(query, placeSortColumns, { sort: 'name', pageSize: 25 }),
    q: queryText.parse(q.q),
    county: queryText.parse(q.county),
  };
}

/** GET /api/v1/places: a client error here is the caller's to fix, so it gets a 400, not a guess. */
export const placeApiQuery = z.object({
  q: z.string().transform(withoutControlCharacters).pipe(z.string().trim().min(1, 'validation.required').max(maxQueryLength)),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

/**
 * GET /places/suggest: `q`, or — when the PlaceField's input itself sends its value — the
 * parameter named by `field` (htmx sends an input's value under the input's own name).
 */
export function suggestQueryText(query: unknown): string {
  const q = (query ?? {}) as Record<string, unknown>;
  if (typeof q.q === 'string') return withoutControlCharacters(q.q.slice(0, maxQueryLength));
  const field = typeof q.field === 'string' && /^[A-Za-z][\w.-]{0,63}$/.test(q.field) ? q.field : undefined;
  const value = field ? q[field] : undefined;
  return typeof value === 'string' ? withoutControlCharacters(value.slice(0, maxQueryLength)) : '';
}

/** Place ids are positive 32-bit integers; anything else is simply not a page that exists. */
export function parsePlaceId(raw: unknown): number | undefined {
  if (typeof raw !== 'string' || !/^[1-9]\d{0,9}$/.test(raw)) return undefined;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : undefined;
}
