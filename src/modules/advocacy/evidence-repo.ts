import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';

/** Lists the evidence pack's form offers and its tables name (reference data, no tenant). */
export type DistrictChoice = { district: string; county: string };
export type CauseName = { slug: string; nameHu: string; nameEn: string; active: boolean };

/** Every district (járás) with its county; the Budapest summary row is left out. Unordered. */
export async function findDistricts(db: Queryable): Promise<DistrictChoice[]> {
  return queryRows<DistrictChoice>(db, sql`select distinct district, county from places where district is not null and district <> '' and not is_summary`);
}

/** Every cause, also retired ones: old hours still carry their slug. */
export async function findCauseNames(db: Queryable): Promise<CauseName[]> {
  return queryRows<CauseName>(db, sql`select slug, name_hu as "nameHu", name_en as "nameEn", active from causes order by position, slug`);
}
