import { dayNumber } from '../../platform/budapest-time.js';
import { addWorkingDays, latestOverdueStartDay, workingDaysBetween } from '../../platform/working-days.js';

/**
 * The host's answer deadline (pure). An application or referral waiting for the host (applied /
 * referred) is due by the end of its start day + n working days, n being the center's setting
 * (centers.host_response_working_days, 5 by default); weekends and Hungarian public holidays do
 * not count (platform/working-days.ts). From the next day on it is overdue.
 */
export function hostAnswerDeadline(startDay: string, workingDays: number): string {
  return addWorkingDays(startDay, workingDays);
}

export function isHostAnswerOverdue(startDay: string, workingDays: number, today: string): boolean {
  return hostAnswerDeadline(startDay, workingDays) < today;
}

/** For each setting, the last start day that is overdue today (what the SQL compares with). */
export function overdueCutoffs(today: string, settings: number[]): { n: number; cutoff: string }[] {
  return settings.map((n) => ({ n, cutoff: latestOverdueStartDay(today, n) }));
}

/** How long it has waited: working days and calendar days after its start day ("7 munkanapja vár"). */
export function waitAge(startDay: string, today: string): { workingDays: number; calendarDays: number } {
  return { workingDays: workingDaysBetween(startDay, today), calendarDays: dayNumber(today) - dayNumber(startDay) };
}
