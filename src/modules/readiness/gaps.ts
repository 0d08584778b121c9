import { addMonths, budapestDay } from '../../platform/budapest-time.js';
import { type ReadinessAnswer, type ReadinessArea, readinessAreas } from './areas.js';

/** The answers of one self-assessment, one per area. */
export type ReadinessAnswers = Record<ReadinessArea, ReadinessAnswer>;

/**
 * The gaps of a self-assessment: every area not answered "yes" ("partly" is a gap too: the course
 * helps finish what was started), in the form's order. An area with no answer (a submission from
 * before an area was added) counts as a gap, so it is asked again rather than passed over.
 */
export function gapsOf(answers: Partial<Record<string, string>>): ReadinessArea[] {
  return readinessAreas.filter((area) => answers[area] !== 'yes');
}

/** A course as the recommendations need it: the areas it remedies. */
export type CourseRemedy = { readinessAreas: readonly string[] };

/** For each gap (in order) the courses that remedy it, in the order given; a course may serve several gaps. */
export function coursesForGaps<C extends CourseRemedy>(gaps: readonly ReadinessArea[], courses: readonly C[]): { area: ReadinessArea; courses: C[] }[] {
  return gaps.map((area) => ({ area, courses: courses.filter((c) => c.readinessAreas.includes(area)) }));
}

/** How long a self-assessment stays current: after a year the organization is asked to fill it in again. */
export const readinessValidMonths = 12;

/**
 * Whether the organization should fill in the self-assessment (again): never done, or the latest was
 * submitted a year or more ago on the Budapest calendar (submitted 2025-11-24 → due from 2026-11-24).
 */
export function isReadinessDue(latestSubmittedAt: Date | null, now: Date): boolean {
  if (!latestSubmittedAt) return true;
  return addMonths(budapestDay(latestSubmittedAt), readinessValidMonths) <= budapestDay(now);
}
