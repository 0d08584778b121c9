import type { Queryable } from '../../db/database.js';
import { normalizeQualificationName } from '../volunteer-law/eligibility.js';
import { publishedQualificationCourses } from './qualification-repo.js';

/**
 * Required qualifications link to the course that grants them (issue 14): an opportunity's
 * `required_qualifications` are names, and a published course whose `qualification_name` is the
 * same name — compared as volunteer-law/eligibility.ts compares them, so a link appears exactly
 * where completing the course would satisfy the rule — is where to get it.
 */
export type QualificationCourse = { id: string; slug: string; title: string };

/** The courses granting the named qualifications, by normalised name: public facts, for anyone. */
export type QualificationCourses = ReadonlyMap<string, QualificationCourse>;

export async function coursesGranting(db: Queryable, names: readonly string[]): Promise<QualificationCourses> {
  const found = new Map<string, QualificationCourse>();
  if (names.length === 0) return found;
  const wanted = new Set(names.map(normalizeQualificationName));
  for (const course of await publishedQualificationCourses(db)) {
    const name = normalizeQualificationName(course.qualificationName);
    // The first in title order, when several courses grant the same qualification.
    if (wanted.has(name) && !found.has(name)) found.set(name, { id: course.id, slug: course.slug, title: course.title });
  }
  return found;
}

/** The course that grants this qualification, if one does. */
export function courseForQualification(courses: QualificationCourses | undefined, name: string): QualificationCourse | undefined {
  return courses?.get(normalizeQualificationName(name));
}

/** The course page's address. */
export const coursePath = (course: QualificationCourse) => `/trainings/${course.slug}`;

/** The qualifications named by eligibility reasons (missing, or held but expired), for their course links. */
export function qualificationsNamedBy(reasons: readonly { code: string; params?: Record<string, string | number> }[]): string[] {
  return reasons
    .filter((r) => r.code === 'missing_qualification' || r.code === 'expired_qualification')
    .map((r) => String(r.params?.name ?? ''))
    .filter((name) => name.length > 0);
}
