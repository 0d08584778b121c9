import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';

/**
 * How fast a host organization answers applications and referrals, in SQL. The definitions here are
 * shared with the coordinators' "waiting for the host" list (placements), so both count alike:
 *
 * - The wait starts when the application enters 'applied' or 'referred' from any other state (or is
 *   created so). Applied → referred (a coordinator passing it on) does not restart the clock; a
 *   withdrawn application the volunteer reopens starts a new wait.
 * - The first answer is the first move from 'applied' / 'referred' to 'accepted' or 'declined' after
 *   that start. Those moves are the host's (a coordinator may record them for the host, e.g. an
 *   answer given by phone); 'referred' is the coordinator's and 'withdrawn' the volunteer's.
 */
export const waitingStatuses = sql`('applied', 'referred')`;

/** The instant the current wait of application `a` began. */
export function waitStartedAt(a: SQL): SQL {
  return sql`coalesce((select max(e.at) from application_events e
    where e.application_id = ${a}.id and e.to_status in ${waitingStatuses}
      and (e.from_status is null or e.from_status not in ${waitingStatuses})), ${a}.created_at)`;
}

/** A Budapest calendar day of an instant expression, as SQL `date`. */
export function budapestDateOf(instant: SQL): SQL {
  return sql`((${instant}) at time zone 'Europe/Budapest')::date`;
}

/** Per working-day setting, the deadline of each start day in a window: (start day, n, deadline). */
export type DeadlineRow = { startDay: string; n: number; deadline: string };

/** The rows as an SQL `values` list (an empty one when there are none); shared with statistics/responsiveness-repo.ts. */
export function deadlineValues(rows: DeadlineRow[]): SQL {
  if (!rows.length) return sql`(select null::date as start_day, null::int as n, null::date as deadline where false)`;
  const values = sql.join(
    rows.map((r) => sql`(${r.startDay}::date, ${r.n}::int, ${r.deadline}::date)`),
    sql`, `,
  );
  return sql`(values ${values})`;
}

export type ResponsivenessRow = { organizationId: string; medianHours: number | null; withinShare: number | null; counted: number };

/**
 * One row per wait for a host's answer: its organization, the center's working days to answer, when
 * the wait began, and when it was first answered (accepted or declined) or otherwise closed. Shared
 * with the center reports' responsiveness (statistics/responsiveness-repo.ts).
 */
export function hostWaitsSql(where: SQL): SQL {
  return sql`
      select o.id as organization_id, a.id, c.host_response_working_days as n,
             w.started_at,
             (select min(e.at) from application_events e where e.application_id = a.id and e.at >= w.started_at
                and e.from_status in ${waitingStatuses} and e.to_status in ('accepted', 'declined')) as answered_at,
             (select min(e.at) from application_events e where e.application_id = a.id and e.at >= w.started_at
                and e.from_status in ${waitingStatuses} and e.to_status not in ${waitingStatuses}) as closed_at
      from applications a
      join opportunities op on op.id = a.opportunity_id
      join organizations o on o.id = op.organization_id
      join centers c on c.id = a.center_id
      cross join lateral (select ${waitStartedAt(sql`a`)} as started_at) w
      where ${where}`;
}

/**
 * The organizations' answers to waits that began on or after `since` (a Budapest day): the median
 * hours to the first answer (answered ones only), and the share answered by the deadline among those
 * whose outcome is known — answered, or still (or finally) unanswered after the deadline passed.
 * A wait withdrawn by the volunteer before its deadline counts for neither.
 */
function responsesSql(organizationFilter: SQL, since: string, today: string, deadlines: DeadlineRow[]): SQL {
  return sql`
    with waits as (${hostWaitsSql(organizationFilter)}
    ),
    judged as (
      select w.organization_id, w.answered_at, w.started_at,
             d.deadline,
             coalesce(${budapestDateOf(sql`coalesce(w.answered_at, w.closed_at)`)}, ${today}::date) as closed_day
      from waits w
      join ${deadlineValues(deadlines)} as d(start_day, n, deadline)
        on d.start_day = ${budapestDateOf(sql`w.started_at`)} and d.n = w.n
      where ${budapestDateOf(sql`w.started_at`)} >= ${since}::date
    )
    select organization_id as "organizationId",
      percentile_cont(0.5) within group (order by extract(epoch from answered_at - started_at) / 3600)
        filter (where answered_at is not null) as "medianHours",
      avg(case when answered_at is not null and closed_day <= deadline then 1.0 else 0.0 end)
        filter (where answered_at is not null or closed_day > deadline) as "withinShare",
      (count(*) filter (where answered_at is not null or closed_day > deadline))::int as counted
    from judged group by organization_id`;
}

/** The responsiveness of these organizations (rows only for those with something to count). */
export async function findResponsiveness(
  db: Queryable,
  organizationIds: string[],
  window: { since: string; today: string; deadlines: DeadlineRow[] },
): Promise<ResponsivenessRow[]> {
  if (!organizationIds.length) return [];
  const ids = sql.join(
    organizationIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await queryRows<ResponsivenessRow>(db, responsesSql(sql`o.id in (${ids})`, window.since, window.today, window.deadlines));
  return rows.map((r) => ({
    ...r,
    medianHours: r.medianHours == null ? null : Number(r.medianHours),
    withinShare: r.withinShare == null ? null : Number(r.withinShare),
  }));
}

/**
 * The same figures as a table to join to a list of organizations (alias `o`), for sorting the
 * coordinators' list by them: `(organization_id, "medianHours", "withinShare", counted)`.
 */
export function responsivenessTable(window: { since: string; today: string; deadlines: DeadlineRow[] }, organizationFilter: SQL): SQL {
  return sql`(${responsesSql(organizationFilter, window.since, window.today, window.deadlines)})`;
}

/** The distinct working-day settings of the centers (usually just the default). */
export async function findHostResponseSettings(db: Queryable): Promise<number[]> {
  const rows = await queryRows<{ n: number }>(db, sql`select distinct host_response_working_days as n from centers order by 1`);
  return rows.map((r) => r.n);
}
