import { addDays } from '../opportunities/budapest-time.js';
import { mondayOf } from '../volunteer-law/budapest-wall-clock.js';

/**
 * The days whose entries the minors' rules need next to a new one (Köt. 5. §, HUNGARY.md §1.6): its
 * Monday–Sunday week for the daily and weekly caps, and the days before and after for the 14 hours'
 * rest between two days' activities (they fall outside the week on a Monday or a Sunday).
 */
export function minorRulesWindow(day: string): { from: string; to: string } {
  // The same Monday–Sunday week the minors' rules sum over.
  const monday = mondayOf(day);
  const sunday = addDays(monday, 6);
  const dayBefore = addDays(day, -1);
  const dayAfter = addDays(day, 1);
  return { from: dayBefore < monday ? dayBefore : monday, to: dayAfter > sunday ? dayAfter : sunday };
}

