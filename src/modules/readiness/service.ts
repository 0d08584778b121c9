import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, centersVisibleTo, mayActForOrganization, requireActor, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError, parseForm } from '../../platform/validation.js';
import { centerChoices } from '../centers/service.js';
import { organizationAccess, requireForOrganization } from '../organizations/service.js';
import { type ReadinessAnswer, type ReadinessArea, readinessAnswers, readinessAreas } from './areas.js';
import { coursesForGaps, gapsOf, isReadinessDue } from './gaps.js';
import {
  type AssessmentRow,
  type CenterReadinessRow,
  countAnswersPerArea,
  countCenterReadiness,
  findAssessments,
  findCenterReadiness,
  findLatestSubmissionDates,
  findMemberOrganizationIds,
  findOrganization,
  findRecommendedCourses,
  insertAssessment,
  type ReadinessOrganization,
  type ReadinessReach,
  type RecommendedCourseRow,
} from './repo.js';
import { type ReadinessFilter, type ReadinessInput, type ReadinessSort, readinessFormSchema } from './schema.js';

/**
 * Organization readiness (issue 14): a host organization's members fill in a short self-assessment
 * (every submission is kept, the latest counts); each gap recommends the courses that remedy it; the
 * center's training staff see their organizations' latest answers at a glance. Who may do what is
 * decided in platform/authz.ts: members fill it in (`organizationActions.edit`), members and the
 * center's staff read it (`organizationActions.view`), the center view needs `trainings.manage`.
 */

/** How many earlier submissions the organization's page lists. */
export const readinessHistoryLength = 20;

export type ReadinessPage = {
  organization: ReadinessOrganization;
  /** The one that counts, and the earlier ones, newest first. */
  latest: AssessmentRow | null;
  history: AssessmentRow[];
  /** Never filled in, or a year old: the page asks for a new one. */
  due: boolean;
  recommendations: { area: ReadinessArea; courses: RecommendedCourseRow[] }[];
  mayAssess: boolean;
};

async function loadOrganization(db: Queryable, organizationId: string): Promise<ReadinessOrganization> {
  const organization = await findOrganization(db, organizationId);
  if (!organization) throw new NotFoundError('organization');
  return organization;
}

/** The organization's readiness page: its latest self-assessment, the gaps with their courses, the history. */
export async function getReadinessPage(db: Queryable, actor: Actor | null, organizationId: string, now = new Date()): Promise<ReadinessPage> {
  const { actor: a, facts } = await organizationAccess(db, actor, 'view', organizationId);
  const organization = await loadOrganization(db, organizationId);
  const history = await findAssessments(db, organizationId, readinessHistoryLength);
  const latest = history[0] ?? null;
  const gaps = latest ? gapsOf(latest.answers) : [];
  const courses = await findRecommendedCourses(db, organization.centerId, gaps, now);
  return {
    organization,
    latest,
    history,
    due: isReadinessDue(latest?.submittedAt ?? null, now),
    recommendations: coursesForGaps(gaps, courses),
    mayAssess: mayActForOrganization(a, 'edit', facts),
  };
}

/**
 * Members submit a new self-assessment (the posted form); the earlier ones stay. Who may comes first
 * (403/404), then the form (FieldValidationError): a stranger learns nothing from its messages.
 * Audited with the answers and the gaps.
 */
export async function submitReadiness(db: Database, actor: Actor | null, organizationId: string, posted: unknown, now = new Date()): Promise<string> {
  const a = await requireForOrganization(db, actor, 'edit', organizationId);
  const organization = await loadOrganization(db, organizationId);
  const form = parseForm(readinessFormSchema, posted);
  if (!form.ok) throw new FieldValidationError(form.errors);
  const input: ReadinessInput = form.data;
  const answers = Object.fromEntries(readinessAreas.map((area) => [area, input[area]])) as Record<ReadinessArea, ReadinessAnswer>;
  const gaps = gapsOf(answers);
  return db.transaction(async (tx) => {
    const { id } = await insertAssessment(tx, { organizationId, answers, gaps, submittedBy: a.userId, submittedAt: now });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: organization.centerId,
      action: 'create',
      entityType: 'organization_readiness',
      entityId: id,
      after: { organizationId, answers, gaps },
    });
    return id;
  });
}

/**
 * Of the given organizations, those the actor is a member of whose self-assessment is due (never,
 * or a year old): the dashboard's next step.
 */
export async function readinessDueAmong(db: Queryable, actor: Actor | null, organizationIds: string[], now = new Date()): Promise<Set<string>> {
  const a = requireActor(actor);
  const mine = await findMemberOrganizationIds(db, a.userId, organizationIds);
  const latest = await findLatestSubmissionDates(db, mine);
  return new Set(mine.filter((id) => isReadinessDue(latest.get(id) ?? null, now)));
}

// ---------------------------------------------------------------------------------------------------
// The center's view.

/** The centers the list covers: those the actor holds `trainings.manage` in, narrowed by the center filter. */
function reachOf(actor: Actor, centerId: string | undefined): ReadinessReach {
  const visible = centersVisibleTo(actor, 'trainings.manage');
  if (!centerId) return visible;
  return visible === 'all' || visible.includes(centerId) ? [centerId] : [];
}

export type AreaCounts = Record<ReadinessArea, Record<ReadinessAnswer, number>>;
export type ReadinessSummary = { organizations: number; assessed: number; perArea: AreaCounts };

export type CenterReadiness = {
  page: Page<CenterReadinessRow>;
  summary: ReadinessSummary;
  /** The centers to filter by, when the actor sees more than one. */
  centers: { id: string; name: string }[];
};

async function summaryOf(db: Queryable, reach: ReadinessReach): Promise<ReadinessSummary> {
  const counted = await countAnswersPerArea(db, reach);
  const perArea = Object.fromEntries(readinessAreas.map((area) => [area, { yes: 0, partly: 0, no: 0 }])) as AreaCounts;
  for (const { area, answer, n } of counted.answers) {
    const row = perArea[area as ReadinessArea];
    if (row && (readinessAnswers as readonly string[]).includes(answer)) row[answer as ReadinessAnswer] += n;
  }
  return { organizations: counted.organizations, assessed: counted.assessed, perArea };
}

/** `/readiness`: the reach's organizations with their latest answers, filtered, sorted and paged, with the figures. */
export async function listCenterReadiness(
  db: Queryable,
  actor: Actor | null,
  filter: ReadinessFilter,
  params: ListParams<ReadinessSort>,
): Promise<CenterReadiness> {
  const a = requirePermission(actor, 'trainings.manage');
  const reach = reachOf(a, filter.centerId);
  const [rows, total, summary, centers] = await Promise.all([
    findCenterReadiness(db, reach, filter, params, { limit: params.pageSize, offset: offsetOf(params) }),
    countCenterReadiness(db, reach, filter),
    summaryOf(db, reach),
    centerChoices(db, a, 'trainings.manage'),
  ]);
  return { page: pageOf(rows, total, params), summary, centers: centers.length > 1 ? centers : [] };
}

/** The same list for CSV/XLSX: every matching organization (up to the export cap), in the list's order. */
export async function exportCenterReadiness(
  db: Queryable,
  actor: Actor | null,
  filter: ReadinessFilter,
  order: Pick<ListParams<ReadinessSort>, 'sort' | 'dir'>,
): Promise<CenterReadinessRow[]> {
  const a = requirePermission(actor, 'trainings.manage');
  return findCenterReadiness(db, reachOf(a, filter.centerId), filter, order, { limit: maxExportRows, offset: 0 });
}
