import { sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';

/** Names for the keys approvedHoursBy groups by: settlements (place ids) and causes (slugs). */
export type SettlementName = { placeId: number; name: string; county: string; sortKey: string };
export type CauseName = { slug: string; nameHu: string; nameEn: string };

export async function findSettlementNames(db: Queryable, placeIds: readonly number[]): Promise<SettlementName[]> {
  if (!placeIds.length) return [];
  return queryRows<SettlementName>(
    db,
    sql`select id as "placeId", name, county, sort_key as "sortKey" from places
        where id = any(${arrayParam(placeIds.map(String), 'text')}::int[]) order by sort_key collate "C"`,
  );
}

export async function findCauseNames(db: Queryable, slugs: readonly string[]): Promise<CauseName[]> {
  if (!slugs.length) return [];
  return queryRows<CauseName>(db, sql`select slug, name_hu as "nameHu", name_en as "nameEn" from causes where slug = any(${arrayParam(slugs, 'text')})`);
}

/** The centers by name (sort key, Hungarian collation): for a national roll-up. */
export async function findCenterNames(db: Queryable): Promise<{ id: string; name: string }[]> {
  return queryRows<{ id: string; name: string }>(db, sql`select id, name from centers order by sort_key collate "C", id`);
}
