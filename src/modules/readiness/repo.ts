import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { organizationMembers, organizationReadiness, organizations, users } from '../../db/schema/index.js';
import type { ReadinessArea } from './areas.js';
import type { ReadinessAnswers } from './gaps.js';
import type { ReadinessFilter, ReadinessSort } from './schema.js';

/** Raw queries get timestamps as text or as Date, depending on the driver: always a Date here. */
const instant = (value: Date | string | null): Date | null => (value == null ? null : new Date(value));

/** The organization a self-assessment belongs to, with its tenant. */
export type ReadinessOrganization = { id: string; name: string; centerId: string; pointId: string | null };

export async function findOrganization(db: Queryable, id: string): Promise<ReadinessOrganization | undefined> {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, centerId: organizations.centerId, pointId: organizations.pointId })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row;
}

export type AssessmentRow = {
  id: string;
  answers: Partial<ReadinessAnswers>;
  gaps: string[];
  submittedAt: Date;
  submitterFamilyName: string | null;
  submitterGivenName: string | null;
};

export async function insertAssessment(
  db: Queryable,
  values: { organizationId: string; answers: ReadinessAnswers; gaps: ReadinessArea[]; submittedBy: string; submittedAt: Date },
): Promise<{ id: string }> {
  const [row] = await db.insert(organizationReadiness).values(values).returning({ id: organizationReadiness.id });
  if (!row) throw new Error('readiness insert returned nothing');
  return row;
}

/** The organization's submissions, newest first (the first is the one that counts). */
export function findAssessments(db: Queryable, organizationId: string, limit: number): Promise<AssessmentRow[]> {
  return db
    .select({
      id: organizationReadiness.id,
      answers: organizationReadiness.answers,
      gaps: organizationReadiness.gaps,
      submittedAt: organizationReadiness.submittedAt,
      submitterFamilyName: users.familyName,
      submitterGivenName: users.givenName,
    })
    .from(organizationReadiness)
    .leftJoin(users, eq(users.id, organizationReadiness.submittedBy))
    .where(eq(organizationReadiness.organizationId, organizationId))
    .orderBy(desc(organizationReadiness.submittedAt), desc(organizationReadiness.id))
    .limit(limit);
}

/** Those of the organizations the user is a member of. */
export async function findMemberOrganizationIds(db: Queryable, userId: string, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .select({ id: organizationMembers.organizationId })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.userId, userId), inArray(organizationMembers.organizationId, organizationIds)));
  return rows.map((r) => r.id);
}

/** When each of the organizations last submitted its self-assessment (absent: never). */
export async function findLatestSubmissionDates(db: Queryable, organizationIds: string[]): Promise<Map<string, Date>> {
  if (organizationIds.length === 0) return new Map();
  const rows = await db
    .select({ organizationId: organizationReadiness.organizationId, at: sql<Date>`max(${organizationReadiness.submittedAt})`.mapWith((v) => new Date(v)) })
    .from(organizationReadiness)
    .where(inArray(organizationReadiness.organizationId, organizationIds))
    .groupBy(organizationReadiness.organizationId);
  return new Map(rows.map((r) => [r.organizationId, r.at]));
}

export type RecommendedCourseRow = {
  id: string;
  slug: string;
  title: string;
  readinessAreas: string[];
  /** The next session of the course in the organization's center, if one is scheduled. */
  nextStartsAt: Date | null;
  nextOnline: boolean | null;
  nextPlaceName: string | null;
};

/**
 * The published courses of the center and the national ones that remedy any of the areas, in
 * Hungarian order of their titles, each with its next session in the center (not cancelled).
 */
export async function findRecommendedCourses(db: Queryable, centerId: string, areas: readonly string[], now: Date): Promise<RecommendedCourseRow[]> {
  if (areas.length === 0) return [];
  const rows = await queryRows<RecommendedCourseRow>(
    db,
    sql`select c.id, c.slug, c.title, c.readiness_areas as "readinessAreas",
          s.starts_at as "nextStartsAt", s.online as "nextOnline", p.name as "nextPlaceName"
        from training_courses c
        left join lateral (
          select s.starts_at, s.online, s.place_id from training_sessions s
          where s.course_id = c.id and s.center_id = ${centerId} and s.cancelled_at is null
            and s.starts_at > ${now.toISOString()}::timestamptz
          order by s.starts_at, s.id limit 1
        ) s on true
        left join places p on p.id = s.place_id
        where c.status = 'published' and (c.center_id = ${centerId} or c.center_id is null)
          and c.readiness_areas && ${arrayParam(areas, 'text')}
        order by c.sort_key collate "C", c.id`,
  );
  return rows.map((r) => ({ ...r, nextStartsAt: instant(r.nextStartsAt) }));
}

