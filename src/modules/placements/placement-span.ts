import { budapestDay } from '../../platform/budapest-time.js';

/** The statuses in which a placement runs (it began with the first of them). */
const runningStatuses: ReadonlySet<string> = new Set(['accepted', 'active']);

export type PlacementSpanFacts = {
  status: string;
  createdAt: Date;
  /** The timeline, oldest first. */
  events: readonly { toStatus: string; at: Date }[];
  /** The days of its hour entries that were not rejected: the volunteer worked then. */
  workedDays: readonly string[];
};

/**
 * The days a placement covers (YYYY-MM-DD, Budapest), for dating what is recorded on it (a benefit):
 * from its start — the first day it was accepted or running, or an earlier day the volunteer logged
 * hours on (a placement agreed on paper before it was entered) — to its end: the day it was
 * completed (or a later logged day), or today while it is open. Without any event (rows imported
 * or written directly) it starts on the day the application was made.
 */
export function placementSpan(facts: PlacementSpanFacts, now: Date): { from: string; to: string } {
  const today = budapestDay(now);
  const began = facts.events.find((e) => runningStatuses.has(e.toStatus));
  const days = facts.workedDays.length ? [...facts.workedDays].sort() : [];
  const firstWorked = days[0];
  const startDay = began ? budapestDay(began.at) : budapestDay(facts.createdAt);
  const from = firstWorked && firstWorked < startDay ? firstWorked : startDay;
  if (runningStatuses.has(facts.status)) return { from, to: today };
  const completed = facts.events.findLast((e) => e.toStatus === facts.status);
  const endDay = completed ? budapestDay(completed.at) : today;
  const lastWorked = days.at(-1);
  return { from, to: lastWorked && lastWorked > endDay ? lastWorked : endDay };
}
