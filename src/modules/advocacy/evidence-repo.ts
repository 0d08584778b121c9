import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';

/** The causes the evidence pack's form offers and its tables name (reference data, no tenant). */
export type CauseName = { slug: string; nameHu: string; nameEn: string; active: boolean };

/** Every cause, also retired ones: old hours still carry their slug. */
export async function findCauseNames(db: Queryable): Promise<CauseName[]> {
  return queryRows<CauseName>(db, sql`select slug, name_hu as "nameHu", name_en as "nameEn", active from causes order by position, slug`);
}
