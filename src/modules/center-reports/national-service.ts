import type { Queryable } from '../../db/database.js';
import { type Actor, centersVisibleTo, ForbiddenError, requirePermission } from '../../platform/authz.js';
import { compareHungarian } from '../../platform/hungarian-sort-key.js';
import { type CenterHeadline, centerHeadline } from '../statistics/center-figures.js';
import { periodOf, type ReportPeriod } from './period.js';
import { findCentersForReports } from './repo.js';
import type { NationalReportQuery, NationalSort } from './schema.js';

/**
 * The national roll-up (issue 15): the center report's headline figures for every center, side by
 * side, for the national admin only. The total row sums what adds up (registered volunteers,
 * placements, hours, value); the distinct and median figures are counted over all centers at once.
 */
export type NationalFigures = {
  registered: number;
  active: number;
  placements: number;
  minutes: number;
  valueFt: number | null;
  minors: number;
  minorsShare: number | null;
  medianDays: number | null;
};
export type NationalRow = NationalFigures & { centerId: string; name: string };
export type NationalReport = ReportPeriod & { rows: NationalRow[]; total: NationalFigures };

function figuresOf(h: CenterHeadline): NationalFigures {
  return {
    registered: h.funnel.registered,
    active: h.minors.volunteers,
    placements: h.timeToPlacement.placements,
    minutes: h.totals.minutes,
    valueFt: h.value.valueFt,
    minors: h.minors.minors,
    minorsShare: h.minors.share,
    medianDays: h.timeToPlacement.medianDays,
  };
}

const sortValue: Record<Exclude<NationalSort, 'name'>, (r: NationalRow) => number | null> = {
  registered: (r) => r.registered,
  active: (r) => r.active,
  placements: (r) => r.placements,
  hours: (r) => r.minutes,
  value: (r) => r.valueFt,
  minors: (r) => r.minorsShare,
  median: (r) => r.medianDays,
};

/** Rows in the chosen order; a missing figure (no median, no value) sorts last either way; ties by name. */
export function sortNationalRows(rows: readonly NationalRow[], sort: NationalSort, dir: 'asc' | 'desc'): NationalRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const byName = (a: NationalRow, b: NationalRow) => compareHungarian(a.name, b.name);
  if (sort === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  const value = sortValue[sort];
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === vb) return byName(a, b);
    if (va === null) return 1;
    if (vb === null) return -1;
    return sign * (va - vb);
  });
}

const sumOf = (rows: readonly NationalRow[], pick: (r: NationalRow) => number | null) => rows.reduce((s, r) => s + (pick(r) ?? 0), 0);

export async function nationalReport(
  db: Queryable,
  actor: Actor | null,
  query: NationalReportQuery,
  order: { sort: NationalSort; dir: 'asc' | 'desc' },
  now = new Date(),
): Promise<NationalReport> {
  const a = requirePermission(actor, 'reports.center');
  if (centersVisibleTo(a, 'reports.center') !== 'all') throw new ForbiddenError('reports.center');
  const period = periodOf(query, now);
  const centers = await findCentersForReports(db, 'all');
  const rows: NationalRow[] = [];
  // One center after the other: a few queries each, and the database serves other readers meanwhile.
  for (const center of centers) {
    rows.push({ centerId: center.id, name: center.name, ...figuresOf(await centerHeadline(db, { centerIds: [center.id], ...period })) });
  }
  const all = figuresOf(await centerHeadline(db, { centerIds: centers.map((c) => c.id), ...period }));
  const anyValue = rows.some((r) => r.valueFt !== null);
  const total: NationalFigures = {
    ...all,
    registered: sumOf(rows, (r) => r.registered),
    placements: sumOf(rows, (r) => r.placements),
    minutes: sumOf(rows, (r) => r.minutes),
    valueFt: anyValue ? sumOf(rows, (r) => r.valueFt) : null,
  };
  return { ...period, rows: sortNationalRows(rows, order.sort, order.dir), total };
}
