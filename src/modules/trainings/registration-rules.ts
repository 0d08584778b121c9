import { type EligibilityReason, type EligibilityVolunteer, eligibilityReasons } from '../volunteer-law/eligibility.js';

/**
 * The rules of a training registration (pure: no database, unit-tested).
 *
 *   registered ─────────────────────────────┬─► attended ─► completed    (attendance: not this file)
 *   waitlisted ─► offered ─► registered ─────┘   └─► no_show
 *        │           └─► declined (or its hold lapsed)
 *        └─► cancelled; registered and offered may be cancelled too (the seat goes to the waitlist)
 *
 * A registration holds a seat (holds_seat, counted in the session's seats_taken) while registered or
 * offered, and through attendance; cancelled and declined ones are released: the person may register
 * again with a new registration.
 */
export const registrationStatuses = ['registered', 'waitlisted', 'offered', 'declined', 'cancelled', 'attended', 'completed', 'no_show'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** Ended by the person or the session: they no longer count, and the person may register again. */
export const releasedStatuses: ReadonlySet<RegistrationStatus> = new Set(['cancelled', 'declined']);

/** Still before the session: the person may cancel, staff may take them off. */
export const cancellableStatuses: ReadonlySet<RegistrationStatus> = new Set(['registered', 'waitlisted', 'offered']);

export function isCancellable(status: RegistrationStatus): boolean {
  return cancellableStatuses.has(status);
}

/** A seat is free for a new registration (else the waitlist). */
export function hasFreeSeat(session: { capacity: number; seatsTaken: number }): boolean {
  return session.seatsTaken < session.capacity;
}

/** A session takes registrations until it starts, unless cancelled; its course must be published. */
export function isOpenForRegistration(session: { startsAt: Date; cancelledAt: Date | null }, courseStatus: string, now: Date): boolean {
  return courseStatus === 'published' && !session.cancelledAt && session.startsAt.getTime() > now.getTime();
}

/**
 * Why a volunteer may not attend the session: the same age and guardian rules as for opportunities
 * (volunteer-law's `eligibilityReasons`, the one function sign-up, apply and matching use), on the
 * session's day — the law's age 10 or the course's higher minimum, a guardian's consent under 16,
 * no night and not too long a day for a minor. A course requires no qualification, health or
 * conduct check of its own.
 */
export function trainingRefusalReasons(
  volunteer: EligibilityVolunteer,
  course: { minAge: number | null },
  session: { startsAt: Date; endsAt: Date },
  now: Date,
): EligibilityReason[] {
  return eligibilityReasons(volunteer, { minAge: course.minAge, requiredQualifications: [], requiresHealth: false, requiresConduct: false }, session, now);
}

/**
 * A person registered without a birth date (a walk-in, an organization's staff member) must be
 * confirmed by whoever registers them as at least this old: an adult (a minor's age and guardian
 * rules need the birth date, so minors are registered as volunteers), and the course's minimum.
 */
export function confirmedAgeFor(course: { minAge: number | null }): number {
  return Math.max(18, course.minAge ?? 0);
}
