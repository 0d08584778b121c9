import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';

export type PlaceRow = {
  id: number;
  name: string;
  official_name: string;
  county: string;
  district: string | null;
  postal_codes: string[];
  lat: number;
  lon: number;
  population: number;
  is_summary: boolean;
};

const columns = sql.raw('id, name, official_name, county, district, postal_codes, lat, lon, population, is_summary');

/** Settlements whose name form starts with the (normalized) text, or that have the postal code. */
export async function findPlacesByPrefix(db: Queryable, normalized: string, limit: number): Promise<(PlaceRow & { exact: boolean })[]> {
  const like = `${normalized.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return queryRows(
    db,
    sql`select ${columns}, (${normalized} = any(search_keys)) as exact from places
        where exists (select 1 from unnest(search_keys) k where k like ${like})
           or exists (select 1 from unnest(postal_codes) p where p like ${like})
        order by (${normalized} = any(search_keys)) desc, population desc
        limit ${limit}`,
  );
}

export async function findPlaceById(db: Queryable, id: number): Promise<PlaceRow | undefined> {
  const [row] = await queryRows<PlaceRow>(db, sql`select ${columns} from places where id = ${id}`);
  return row;
}

/** Settlements whose name form equals the text exactly, or that have exactly this postal code. */
export async function findPlacesExactly(db: Queryable, normalized: string): Promise<PlaceRow[]> {
  return queryRows(
    db,
    sql`select ${columns} from places
        where ${normalized} = any(search_keys) or ${normalized} = any(postal_codes)
        order by is_summary, population desc limit 20`,
  );
}
