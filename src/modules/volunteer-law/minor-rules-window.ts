import { addDays, mondayOf } from '../../platform/budapest-time.js';

/**
 * The days whose activities the minors' rules need next to a new one (Köt. 5. §, HUNGARY.md §1.6):
 * its Monday–Sunday week for the daily and weekly caps, and the days before and after for the 14
 * hours' rest between two days' activities (they fall outside the week on a Monday or a Sunday).
 * Used where hours are logged and where a minor signs up for a shift.
 */
export function minorRulesWindow(day: string): { from: string; to: string } {
  const monday = mondayOf(day);
  const sunday = addDays(monday, 6);
  const dayBefore = addDays(day, -1);
  const dayAfter = addDays(day, 1);
  // biome-ignore lint/complexity/useMathMinMax: calendar days are strings; Math.min/max would turn them into NaN.
  return { from: dayBefore < monday ? dayBefore : monday, to: dayAfter > sunday ? dayAfter : sunday };
}
