import { z } from 'zod';
import { isCalendarDay } from './budapest-time.js';
import { NotFoundError } from './errors.js';
import type { MessageKey } from './i18n.js';

/** Field schemas and helpers that many forms share. */

/**
 * Required free text, trimmed, 1…max characters. The "required" key goes on min(1), never on
 * z.string(key): in zod 4 a schema-level message also replaces the "too long" one. A missing field is
 * "required" anyway (validation.ts).
 */
export const requiredText = (max: number, requiredKey: MessageKey = 'validation.required') => z.string().trim().min(1, requiredKey).max(max);

/**
 * A required calendar day; `invalidKey` names what is wrong with one that does not exist. Both checks
 * abort: zod 4 otherwise runs the form's later checks (a refine, the object's superRefine comparing or
 * computing ages from days) on the empty or broken string, which can throw (a 500, not a 422).
 */
export const calendarDay = (invalidKey: MessageKey = 'validation.invalid') =>
  z.string().trim().min(1, { message: 'validation.required', abort: true }).refine(isCalendarDay, { message: invalidKey, abort: true });

/** Optional free text: empty input is stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));

/** Optional e-mail address, stored lower-cased. */
export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .optional()
  .refine((v) => !v || z.email().safeParse(v).success, 'validation.email')
  .transform((v) => (v ? v : null));

/** Optional Hungarian or international phone number: digits, spaces, + ( ) / - only. */
export const optionalPhone = z
  .string()
  .trim()
  .max(30)
  .optional()
  .refine((v) => !v || /^\+?[0-9][0-9 ()/-]{5,28}$/.test(v), 'validation.phone')
  .transform((v) => (v ? v : null));

/** The contact fields a center and a Volunteer Point share. */
export const contactFields = {
  address: optionalText(300),
  email: optionalEmail,
  phone: optionalPhone,
};

/** A UUID path parameter; anything else cannot name a record (404, not a database error). */
export function uuidParam(params: unknown, name: string): string {
  const value = (params as Record<string, unknown> | undefined)?.[name];
  const parsed = z.guid().safeParse(value);
  if (!parsed.success) throw new NotFoundError(name);
  return parsed.data;
}

/** The posted fields as text, to show a form the service rejected again as it was typed. */
export function postedValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (typeof v === 'string' && k !== '_csrf' && !/password/i.test(k)) values[k] = v.slice(0, 2000);
  }
  return values;
}

/** A filter's choice from a list (`?status=`): anything else (missing, repeated, unknown) reads as none, never an error. */
export const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);

/** A search box's text (`?q=`): never rejected; control characters become spaces, trimmed and cut at `max`. */
export const searchText = (max: number) =>
  z
    .string()
    .catch('')
    .transform((s) =>
      s
        .replace(/\p{Cc}/gu, ' ')
        .trim()
        .slice(0, max),
    )
    .default('');
