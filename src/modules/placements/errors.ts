import type { IneligibleReason } from './eligibility.js';

/** Why an application cannot be made: a broken rule, or the opportunity or shift is not open (codes as matching's). */
export type RefusalReason = IneligibleReason | { code: 'not_open' } | { code: 'shift_full' } | { code: 'shift_closed' };

/** The volunteer fails a hard rule (or the opportunity/shift is not open): shown with the reasons. */
export class ApplyRefusedError extends Error {
  readonly statusCode = 422;
  constructor(readonly reasons: RefusalReason[]) {
    super('apply refused');
  }
}

/** Unique (volunteer, opportunity, shift): the existing application is shown instead. */
export class AlreadyAppliedError extends Error {
  readonly statusCode = 409;
  constructor(readonly applicationId: string) {
    super('already applied');
  }
}

/** A logged-in user without a volunteer profile must create one before applying. */
export class NoVolunteerProfileError extends Error {
  readonly statusCode = 409;
  constructor() {
    super('no volunteer profile');
  }
}

/**
 * The volunteer no longer meets the rules at the moment a place would be given (accepted, a seat
 * offer confirmed): refused with the reasons (seating-eligibility.ts).
 */
export class NotEligibleError extends Error {
  readonly statusCode = 422;
  constructor(readonly reasons: IneligibleReason[]) {
    super('not eligible');
  }
}
