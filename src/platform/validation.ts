import type { z } from 'zod';
import { isMessageKey, type MessageKey, type TranslateParams } from './i18n.js';

/** A field error as a message key with parameters; views translate it in the reader's language. */
export type FieldError = { key: MessageKey; params?: TranslateParams };
export type FieldErrors = Record<string, FieldError>;

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

function issueToError(issue: z.core.$ZodIssue): FieldError {
  // Schemas may set a message key directly: z.string().min(1, 'validation.required').
  if (isMessageKey(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? { key: 'validation.required' }
          : { key: 'validation.tooShort', params: { min: Number(issue.minimum) } }
        : { key: 'validation.invalid' };
    case 'too_big':
      return issue.origin === 'string' ? { key: 'validation.tooLong', params: { max: Number(issue.maximum) } } : { key: 'validation.invalid' };
    case 'invalid_format':
      return issue.format === 'email' ? { key: 'validation.email' } : { key: 'validation.invalid' };
    case 'invalid_value':
      return { key: 'validation.choice' };
    case 'invalid_type':
      return issue.input === undefined || issue.input === '' ? { key: 'validation.required' } : { key: 'validation.invalid' };
    default:
      return { key: 'validation.invalid' };
  }
}

/** Keeps what the user typed (as strings) so a rejected form is shown again, filled in. */
function echoValues(input: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (input && typeof input === 'object') {
    for (const [k, v] of Object.entries(input)) {
      if (k === '_csrf' || /password/i.test(k)) continue;
      if (typeof v === 'string') values[k] = v.slice(0, 2000);
      else if (typeof v === 'number' || typeof v === 'boolean') values[k] = String(v);
    }
  }
  return values;
}

/** Validates a form body with zod; every input passes through here (server side). */
export function parseForm<S extends z.ZodType>(schema: S, input: unknown): FormResult<z.output<S>> {
  const result = schema.safeParse(input ?? {}, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : '_form';
    if (!errors[field]) errors[field] = issueToError(issue);
  }
  return { ok: false, errors, values: echoValues(input) };
}

/** Thrown by services for a rule broken by valid-looking input (e.g. "e-mail already used"). */
export class FieldValidationError extends Error {
  readonly statusCode = 422;
  constructor(readonly errors: FieldErrors) {
    super('validation failed');
  }
}
