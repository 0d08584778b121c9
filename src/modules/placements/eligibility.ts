import { budapestDay } from '../../platform/budapest-time.js';
import { type EligibilityOpportunity, type EligibilityReason, type EligibilityVolunteer, eligibilityReasons } from '../volunteer-law/eligibility.js';
import { type MinorActivity, type MinorRuleCode, minorTimeViolations } from '../volunteer-law/minor-time-limits.js';
import type { SchoolCalendar } from '../volunteer-law/school-calendar.js';

/**
 * The rules checked when a volunteer applies, signs up, is referred or invited. The must-hold rules
 * (law and the host's requirements) are volunteer-law's `eligibilityReasons`, the one function
 * matching uses too; here only what needs the volunteer's other shifts is added (`minorScheduleReasons`).
 * Each broken rule is a reason code with parameters, shown in the reader's language.
 */
export type IneligibleReason =
  | EligibilityReason
  /** A Köt. 5. § limit over the volunteer's week (message `law.minor.<rule>`). */
  | { code: 'minorLaw'; rule: MinorRuleCode; params: Record<string, string | number> };

/**
 * The decision of every application path (apply, shift sign-up, referral, invitation) before the
 * seat and the week are looked at: a shift that has started, ended or been cancelled cannot be
 * joined; otherwise the must-hold rules, exactly as matching applies them.
 */
export function applyRefusalReasons(
  volunteer: EligibilityVolunteer,
  opportunity: EligibilityOpportunity,
  shift: { startsAt: Date; endsAt: Date; cancelledAt: Date | null } | null,
  now: Date,
): (EligibilityReason | { code: 'shift_closed' })[] {
  if (shift && (shift.cancelledAt || shift.startsAt.getTime() <= now.getTime())) return [{ code: 'shift_closed' }];
  return eligibilityReasons(volunteer, opportunity, shift, now);
}

/**
 * The Köt. 5. § limits a minor's shift sign-up would break together with the volunteer's `others`
 * (their other booked shifts and logged hours around that day): school-day and weekly caps, the 14
 * hours of rest, under the school calendar from the database. The rules are volunteer-law's (`minorTimeViolations`); the night rule is already
 * reported by `eligibilityReasons`, so it is not repeated.
 */
export function minorScheduleReasons(
  birthDate: string,
  shift: { startsAt: Date; endsAt: Date },
  others: MinorActivity[],
  calendar: SchoolCalendar,
): IneligibleReason[] {
  const activity: MinorActivity = {
    day: budapestDay(shift.startsAt),
    minutes: Math.round((shift.endsAt.getTime() - shift.startsAt.getTime()) / 60_000),
    startsAt: shift.startsAt,
    endsAt: shift.endsAt,
  };
  return minorTimeViolations({ birthDate, activity, others }, calendar)
    .filter((v) => v.code !== 'minor_night')
    .map((v) => ({ code: 'minorLaw', rule: v.code, params: v.params }));
}
