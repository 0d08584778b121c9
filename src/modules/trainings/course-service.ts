import type { Database, Queryable } from '../../db/database.js';
import { isUniqueViolation } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, isNationalAdmin, refusalFor, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError, parseFormOrThrow } from '../../platform/validation.js';
import {
  type CenterChoice,
  type CourseListRow,
  type CourseRow,
  type CourseValues,
  countCourses,
  findCenterChoices,
  findCourse,
  findCourses,
  insertCourse,
  lockCourse,
  updateCourseRow,
} from './course-repo.js';
import { managedCenters, mayEditCourse, mayReadCourse, requireCourseEditor } from './policy.js';
import { type CourseFilter, type CourseInput, type CourseSort, courseFormSchema } from './schema.js';

/**
 * Training courses (issue 14): national ones (no center) written by national admins, a center's by
 * its training staff; every write audited. The public reads published courses (catalogue-service.ts).
 */
export type { CourseListRow, CourseRow };

function valuesOf(input: CourseInput, centerId: string | null): CourseValues {
  return {
    centerId,
    slug: input.slug,
    title: input.title,
    audience: input.audience,
    summary: input.summary,
    description: input.description,
    durationMinutes: input.duration,
    prerequisites: input.prerequisites,
    qualificationName: input.qualificationName,
    // A validity without a qualification means nothing (the schema refuses it).
    validityMonths: input.qualificationName ? (input.validityMonths ?? null) : null,
    minAge: input.minAge ?? null,
    readinessAreas: input.readinessAreas,
    status: input.status,
  };
}

/**
 * The center a new course belongs to: the one chosen, or for a national admin none (national); a
 * staff member of exactly one center gets theirs without choosing.
 */
function centerOfNewCourse(actor: Actor, chosen: string | undefined): string | null {
  if (chosen) return chosen;
  if (isNationalAdmin(actor)) return null;
  const centers = managedCenters(actor);
  if (centers !== 'all' && centers.length === 1) return centers[0] as string;
  throw new FieldValidationError({ centerId: { key: 'trainings.error.centerRequired' } });
}

const slugTaken = () => new FieldValidationError({ slug: { key: 'trainings.error.slugTaken' } });

/** A new course of a center (or national); the staff of that center write it, national ones national admins. */
export async function createCourse(db: Database, actor: Actor | null, input: unknown): Promise<string> {
  const staff = requirePermission(actor, 'trainings.manage');
  const values = parseFormOrThrow(courseFormSchema, input);
  const centerId = centerOfNewCourse(staff, values.centerId);
  const a = requireCourseEditor(staff, centerId);
  try {
    return await db.transaction(async (tx) => {
      const row = valuesOf(values, centerId);
      const id = await insertCourse(tx, row, a.userId);
      await recordAudit(tx, { actorUserId: a.userId, centerId, action: 'create', entityType: 'training_course', entityId: id, after: row });
      return id;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw slugTaken();
    throw err;
  }
}

/** Saves an edited course (its center stays: its sessions are held there), under the course's lock. */
export async function updateCourse(db: Database, actor: Actor | null, courseId: string, input: unknown): Promise<void> {
  await getCourseForEditing(db, actor, courseId);
  const values = parseFormOrThrow(courseFormSchema, input);
  try {
    await db.transaction(async (tx) => {
      const before = await lockCourse(tx, courseId);
      if (!before) throw new NotFoundError('course');
      const a = requireCourseEditor(actor, before.centerId);
      const after = valuesOf(values, before.centerId);
      await updateCourseRow(tx, courseId, after);
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: before.centerId,
        action: 'update',
        entityType: 'training_course',
        entityId: courseId,
        before,
        after,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw slugTaken();
    throw err;
  }
}

export type ManagedCourse = { course: CourseRow; mayEdit: boolean };

/**
 * A course on the staff pages: national courses for every training manager (they schedule sessions
 * of them), a center's for its own staff; anyone else as if it did not exist (ADR 003).
 */
export async function getCourseForEditing(db: Queryable, actor: Actor | null, courseId: string): Promise<ManagedCourse> {
  requirePermission(actor, 'trainings.manage');
  const course = await findCourse(db, courseId);
  if (!course || !mayReadCourse(actor, course.centerId)) throw refusalFor(false, 'course');
  return { course, mayEdit: mayEditCourse(actor, course.centerId) };
}

/** The staff list of courses: national ones and those of the actor's centers, filtered, sorted and paged. */
export async function listCourses(
  db: Queryable,
  actor: Actor | null,
  filter: CourseFilter,
  params: ListParams<CourseSort>,
  now = new Date(),
): Promise<Page<CourseListRow>> {
  requirePermission(actor, 'trainings.manage');
  const centers = managedCenters(actor);
  const [rows, total] = await Promise.all([
    findCourses(db, centers, filter, params, { limit: params.pageSize, offset: offsetOf(params) }, now),
    countCourses(db, centers, filter),
  ]);
  return pageOf(rows, total, params);
}

/** The same list, whole (up to the export cap), for CSV/XLSX. */
export function exportCourses(db: Queryable, actor: Actor | null, filter: CourseFilter, order: Pick<ListParams<CourseSort>, 'sort' | 'dir'>, now = new Date()) {
  requirePermission(actor, 'trainings.manage');
  return findCourses(db, managedCenters(actor), filter, order, { limit: maxExportRows, offset: 0 }, now);
}

/** The centers the actor may put a course or session in (a national admin: every center). */
export async function trainingCenterChoices(db: Queryable, actor: Actor | null): Promise<CenterChoice[]> {
  requirePermission(actor, 'trainings.manage');
  return findCenterChoices(db, managedCenters(actor));
}
