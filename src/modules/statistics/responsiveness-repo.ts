import { sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { addDays } from '../../platform/budapest-time.js';
import { addWorkingDays } from '../../platform/working-days.js';
import { type DeadlineRow, deadlineValues, hostWaitsSql } from '../organizations/host-answer-repo.js';
import { budapestDateOf, findHostResponseSettings } from '../organizations/service.js';
import { periodInstants } from './funnel-repo.js';
import type { FigureScope } from './scope.js';

/**
 * How the host organizations answered the applications and referrals of a center over a period
 * (issue 15), counted as the coordinators' "waiting for the host" list and the organizations'
 * responsiveness do (organizations/host-answer-repo.ts: when a wait starts, what an answer is). A
 * wait belongs to the period when it began on one of its Budapest days; its deadline is the start
 * day + the center's host_response_working_days working days (platform/working-days.ts). Each wait is:
 *
 * - within: answered (accepted or declined) by the end of its deadline day;
 * - late: answered after it;
 * - unanswered: not answered, and the deadline passed while it waited (still waiting today, or
 *   closed otherwise, e.g. withdrawn, after the deadline);
 * - pending: still waiting, the deadline not yet passed.
 * A wait the volunteer withdrew before its deadline counts for none. With a point, the organizations
 * of that point.
 */
export type ResponseCounts = { within: number; late: number; unanswered: number; pending: number };
export type OrganizationResponses = ResponseCounts & { organizationId: string; organizationName: string };

/** Every start day of the period × every working-day setting, with its deadline (computed here, once). */
export function periodDeadlines(from: string, to: string, settings: readonly number[]): DeadlineRow[] {
  const rows: DeadlineRow[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) for (const n of settings) rows.push({ startDay: day, n, deadline: addWorkingDays(day, n) });
  return rows;
}

/**
 * Applications whose wait may have begun in the period: a wait begins at the creation or at a step
 * (an application event), so one of them falls in the period. Read by index before the per-wait work.
 */
function startedInPeriod(period: { start: Date; end: Date }) {
  return sql`a.created_at < ${period.end} and (a.created_at >= ${period.start}
    or exists (select 1 from application_events e where e.application_id = a.id and e.at >= ${period.start} and e.at < ${period.end}))`;
}

export async function findOrganizationResponses(
  db: Queryable,
  scope: Pick<FigureScope, 'centerIds' | 'pointId' | 'from' | 'to'>,
  today: string,
): Promise<OrganizationResponses[]> {
  if (scope.centerIds !== 'all' && scope.centerIds.length === 0) return [];
  const last = scope.to < today ? scope.to : today;
  if (last < scope.from) return [];
  const deadlines = periodDeadlines(scope.from, last, await findHostResponseSettings(db));
  const tenancy = scope.centerIds === 'all' ? sql`true` : sql`a.center_id = any(${arrayParam(scope.centerIds, 'uuid')})`;
  const point = scope.pointId ? sql`o.point_id = ${scope.pointId}::uuid` : sql`true`;
  const rows = await queryRows<Record<keyof ResponseCounts, string | number> & { organizationId: string; organizationName: string; sortKey: string }>(
    db,
    sql`with waits as (${hostWaitsSql(sql`${tenancy} and ${point} and ${startedInPeriod(periodInstants({ from: scope.from, to: last }))}`)}
        ), judged as (
          select w.organization_id, d.deadline,
                 ${budapestDateOf(sql`w.answered_at`)} as answered_day,
                 ${budapestDateOf(sql`w.closed_at`)} as closed_day
          from waits w
          join ${deadlineValues(deadlines)} as d(start_day, n, deadline)
            on d.start_day = ${budapestDateOf(sql`w.started_at`)} and d.n = w.n
        )
        select j.organization_id as "organizationId", o.name as "organizationName", o.sort_key as "sortKey",
          count(*) filter (where j.answered_day <= j.deadline) as within,
          count(*) filter (where j.answered_day > j.deadline) as late,
          count(*) filter (where j.answered_day is null and coalesce(j.closed_day, ${today}::date) > j.deadline) as unanswered,
          count(*) filter (where j.answered_day is null and j.closed_day is null and ${today}::date <= j.deadline) as pending
        from judged j join organizations o on o.id = j.organization_id
        group by j.organization_id, o.name, o.sort_key
        order by o.sort_key collate "C"`,
  );
  return rows
    .map((r) => ({
      organizationId: r.organizationId,
      organizationName: r.organizationName,
      within: Number(r.within),
      late: Number(r.late),
      unanswered: Number(r.unanswered),
      pending: Number(r.pending),
    }))
    .filter((r) => r.within + r.late + r.unanswered + r.pending > 0);
}

/** The sum over organizations (the center's total row). */
export function totalResponses(rows: readonly ResponseCounts[]): ResponseCounts {
  return rows.reduce(
    (t, r) => ({ within: t.within + r.within, late: t.late + r.late, unanswered: t.unanswered + r.unanswered, pending: t.pending + r.pending }),
    { within: 0, late: 0, unanswered: 0, pending: 0 },
  );
}
