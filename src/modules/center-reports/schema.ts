import { z } from 'zod';
import { addMonths, isCalendarDay } from '../../platform/budapest-time.js';

/** The query of the reports pages: a period of Budapest days, and on the center page a center and a point. */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalId = z.preprocess(blankToUndefined, z.guid('validation.choice').optional());
const optionalDay = z.preprocess(blankToUndefined, z.string().trim().refine(isCalendarDay, 'centerReports.error.date').optional());

/** A longer period would make the deadline table of the responsiveness figure needlessly long. */
export const maxPeriodYears = 5;

const period = { from: optionalDay, to: optionalDay };

function checkPeriod(q: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  // zod runs this also when a day was refused: only two real days are compared.
  if (!q.from || !q.to || !isCalendarDay(q.from) || !isCalendarDay(q.to)) return;
  if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'centerReports.error.order' });
  else if (addMonths(q.from, 12 * maxPeriodYears) <= q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'centerReports.error.span' });
}

export const centerReportQuerySchema = z.object({ center: optionalId, point: optionalId, ...period }).superRefine(checkPeriod);
export type CenterReportQuery = z.output<typeof centerReportQuerySchema>;

export const nationalReportQuerySchema = z.object(period).superRefine(checkPeriod);
export type NationalReportQuery = z.output<typeof nationalReportQuerySchema>;

/** The tables a page can download one by one: `?format=csv|xlsx&table=…`. */
export const centerReportTables = ['funnel', 'months', 'causes', 'settlements', 'responsiveness', 'ages'] as const;
export type CenterReportTable = (typeof centerReportTables)[number];

export function reportTableOf(query: unknown): CenterReportTable {
  const table = (query as Record<string, unknown> | undefined)?.table;
  return centerReportTables.find((t) => t === table) ?? 'funnel';
}

/** The national roll-up's sortable columns. */
export const nationalSorts = ['name', 'registered', 'active', 'placements', 'hours', 'value', 'minors', 'median'] as const;
export type NationalSort = (typeof nationalSorts)[number];
