import { and, eq, getTableColumns, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { centers, trainingCourses, trainingSessions } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import type { CourseAudience, CourseFilter, CourseSort, CourseStatus } from './schema.js';

export type CourseRow = Omit<typeof trainingCourses.$inferSelect, 'audience' | 'status' | 'sortKey' | 'createdBy'> & {
  audience: CourseAudience;
  status: CourseStatus;
  centerName: string | null;
};

/** What a save writes; the sort key follows the title. */
export type CourseValues = {
  centerId: string | null;
  slug: string;
  title: string;
  audience: CourseAudience;
  summary: string;
  description: string;
  durationMinutes: number;
  prerequisites: string | null;
  qualificationName: string | null;
  validityMonths: number | null;
  minAge: number | null;
  readinessAreas: string[];
  status: CourseStatus;
};

const { sortKey: _sortKey, createdBy: _createdBy, ...courseColumns } = getTableColumns(trainingCourses);
const selectColumns = { ...courseColumns, centerName: centers.name };

/** Stored as text; the schema's checks keep them to these values. */
const asCourse = <R extends { audience: string; status: string }>(row: R) => row as R & Pick<CourseRow, 'audience' | 'status'>;

function selectCourses(db: Queryable) {
  return db.select(selectColumns).from(trainingCourses).leftJoin(centers, eq(centers.id, trainingCourses.centerId));
}

export async function insertCourse(db: Queryable, values: CourseValues, createdBy: string): Promise<string> {
  const [row] = await db
    .insert(trainingCourses)
    .values({ ...values, sortKey: hungarianSortKey(values.title), createdBy })
    .returning({ id: trainingCourses.id });
  if (!row) throw new Error('course insert returned nothing');
  return row.id;
}

export async function findCourse(db: Queryable, id: string): Promise<CourseRow | undefined> {
  const [row] = await selectCourses(db).where(eq(trainingCourses.id, id));
  return row && asCourse(row);
}

/** The course, locked until the transaction ends: two saves of one course take turns. */
export async function lockCourse(tx: Queryable, id: string): Promise<CourseRow | undefined> {
  const [row] = await selectCourses(tx).where(eq(trainingCourses.id, id)).for('update', { of: trainingCourses });
  return row && asCourse(row);
}

export async function updateCourseRow(tx: Queryable, id: string, values: CourseValues): Promise<void> {
  await tx
    .update(trainingCourses)
    .set({ ...values, sortKey: hungarianSortKey(values.title), updatedAt: sql`now()` })
    .where(eq(trainingCourses.id, id));
}

/** A published course by its address. */
export async function findPublishedCourseBySlug(db: Queryable, slug: string): Promise<CourseRow | undefined> {
  const [row] = await selectCourses(db).where(and(eq(trainingCourses.slug, slug), eq(trainingCourses.status, 'published')));
  return row && asCourse(row);
}

export type CourseListRow = CourseRow & { upcomingSessions: number };

/** The courses of the staff list: national ones and those of the centers in reach ('all': every center). */
function whereOf(centerIds: 'all' | string[], filter: CourseFilter): SQL | undefined {
  const reach =
    centerIds === 'all'
      ? undefined
      : centerIds.length
        ? or(isNull(trainingCourses.centerId), inArray(trainingCourses.centerId, centerIds))
        : isNull(trainingCourses.centerId);
  const conditions = [reach];
  if (filter.audience) conditions.push(eq(trainingCourses.audience, filter.audience));
  if (filter.status) conditions.push(eq(trainingCourses.status, filter.status));
  // Accent- and case-blind substring of the title or the address.
  if (filter.q)
    conditions.push(
      sql`(strpos(lower(unaccent(${trainingCourses.title})), lower(unaccent(${filter.q}))) > 0 or strpos(${trainingCourses.slug}, lower(${filter.q})) > 0)`,
    );
  return and(...conditions);
}

const upcomingCount = (now: Date) =>
  sql<number>`(select count(*) from ${trainingSessions} s where s.course_id = ${trainingCourses.id} and s.cancelled_at is null and s.starts_at > ${now})::int`;

function orderOf(sort: CourseSort, dir: 'asc' | 'desc'): SQL[] {
  const d = sql.raw(dir);
  // sort_key in the "C" collation is Hungarian alphabetical order on both engines (ADR 005).
  const byTitle = sql`${trainingCourses.sortKey} collate "C"`;
  if (sort === 'audience') return [sql`${trainingCourses.audience} ${d}`, byTitle, sql`${trainingCourses.id}`];
  if (sort === 'status') return [sql`${trainingCourses.status} ${d}`, byTitle, sql`${trainingCourses.id}`];
  if (sort === 'updated') return [sql`${trainingCourses.updatedAt} ${d}`, sql`${trainingCourses.id}`];
  if (sort === 'upcoming') return [sql`"upcomingSessions" ${d}`, byTitle, sql`${trainingCourses.id}`];
  return [sql`${byTitle} ${d}`, sql`${trainingCourses.id}`];
}

export async function findCourses(
  db: Queryable,
  centerIds: 'all' | string[],
  filter: CourseFilter,
  order: { sort: CourseSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
  now: Date,
): Promise<CourseListRow[]> {
  const rows = await db
    .select({ ...selectColumns, upcomingSessions: upcomingCount(now).as('upcomingSessions') })
    .from(trainingCourses)
    .leftJoin(centers, eq(centers.id, trainingCourses.centerId))
    .where(whereOf(centerIds, filter))
    .orderBy(...orderOf(order.sort, order.dir))
    .limit(page.limit)
    .offset(page.offset);
  return rows.map(asCourse);
}

export async function countCourses(db: Queryable, centerIds: 'all' | string[], filter: CourseFilter): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(trainingCourses).where(whereOf(centerIds, filter));
  return row?.n ?? 0;
}

/** The catalogue's filters as the query needs them: a settlement already resolved, or online only. */
export type CatalogueFilter = { audience?: CourseAudience; placeId?: number; online: boolean };

/** Published courses; with a place or online filter only those with such an upcoming session. */
function catalogueWhere(filter: CatalogueFilter, now: Date): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(trainingCourses.status, 'published')];
  if (filter.audience) conditions.push(eq(trainingCourses.audience, filter.audience));
  if (filter.placeId !== undefined || filter.online) {
    const where = filter.online ? sql`s.online` : sql`s.place_id = ${filter.placeId ?? null}`;
    conditions.push(
      sql`exists (select 1 from ${trainingSessions} s where s.course_id = ${trainingCourses.id} and s.cancelled_at is null and s.starts_at > ${now} and ${where})`,
    );
  }
  return and(...conditions);
}

