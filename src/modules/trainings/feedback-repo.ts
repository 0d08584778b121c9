import { eq, type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { trainingCourses, trainingFeedback, trainingRegistrations, trainingSessions, volunteers } from '../../db/schema/index.js';
import type { ListParams } from '../../platform/list-params.js';
import { withDates } from './attendance-repo.js';
import type { CommentFilter, FeedbackGrouping, FeedbackSummarySort } from './feedback-schema.js';

/** A registration as the feedback form needs it: whose it is, what it was, and whether feedback was given. */
export type FeedbackTarget = {
  registrationId: string;
  sessionId: string;
  centerId: string;
  status: string;
  participantUserId: string | null;
  courseTitle: string;
  trainerName: string;
  startsAt: Date;
  feedbackId: string | null;
};

export async function findFeedbackTarget(db: Queryable, registrationId: string): Promise<FeedbackTarget | undefined> {
  const [row] = await db
    .select({
      registrationId: trainingRegistrations.id,
      sessionId: trainingRegistrations.sessionId,
      centerId: trainingSessions.centerId,
      status: trainingRegistrations.status,
      participantUserId: sql<string | null>`coalesce(${trainingRegistrations.userId}, ${volunteers.userId})`,
      courseTitle: trainingCourses.title,
      trainerName: trainingSessions.trainerName,
      startsAt: trainingSessions.startsAt,
      feedbackId: trainingFeedback.id,
    })
    .from(trainingRegistrations)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingRegistrations.sessionId))
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .leftJoin(volunteers, eq(volunteers.id, trainingRegistrations.volunteerId))
    .leftJoin(trainingFeedback, eq(trainingFeedback.registrationId, trainingRegistrations.id))
    .where(eq(trainingRegistrations.id, registrationId));
  return row;
}

export type FeedbackRow = typeof trainingFeedback.$inferSelect;

/** The one feedback of a registration; undefined when it was already given (the unique index decides). */
export async function insertFeedback(tx: Queryable, values: typeof trainingFeedback.$inferInsert): Promise<FeedbackRow | undefined> {
  const [row] = await tx.insert(trainingFeedback).values(values).onConflictDoNothing().returning();
  return row;
}

/** The sessions of these centers ('all': every center). */
function centerCondition(centers: 'all' | string[]): SQL {
  return centers === 'all' ? sql`true` : sql`s.center_id = any(${arrayParam(centers, 'uuid')})`;
}

/** One group of the summary (a course, or a trainer by name), with the averages of its scales. */
export type FeedbackSummaryRow = {
  key: string;
  name: string;
  courseId: string | null;
  responses: number;
  comments: number;
  content: number;
  trainer: number;
  usefulness: number;
  total: number;
};

const summaryOrder: Record<FeedbackSummarySort, string> = {
  name: 'name',
  count: 'responses',
  content: 'content',
  trainer: 'trainer',
  usefulness: 'usefulness',
};

/** Averages and counts per course or per trainer, one page of groups, each row with the number of groups. */
export function feedbackSummary(
  db: Queryable,
  centers: 'all' | string[],
  grouping: FeedbackGrouping,
  params: ListParams<FeedbackSummarySort> | { sort: FeedbackSummarySort; dir: 'asc' | 'desc'; limit: number; offset: number },
): Promise<FeedbackSummaryRow[]> {
  const key = grouping === 'course' ? sql`c.id::text` : sql`s.trainer_name`;
  const name = grouping === 'course' ? sql`min(c.title)` : sql`s.trainer_name`;
  const courseId = grouping === 'course' ? sql`c.id::text` : sql`null::text`;
  const groupBy = grouping === 'course' ? sql`c.id` : sql`s.trainer_name`;
  const sortKey = grouping === 'course' ? sql`min(c.sort_key)` : sql`s.trainer_name`;
  const order = params.sort === 'name' ? sortKey : sql.raw(summaryOrder[params.sort]);
  const dir = sql.raw(params.dir === 'desc' ? 'desc' : 'asc');
  const limit = 'limit' in params ? params.limit : params.pageSize;
  const offset = 'offset' in params ? params.offset : (params.page - 1) * params.pageSize;
  return queryRows<FeedbackSummaryRow>(
    db,
    sql`select ${key} as key, ${name} as name, ${courseId} as "courseId",
               count(*)::int as responses, count(f.comment)::int as comments,
               round(avg(f.content_rating), 2)::float8 as content, round(avg(f.trainer_rating), 2)::float8 as trainer,
               round(avg(f.usefulness_rating), 2)::float8 as usefulness, (count(*) over ())::int as total
          from training_feedback f
          join training_sessions s on s.id = f.session_id
          join training_courses c on c.id = s.course_id
         where ${centerCondition(centers)}
         group by ${groupBy}
         order by ${order} ${dir}, 1
         limit ${limit} offset ${offset}`,
  );
}

/** One comment (or a response without one, when exporting all) with where it came from; no participant is named. */
export type FeedbackCommentRow = {
  id: string;
  courseTitle: string;
  trainerName: string;
  startsAt: Date;
  contentRating: number;
  trainerRating: number;
  usefulnessRating: number;
  comment: string | null;
  createdAt: Date;
  total: number;
};

/** The written comments, newest first (or oldest with `dir` asc), narrowed to a course or a trainer. */
export async function feedbackComments(
  db: Queryable,
  centers: 'all' | string[],
  filter: CommentFilter,
  page: { dir: 'asc' | 'desc'; limit: number; offset: number },
): Promise<FeedbackCommentRow[]> {
  const course = filter.courseId ? sql`and c.id = ${filter.courseId}` : sql``;
  const trainer = filter.trainer ? sql`and s.trainer_name = ${filter.trainer}` : sql``;
  const dir = sql.raw(page.dir === 'asc' ? 'asc' : 'desc');
  const rows = await queryRows<FeedbackCommentRow>(
    db,
    sql`select f.id, c.title as "courseTitle", s.trainer_name as "trainerName", s.starts_at as "startsAt",
               f.content_rating as "contentRating", f.trainer_rating as "trainerRating", f.usefulness_rating as "usefulnessRating",
               f.comment, f.created_at as "createdAt", (count(*) over ())::int as total
          from training_feedback f
          join training_sessions s on s.id = f.session_id
          join training_courses c on c.id = s.course_id
         where ${centerCondition(centers)} and f.comment is not null ${course} ${trainer}
         order by f.created_at ${dir}, f.id
         limit ${page.limit} offset ${page.offset}`,
  );
  return withDates(rows, 'startsAt', 'createdAt');
}