// ---------------------------------------------------------------------------------------------------
// The center's view: every organization of the reach (not rejected) with its latest self-assessment.

/** Whose organizations: every center's, or those of the listed centers. */
export type ReadinessReach = 'all' | string[];

export type CenterReadinessRow = {
  id: string;
  name: string;
  centerName: string;
  submittedAt: Date | null;
  answers: Partial<ReadinessAnswers> | null;
  gaps: string[] | null;
};

const latestJoin = sql`
  from organizations o
  join centers c on c.id = o.center_id
  left join lateral (
    select r.submitted_at, r.answers, r.gaps from organization_readiness r
    where r.organization_id = o.id order by r.submitted_at desc, r.id desc limit 1
  ) r on true`;

function reachCondition(reach: ReadinessReach): SQL {
  if (reach === 'all') return sql`true`;
  return reach.length ? sql`o.center_id = any(${arrayParam(reach, 'uuid')})` : sql`false`;
}

function whereOf(reach: ReadinessReach, filter: Omit<ReadinessFilter, 'centerId'>): SQL {
  const conditions: SQL[] = [sql`o.status <> 'rejected'`, reachCondition(reach)];
  // Accent- and case-blind substring of the name, as in the organizations list.
  if (filter.q) conditions.push(sql`strpos(lower(unaccent(o.name)), lower(unaccent(${filter.q}))) > 0`);
  if (filter.gap) conditions.push(sql`${filter.gap} = any(r.gaps)`);
  if (filter.state === 'assessed') conditions.push(sql`r.submitted_at is not null`);
  if (filter.state === 'notAssessed') conditions.push(sql`r.submitted_at is null`);
  return sql`where ${sql.join(conditions, sql` and `)}`;
}

/** Sort keys in the "C" collation give Hungarian order on both engines (ADR 005); never-assessed count as oldest. */
function orderOf(sort: ReadinessSort, dir: 'asc' | 'desc'): SQL {
  const d = sql.raw(dir);
  const byName = sql`o.sort_key collate "C", o.id`;
  if (sort === 'date') return sql`r.submitted_at ${d} nulls ${sql.raw(dir === 'asc' ? 'first' : 'last')}, ${byName}`;
  if (sort === 'gaps') return sql`cardinality(r.gaps) ${d} nulls last, ${byName}`;
  return sql`o.sort_key collate "C" ${d}, o.id`;
}

export async function findCenterReadiness(
  db: Queryable,
  reach: ReadinessReach,
  filter: Omit<ReadinessFilter, 'centerId'>,
  order: { sort: ReadinessSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
): Promise<CenterReadinessRow[]> {
  const rows = await queryRows<CenterReadinessRow>(
    db,
    sql`select o.id, o.name, c.name as "centerName", r.submitted_at as "submittedAt", r.answers, r.gaps
        ${latestJoin} ${whereOf(reach, filter)}
        order by ${orderOf(order.sort, order.dir)}
        limit ${page.limit} offset ${page.offset}`,
  );
  return rows.map((r) => ({ ...r, submittedAt: instant(r.submittedAt) }));
}

export async function countCenterReadiness(db: Queryable, reach: ReadinessReach, filter: Omit<ReadinessFilter, 'centerId'>): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n ${latestJoin} ${whereOf(reach, filter)}`);
  return row?.n ?? 0;
}

/** The reach's figures at a glance: organizations, how many assessed, and each area's answers among the latest ones. */
export async function countAnswersPerArea(
  db: Queryable,
  reach: ReadinessReach,
): Promise<{ organizations: number; assessed: number; answers: { area: string; answer: string; n: number }[] }> {
  const where = whereOf(reach, { q: '' });
  const [totals] = await queryRows<{ organizations: number; assessed: number }>(
    db,
    sql`select count(*)::int as organizations, count(r.submitted_at)::int as assessed ${latestJoin} ${where}`,
  );
  const answers = await queryRows<{ area: string; answer: string; n: number }>(
    db,
    sql`select a.key as area, a.value as answer, count(*)::int as n
        ${latestJoin} cross join lateral jsonb_each_text(r.answers) a
        ${where} group by a.key, a.value`,
  );
  return { organizations: totals?.organizations ?? 0, assessed: totals?.assessed ?? 0, answers };
}
