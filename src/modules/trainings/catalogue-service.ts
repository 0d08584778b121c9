import type { Queryable } from '../../db/database.js';
import { type Actor, can } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { type Page, pageOf } from '../../platform/list-params.js';
import { organizationIdsOfUser } from '../organizations/service.js';
import { placeLabel, resolvePlace } from '../places/service.js';
import { getVolunteerByUserId } from '../volunteers/service.js';
import { type CatalogueFilter, type CourseRow, findCatalogue, findPublishedCourseBySlug } from './course-repo.js';
import { findMineForSessions, type ParticipantRow } from './participants-repo.js';
import { type CatalogueSearch, catalogueSearchSchema } from './schema.js';
import { findUpcomingSessions, type SessionRow } from './session-repo.js';

/**
 * The public side of trainings (issue 14): the catalogue of published courses with their upcoming
 * sessions at /trainings, and a course's page. Public information: no access check, only published
 * courses (a draft or archived course answers 404 to everyone).
 */
export const cataloguePageSize = 20;
/** Upcoming sessions shown under a course in the catalogue (its page lists them all). */
export const sessionsPerCourse = 5;

export type CatalogueCourse = CourseRow & { sessions: SessionRow[] };
export type CatalogueResults = {
  search: CatalogueSearch;
  page: Page<CatalogueCourse>;
  /** The settlement searched for, as resolved ("Kecskemét (Bács-Kiskun)"); `placeUnknown` when it named none. */
  placeLabel?: string;
  placeUnknown: boolean;
};

/** Never rejected: bad values read as none. */
export function parseCatalogueSearch(query: unknown): CatalogueSearch {
  return catalogueSearchSchema.parse(query ?? {});
}

/** A page of published courses (filtered by audience and by a settlement or online), each with its next sessions. */
export async function searchCatalogue(db: Queryable, search: CatalogueSearch, now = new Date()): Promise<CatalogueResults> {
  const params = { page: search.page, pageSize: cataloguePageSize };
  const filter: CatalogueFilter = { audience: search.audience, online: search.online };
  let label: string | undefined;
  if (search.place && !search.online) {
    const resolved = await resolvePlace(db, search.place);
    if (resolved.kind !== 'found') return { search, page: pageOf([], 0, params), placeUnknown: true };
    filter.placeId = resolved.place.id;
    label = placeLabel(resolved.place);
  }
  const { rows, total } = await findCatalogue(db, filter, { limit: params.pageSize, offset: (params.page - 1) * params.pageSize }, now);
  const sessions = await findUpcomingSessions(
    db,
    rows.map((c) => c.id),
    now,
  );
  const matches = (s: SessionRow) => (filter.online ? s.online : filter.placeId === undefined || s.placeId === filter.placeId);
  const items = rows.map((course) => ({
    ...course,
    sessions: sessions.filter((s) => s.courseId === course.id && matches(s)).slice(0, sessionsPerCourse),
  }));
  return { search, page: pageOf(items, total, params), placeLabel: label, placeUnknown: false };
}

export type CoursePage = {
  course: CourseRow;
  sessions: SessionRow[];
  /** The reader's own registrations for these sessions (by session id). */
  mine: Map<string, ParticipantRow>;
  /** Whether the reader has a volunteer profile to register with. */
  hasVolunteerProfile: boolean;
  /** Whether the reader may register others (an organization's member, or staff who register walk-ins). */
  mayEnrolOthers: boolean;
  /** The sessions whose staff page the reader may open. */
  managedSessionIds: Set<string>;
};

/** A published course with all its upcoming sessions, and what the reader can do with them. */
export async function getCoursePage(db: Queryable, actor: Actor | null, slug: string, now = new Date()): Promise<CoursePage> {
  const course = await findPublishedCourseBySlug(db, slug);
  if (!course) throw new NotFoundError('course');
  const sessions = await findUpcomingSessions(db, [course.id], now);
  if (!actor) return { course, sessions, mine: new Map(), hasVolunteerProfile: false, mayEnrolOthers: false, managedSessionIds: new Set() };
  const [volunteer, organizationIds] = await Promise.all([getVolunteerByUserId(db, actor.userId), organizationIdsOfUser(db, actor.userId)]);
  const person = { volunteerId: volunteer?.id ?? null, userId: actor.userId };
  const mine = await findMineForSessions(
    db,
    sessions.map((s) => s.id),
    person,
  );
  return {
    course,
    sessions,
    mine: new Map(mine.map((r) => [r.sessionId, r])),
    hasVolunteerProfile: volunteer != null,
    mayEnrolOthers: organizationIds.length > 0 || can(actor, 'trainings.register'),
    managedSessionIds: new Set(sessions.filter((s) => can(actor, 'trainings.manage', { centerId: s.centerId })).map((s) => s.id)),
  };
}
