import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';

/** A published program as the public list and its page show it. */
export type PublicProgramRow = {
  id: string;
  slug: string;
  name: string;
  kind: string;
  summary: string | null;
  description: string | null;
  minAge: number | null;
  centerName: string;
  centerEmail: string | null;
  centerPhone: string | null;
};

const publicSelect = sql`select p.id, p.slug, p.name, p.kind, p.summary, p.description, p.min_age as "minAge",
    c.name as "centerName", c.email as "centerEmail", c.phone as "centerPhone"
  from programs p join centers c on c.id = p.center_id`;

const publicWhere = (kind: string | undefined): SQL => (kind ? sql`p.status = 'published' and p.kind = ${kind}` : sql`p.status = 'published'`);

export function findPublicPrograms(db: Queryable, kind: string | undefined, dir: 'asc' | 'desc', page: { limit: number; offset: number }) {
  const d = dir === 'desc' ? sql`desc` : sql`asc`;
  return queryRows<PublicProgramRow>(
    db,
    sql`${publicSelect} where ${publicWhere(kind)} order by p.sort_key collate "C" ${d}, p.id limit ${page.limit} offset ${page.offset}`,
  );
}

export async function countPublicPrograms(db: Queryable, kind: string | undefined): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from programs p where ${publicWhere(kind)}`);
  return row?.n ?? 0;
}

export async function findPublicProgram(db: Queryable, slug: string): Promise<PublicProgramRow | undefined> {
  const [row] = await queryRows<PublicProgramRow>(db, sql`${publicSelect} where p.slug = ${slug} and p.status = 'published'`);
  return row;
}

/** The names of the program's partners, by kind (host organizations only while approved). */
export function findPublicPartners(db: Queryable, programId: string): Promise<{ kind: string; name: string }[]> {
  return queryRows(
    db,
    sql`select pp.partner_kind as kind, coalesce(s.name, co.name, o.name) as name
        from program_partners pp
        left join schools s on pp.partner_kind = 'school' and s.id = pp.partner_id
        left join companies co on pp.partner_kind = 'company' and co.id = pp.partner_id
        left join organizations o on pp.partner_kind = 'organization' and o.id = pp.partner_id and o.status = 'approved'
        where pp.program_id = ${programId} and coalesce(s.id, co.id, o.id) is not null
        order by pp.partner_kind, coalesce(s.sort_key, co.sort_key, o.sort_key) collate "C"`,
  );
}

/** The program's opportunities that are public (published by an approved organization), as search shows them. */
export function findPublicProgramOpportunities(
  db: Queryable,
  programId: string,
): Promise<{ id: string; title: string; organizationName: string; placeName: string | null; remote: boolean }[]> {
  return queryRows(
    db,
    sql`select o.id, o.title, org.name as "organizationName", pl.name as "placeName", o.remote
        from program_opportunities po
        join opportunities o on o.id = po.opportunity_id
        join organizations org on org.id = o.organization_id
        left join places pl on pl.id = o.place_id
        where po.program_id = ${programId} and o.status = 'published' and org.status = 'approved'
        order by org.sort_key collate "C", o.title, o.id
        limit 500`,
  );
}