/** A page of the public catalogue in Hungarian title order, with the total counted alongside (one query). */
export async function findCatalogue(
  db: Queryable,
  filter: CatalogueFilter,
  page: { limit: number; offset: number },
  now: Date,
): Promise<{ rows: CourseRow[]; total: number }> {
  const rows = await db
    .select({ ...selectColumns, total: sql<number>`(count(*) over ())::int` })
    .from(trainingCourses)
    .leftJoin(centers, eq(centers.id, trainingCourses.centerId))
    .where(catalogueWhere(filter, now))
    .orderBy(sql`${trainingCourses.sortKey} collate "C"`, trainingCourses.id)
    .limit(page.limit)
    .offset(page.offset);
  const total = rows[0]?.total ?? (page.offset > 0 ? await countCatalogue(db, filter, now) : 0);
  return { rows: rows.map(({ total: _total, ...row }) => asCourse(row)), total };
}

async function countCatalogue(db: Queryable, filter: CatalogueFilter, now: Date): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(trainingCourses).where(catalogueWhere(filter, now));
  return row?.n ?? 0;
}

export type CenterChoice = { id: string; name: string };

/** Centers by id ('all': every center), in Hungarian order, for the course's and session's center select. */
export async function findCenterChoices(db: Queryable, ids: 'all' | string[]): Promise<CenterChoice[]> {
  if (ids !== 'all' && ids.length === 0) return [];
  return db
    .select({ id: centers.id, name: centers.name })
    .from(centers)
    .where(ids === 'all' ? undefined : inArray(centers.id, ids))
    .orderBy(sql`${centers.sortKey} collate "C"`, centers.id);
}
