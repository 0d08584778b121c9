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

/** Nothing typed or chosen: a missing field, blank text, or a checkbox group with no box ticked. */
function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.every(isBlank);
}

/**
 * Whether the schema's own message explains an empty field better than "required": a cross-field or
 * custom rule, a `min(1, key)` that names its own "required" text, or a box that must be ticked
 * (`z.literal('on', key)`, e.g. "tick to confirm").
 */
function keepsOwnMessageWhenBlank(issue: z.core.$ZodIssue): boolean {
  if (issue.code === 'custom') return true;
  if (!isMessageKey(issue.message)) return false;
  return issue.code === 'too_small' || (issue.code === 'invalid_value' && issue.values.length === 1);
}

/**
 * The error for one field. A field left empty is "required" whatever check failed on it (an e-mail,
 * a choice, a date or number format, a preprocessed or coerced value), judged on what was posted.
 */
function fieldError(issue: z.core.$ZodIssue, posted: unknown): FieldError {
  if (isBlank(posted) && !keepsOwnMessageWhenBlank(issue)) return { key: 'validation.required' };
  return issueToError(issue);
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
    if (!issue.path.length) {
      errors._form ??= issueToError(issue);
      continue;
    }
    const field = String(issue.path[0]);
    const posted = input && typeof input === 'object' ? (input as Record<string, unknown>)[field] : undefined;
    if (!errors[field]) errors[field] = fieldError(issue, posted);
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

/** The input read by the schema, or a FieldValidationError with each field's message (as forms show them), for services that read forms. */
export function parseFormOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = parseForm(schema, input);
  if (!result.ok) throw new FieldValidationError(result.errors);
  return result.data;
}
