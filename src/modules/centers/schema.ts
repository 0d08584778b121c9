import { z } from 'zod';
import { contactFields, uuidParam } from '../../platform/form-fields.js';

/** Working days a host has to answer an application or referral; an empty or missing field means the default. */
const hostResponseDays = z.preprocess(
  (v) => (v === undefined || v === '' ? 5 : v),
  z.coerce.number('validation.number').int('validation.number').min(1, 'centers.error.hostResponseDays').max(30, 'centers.error.hostResponseDays'),
);

/** Fields `name`, `county`, `place`, `address`, `email`, `phone`, `hostResponseDays` (URL contract). */
export const centerFormSchema = z.object({
  name: z.string().trim().min(1).max(200),
  county: z.string().trim().min(1, 'validation.choice').max(100),
  /** The seat settlement as typed, e.g. "Kecskemét (Bács-Kiskun)"; the service resolves it. */
  place: z.string().trim().min(1).max(120),
  ...contactFields,
  hostResponseDays,
});
export type CenterInput = z.output<typeof centerFormSchema>;

export const centerSorts = ['name', 'created'] as const;
export type CenterSort = (typeof centerSorts)[number];

/** `:centerId` from the path; anything but a UUID cannot name a center (404, not a database error). */
export function centerIdParam(params: unknown): string {
  return uuidParam(params, 'centerId');
}
