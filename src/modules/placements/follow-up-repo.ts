import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';

export const followUpSorts = ['due', 'volunteer', 'organization'] as const;
export type FollowUpSort = (typeof followUpSorts)[number];

/** Whose placements: every center ('all'), some centers, and/or some Volunteer Points. */
export type FollowUpReach = { centers: 'all' | string[]; points: string[] };

export type FollowUpRow = {
  id: string;
  status: string;
  followUpOn: string;
  volunteerFamilyName: string;
  volunteerGivenName: string;
  opportunityTitle: string;
  organizationName: string;
  noteCount: number;
  lastNote: string | null;
  lastNoteAt: Date | null;
};

/** The applications (alias `a`, with `o` its organization and `v` its volunteer) in the reach. */
export function reachCondition(reach: FollowUpReach): SQL {
  if (reach.centers === 'all') return sql`true`;
  const parts: SQL[] = [];
  if (reach.centers.length)
    parts.push(
      sql`a.center_id in (${sql.join(
        reach.centers.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  if (reach.points.length) {
    const ids = sql.join(
      reach.points.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    parts.push(sql`(o.point_id in (${ids}) or v.point_id in (${ids}))`);
  }
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

const orderBy: Record<FollowUpSort, SQL> = {
  due: sql`a.follow_up_on`,
  volunteer: sql`v.sort_key collate "C"`,
  organization: sql`o.sort_key collate "C"`,
};

const joins = sql`
  from applications a
  join volunteers v on v.id = a.volunteer_id
  join opportunities op on op.id = a.opportunity_id
  join organizations o on o.id = op.organization_id`;

const dueWhere = (reach: FollowUpReach, today: string) => sql`
  where a.status in ('accepted', 'active') and a.follow_up_on is not null and a.follow_up_on <= ${today}::date
    and ${reachCondition(reach)}`;

/** Placements whose follow-up day has come (accepted or active), with the latest note. */
export async function findDueFollowUps(
  db: Queryable,
  reach: FollowUpReach,
  today: string,
  order: { sort: FollowUpSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
): Promise<FollowUpRow[]> {
  const dir = order.dir === 'desc' ? sql`desc` : sql`asc`;
  return queryRows<FollowUpRow>(
    db,
    sql`select a.id, a.status, a.follow_up_on::text as "followUpOn",
          v.family_name as "volunteerFamilyName", v.given_name as "volunteerGivenName",
          op.title as "opportunityTitle", o.name as "organizationName",
          (select count(*)::int from placement_notes n where n.application_id = a.id) as "noteCount",
          last.text as "lastNote", last.at as "lastNoteAt"
        ${joins}
        left join lateral (select n.text, n.at from placement_notes n where n.application_id = a.id order by n.at desc, n.id desc limit 1) last on true
        ${dueWhere(reach, today)}
        order by ${orderBy[order.sort]} ${dir}, a.id
        limit ${page.limit} offset ${page.offset}`,
  );
}

export async function countDueFollowUps(db: Queryable, reach: FollowUpReach, today: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n ${joins} ${dueWhere(reach, today)}`);
  return row?.n ?? 0;
}
