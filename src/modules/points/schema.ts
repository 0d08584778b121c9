import { z } from 'zod';
// A point has the same contact fields as its center; one definition keeps their rules equal.
import { contactFields, optionalChoice, uuidParam } from '../../platform/form-fields.js';
import { type PointStatus, pointStatuses } from './lifecycle-rules.js';

/** Fields `name`, `place`, `address`, `email`, `phone` (URL contract). */
export const pointFormSchema = z.object({
  name: z.string().trim().min(1).max(200),
  /** The settlement as typed, e.g. "Baja (Bács-Kiskun)"; the service resolves it. */
  place: z.string().trim().min(1).max(120),
  ...contactFields,
});
export type PointInput = z.output<typeof pointFormSchema>;

export const pointSorts = ['name', 'place', 'created'] as const;
export type PointSort = (typeof pointSorts)[number];

/** `:pointId` from the path; anything but a UUID cannot name a point (404, not a database error). */
export function pointIdParam(params: unknown): string {
  return uuidParam(params, 'pointId');
}

/** `?status=` of a center's point list; anything else lists every status. */
export function pointStatusFilter(query: unknown): PointStatus | undefined {
  const parsed = optionalChoice(pointStatuses).safeParse((query as { status?: unknown } | undefined)?.status);
  return parsed.success ? parsed.data : undefined;
}
