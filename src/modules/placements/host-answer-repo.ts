import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { budapestDateOf, waitingStatuses, waitStartedAt } from '../organizations/service.js';
import { type FollowUpReach, reachCondition } from './follow-up-repo.js';

/**
 * Applications and referrals the host has not answered by its deadline (host-answer-rules.ts). A
 * wait is overdue when its start day is on or before the cutoff of its center's working-day setting.
 */
export type OverdueCutoff = { n: number; cutoff: string };

export const hostAnswerSorts = ['waiting', 'volunteer', 'organization'] as const;
/** The list shows the overdue waits, or every wait still unanswered (the dashboard's count links there). */
export const hostAnswerScopes = ['overdue', 'all'] as const;
export type HostAnswerScope = (typeof hostAnswerScopes)[number];
export type HostAnswerSort = (typeof hostAnswerSorts)[number];

export type OverdueHostAnswerRow = {
  id: string;
  status: string;
  organizationId: string;
  waitingSince: Date;
  waitingSinceDay: string;
  workingDaysAllowed: number;
  volunteerFamilyName: string;
  volunteerGivenName: string;
  opportunityTitle: string;
  organizationName: string;
  hostRemindedAt: Date | null;
  hostNudgedAt: Date | null;
};

function cutoffValues(cutoffs: OverdueCutoff[]): SQL {
  if (!cutoffs.length) return sql`(select null::int as n, null::date as cutoff where false)`;
  return sql`(values ${sql.join(
    cutoffs.map((c) => sql`(${c.n}::int, ${c.cutoff}::date)`),
    sql`, `,
  )})`;
}

/** The wait of application `a` has passed its center's cutoff (`cut`, joined in overdueFrom). */
const isOverdue = sql`${budapestDateOf(sql`w.started_at`)} <= cut.cutoff`;

const overdueFrom = (cutoffs: OverdueCutoff[], scope: HostAnswerScope = 'overdue') => sql`
  from applications a
  join volunteers v on v.id = a.volunteer_id
  join opportunities op on op.id = a.opportunity_id
  join organizations o on o.id = op.organization_id
  join centers ce on ce.id = a.center_id
  cross join lateral (select ${waitStartedAt(sql`a`)} as started_at) w
  join ${cutoffValues(cutoffs)} as cut(n, cutoff) on cut.n = ce.host_response_working_days
  where a.status in ${waitingStatuses} and ${scope === 'all' ? sql`true` : isOverdue}`;

const orderBy: Record<HostAnswerSort, SQL> = {
  waiting: sql`w.started_at`,
  volunteer: sql`v.sort_key collate "C"`,
  organization: sql`o.sort_key collate "C"`,
};

export function findOverdueHostAnswers(
  db: Queryable,
  reach: FollowUpReach,
  cutoffs: OverdueCutoff[],
  order: { sort: HostAnswerSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
  scope: HostAnswerScope = 'overdue',
): Promise<OverdueHostAnswerRow[]> {
  const dir = order.dir === 'desc' ? sql`desc` : sql`asc`;
  return queryRows<OverdueHostAnswerRow>(
    db,
    sql`select a.id, a.status, o.id as "organizationId", w.started_at as "waitingSince",
          ${budapestDateOf(sql`w.started_at`)}::text as "waitingSinceDay", ce.host_response_working_days as "workingDaysAllowed",
          v.family_name as "volunteerFamilyName", v.given_name as "volunteerGivenName",
          op.title as "opportunityTitle", o.name as "organizationName",
          a.host_reminded_at as "hostRemindedAt", a.host_nudged_at as "hostNudgedAt"
        ${overdueFrom(cutoffs, scope)} and ${reachCondition(reach)}
        order by ${orderBy[order.sort]} ${dir}, a.id
        limit ${page.limit} offset ${page.offset}`,
  );
}

export async function countOverdueHostAnswers(
  db: Queryable,
  reach: FollowUpReach,
  cutoffs: OverdueCutoff[],
  scope: HostAnswerScope = 'overdue',
): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n ${overdueFrom(cutoffs, scope)} and ${reachCondition(reach)}`);
  return row?.n ?? 0;
}

/** Every unanswered wait in the reach and how many of them are overdue, in one pass. */
export async function countUnansweredAndOverdue(db: Queryable, reach: FollowUpReach, cutoffs: OverdueCutoff[]): Promise<{ waiting: number; overdue: number }> {
  const [row] = await queryRows<{ waiting: number; overdue: number }>(
    db,
    sql`select count(*)::int as waiting, (count(*) filter (where ${isOverdue}))::int as overdue
        ${overdueFrom(cutoffs, 'all')} and ${reachCondition(reach)}`,
  );
  return row ?? { waiting: 0, overdue: 0 };
}

/**
 * Overdue waits whose host has not had its one reminder yet, locked for this transaction; rows
 * another process is reminding about are skipped, so each reminder goes once.
 */
export async function claimUnremindedOverdue(tx: Queryable, cutoffs: OverdueCutoff[], limit: number): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select a.id ${overdueFrom(cutoffs)} and a.host_reminded_at is null
        order by w.started_at, a.id limit ${limit} for update of a skip locked`,
  );
  return rows.map((r) => r.id);
}

/** The current wait of one application: its start day and its center's setting (null when it does not wait). */
export async function findWaitOf(db: Queryable, applicationId: string): Promise<{ startDay: string; workingDays: number } | undefined> {
  const [row] = await queryRows<{ startDay: string; workingDays: number }>(
    db,
    sql`select ${budapestDateOf(waitStartedAt(sql`a`))}::text as "startDay", ce.host_response_working_days as "workingDays"
        from applications a join centers ce on ce.id = a.center_id
        where a.id = ${applicationId} and a.status in ${waitingStatuses}`,
  );
  return row;
}

/** Records the reminder or the nudge; not a change of the application itself, so updated_at stays. */
export async function markHostReminded(tx: Queryable, applicationId: string, kind: 'reminder' | 'nudge', at: Date): Promise<void> {
  const column = kind === 'reminder' ? sql`host_reminded_at` : sql`host_nudged_at`;
  await tx.execute(sql`update applications set ${column} = ${at} where id = ${applicationId}`);
}
