import { and, asc, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { ikszOccasions, ikszStudents, organizations, schools, volunteers } from '../../db/schema/index.js';
import { type ListParams, offsetOf } from '../../platform/list-params.js';
import { targetMinutes } from './progress.js';
import type { SchoolListSort } from './schema.js';

/** The school's IKSZ view: every student (within the classes the reader sees) with their minutes. */
export type SchoolListFilter = { q?: string; grade?: number; className?: string; year?: string; below?: boolean };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function sumsOf(db: Queryable, year: string | undefined) {
  const of = (status: string) => sql<number>`coalesce(sum(${ikszOccasions.minutes}) filter (where ${ikszOccasions.status} = ${status}), 0)::int`;
  return db
    .select({
      studentId: ikszOccasions.studentId,
      accepted: of('accepted').as('accepted'),
      certified: of('certified').as('certified'),
      logged: of('logged').as('logged'),
    })
    .from(ikszOccasions)
    .where(year ? eq(ikszOccasions.schoolYear, year) : undefined)
    .groupBy(ikszOccasions.studentId)
    .as('sums');
}

function conditions(schoolId: string, classes: 'all' | readonly string[], filter: SchoolListFilter, acceptedExpr: SQL): SQL | undefined {
  const parts: (SQL | undefined)[] = [eq(ikszStudents.schoolId, schoolId), isNull(volunteers.erasedAt)];
  if (classes !== 'all') parts.push(classes.length ? inArray(ikszStudents.className, [...classes]) : sql`false`);
  if (filter.grade) parts.push(eq(ikszStudents.grade, filter.grade));
  if (filter.className) parts.push(eq(ikszStudents.className, filter.className));
  if (filter.q) {
    const like = `%${escapeLike(filter.q)}%`;
    parts.push(or(ilike(volunteers.familyName, like), ilike(volunteers.givenName, like)));
  }
  if (filter.below) {
    // Exempt students (HUNGARY.md §2.1) are never "missing hours".
    const target = filter.year
      ? sql`${targetMinutes(null)}::int`
      : sql`case when ${ikszStudents.grade} <= 9 then ${targetMinutes(9)}::int when ${ikszStudents.grade} = 10 then ${targetMinutes(10)}::int else ${targetMinutes(11)}::int end`;
    parts.push(isNull(ikszStudents.exemptReason), sql`${acceptedExpr} < ${target}`);
  }
  return and(...parts);
}

export async function findSchoolStudents(
  db: Queryable,
  schoolId: string,
  classes: 'all' | readonly string[],
  filter: SchoolListFilter,
  params: ListParams<SchoolListSort>,
  limit?: number,
) {
  const sums = sumsOf(db, filter.year);
  const accepted = sql<number>`coalesce(${sums.accepted}, 0)`;
  const where = conditions(schoolId, classes, filter, accepted);
  const dir = params.dir === 'desc' ? desc : asc;
  const order =
    params.sort === 'className'
      ? [dir(ikszStudents.className), asc(volunteers.sortKey)]
      : params.sort === 'accepted'
        ? [dir(accepted), asc(volunteers.sortKey)]
        : [dir(sql`${volunteers.sortKey} collate "C"`), asc(ikszStudents.id)];
  const base = db
    .select({
      id: ikszStudents.id,
      familyName: volunteers.familyName,
      givenName: volunteers.givenName,
      className: ikszStudents.className,
      grade: ikszStudents.grade,
      exemptReason: ikszStudents.exemptReason,
      leftOn: ikszStudents.leftOn,
      accepted: sql<number>`coalesce(${sums.accepted}, 0)::int`,
      certified: sql<number>`coalesce(${sums.certified}, 0)::int`,
      logged: sql<number>`coalesce(${sums.logged}, 0)::int`,
    })
    .from(ikszStudents)
    .innerJoin(volunteers, eq(volunteers.id, ikszStudents.volunteerId))
    .leftJoin(sums, eq(sums.studentId, ikszStudents.id))
    .where(where)
    .orderBy(...order);
  const [items, [count]] = await Promise.all([
    limit ? base.limit(limit) : base.limit(params.pageSize).offset(offsetOf(params)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(ikszStudents)
      .innerJoin(volunteers, eq(volunteers.id, ikszStudents.volunteerId))
      .leftJoin(sums, eq(sums.studentId, ikszStudents.id))
      .where(where),
  ]);
  return { items, total: Number(count?.n ?? 0) };
}
export type SchoolStudentRow = Awaited<ReturnType<typeof findSchoolStudents>>['items'][number];

/** The KRÉTA form's fields of the accepted occasions of the given students (HUNGARY.md §2.2), plus name and class. */
export async function findKretaRows(db: Queryable, studentIds: string[], year: string | undefined) {
  if (studentIds.length === 0) return [];
  return db
    .select({
      familyName: volunteers.familyName,
      givenName: volunteers.givenName,
      className: ikszStudents.className,
      serial: ikszOccasions.serial,
      organizationName: organizations.name,
      schoolName: schools.name,
      kind: ikszOccasions.kind,
      day: ikszOccasions.activityDay,
      activity: ikszOccasions.activity,
      area: ikszOccasions.area,
      minutes: ikszOccasions.minutes,
      schoolYear: ikszOccasions.schoolYear,
    })
    .from(ikszOccasions)
    .innerJoin(ikszStudents, eq(ikszStudents.id, ikszOccasions.studentId))
    .innerJoin(volunteers, eq(volunteers.id, ikszStudents.volunteerId))
    .innerJoin(schools, eq(schools.id, ikszOccasions.schoolId))
    .leftJoin(organizations, eq(organizations.id, ikszOccasions.organizationId))
    .where(and(inArray(ikszOccasions.studentId, studentIds), eq(ikszOccasions.status, 'accepted'), year ? eq(ikszOccasions.schoolYear, year) : undefined))
    .orderBy(sql`${volunteers.sortKey} collate "C"`, asc(ikszOccasions.serial));
}
export type KretaRow = Awaited<ReturnType<typeof findKretaRows>>[number];

/** The school's name and its classes (for the filter). */
export async function findSchoolSummary(db: Queryable, schoolId: string) {
  const [school] = await db.select({ id: schools.id, name: schools.name }).from(schools).where(eq(schools.id, schoolId));
  const classes = await db
    .selectDistinct({ className: ikszStudents.className })
    .from(ikszStudents)
    .where(eq(ikszStudents.schoolId, schoolId))
    .orderBy(asc(ikszStudents.className));
  return { school, classNames: classes.map((c) => c.className) };
}
