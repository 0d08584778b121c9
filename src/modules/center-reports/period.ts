import { budapestDay } from '../../platform/budapest-time.js';

export type ReportPeriod = { from: string; to: string };

/** The period asked for; by default the current Budapest year up to today. */
export function periodOf(query: { from?: string; to?: string }, now: Date): ReportPeriod {
  const today = budapestDay(now);
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? (from <= today ? today : `${from.slice(0, 4)}-12-31`);
  return { from, to };
}
