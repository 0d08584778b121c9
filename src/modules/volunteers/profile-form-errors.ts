import type { Queryable } from '../../db/database.js';
import type { FieldErrors } from '../../platform/validation.js';
import { listOf, type ProfileFormValues } from './form-state.js';
import { profileLookupErrors } from './profile-values.js';
import { postedRuleIssues } from './schema.js';

/** zod's errors, plus the rules it did not get to (age, guardian) and the database lookups. */
export async function allProfileErrors(db: Queryable, posted: ProfileFormValues, zodErrors: FieldErrors): Promise<FieldErrors> {
  const text: Record<string, string> = {};
  for (const [k, v] of Object.entries(posted)) if (typeof v === 'string') text[k] = v;
  const errors: FieldErrors = {};
  for (const [field, key] of postedRuleIssues(text)) errors[field] ??= { key };
  const lookup = await profileLookupErrors(db, { homePlace: text.homePlace?.trim(), causes: listOf(posted, 'causes'), skills: listOf(posted, 'skills') });
  return { ...errors, ...lookup.errors, ...zodErrors };
}
