import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { distanceFrom } from '../search/repo.js';
import type { IkszHostSort } from './schema.js';

/** One IKSZ-eligible published opportunity with its host, as the county list shows it. */
export type IkszHostRow = {
  opportunityId: string;
  title: string;
  areas: string[];
  organizationId: string;
  organizationName: string;
  placeName: string | null;
  county: string | null;
  /** Kilometres from the chosen school (null without one, or without coordinates). */
  distanceKm: number | null;
};

export type IkszHostFilter = { county?: string; area?: string; from?: { lat: number; lon: number; km: number } };

const fromClause = sql`from opportunities o
  join organizations org on org.id = o.organization_id
  left join places pl on pl.id = o.place_id
  left join places opl on opl.id = org.place_id`;

function whereOf(f: IkszHostFilter): SQL {
  const c: SQL[] = [sql`o.iksz_eligible and o.status = 'published' and org.status = 'approved'`];
  if (f.county) c.push(sql`coalesce(pl.county, opl.county) = ${f.county}`);
  if (f.area) c.push(sql`${f.area}::text = any(o.iksz_areas)`);
  if (f.from) c.push(sql`o.lat is not null and o.lon is not null and ${distanceFrom(f.from)} <= ${f.from.km}::float8`);
  return sql.join(c, sql` and `);
}

function orderOf(sort: IkszHostSort, dir: 'asc' | 'desc', f: IkszHostFilter): SQL {
  const d = dir === 'desc' ? sql`desc` : sql`asc`;
  const tail = sql`org.sort_key collate "C", o.title, o.id`;
  if (sort === 'distance' && f.from) return sql`${distanceFrom(f.from)} ${d}, ${tail}`;
  if (sort === 'title') return sql`o.title ${d}, ${tail}`;
  return sql`org.sort_key collate "C" ${d}, o.title, o.id`;
}

export function findIkszHosts(db: Queryable, f: IkszHostFilter, order: { sort: IkszHostSort; dir: 'asc' | 'desc' }, page: { limit: number; offset: number }) {
  const distance = f.from ? sql`${distanceFrom(f.from)}::float8` : sql`null::float8`;
  return queryRows<IkszHostRow>(
    db,
    sql`select o.id as "opportunityId", o.title, o.iksz_areas as areas, org.id as "organizationId", org.name as "organizationName",
          coalesce(pl.name, opl.name) as "placeName", coalesce(pl.county, opl.county) as county, ${distance} as "distanceKm"
        ${fromClause} where ${whereOf(f)} order by ${orderOf(order.sort, order.dir, f)}
        limit ${page.limit} offset ${page.offset}`,
  );
}

export async function countIkszHosts(db: Queryable, f: IkszHostFilter): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n ${fromClause} where ${whereOf(f)}`);
  return row?.n ?? 0;
}

/** The counties of Hungary (and Budapest) as the places table names them, in Hungarian order. */
export async function findCounties(db: Queryable): Promise<string[]> {
  const rows = await queryRows<{ county: string }>(db, sql`select distinct county from places`);
  return rows.map((r) => r.county);
}

export type SchoolChoice = { id: string; name: string; placeName: string; lat: number; lon: number };

/** Schools to measure distance from: those of the county when one is chosen, else every one (capped). */
export function findSchoolChoices(db: Queryable, county: string | undefined): Promise<SchoolChoice[]> {
  const where = county ? sql`where p.county = ${county}` : sql``;
  return queryRows<SchoolChoice>(
    db,
    sql`select s.id, s.name, p.name as "placeName", p.lat, p.lon from schools s join places p on p.id = s.place_id ${where}
        order by s.sort_key collate "C", s.id limit 1000`,
  );
}

export async function findSchoolPlace(db: Queryable, schoolId: string): Promise<SchoolChoice | undefined> {
  const [row] = await queryRows<SchoolChoice>(
    db,
    sql`select s.id, s.name, p.name as "placeName", p.lat, p.lon from schools s join places p on p.id = s.place_id where s.id = ${schoolId}`,
  );
  return row;
}
