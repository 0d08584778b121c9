import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, can, centersVisibleTo, requirePermission } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import { type Choice, findCenters } from '../inquiries/choices-repo.js';
import {
  type AnnualReportRow,
  anyReportInProgress,
  countReports,
  findActiveReport,
  findFirstYearWithData,
  findReport,
  findReportFile,
  findReports,
  insertReport,
  lockCenterForRequest,
} from './repo.js';
import { firstAnnualReportYear } from './schema.js';

/**
 * The center's annual reports (issue 15), with 'reports.center': a center's admins and coordinators
 * request and download their center's, national admins every center's. Another center's report
 * answers 404, as if it did not exist (ADR 003); roles without the permission get 403.
 */

export const currentYearOf = (now: Date) => Number(budapestDay(now).slice(0, 4));

export type AnnualReportsView = {
  centers: Choice[];
  /** The center the list is narrowed to (`?center=`), if any. */
  center: Choice | undefined;
  page: Page<AnnualReportRow>;
  inProgress: boolean;
  years: number[];
};

/** The list page: the reports of the centers in reach (or of the one chosen), newest first, and the years to offer. */
export async function annualReportsOf(
  db: Queryable,
  actor: Actor | null,
  centerId: string | undefined,
  params: ListParams<'requested'>,
  now: Date,
  forExport = false,
) {
  requirePermission(actor, 'reports.center');
  const reach = centersVisibleTo(actor, 'reports.center');
  const centers = await findCenters(db, reach);
  const center = centerId ? centers.find((c) => c.id === centerId) : undefined;
  if (centerId && !center) throw new NotFoundError('center');
  const page = forExport ? { limit: maxExportRows, offset: 0 } : { limit: params.pageSize, offset: offsetOf(params) };
  const [items, total, inProgress, firstYear] = await Promise.all([
    findReports(db, reach, center?.id, page),
    countReports(db, reach, center?.id),
    anyReportInProgress(db, reach, center?.id),
    findFirstYearWithData(db, center ? [center.id] : reach),
  ]);
  // The years since the first with data, newest first; at least the current one (the first is never before 2000).
  const currentYear = currentYearOf(now);
  const years: number[] = [];
  for (let y = currentYear; y >= Math.max(firstAnnualReportYear, Math.min(firstYear ?? currentYear, currentYear)); y--) years.push(y);
  return { centers, center, page: pageOf(items, total, params), inProgress, years } satisfies AnnualReportsView;
}

/** The actor, if they may have this center's reports; 404 for a center out of reach. */
function requireReportsCenter(actor: Actor | null, centerId: string | undefined): Actor {
  const a = requirePermission(actor, 'reports.center');
  if (!centerId || !can(a, 'reports.center', { centerId })) throw new NotFoundError('center');
  return a;
}

/**
 * Queues a report of the center for the year. A second one while one for the same center and year
 * is queued or running is refused (the center row is locked meanwhile, so two requests at once cannot
 * both pass the check).
 */
export async function requestAnnualReport(db: Database, actor: Actor | null, centerId: string | undefined, year: number, now: Date): Promise<number> {
  const a = requireReportsCenter(actor, centerId);
  const center = centerId as string;
  return db.transaction(async (tx) => {
    await lockCenterForRequest(tx, center);
    if (await findActiveReport(tx, center, year)) throw new FieldValidationError({ year: { key: 'annualReport.alreadyQueued' } });
    const id = await insertReport(tx, { centerId: center, year, requestedByUserId: a.userId, requestedAt: now });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: center,
      action: 'annual_report.request',
      entityType: 'annual_report',
      entityId: id,
      after: { year },
    });
    return id;
  });
}

/** A finished report's file, for a reader who may see its center (404 otherwise, or while it is not done). */
export async function annualReportFile(db: Queryable, actor: Actor | null, id: number, kind: 'pdf' | 'xlsx') {
  requirePermission(actor, 'reports.center');
  const report = await findReport(db, id);
  if (!report || !can(actor, 'reports.center', { centerId: report.centerId })) throw new NotFoundError('annual report');
  const file = await findReportFile(db, id, kind);
  if (!file) throw new NotFoundError('annual report file');
  return { report, file };
}
