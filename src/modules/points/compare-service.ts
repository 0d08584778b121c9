import type { Queryable } from '../../db/database.js';
import { type Actor, can, centersVisibleTo, ForbiddenError, requirePermission } from '../../platform/authz.js';
import { addDays, budapestDay, budapestDayStart } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { approvedHoursBy } from '../statistics/approved-hours-repo.js';
import { type AreaPoint, perThousand, pointAreas } from './compare-area.js';
import {
  approvedHoursByCenter,
  type CenterChoice,
  type CompareGrouping,
  countInquiries,
  countNewVolunteers,
  countPlacementsMade,
  countTrainingsHeld,
  findCenterChoices,
  findComparedCenters,
  findComparedPoints,
  type Instants,
} from './compare-repo.js';
import { type CompareMeasure, type CompareQuery, type CompareSort, compareMeasures } from './compare-schema.js';
import { type PointStatus, pointStatuses } from './lifecycle-rules.js';
import { findCountySettlements } from './network-repo.js';

/**
 * The points comparison (issue 15): every point of a center that has worked (active, paused, closed)
 * side by side for a period, or, for national staff (`center=all`), every center. The figures of a
 * row: new volunteers, volunteers with approved hours, placements made, approved hours, inquiries and
 * trainings held, each also per 1,000 inhabitants of the row's area (compare-area.ts; a center's area
 * is its county).
 */
export type CompareRow = {
  id: string;
  name: string;
  sortKey: string;
  /** The point's status; null for a center. */
  status: PointStatus | null;
  population: number;
  figures: Record<CompareMeasure, number>;
  per1000: Record<CompareMeasure, number | null>;
};

export type Comparison = {
  kind: 'points' | 'centers';
  /** The compared center (points comparison); null when centers are compared. */
  center: CenterChoice | null;
  /** The centers the reader may choose from (with "all centers" for national staff). */
  choices: CenterChoice[];
  national: boolean;
  from: string;
  to: string;
  rows: CompareRow[];
};

/** The default period: this Budapest year up to today. */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const today = budapestDay(now);
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

type Figures = Record<CompareMeasure, Map<string, number>>;

function rowOf(base: Omit<CompareRow, 'figures' | 'per1000'>, figures: Figures): CompareRow {
  const own = Object.fromEntries(compareMeasures.map((m) => [m, figures[m].get(base.id) ?? 0])) as Record<CompareMeasure, number>;
  const per1000 = Object.fromEntries(compareMeasures.map((m) => [m, perThousand(own[m], base.population)])) as Record<CompareMeasure, number | null>;
  return { ...base, figures: own, per1000 };
}

async function figuresOf(db: Queryable, g: CompareGrouping, period: { from: string; to: string }, now: Date): Promise<Figures> {
  const instants: Instants = { fromAt: budapestDayStart(period.from).toISOString(), beforeAt: budapestDayStart(addDays(period.to, 1)).toISOString() };
  // "Held": a session later than now has not been held yet.
  const held: Instants = { ...instants, beforeAt: new Date(Math.min(Date.parse(instants.beforeAt), now.getTime())).toISOString() };
  const scope = { centerIds: g.by === 'point' ? [g.centerId] : ('all' as const), from: period.from, to: period.to };
  const [newVolunteers, hours, placements, inquiries, trainings] = await Promise.all([
    countNewVolunteers(db, g, instants),
    g.by === 'point' ? approvedHoursBy(db, scope, 'point') : approvedHoursByCenter(db, scope),
    countPlacementsMade(db, g, instants),
    countInquiries(db, g, instants),
    countTrainingsHeld(db, g, held),
  ]);
  return {
    newVolunteers,
    activeVolunteers: new Map(hours.map((h) => [h.key, h.volunteers])),
    placements,
    hours: new Map(hours.map((h) => [h.key, h.minutes / 60])),
    inquiries,
    trainings,
  };
}

/** Which center (or 'all') the reader compares: another center's staff get 404, 'all' is national only. */
async function targetOf(db: Queryable, actor: Actor, requested: CompareQuery['center']) {
  const visible = centersVisibleTo(actor, 'reports.center');
  const choices = await findCenterChoices(db, visible);
  const target = requested ?? (visible === 'all' ? 'all' : choices[0]?.id);
  if (target === 'all') {
    if (visible !== 'all') throw new ForbiddenError('reports.center');
    return { choices, center: null };
  }
  const center = target ? choices.find((c) => c.id === target) : undefined;
  if (!target || !center || !can(actor, 'reports.center', { centerId: target })) throw new NotFoundError('center');
  return { choices, center };
}

/** The comparison for the reader, in the asked order (`reports.center`: national, center admins and coordinators). */
export async function compareFigures(
  db: Queryable,
  actor: Actor | null,
  query: CompareQuery,
  order: { sort: CompareSort; dir: 'asc' | 'desc' },
  now = new Date(),
): Promise<Comparison> {
  const a = requirePermission(actor, 'reports.center');
  const { choices, center } = await targetOf(db, a, query.center);
  const period = { ...defaultPeriod(now), ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
  const national = centersVisibleTo(a, 'reports.center') === 'all';
  if (!center) {
    const [centers, figures] = await Promise.all([findComparedCenters(db), figuresOf(db, { by: 'center' }, period, now)]);
    const rows = centers.map((c) => rowOf({ id: c.id, name: c.name, sortKey: c.sortKey, status: null, population: c.population }, figures));
    return { kind: 'centers', center: null, choices, national, ...period, rows: sortRows(rows, order) };
  }
  const [points, settlements, figures] = await Promise.all([
    findComparedPoints(db, center.id),
    findCountySettlements(db, center.county),
    figuresOf(db, { by: 'point', centerId: center.id }, period, now),
  ]);
  const owners: AreaPoint[] = points.filter((p) => p.status === 'active' || p.status === 'paused');
  const areas = pointAreas(settlements, owners, center.coverageKm);
  const rows = points.map((p) =>
    rowOf({ id: p.id, name: p.name, sortKey: p.sortKey, status: p.status as PointStatus, population: areas.get(p.id)?.population ?? 0 }, figures),
  );
  return { kind: 'points', center, choices, national, ...period, rows: sortRows(rows, order) };
}

const byName = (a: CompareRow, b: CompareRow) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : 1);

function sortValue(row: CompareRow, sort: CompareSort): number | null {
  if (sort === 'population') return row.population;
  if (sort === 'status') return row.status ? pointStatuses.indexOf(row.status) : null;
  if (sort.endsWith('Per1000')) return row.per1000[sort.slice(0, -'Per1000'.length) as CompareMeasure];
  return row.figures[sort as CompareMeasure];
}

/** Rows in the asked order, names in Hungarian order (sort keys); rows without a value ("–") last; ties by name. */
export function sortRows(rows: CompareRow[], order: { sort: CompareSort; dir: 'asc' | 'desc' }): CompareRow[] {
  const sign = order.dir === 'asc' ? 1 : -1;
  if (order.sort === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => {
    const x = sortValue(a, order.sort);
    const y = sortValue(b, order.sort);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}
