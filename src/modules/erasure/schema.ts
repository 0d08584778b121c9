import { z } from 'zod';
import { optionalText } from '../../platform/form-fields.js';
import { type ErasureStatus, erasureStatuses } from './repo.js';

/** Form inputs of the erasure pages (every one validated here, on the server). */

/** The volunteer's request: the confirmation checkbox is required, the reason optional. */
export const requestErasureFormSchema = z.object({
  confirm: z.literal('on', 'erasure.error.confirmRequest'),
  reason: optionalText(1000),
});
export type RequestErasureInput = z.output<typeof requestErasureFormSchema>;

/** Center staff record a volunteer's request made in person: they confirm the volunteer asked. */
export const staffRequestFormSchema = z.object({
  confirm: z.literal('on', 'erasure.error.confirmOnBehalf'),
  reason: optionalText(1000),
});

/** Center staff record a volunteer's request for a copy of their data, made in person (its own field names: it shares the page with the erasure form). */
export const staffAccessFormSchema = z.object({
  accessConfirm: z.literal('on', 'erasure.error.confirmAccessOnBehalf'),
  accessReason: optionalText(1000),
});

/** Which of their open requests the volunteer withdraws (the erasure request when not said). */
export const cancelFormSchema = z.object({
  kind: z.enum(['erasure', 'access']).default('erasure'),
});

/** The center completes an access request: it confirms that the copy reached the volunteer. */
export const completeAccessFormSchema = z.object({
  confirm: z.literal('on', 'erasure.error.confirmAccess'),
});

/** The center confirms the erasure: a destructive, irreversible action, so a checkbox is required. */
export const confirmErasureFormSchema = z.object({
  confirm: z.literal('on', 'erasure.error.confirmErasure'),
});

/** The center rejects the request: the reason is required (the volunteer reads it). */
export const rejectErasureFormSchema = z.object({
  reason: z.string('erasure.error.reasonRequired').trim().min(1, 'erasure.error.reasonRequired').max(1000, 'erasure.error.reasonTooLong'),
});

/** The list's status filter: open requests by default, "all" for every status. */
export const allStatuses = 'all';
export function statusFilterOf(query: unknown): ErasureStatus | undefined {
  const raw = (query as Record<string, unknown> | undefined)?.status;
  if (raw === allStatuses) return undefined;
  const parsed = z.enum(erasureStatuses).safeParse(raw);
  return parsed.success ? parsed.data : 'requested';
}
