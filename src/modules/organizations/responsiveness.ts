import type { Queryable } from '../../db/database.js';
import { addDays, budapestDay } from '../../platform/budapest-time.js';
import { addWorkingDays } from '../../platform/working-days.js';
import { type DeadlineRow, findHostResponseSettings, findResponsiveness } from './host-answer-repo.js';

/** Responsiveness is measured over the waits that began in the last 90 days. */
export const responsivenessDays = 90;

export type ResponsivenessWindow = { since: string; today: string; deadlines: DeadlineRow[] };

/**
 * The window and, for each start day in it and each center setting, the deadline (start day + n
 * working days, holidays excluded): computed here once, so SQL compares dates and the working-day
 * rule lives only in platform/working-days.ts.
 */
export function responsivenessWindowOf(today: string, settings: number[]): ResponsivenessWindow {
  const since = addDays(today, -responsivenessDays);
  const deadlines: DeadlineRow[] = [];
  for (let day = since; day <= today; day = addDays(day, 1)) {
    for (const n of settings) deadlines.push({ startDay: day, n, deadline: addWorkingDays(day, n) });
  }
  return { since, today, deadlines };
}

export async function responsivenessWindow(db: Queryable, now: Date): Promise<ResponsivenessWindow> {
  return responsivenessWindowOf(budapestDay(now), await findHostResponseSettings(db));
}

/** What the coordinators see of one organization: median hours to the first answer and the on-time share. */
export type Responsiveness = { medianHours: number | null; withinShare: number | null; counted: number };

/** One organization's figures (the caller has checked that the actor may see them: seeResponsiveness). */
export async function responsivenessOfOrganization(db: Queryable, organizationId: string, now: Date): Promise<Responsiveness> {
  const [found] = await findResponsiveness(db, [organizationId], await responsivenessWindow(db, now));
  return found ?? { medianHours: null, withinShare: null, counted: 0 };
}
