import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';

/**
 * Whom the retention job looks at, and what it knows about them.
 *
 * Two kinds of subject:
 * - a volunteer (with a login, or a walk-in registered by staff without one);
 * - a login without a volunteer profile (signed up, never made a profile).
 *
 * A volunteer's last activity is the latest of:
 * - their login's last_active_at (login or a session used, written at most once a day), when they have one;
 * - their last placement: the latest time any of their applications was created or changed
 *   (applied, accepted, completed, ended …, from applications.updated_at and the status timeline
 *   application_events), and the latest hour entry logged or decided for them. A QR check-out logs an
 *   hour entry, so check-ins count through it; a check-in still open belongs to an open placement,
 *   which skips the person anyway;
 * - the volunteer row's creation (a walk-in never placed is counted from their registration).
 * The placement's activity counts for everyone, not only for walk-ins: a volunteer whose hours the
 * host logs is active even if they never log in.
 */
export type SubjectKind = 'volunteer' | 'account';

export type SubjectRow = {
  kind: SubjectKind;
  /** The volunteer's id, or the user's for an account without a profile. */
  id: string;
  user_id: string | null;
  center_id: string | null;
  center_name: string | null;
  family_name: string;
  given_name: string;
  email: string | null;
  locale: string;
  last_active_at: Date | string;
  first_sent_at: Date | string | null;
  second_sent_at: Date | string | null;
  /** The login's roles, comma separated ('' without any). */
  roles: string;
  memberships: number;
  open_erasure: boolean;
  open_placement: boolean;
};

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

const textList = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

const volunteerColumns = (finalStatuses: readonly string[]) => sql`
  'volunteer' as kind, v.id, v.user_id, v.center_id, c.name as center_name, v.family_name, v.given_name,
  coalesce(v.email, u.email) as email, coalesce(u.locale, 'hu') as locale,
  greatest(
    u.last_active_at, v.created_at,
    (select max(greatest(a.created_at, a.updated_at)) from applications a where a.volunteer_id = v.id),
    (select max(e.at) from application_events e join applications a on a.id = e.application_id where a.volunteer_id = v.id),
    (select max(greatest(h.created_at, h.updated_at)) from hour_entries h where h.volunteer_id = v.id)
  ) as last_active_at,
  n.first_sent_at, n.second_sent_at,
  coalesce((select string_agg(g.role, ',') from role_grants g where g.user_id = v.user_id), '') as roles,
  (select count(*) from organization_members m where m.user_id = v.user_id)::int as memberships,
  exists (select 1 from erasure_requests r where r.volunteer_id = v.id and r.status = 'requested') as open_erasure,
  exists (select 1 from applications a where a.volunteer_id = v.id and a.status not in (${textList(finalStatuses)})) as open_placement`;

const volunteerFrom = sql`
  from volunteers v
  left join users u on u.id = v.user_id
  left join centers c on c.id = v.center_id
  left join inactivity_notices n on n.volunteer_id = v.id`;

const accountColumns = sql`
  'account' as kind, u.id, u.id as user_id, null::uuid as center_id, null::text as center_name, u.family_name, u.given_name,
  u.email, u.locale, u.last_active_at, n.first_sent_at, n.second_sent_at,
  coalesce((select string_agg(g.role, ',') from role_grants g where g.user_id = u.id), '') as roles,
  (select count(*) from organization_members m where m.user_id = u.id)::int as memberships,
  false as open_erasure, false as open_placement`;

const accountFrom = sql`
  from users u
  left join inactivity_notices n on n.user_id = u.id`;

const withoutProfile = sql`not exists (select 1 from volunteers pv where pv.user_id = u.id)`;

/**
 * The cheap test that someone may be due (a warning or more), for a whole table: every part of the
 * last activity is before `cutoff` only if the latest is. The precise rule runs in code afterwards.
 */
const volunteerMayBeDue = (cutoff: Date) => sql`v.created_at < ${ts(cutoff)} and (u.id is null or u.last_active_at < ${ts(cutoff)})`;
const accountMayBeDue = (cutoff: Date) => sql`u.last_active_at < ${ts(cutoff)}`;

