import type { Queryable } from '../../db/database.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { type EligibilityCode, eligibilityReasons, overridableCodes } from '../volunteer-law/eligibility.js';
import { loadSchoolCalendar } from '../volunteer-law/legal-data-service.js';
import { minorRulesWindow } from '../volunteer-law/minor-rules-window.js';
import type { MinorActivity } from '../volunteer-law/minor-time-limits.js';
import { ageOn, findQualifications, getVolunteerById, lockVolunteerRow, type VolunteerRow } from '../volunteers/service.js';
import { type IneligibleReason, minorScheduleReasons } from './eligibility.js';
import { findOpportunityForApply, findOverriddenEligibility, minorScheduleAround, type ShiftRecord } from './repo.js';

/**
 * Köt. 5. § over the minor's week (school-day and weekly caps, 14 hours' rest): the shift together
 * with their other held shifts and logged hours. Locks the volunteer row (after the shift, the order
 * of every seat change), so two sign-ups of one minor are judged one after the other. Adults and
 * volunteers without a birth date pass (the single-shift rules are eligibilityReasons').
 */
export async function minorWeekReasons(tx: Queryable, volunteer: VolunteerRow, shift: ShiftRecord): Promise<IneligibleReason[]> {
  if (!volunteer.birthDate || ageOn(volunteer.birthDate, shift.startsAt) >= 18) return [];
  const day = budapestDay(shift.startsAt);
  const window = minorRulesWindow(day);
  await lockVolunteerRow(tx, volunteer.id);
  const { shiftsHeld, entries } = await minorScheduleAround(tx, volunteer.id, window, shift.id);
  const others: MinorActivity[] = [
    ...shiftsHeld
      .map((h) => ({
        day: budapestDay(h.startsAt),
        minutes: Math.round((h.endsAt.getTime() - h.startsAt.getTime()) / 60_000),
        startsAt: h.startsAt,
        endsAt: h.endsAt,
      }))
      .filter((h) => window.from <= h.day && h.day <= window.to),
    ...entries.map((e) => ({ day: e.day, minutes: e.minutes, ...(e.startsAt && e.endsAt ? { startsAt: e.startsAt, endsAt: e.endsAt } : {}) })),
  ];
  return minorScheduleReasons(volunteer.birthDate, shift, others, await loadSchoolCalendar(tx));
}

/**
 * Why a volunteer may not be given a place now, when the organization accepts them, they confirm a
 * seat offered from the waitlist, or a freed seat is about to be offered to them (issue 12). The same
 * rules as on every application path (volunteer-law's eligibilityReasons, and a minor's week for a
 * shift), read again on this day: a qualification may have expired, a birthday passed, consent been
 * withdrawn since they applied. A coordinator's earlier override of a host requirement on this
 * application (audited as `override:eligibility`) keeps counting; the law's rules never give way.
 * Empty = may be seated. Runs in the caller's transaction, after the shift is locked.
 */
export async function seatingRefusalReasons(
  tx: Queryable,
  application: { id: string; volunteerId: string; opportunityId: string },
  shift: ShiftRecord | null,
  now: Date,
): Promise<IneligibleReason[]> {
  const volunteer = await getVolunteerById(tx, application.volunteerId);
  const opportunity = await findOpportunityForApply(tx, application.opportunityId);
  if (!volunteer || !opportunity) return [];
  const qualifications = await findQualifications(tx, volunteer.id);
  const reasons: IneligibleReason[] = eligibilityReasons({ ...volunteer, qualifications }, opportunity, shift, now);
  if (shift && reasons.length === 0) reasons.push(...(await minorWeekReasons(tx, volunteer, shift)));
  if (reasons.length === 0) return reasons;
  const overridden = new Set(await findOverriddenEligibility(tx, application.id));
  return reasons.filter((r) => !(overridableCodes.has(r.code as EligibilityCode) && overridden.has(r.code)));
}
