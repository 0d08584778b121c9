import { z } from 'zod';

/** Page, page size and sort of a list, read from the query string; bad values fall back to defaults. */
export type ListParams<S extends string> = { page: number; pageSize: number; sort: S; dir: 'asc' | 'desc' };

const pageNumber = z.coerce.number().int().min(1).max(100_000);
const pageSizeNumber = z.coerce.number().int().min(5).max(200);
const direction = z.enum(['asc', 'desc']);

/** The value when `schema` accepts it, else the fallback (schemas are built once: building one costs more than parsing). */
function valueOr<T>(schema: z.ZodType<T>, input: unknown, fallback: T): T {
  const parsed = schema.safeParse(input);
  return parsed.success ? parsed.data : fallback;
}

/** One enum schema per list of sortable columns (the lists are written in the code: a few dozen). */
const sortSchemas = new Map<string, z.ZodType<string>>();

function sortSchemaOf<S extends string>(sortable: readonly [S, ...S[]]): z.ZodType<S> {
  const key = JSON.stringify(sortable);
  let schema = sortSchemas.get(key);
  if (!schema) {
    schema = z.enum(sortable);
    sortSchemas.set(key, schema);
  }
  return schema as z.ZodType<S>;
}

export function parseListParams<S extends string>(
  query: unknown,
  sortable: readonly [S, ...S[]],
  defaults: { sort: S; dir?: 'asc' | 'desc'; pageSize?: number },
): ListParams<S> {
  const q = (query ?? {}) as Record<string, unknown>;
  const defaultPageSize = defaults.pageSize ?? 25;
  return {
    page: valueOr(pageNumber, q.page, 1),
    pageSize: valueOr(pageSizeNumber, q.pageSize ?? defaultPageSize, defaultPageSize),
    sort: valueOr(sortSchemaOf(sortable), q.sort, defaults.sort),
    dir: valueOr(direction, q.dir, defaults.dir ?? 'asc'),
  };
}

export type Page<T> = {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  /** More than `total` matched: the list was counted only up to a cap (countUpTo) and says "more than". */
  totalCapped?: boolean;
  /**
   * Keyset paging: the `after` cursor of the next page and the `before` cursor of the previous one
   * (absent where there is none). A list that has them pages by key, not by offset.
   */
  cursors?: { next?: string; previous?: string };
};

/** `?after=` or `?before=`: the row key a keyset page starts after or ends before. */
export type KeysetCursor = { after?: string; before?: string };

const cursorText = z.string().max(100).optional().catch(undefined);

/** The keyset cursor of the query (only one direction at a time; `before` wins). */
export function parseKeysetCursor(query: unknown): KeysetCursor {
  const q = (query ?? {}) as Record<string, unknown>;
  const before = cursorText.parse(q.before);
  return before ? { before } : { after: cursorText.parse(q.after) };
}

export function pageOf<T>(items: T[], total: number, params: { page: number; pageSize: number }): Page<T> {
  return { items, total, page: params.page, pageSize: params.pageSize, pages: Math.max(1, Math.ceil(total / params.pageSize)) };
}

/**
 * A page of a list counted up to `cap` + 1 (countUpTo): a national list (a million accounts, an
 * audit trail) is not counted whole on every page; beyond the cap it shows "more than 10 000".
 */
export function cappedPageOf<T>(items: T[], counted: number, cap: number, params: { page: number; pageSize: number }): Page<T> {
  return { ...pageOf(items, Math.min(counted, cap), params), totalCapped: counted > cap };
}

export function offsetOf(params: { page: number; pageSize: number }): number {
  return (params.page - 1) * params.pageSize;
}
