import type { Queryable } from '../../db/database.js';
import { type Actor, centersVisibleTo } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { findUpcomingEventDays } from './repo.js';

export type EventDayDashboard = {
  /** The next event days (soonest first, at most 5). */
  next: { id: string; name: string; day: string; status: string }[];
  /** All upcoming event days and those still without an assignment. */
  count: number;
  draft: number;
};

/**
 * The dashboard's event-day section for center staff with `programs.manage`: the next event days of
 * their centers. Null for everyone else (national admins reach them through the list) and when the
 * centers have none coming.
 */
export async function eventDayDashboardFor(db: Queryable, actor: Actor, now: Date): Promise<EventDayDashboard | null> {
  const reach = centersVisibleTo(actor, 'programs.manage');
  if (reach === 'all' || reach.length === 0) return null;
  const { rows, count, draft } = await findUpcomingEventDays(db, reach, budapestDay(now), 5);
  if (count === 0) return null;
  return { next: rows, count, draft };
}