/** Ids of subjects that may be due, in id order after `afterId` (a job walks the tables once per run). */
export async function candidateIds(db: Queryable, kind: SubjectKind, cutoff: Date, afterId: string | null, limit: number): Promise<string[]> {
  const after = afterId ? sql`and ${kind === 'volunteer' ? sql`v.id` : sql`u.id`} > ${afterId}::uuid` : sql``;
  const query =
    kind === 'volunteer'
      ? sql`select v.id from volunteers v left join users u on u.id = v.user_id
            where v.erased_at is null and ${volunteerMayBeDue(cutoff)} ${after} order by v.id limit ${limit}`
      : sql`select u.id from users u
            where u.erased_at is null and ${withoutProfile} and ${accountMayBeDue(cutoff)} ${after} order by u.id limit ${limit}`;
  return (await queryRows<{ id: string }>(db, query)).map((r) => r.id);
}

/**
 * Locks one subject for the job's transaction; false when another process holds it (SKIP LOCKED: it
 * is that process's to handle) or when it was erased meanwhile. A volunteer's login is locked too, so
 * a login landing meanwhile waits and the facts read next stay true until the commit.
 */
export async function lockSubject(tx: Queryable, kind: SubjectKind, id: string): Promise<boolean> {
  if (kind === 'account') {
    const rows = await queryRows<{ id: string }>(tx, sql`select id from users where id = ${id} and erased_at is null for update skip locked`);
    return rows.length > 0;
  }
  const [row] = await queryRows<{ user_id: string | null }>(
    tx,
    sql`select user_id from volunteers where id = ${id} and erased_at is null for update skip locked`,
  );
  if (!row) return false;
  if (row.user_id) await tx.execute(sql`select id from users where id = ${row.user_id} for update`);
  return true;
}

/** One subject's facts (after lockSubject, inside the same transaction). */
export async function subjectFacts(db: Queryable, kind: SubjectKind, id: string, finalStatuses: readonly string[]): Promise<SubjectRow | undefined> {
  const query =
    kind === 'volunteer'
      ? sql`select ${volunteerColumns(finalStatuses)} ${volunteerFrom} where v.id = ${id} and v.erased_at is null`
      : sql`select ${accountColumns} ${accountFrom} where u.id = ${id} and u.erased_at is null and ${withoutProfile}`;
  const [row] = await queryRows<SubjectRow>(db, query);
  return row;
}

/** The centers whose volunteers a preview shows: every one (and the accounts without a profile), or these. */
export type RetentionReach = 'all' | string[];

/** Every subject that may be due in the reach, in Hungarian name order (the dry-run page filters them in code). */
export async function dueSubjects(db: Queryable, reach: RetentionReach, cutoff: Date, finalStatuses: readonly string[]): Promise<SubjectRow[]> {
  if (reach !== 'all' && reach.length === 0) return [];
  const inReach = reach === 'all' ? sql`true` : sql`v.center_id in (${textList(reach)})`;
  const volunteersDue = sql`select ${volunteerColumns(finalStatuses)}, v.sort_key ${volunteerFrom}
    where v.erased_at is null and ${inReach} and ${volunteerMayBeDue(cutoff)}`;
  const query: SQL =
    reach === 'all'
      ? sql`${volunteersDue} union all select ${accountColumns}, u.sort_key ${accountFrom}
            where u.erased_at is null and ${withoutProfile} and ${accountMayBeDue(cutoff)}`
      : volunteersDue;
  // sort_key in the "C" collation is Hungarian alphabetical order on both engines (ADR 005).
  return queryRows<SubjectRow>(db, sql`select * from (${query}) s order by s.sort_key collate "C", s.id`);
}

const noticeKey = (kind: SubjectKind) => (kind === 'volunteer' ? sql`volunteer_id` : sql`user_id`);

/** Records a first warning (a void earlier notice is replaced). */
export async function recordFirstWarning(tx: Queryable, kind: SubjectKind, id: string, at: Date): Promise<void> {
  await tx.execute(sql`delete from inactivity_notices where ${noticeKey(kind)} = ${id}`);
  await tx.execute(sql`insert into inactivity_notices (${noticeKey(kind)}, first_sent_at) values (${id}, ${ts(at)})`);
}

export async function recordSecondWarning(tx: Queryable, kind: SubjectKind, id: string, at: Date): Promise<void> {
  await tx.execute(sql`update inactivity_notices set second_sent_at = ${ts(at)} where ${noticeKey(kind)} = ${id}`);
}

/** The notice has done its job once the person is anonymised. */
export async function deleteNotice(tx: Queryable, kind: SubjectKind, id: string): Promise<void> {
  await tx.execute(sql`delete from inactivity_notices where ${noticeKey(kind)} = ${id}`);
}
