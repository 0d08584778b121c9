import { z } from 'zod';
import { contactFields, uuidParam } from '../../platform/form-fields.js';

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
  return uuidParam(params, 'centerId');
}
