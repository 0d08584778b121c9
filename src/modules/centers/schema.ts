import { z } from 'zod';
import { NotFoundError } from '../../platform/errors.js';

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

/** Fields `name`, `county`, `place`, `address`, `email`, `phone` (URL contract). */
export const centerFormSchema = z.object({
  name: z.string().trim().min(1).max(200),
  county: z.string().trim().min(1, 'validation.choice').max(100),
  /** The seat settlement as typed, e.g. "Kecskemét (Bács-Kiskun)"; the service resolves it. */
  place: z.string().trim().min(1).max(120),
  ...contactFields,
});
export type CenterInput = z.output<typeof centerFormSchema>;

export const centerSorts = ['name', 'created'] as const;
export type CenterSort = (typeof centerSorts)[number];

/** `:centerId` from the path; anything but a UUID cannot name a center (404, not a database error). */
export function centerIdParam(params: unknown): string {
  const parsed = z.object({ centerId: z.guid() }).safeParse(params);
  if (!parsed.success) throw new NotFoundError('center');
  return parsed.data.centerId;
}

/** The posted fields as text, to show a form the service rejected again as it was typed. */
export function postedValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (typeof v === 'string' && k !== '_csrf') values[k] = v.slice(0, 2000);
  }
  return values;
}
