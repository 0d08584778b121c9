import type { Queryable } from '../../db/database.js';
import { type Actor, centersVisibleTo, ForbiddenError, requirePermission } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { type IkszReportRow, ikszReportOf } from '../iksz/report.js';
import { type CenterFigures, centerFigures } from '../statistics/center-figures.js';
import { periodOf, type ReportPeriod } from './period.js';
import { type CenterChoice, findCentersForReports, findPointsOfCenter, type PointChoice } from './repo.js';
import type { CenterReportQuery } from './schema.js';

/**
 * The center reports dashboard (issue 15): a center's figures over a period, optionally one of its
 * points. A center's staff see their own center ('reports.center'), a national admin any center.
 */
export type CenterReport = ReportPeriod & {
  /** The centers the reader may choose from (one for a center's staff). */
  centers: CenterChoice[];
  /** Unset until a national admin chooses a center. */
  center?: CenterChoice;
  points: PointChoice[];
  point?: PointChoice;
  figures?: CenterFigures;
  /** School community service, a ledger of its own (ADR 025): shown apart, never in the figures above. */
  iksz?: IkszReportRow[];
};

export async function centerReport(db: Queryable, actor: Actor | null, query: CenterReportQuery, now = new Date()): Promise<CenterReport> {
  const a = requirePermission(actor, 'reports.center');
  const visible = centersVisibleTo(a, 'reports.center');
  if (visible !== 'all' && visible.length === 0) throw new ForbiddenError('reports.center');
  const centers = await findCentersForReports(db, visible);
  const period = periodOf(query, now);
  // Another center (or none such) is not found rather than forbidden: its existence is not shown.
  const center = query.center ? centers.find((c) => c.id === query.center) : centers.length === 1 ? centers[0] : undefined;
  if (query.center && !center) throw new NotFoundError('center');
  if (!center) return { ...period, centers, points: [] };
  const points = await findPointsOfCenter(db, center.id);
  const point = query.point ? points.find((p) => p.id === query.point) : undefined;
  if (query.point && !point) throw new NotFoundError('point');
  const figures = await centerFigures(db, { centerIds: [center.id], pointId: point?.id ?? null, ...period }, { today: budapestDay(now) });
  const iksz = await ikszReportOf(db, center.id, period);
  return { ...period, centers, center, points, point, figures, iksz };
}
