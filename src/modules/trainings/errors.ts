import type { EligibilityReason } from '../volunteer-law/eligibility.js';

/**
 * Why a registration cannot be made: a broken age or guardian rule (volunteer-law's codes), the
 * session no longer open, or no volunteer profile to register.
 */
export type TrainingRefusal = EligibilityReason | { code: 'closed' } | { code: 'no_profile' };

export class RegistrationRefusedError extends Error {
  readonly statusCode = 422;
  constructor(readonly reasons: TrainingRefusal[]) {
    super('registration refused');
  }
}

/** The registration is not where the step starts (an offer already answered or lapsed, a cancelled one cancelled again). */
export class RegistrationStateError extends Error {
  readonly statusCode = 409;
  constructor(readonly status: string) {
    super(`registration is ${status}`);
  }
}

/** The session has started or is cancelled: it cannot be changed or cancelled any more. */
export class SessionClosedError extends Error {
  readonly statusCode = 409;
  constructor() {
    super('session closed');
  }
}
