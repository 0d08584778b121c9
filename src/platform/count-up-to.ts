import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../db/database.js';

/** Lists count their matches up to this many; beyond it a page says "more than 10 000". */
export const listCountCap = 10_000;

/**
 * The rows of `fromWhere` (a "from … where …" clause) counted up to `cap` + 1: the count stops
 * reading there, so a broad filter over a national table costs as much as a narrow one.
 */
export async function countUpTo(db: Queryable, fromWhere: SQL, cap = listCountCap): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(db, sql`select count(*) as n from (select 1 ${fromWhere} limit ${cap + 1}) capped`);
  return Number(row?.n ?? 0);
}
