import type { FieldErrors } from '../../platform/validation.js';
import type { MinorTimeViolation } from '../volunteer-law/minor-time-limits.js';

/**
 * The entry would break a Köt. 5. § limit for a volunteer under 18: refused with every broken rule.
 * `mayOverride` is true for a coordinator, who may save it anyway with a written reason.
 */
export class MinorLimitError extends Error {
  readonly statusCode = 422;
  constructor(
    readonly violations: MinorTimeViolation[],
    readonly mayOverride: boolean,
    readonly errors: FieldErrors = {},
  ) {
    super('minor time limits');
  }
}
