import { toBudapestLocal } from '../../platform/budapest-time.js';
import { postedValues } from '../../platform/form-fields.js';
import { placeLabel } from '../places/service.js';
import type { CourseRow } from './course-repo.js';
import type { SessionRow } from './session-repo.js';
import type { CourseFormValues } from './views/course-form.js';

/** A stored course as its form shows it (the duration in hours, "1,5" with the Hungarian decimal comma). */
export function courseFormValues(course: CourseRow): CourseFormValues {
  const hours = course.durationMinutes / 60;
  const text = {
    centerId: course.centerId ?? '',
    title: course.title,
    slug: course.slug,
    audience: course.audience,
    summary: course.summary,
    description: course.description,
    duration: String(Math.round(hours * 100) / 100).replace('.', ','),
    prerequisites: course.prerequisites ?? '',
    qualificationName: course.qualificationName ?? '',
    validityMonths: course.validityMonths == null ? '' : String(course.validityMonths),
    minAge: course.minAge == null ? '' : String(course.minAge),
    status: course.status,
  };
  return { text, areas: course.readinessAreas };
}

/** A new course's form: a draft for volunteers. */
export const newCourseValues: CourseFormValues = { text: { audience: 'volunteer', status: 'draft' }, areas: [] };

/** A rejected course form as it was typed, with the ticked boxes (posted as one value or several). */
export function postedCourseValues(body: unknown): CourseFormValues {
  const areas = (body as Record<string, unknown> | undefined)?.readinessAreas;
  const ticked = (Array.isArray(areas) ? areas : [areas]).filter((a): a is string => typeof a === 'string');
  return { text: postedValues(body), areas: ticked };
}

/** A stored session as its form shows it: Budapest wall-clock times, the settlement as the place field writes it. */
export function sessionFormValues(session: SessionRow): Record<string, string> {
  return {
    centerId: session.centerId,
    startsAt: toBudapestLocal(session.startsAt),
    endsAt: toBudapestLocal(session.endsAt),
    online: session.online ? 'on' : '',
    place: session.placeName && session.placeCounty ? placeLabel({ name: session.placeName, county: session.placeCounty }) : '',
    address: session.address ?? '',
    onlineUrl: session.onlineUrl ?? '',
    trainerName: session.trainerName,
    trainerEmail: '',
    capacity: String(session.capacity),
    holdHours: String(session.holdHours),
  };
}

/** A new session's form: twenty seats, an offered seat held for two days. */
export const newSessionValues: Record<string, string> = { capacity: '20', holdHours: '48' };
